/**
 * The record of converted formulas, kept in a very hidden sheet `_IKU_Formula` of the
 * workbook itself (so it travels with the file): one row per converted cell with the sheet,
 * the address, the original IKU.* formula and the portable formula as Excel holds it.
 * Formulas are stored without "=" in text-formatted cells, so Excel keeps them as text.
 */

export const FORMULA_STORE_SHEET = "_IKU_Formula";

export const STORE_HEADER = ["Lembar", "Sel", "Formula asli (fungsi IKU)", "Formula Excel standar"] as const;

export interface FormulaRecord {
  sheet: string;
  /** A1 address of one cell, e.g. "F20". */
  address: string;
  /** Without "=". */
  original: string;
  /** Without "=", as Excel returned it after writing. */
  portable: string;
}

/** Records from the store sheet's values (header row and malformed rows skipped). */
export function recordsFromGrid(grid: unknown[][]): FormulaRecord[] {
  const out: FormulaRecord[] = [];
  for (const row of grid.slice(1)) {
    const [sheet, address, original, portable] = row.map((x) => (typeof x === "string" ? x : ""));
    if (sheet && address && original && portable) out.push({ sheet, address, original, portable });
  }
  return out;
}

/** The store sheet's rows, header first. */
export function gridFromRecords(records: readonly FormulaRecord[]): string[][] {
  return [[...STORE_HEADER], ...records.map((r) => [r.sheet, r.address, r.original, r.portable])];
}

/**
 * Formula text for comparison: whitespace outside string literals removed and letters
 * upper-cased outside literals, because Excel may respace or re-case what it was given.
 */
export function canonicalFormula(formula: string): string {
  let out = "";
  let inString = false;
  for (const ch of formula.replace(/^=/, "")) {
    if (ch === '"') inString = !inString;
    if (inString || ch === '"') out += ch;
    else if (!/\s/.test(ch)) out += ch.toUpperCase();
  }
  return out;
}
