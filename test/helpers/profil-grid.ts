/** Reads and edits a Profil sheet's values as a user or a renderer would (grid[0] = row 1). */

export { gridOf } from "../../src/core/workbook/sheet-kit";

/** 0-based index of the indicator table's header row. */
export function tableHeader(grid: unknown[][]): number {
  const h = grid.findIndex((r) => r[0] === "No." && r.includes("Indikator"));
  if (h < 0) throw new Error("no indicator table");
  return h;
}

/** Types `value` in the table row numbered `no` (1-based), column captioned `header`. */
export function setTableCell(grid: unknown[][], no: number, header: string, value: unknown): void {
  const h = tableHeader(grid);
  const c = grid[h].indexOf(header);
  if (c < 0) throw new Error(`no column ${header}`);
  const row = grid.slice(h + 1).find((r) => r[0] === no);
  if (!row) throw new Error(`no table row ${no}`);
  while (row.length <= c) row.push(null);
  row[c] = value;
}

/** 1-based sheet row and column of a table cell, for messages naming it. */
export function tableCellAddress(
  grid: unknown[][],
  no: number,
  header: string,
): { row: number; col: number } {
  const h = tableHeader(grid);
  const col = grid[h].indexOf(header) + 1;
  const row = grid.findIndex((r, i) => i > h && r[0] === no) + 1;
  return { row, col };
}
