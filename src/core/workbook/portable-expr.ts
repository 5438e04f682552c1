/**
 * Text builders shared by the IKU.* translations (see ./portable.ts): operands, word lists
 * matched case- and space-insensitively, blank and whole-number checks.
 */
import { BATAS_WAKTU, JenisDokumen } from "../dokdesa";
import { STATUS_WORDS } from "../fasilitasi";

/** Status words of a followed-up / not followed-up activity, upper case without spaces. */
const statusWords = (yes: boolean): string[] =>
  [...STATUS_WORDS].filter(([, v]) => v === yes).map(([w]) => w.toUpperCase());
export const STATUS_YES: readonly string[] = statusWords(true);
export const STATUS_NO: readonly string[] = statusWords(false);

/** {"A","B"} */
export const arrayConst = (items: readonly string[]): string => `{${items.map((s) => `"${s}"`).join(",")}}`;
/** TRUE when `expr` is one of `items` (exact after the caller's normalisation). */
export const inList = (expr: string, items: readonly string[]): string =>
  `ISNUMBER(MATCH(${expr},${arrayConst(items)},0))`;
/** Upper case without spaces, the way status words and jenis are compared. */
export const normWord = (expr: string): string => `UPPER(SUBSTITUTE(${expr}," ",""))`;
/** Number of cells of `range` that are not blank (spaces count as blank). */
export const notBlank = (range: string): string => `SUMPRODUCT(--(TRIM(${range})<>""))`;
/**
 * Number of cells of `range` holding the number 0, which the add-in reads as blank in date,
 * score and status ranges (Excel for Windows sends blank cells to custom functions as 0).
 * LibreOffice stores FALSE as the number 0, so there a FALSE status counts as blank too.
 */
export const zeros = (range: string): string => `SUMPRODUCT(ISNUMBER(${range})*(${range}=0))`;
/** 1 per cell of `range` that is filled: not blank and not the number 0 (see zeros). */
export const filledCells = (range: string): string =>
  `((TRIM(${range})<>"")-ISNUMBER(${range})*(${range}=0))`;
/** TRUE when `x` is not a whole number. */
export const notWhole = (x: string): string => `ROUND(${x},0)<>${x}`;
/** TRUE when year `ta` cannot give a DATE in 1900–9999 (DATE maps years below 1900 to 19xx). */
export const yearBad = (ta: string): string => `OR(${ta}<1901,${ta}>9998,${notWhole(ta)})`;

/** DATE(...) of the deadline of `jenis` for budget year `ta` (an operand). */
export function deadline(jenis: JenisDokumen, ta: string): string {
  const r = BATAS_WAKTU[jenis];
  const year = r.tahun === 0 ? ta : `${ta}${r.tahun > 0 ? "+" : ""}${r.tahun}`;
  return `DATE(${year},${r.bulan},${r.hari})`;
}

/**
 * An argument ready to be pasted into an expression: references, names, numbers, strings and
 * single calls as they are; anything with operators in parentheses.
 */
export function operand(arg: string): string {
  const a = arg.trim();
  if (/^[\w.$:!]+$/.test(a) || /^'(?:[^']|'')*'![\w$:.]+$/.test(a) || /^"(?:[^"]|"")*"$/.test(a)) return a;
  const call = /^[A-Za-z_][\w.]*\(/.exec(a);
  if (call && closingParen(a, call[0].length - 1) === a.length - 1) return a;
  if (a.startsWith("(") && closingParen(a, 0) === a.length - 1) return a;
  return `(${a})`;
}

/** Index of the ")" matching the "(" at `open`, skipping quoted text. */
export function closingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"' || ch === "'") {
      const q = ch;
      for (i++; i < text.length && !(text[i] === q && text[i + 1] !== q); i++) if (text[i] === q) i++;
    } else if (ch === "(") depth++;
    else if (ch === ")" && --depth === 0) return i;
  }
  return -1;
}

/** The text of a string literal argument ("RKP""x" → RKP"x), or undefined if not a literal. */
export function literal(arg: string): string | undefined {
  const m = /^"((?:[^"]|"")*)"$/.exec(arg.trim());
  return m ? m[1].replace(/""/g, '"') : undefined;
}

/** The IKU function name of a call name ("IKU.IKM", "_xll.IKU.IKM" → "IKM"), else undefined. */
export function ikuName(name: string): string | undefined {
  const m = /^(?:_xll\.)?IKU\.(.+)$/i.exec(name);
  return m ? m[1].toUpperCase() : undefined;
}

/**
 * TRUE when a date column `c` holds something the add-in refuses: a text (a date typed as
 * text, not a date cell) or a number below 1 other than 0 (0 is a blank cell).
 */
export const badDates = (c: string): string =>
  `OR(${notBlank(c)}<>COUNT(${c}),SUMPRODUCT(ISNUMBER(${c})*(${c}<1)*(${c}<>0))>0)`;

/** Date cells of column `c` on or before the deadline `dl` (a DATE(...)); 0 = blank = not delivered. */
export const onTimeCount = (c: string, dl: string): string =>
  `SUMPRODUCT(ISNUMBER(${c})*(${c}>=1)*(${c}<${dl}+1))`;
