/**
 * Excel-shaped values of ExcelJS cells, for code that already holds an ExcelJS workbook (the
 * engine tests compare recalculated sheets with it). Type-only import of ExcelJS, so the
 * reader that re-exports these never loads the library.
 */

import type ExcelJS from "exceljs";

/** ExcelJS.ValueType.Formula, spelled out so this module needs no runtime import. */
const FORMULA_TYPE = 6;

/** Excel serial of a JS date as ExcelJS creates them (UTC midnight = whole serial). */
function serialFromDate(d: Date): number {
  return 25569 + d.getTime() / 86400000;
}

function richTextOf(x: unknown): string | null {
  if (typeof x === "object" && x !== null && Array.isArray((x as { richText?: unknown }).richText)) {
    return (x as ExcelJS.CellRichTextValue).richText.map((part) => part.text).join("");
  }
  return null;
}

/**
 * One ExcelJS cell value as Excel would hand it to a function: number (dates as serials),
 * string, boolean or null. Formula cells give their cached result, hyperlinks their text,
 * rich text its plain text, error cells their error literal ("#N/A").
 */
export function excelValue(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return serialFromDate(v);
  if (typeof v !== "object") return null;
  const rich = richTextOf(v);
  if (rich !== null) return rich;
  const o = v as Record<string, unknown>;
  if ("formula" in o || "sharedFormula" in o) return excelValue(o.result);
  if ("hyperlink" in o) return excelValue(o.text);
  if ("error" in o && typeof o.error === "string") return o.error;
  return null;
}

/**
 * A cell's Excel-shaped value. Formula cells are read through `cell.result`: ExcelJS's
 * `cell.value` drops a falsy cached result (0, FALSE), so a recalculated FALSE or 0% would
 * otherwise read as blank.
 */
export function cellValue(cell: ExcelJS.Cell): unknown {
  if ((cell.type as number) === FORMULA_TYPE) return excelValue(cell.result ?? null);
  return excelValue(cell.value);
}
