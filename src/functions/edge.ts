/**
 * Where a core result meets Excel: the one place the custom functions (./functions.ts) throw.
 * Kept apart from functions.ts, whose top-level functions the metadata generator reads as
 * custom functions.
 */
import { ErrorKind, IkuError, Result, ikuError, isIkuError } from "../core/errors";

function errorCode(kind: ErrorKind): CustomFunctions.ErrorCode {
  switch (kind) {
    case ErrorKind.DivZero:
      return CustomFunctions.ErrorCode.divisionByZero;
    case ErrorKind.Num:
      return CustomFunctions.ErrorCode.invalidNumber;
    case ErrorKind.NotAvailable:
      return CustomFunctions.ErrorCode.notAvailable;
    default:
      return CustomFunctions.ErrorCode.invalidValue;
  }
}

function toExcelError(e: IkuError): CustomFunctions.Error {
  // Excel shows a custom message only with #VALUE! and #N/A (Microsoft's ErrorCode docs).
  const withMessage = e.kind === ErrorKind.Value || e.kind === ErrorKind.NotAvailable;
  return withMessage
    ? new CustomFunctions.Error(errorCode(e.kind), e.message)
    : new CustomFunctions.Error(errorCode(e.kind));
}

/** The one place that throws: a core error becomes CustomFunctions.Error, and so does any bug. */
export function edge<T>(compute: () => Result<T>): T {
  let r: Result<T>;
  try {
    r = compute();
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw toExcelError(ikuError(ErrorKind.Value, `kesalahan internal: ${detail}`));
  }
  if (isIkuError(r)) throw toExcelError(r);
  return r;
}
