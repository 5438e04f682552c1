/**
 * Argument rules as data, checked in one place (after HyperFormula's plugin metadata).
 * Every IKU function receives Excel-shaped `unknown` values: a number, a text, a boolean,
 * null/undefined for an omitted argument or a blank cell, or a 2-D array for a range. The
 * math modules only ever see values that passed these checks.
 */
import { ErrorKind, IkuError, Result, ikuError } from "./errors";

/** The rule for one numeric argument. Messages name the argument by `name`. */
export interface NumberRule {
  readonly name: string;
  readonly min?: number;
  readonly max?: number;
  /** Must be a whole number (counts, years). */
  readonly whole?: boolean;
  /** Error kind when the value lies outside [min, max]; #VALUE! unless stated (#NUM! for nilai). */
  readonly outOfRange?: ErrorKind;
}

/** A blank cell or an omitted argument: Excel sends null, undefined or "" for these. */
export function isBlank(x: unknown): boolean {
  return x === null || x === undefined || (typeof x === "string" && x.trim() === "");
}

/**
 * A blank cell where the number 0 cannot be a value: a date (serial 0 is "00/01/1900"), a
 * survey score (1–4) or a status. Excel for Windows passes a blank cell in an `any` argument
 * or an `any[][]` range as 0 while Excel on the web passes null or "" (Office.js issues
 * #4702, #5262, #1951), so in those places 0 must mean blank for both to agree. Text "0" and
 * boolean FALSE are not blank.
 */
export function isBlankCell(x: unknown): boolean {
  return x === 0 || isBlank(x);
}

const NUMERIC_TEXT = /^[+-]?\d+(?:[.,]\d+)?$/;

/**
 * A number from a number or a numeric text ("4", " 4 ", "0,91", "0.91"); undefined otherwise.
 * Booleans are not numbers here: TRUE in a score column is a data-entry error, not 1.
 */
export function numberFrom(x: unknown): number | undefined {
  if (typeof x === "number") return x;
  if (typeof x !== "string") return undefined;
  const t = x.trim();
  if (!NUMERIC_TEXT.test(t)) return undefined;
  return Number(t.replace(",", "."));
}

/** Formats a number the Indonesian way for messages (decimal comma, no exponent for usual sizes). */
export function fmt(x: number): string {
  if (Number.isNaN(x)) return "NaN";
  if (!Number.isFinite(x)) return x > 0 ? "∞" : "−∞";
  return String(x).replace(".", ",");
}

function describe(x: unknown): string {
  if (typeof x === "string") return `"${x.length > 30 ? x.slice(0, 30) + "…" : x}"`;
  if (typeof x === "number") return fmt(x);
  if (typeof x === "boolean") return x ? "TRUE" : "FALSE";
  return typeof x;
}

/** A one-cell value: a 1×1 range is unwrapped (Excel sends a scalar to a matrix parameter as [[x]]). */
export function scalarOf(x: unknown, name: string): Result<unknown> {
  if (!Array.isArray(x)) return x;
  const row: unknown = x.length === 1 ? x[0] : undefined;
  if (Array.isArray(row) && row.length === 1) return row[0] as unknown;
  return ikuError(ErrorKind.Value, `${name}: harus satu nilai, bukan rentang`);
}

/** Checks one number against its rule; `where` replaces the argument name (e.g. "jawaban baris 7 kolom U3"). */
export function checkCell(x: unknown, rule: NumberRule, where: string = rule.name): Result<number> {
  const n = numberFrom(x);
  if (n === undefined) {
    if (isBlank(x)) return ikuError(ErrorKind.Value, `${where}: harus diisi`);
    return ikuError(ErrorKind.Value, `${where}: ${describe(x)} bukan angka`);
  }
  if (!Number.isFinite(n)) return ikuError(ErrorKind.Num, `${where}: ${fmt(n)} bukan bilangan terhingga`);
  if ((rule.min !== undefined && n < rule.min) || (rule.max !== undefined && n > rule.max)) {
    const lo = rule.min === undefined ? "" : fmt(rule.min);
    const hi = rule.max === undefined ? "" : fmt(rule.max);
    const span =
      rule.max === undefined ? `minimal ${lo}` : rule.min === undefined ? `maksimal ${hi}` : `${lo}–${hi}`;
    return ikuError(rule.outOfRange ?? ErrorKind.Value, `${where}: nilai ${fmt(n)} di luar ${span}`);
  }
  if (rule.whole === true && !Number.isInteger(n)) {
    return ikuError(ErrorKind.Value, `${where}: nilai ${fmt(n)} harus bilangan bulat`);
  }
  return n === 0 ? 0 : n;
}

