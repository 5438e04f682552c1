/**
 * Core results as cached cell values: a number/text/boolean as it is, an error as the Excel
 * error the sheet's formula shows for it (written t="e").
 */
import { isIkuError, type Result } from "../errors";
import type { CachedValue } from "./model";

/** The cached value of a core result (an IkuError → its Excel error, e.g. #DIV/0!). */
export function cachedResult(r: Result<number | string | boolean>): CachedValue {
  // ErrorKind's values are Excel's error texts.
  return isIkuError(r) ? { error: r.kind } : r;
}
