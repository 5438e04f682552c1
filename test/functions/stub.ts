/**
 * A minimal stand-in for the Office custom-functions runtime, enough for the wrappers in
 * src/functions/functions.ts: `CustomFunctions.Error` and `CustomFunctions.ErrorCode`.
 */
export class StubCustomFunctionsError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

/** Installs the stub as the global `CustomFunctions` (idempotent). */
export function installCustomFunctionsStub(): void {
  Object.assign(globalThis, {
    CustomFunctions: { Error: StubCustomFunctionsError, ErrorCode: ERROR_CODES, associate: () => undefined },
  });
}

/** Calls `f`; returns its value, or the thrown stub error; rethrows anything else. */
export function outcome(f: () => unknown): { value: unknown } | { error: StubCustomFunctionsError } {
  try {
    return { value: f() };
  } catch (e) {
    if (e instanceof StubCustomFunctionsError) return { error: e };
    throw e;
  }
}
