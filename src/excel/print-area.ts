/**
 * Print areas set by the Office.js renderer. A data sheet prints only its title, header and
 * filled rows (issue 13: printing the workbook must give the pages a kecamatan hands in, not
 * pages of empty grid). A new sheet takes the model's area (the rows filled when built); a
 * reused data sheet gets it again over the rows staff have filled since, so each rebuild keeps
 * it in step. Areas are fully absolute ("$A$1:$G$37"), the form Excel itself stores (issue 8).
 */

import { parseAddress } from "../core/a1";
import { dataPrintArea } from "../core/workbook/data-sheets";
import type { SheetModel } from "../core/workbook/model";
import { absoluteArea } from "./absolute-area";
import { plannedCells } from "./sheet-plan";

export { absoluteArea };

/**
 * The print area of a reused data sheet: the model's area (title, header and the rows the
 * model itself fills, e.g. every desa) down to the last row where staff typed something — a
 * cell holding content that the model leaves empty for input. Formula columns (the "No."
 * counter, "tepat waktu") do not count: they exist on every prepared row.
 * @param occupied whether the existing sheet holds something at a cell (read by the renderer).
 * @returns an absolute A1 range, or null when the model sets no print area for the sheet.
 */
export function filledPrintArea(
  sheet: SheetModel,
  occupied: (row: number, col: number) => boolean,
): string | null {
  const area = sheet.page?.printArea;
  const rect = area === undefined ? undefined : parseAddress(area.replace(/\$/g, ""))?.rect;
  if (!rect) return null;
  const planned = plannedCells(sheet);
  let rows = 0;
  for (const c of planned.values()) rows = Math.max(rows, c.row);
  let last = rect.bottom;
  for (let r = rows; r > last; r--) {
    let typed = false;
    for (let c = 1; c <= rect.right && !typed; c++) {
      const p = planned.get(`${r},${c}`);
      typed = occupied(r, c) && (p === undefined || (p.formula === undefined && p.value === undefined));
    }
    if (typed) last = r;
  }
  return absoluteArea(dataPrintArea(rect.right, last));
}
