/** Shared helpers of the src/excel tests. */

import { presetProfile } from "../../src/core/presets";
import type { Profile } from "../../src/core/profile";
import { buildWorkbook, type BuildOptions } from "../../src/core/workbook/build";
import type { FormulaMode, SheetModel, WorkbookModel } from "../../src/core/workbook/model";
import type { FakeSheet } from "../fakes/fake-state";

export function preset(name: "randuagung-2025" | "sumbersuko-2020"): Profile {
  const p = presetProfile(name);
  if (!p) throw new Error(`preset ${name} tidak ada`);
  return p;
}

export function model(
  profile: Profile,
  mode: FormulaMode = "addin",
  options: BuildOptions = {},
): WorkbookModel {
  return buildWorkbook(profile, mode, options);
}

/** The sheet's values as a grid (grid[0] = row 1), formulas as their text, empty = null. */
export function gridOf(sheet: FakeSheet, what: "values" | "formulas" = "values"): unknown[][] {
  const grid: unknown[][] = [];
  for (const [k, c] of sheet.cells) {
    const [r, col] = k.split(",").map(Number);
    const x = what === "formulas" && c.formula !== null ? c.formula : c.value;
    if (x === "") continue;
    while (grid.length < r) grid.push([]);
    const row = grid[r - 1];
    while (row.length < col) row.push(null);
    row[col - 1] = x;
  }
  return grid;
}

/** Rows 1..upTo of a model sheet as typed values (formulas left out), for seeding "old" sheets. */
export function modelRows(sheet: SheetModel, upTo: number): unknown[][] {
  const rows: unknown[][] = Array.from({ length: upTo }, () => []);
  for (const c of sheet.cells) {
    if (c.row > upTo || c.value === undefined) continue;
    rows[c.row - 1][c.col - 1] = c.value;
  }
  return rows;
}

export function sheetOf(m: WorkbookModel, kind: SheetModel["kind"]): SheetModel {
  const s = m.sheets.find((x) => x.kind === kind);
  if (!s) throw new Error(`model tanpa lembar ${kind}`);
  return s;
}
