/**
 * Error values of the core. The core never throws for bad user data: it returns an
 * {@link IkuError}, and only the edges (custom functions, CLI, task pane) turn it into
 * `CustomFunctions.Error`, an exit code or a message.
 */

/** The Excel error a core error becomes. Values are the Excel error literals. */
export enum ErrorKind {
  DivZero = "#DIV/0!",
  Value = "#VALUE!",
  Num = "#NUM!",
  NotAvailable = "#N/A",
}

/** A core error: its kind (which Excel error) and an Indonesian message for the user. */
export interface IkuError {
  readonly kind: ErrorKind;
  readonly message: string;
}

/** A value or the reason it could not be computed. */
export type Result<T> = T | IkuError;

export function ikuError(kind: ErrorKind, message: string): IkuError {
  return { kind, message };
}

export function isIkuError(x: unknown): x is IkuError {
  return (
    typeof x === "object" &&
    x !== null &&
    !Array.isArray(x) &&
    typeof (x as IkuError).message === "string" &&
    Object.values(ErrorKind).includes((x as IkuError).kind)
  );
}

/**
 * The one place where a computed number leaves the core: NaN and ±Infinity become #NUM!,
 * and -0 becomes 0 (Excel shows "-0" otherwise in some formats).
 */
export function finite(x: number, what: string): Result<number> {
  if (!Number.isFinite(x)) return ikuError(ErrorKind.Num, `${what}: hasil bukan bilangan terhingga`);
  return x === 0 ? 0 : x;
}