/** A required scalar number argument (a 1×1 range is accepted). */
export function checkNumber(x: unknown, rule: NumberRule): Result<number> {
  const v = scalarOf(x, rule.name);
  if (isIkuErrorValue(v)) return v;
  return checkCell(v, rule);
}

/** An optional scalar number argument: omitted or blank gives null (never a silent 0). */
export function checkOptionalNumber(x: unknown, rule: NumberRule): Result<number | null> {
  const v = scalarOf(x, rule.name);
  if (isIkuErrorValue(v)) return v;
  return isBlank(v) ? null : checkCell(v, rule);
}

/** A scalar text-or-blank argument, trimmed; blank gives null. */
export function checkOptionalText(x: unknown, name: string): Result<string | null> {
  const v = scalarOf(x, name);
  if (isIkuErrorValue(v)) return v;
  if (isBlank(v)) return null;
  if (typeof v !== "string") return ikuError(ErrorKind.Value, `${name}: ${describe(v)} bukan teks`);
  return v.trim();
}

/**
 * A range as rows of cells. A scalar becomes [[x]]; a ragged or malformed array is #VALUE!
 * (Excel never sends one, but a wrong number must never come out of one either).
 */
export function toMatrix(x: unknown, name: string): Result<readonly (readonly unknown[])[]> {
  if (!Array.isArray(x)) return [[x]];
  let width = -1;
  // An indexed loop: for…of over 100 000 rows measured ~8× slower in Node 20.
  for (let i = 0; i < x.length; i++) {
    const row: unknown = x[i];
    if (!Array.isArray(row)) return ikuError(ErrorKind.Value, `${name}: bentuk rentang tidak sah`);
    if (width >= 0 && row.length !== width)
      return ikuError(ErrorKind.Value, `${name}: baris rentang tidak sama panjang`);
    width = row.length;
  }
  return x as unknown[][];
}

/** A range that must be one column (one row per desa); returns the column as a flat array. */
export function toColumn(x: unknown, name: string): Result<readonly unknown[]> {
  const m = toMatrix(x, name);
  if (isIkuErrorValue(m)) return m;
  const out: unknown[] = new Array<unknown>(m.length);
  for (let r = 0; r < m.length; r++) {
    if (m[r].length !== 1)
      return ikuError(ErrorKind.Value, `${name}: harus satu kolom (satu baris per desa)`);
    out[r] = m[r][0];
  }
  return out;
}

/**
 * Rounds half away from zero on the decimal digits, as Excel's ROUND does: the exponent
 * shift avoids 88.305 * 100 = 8830.499999… rounding down.
 */
export function roundTo(x: number, digits: number): number {
  // String(x) switches to exponent form outside [1e-7, 1e21): such values are already
  // whole (huge) or round to 0 for the 2 or 4 digits used here.
  if (!Number.isFinite(x) || Math.abs(x) >= 1e15) return x;
  if (Math.abs(x) < 1e-7) return 0;
  const shifted = Math.round(Number(`${Math.abs(x)}e${digits}`));
  const r = Math.sign(x) * Number(`${shifted}e-${digits}`);
  return r === 0 ? 0 : r;
}

/** Local copy of the error test so arrays (ranges) are never mistaken for errors. */
export function isIkuErrorValue(x: unknown): x is IkuError {
  return typeof x === "object" && x !== null && !Array.isArray(x) && "kind" in x && "message" in x;
}
