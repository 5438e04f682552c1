/**
 * Formulas an earlier version of the add-in or the CLI wrote into a data sheet that the model
 * now writes differently. A reused data sheet keeps every cell that holds something, so without
 * this a workbook built before would keep them for ever: the Dokumen Desa tepat-waktu columns
 * showed TRUE/FALSE (`=IKU.TEPATWAKTU(…)`, totals `COUNTIF(…,TRUE)`) where staff now read
 * Ya/Tidak (issue 13). Only a cell whose formula is exactly such an older generated form (in any
 * formula mode, compared as the fingerprints are) is rewritten; a formula typed by a user, or
 * any value, stays.
 */

import type { SheetModel } from "../core/workbook/model";
import { normCell } from "./rebuild";

/** The older generated forms of a model formula (text without "="). */
export function olderForms(formula: string): string[] {
  const f = formula.replace(/^=/, "");
  const out: string[] = [];
  const yaTidak = /^IF\((.*),"Ya","Tidak"\)$/.exec(f);
  if (yaTidak) out.push(yaTidak[1]);
  const count = /^COUNTIF\(([^,()]+),"Ya"\)$/.exec(f);
  if (count) out.push(`COUNTIF(${count[1]},TRUE)`);
  return out;
}

/**
 * Cells of an existing data sheet (its `formulas` grid, grid[0] = row 1) that hold an older
 * generated form of the formula the model writes there.
 * @returns "row,col" keys.
 */
export function outdatedCells(sheet: SheetModel, grid: readonly (readonly unknown[])[]): Set<string> {
  const out = new Set<string>();
  for (const c of sheet.cells) {
    if (c.formula === undefined) continue;
    const old = grid[c.row - 1]?.[c.col - 1];
    if (typeof old !== "string" || !old.startsWith("=")) continue;
    const forms = olderForms(c.formula);
    if (forms.length === 0) continue;
    const have = normCell(old);
    if (forms.some((f) => normCell(`=${f}`) === have)) out.add(`${c.row},${c.col}`);
  }
  return out;
}
