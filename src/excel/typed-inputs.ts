/**
 * The quarterly figures staff type into the MASUKAN TRIWULAN block of Pengukuran Kinerja
 * (rasio, nilai — core/indicators/masukan-layout.ts) are data, though the sheet is generated.
 * On rebuild they must neither make the sheet count as "changed by hand" (the fingerprint
 * leaves them out) nor be lost: they are carried into the new layout by indicator name and
 * row caption, so a reordered, added or removed indicator keeps its own figures. When a
 * typed figure has no place in the new layout (indicator renamed or removed), the old sheet
 * is kept whole instead (./rebuild-decide.ts).
 */
import { MASUKAN_COL } from "../core/indicators/masukan-layout";
import type { CellModel, CellValue, SheetModel } from "../core/workbook/model";
import { gridOf } from "../core/workbook/sheet-kit";

/** Start of the block's title cell (column A), as masukan-block.ts writes it. */
const TITLE = "MASUKAN TRIWULAN";
/** 0-based grid columns of TW I–IV inputs. */
const INPUT_COLS = [0, 1, 2, 3].map((q) => MASUKAN_COL - 1 + q);

const text = (x: unknown): string =>
  typeof x === "string" ? x.replace(/^'/, "").trim() : typeof x === "number" ? String(x) : "";

/** The block's input rows of a grid (grid[0] = row 1): 0-based row and its key. */
export function inputRowsOf(grid: readonly (readonly unknown[])[]): { row: number; key: string }[] {
  const title = grid.findIndex((r) => text(r?.[0]).toUpperCase().startsWith(TITLE));
  if (title < 0) return [];
  // Indicator names by their number (column A) in the table above the block.
  const names = new Map<string, string>();
  for (let r = 0; r < title; r++) {
    const no = text(grid[r]?.[0]);
    const name = text(grid[r]?.[1]);
    if (no !== "" && name !== "" && !names.has(no)) names.set(no, name);
  }
  const out: { row: number; key: string }[] = [];
  for (let r = title + 2; r < grid.length; r++) {
    const caption = text(grid[r]?.[1]);
    if (caption === "") continue;
    const no = text(grid[r]?.[0]);
    out.push({ row: r, key: `${(names.get(no) ?? no).toLowerCase()}\u0000${caption.toLowerCase()}` });
  }
  return out;
}

/** The grid without the typed figures (what a rebuild compares). */
export function withoutTypedInputs(grid: readonly (readonly unknown[])[]): readonly (readonly unknown[])[] {
  const rows = inputRowsOf(grid);
  if (rows.length === 0) return grid;
  const out = grid.map((r) => [...r]);
  for (const { row } of rows) for (const c of INPUT_COLS) if (c < out[row].length) out[row][c] = null;
  return out;
}

const isBlank = (x: unknown): boolean =>
  x === null || x === undefined || (typeof x === "string" && x.trim() === "");

/** The caption a user reads, for a message ("Nilai SAKIP — Nilai: Nilai SAKIP"). */
const shown = (key: string): string => key.split("\u0000").join(" — ");

/**
 * `sheet` with the typed figures of `oldGrid` (an existing Pengukuran Kinerja) in their rows;
 * `lost` names the figures that have no row in the new layout (the caller keeps the old sheet).
 */
export function carryTypedInputs(
  oldGrid: readonly (readonly unknown[])[],
  sheet: SheetModel,
): { sheet: SheetModel; carried: number; lost: string[] } {
  const target = new Map(inputRowsOf(gridOf(sheet, true)).map((x) => [x.key, x.row + 1]));
  const cells = new Map<string, CellModel>(sheet.cells.map((c) => [`${c.row},${c.col}`, c]));
  const lost: string[] = [];
  let carried = 0;
  for (const { row, key } of inputRowsOf(oldGrid)) {
    const values = INPUT_COLS.map((c) => oldGrid[row]?.[c]);
    if (values.every(isBlank)) continue;
    const to = target.get(key);
    if (to === undefined) {
      lost.push(shown(key));
      continue;
    }
    values.forEach((v, q) => {
      if (isBlank(v)) return;
      const col = INPUT_COLS[q] + 1;
      const at = `${to},${col}`;
      const rest: CellModel = { ...(cells.get(at) ?? { row: to, col }) };
      delete rest.value;
      delete rest.formula;
      delete rest.cached;
      // A figure typed as a formula (=12+3) stays a formula.
      const typed =
        typeof v === "string" && v.startsWith("=") ? { formula: v.slice(1) } : { value: v as CellValue };
      cells.set(at, { ...rest, ...typed });
      carried++;
    });
  }
  return { sheet: { ...sheet, cells: [...cells.values()] }, carried, lost };
}
