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

/**
 * A core error: its kind (which Excel error) and an Indonesian message for the user. An error
 * about one cell of a range argument also says which, as fields (issue 10): the argument's
 * name, the row and column counted inside that range (1-based), and the column's label as the
 * message writes it ("A", "U3"). The message then starts with {@link placeText} of them, so an
 * edge can rename the place for the sheet without reading the text back.
 */
export interface IkuError {
  readonly kind: ErrorKind;
  readonly message: string;
  readonly argument?: string;
  readonly row?: number;
  readonly column?: number;
  readonly columnLabel?: string;
}

/** Where inside an argument an error is: row (and column) counted inside the range, 1-based. */
export interface Place {
  readonly argument: string;
  readonly row: number;
  readonly column?: number;
  /** How the message names the column: a letter inside the range ("A") or a label ("U3"). */
  readonly columnLabel?: string;
}

/** The place as messages write it: "jawaban baris 7 kolom U3", "tanggalLPP baris 1". */
export function placeText(p: Place): string {
  const col = p.columnLabel !== undefined ? ` kolom ${p.columnLabel}` : "";
  return `${p.argument} baris ${p.row}${col}`;
}

/** An error about the cell at `p`: the message is `placeText(p)` followed by `detail`. */
export function ikuErrorAt(kind: ErrorKind, p: Place, detail: string): IkuError {
  return { kind, message: `${placeText(p)}${detail}`, ...p };
}

/**
 * `x` unchanged, or, when it is an error made with `placeText(p)` as its `where` (parseDate,
 * parseStatus, checkNumber), that error with the place's fields.
 */
export function withPlace<T>(x: Result<T>, p: Place): Result<T> {
  return isIkuError(x) && x.row === undefined && x.message.startsWith(placeText(p)) ? { ...x, ...p } : x;
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
