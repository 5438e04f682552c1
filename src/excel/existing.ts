/**
 * Pure helpers for deciding what to do with sheets a workbook already has: grids from used
 * ranges, recognising an IKU data sheet by its header row, comparing profiles, free names.
 */

import type { Profile } from "../core/profile";
import type { SheetModel, SheetsModel } from "../core/workbook/model";
import { renameSheetInFormula } from "./formula-refs";
import { parseAddress } from "../core/a1";

/**
 * A used range's 2-D array placed on the sheet: grid[0] is row 1, grid[r][0] column A;
 * "" (Office.js empty) becomes null.
 */
export function gridFromUsed(address: string, values: unknown[][]): unknown[][] {
  const rect = parseAddress(address)?.rect;
  if (!rect) return [];
  const grid: unknown[][] = [];
  for (let r = 1; r < rect.top; r++) grid.push([]);
  for (const row of values) {
    const out: unknown[] = new Array<unknown>(rect.left - 1).fill(null);
    for (const x of row) out.push(x === "" ? null : x);
    grid.push(out);
  }
  return grid;
}

/** The header row of a data sheet: the last frozen row, else the first row with "No" in column A. */
export function headerRow(sheet: SheetModel): number | null {
  if (sheet.freeze && sheet.freeze.rows > 0) return sheet.freeze.rows;
  const no = sheet.cells.find((c) => c.col === 1 && typeof c.value === "string" && c.value.trim() === "No");
  return no ? no.row : null;
}

const norm = (x: unknown): string =>
  (typeof x === "string" || typeof x === "number" || typeof x === "boolean" ? String(x) : "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();

/**
 * True when an existing sheet's grid has the model's header texts in the same cells (case and
 * spacing ignored) — then it is an IKU data sheet and its rows are kept.
 */
export function headerMatches(sheet: SheetModel, grid: unknown[][]): boolean {
  const row = headerRow(sheet);
  if (row === null) return false;
  const headers = sheet.cells.filter(
    (c) => c.row === row && typeof c.value === "string" && c.value.trim() !== "",
  );
  if (headers.length === 0) return false;
  return headers.every((c) => norm(grid[row - 1]?.[c.col - 1]) === norm(c.value));
}

/** Structural equality of two plain JSON-like values (key order ignored). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Same profile (as the Profil sheet stores it). */
export function sameProfile(a: Profile, b: Profile): boolean {
  return deepEqual(a, b);
}

/**
 * A sheet name not in `taken` (lower-case names): `base`, else `base (2)`, `(3)`…, shortened
 * so it stays within Excel's 31 characters.
 */
export function freeSheetName(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base.toLowerCase())) return base;
  for (let k = 2; ; k++) {
    const suffix = ` (${k})`;
    const name = base.slice(0, 31 - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** The model with references to renamed sheets rewritten (formulas and defined names). */
export function withRenames(model: SheetsModel, renames: Map<string, string>): SheetsModel {
  if (renames.size === 0) return model;
  const fix = (f: string): string => {
    let out = f;
    for (const [from, to] of renames) out = renameSheetInFormula(out, from, to);
    return out;
  };
  return {
    ...model,
    sheets: model.sheets.map((s) => ({
      ...s,
      name: renames.get(s.name) ?? s.name,
      cells: s.cells.map((c) => (c.formula === undefined ? c : { ...c, formula: fix(c.formula) })),
    })),
    names: model.names.map((n) => ({ ...n, sheet: renames.get(n.sheet) ?? n.sheet })),
  };
}
