/**
 * The in-memory workbook behind the fake Excel (./fake-excel.ts): what Excel would hold after
 * the queued commands ran. No Node imports — the fake is also bundled for the browser test.
 */

import { columnNumber, type Rect } from "../../src/core/a1";

export type FakeScalar = string | number | boolean;

export interface FakeBorder {
  style: string;
  weight: string;
  color: string;
}

export type EdgeName = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight";

export interface FakeCell {
  /** "" when empty; for formula cells the value a test seeded as cached result, else "". */
  value: FakeScalar;
  /** With the leading "=", or null for constants. */
  formula: string | null;
  numberFormat: string;
  font: { name: string; bold: boolean; italic: boolean; size: number };
  wrapText: boolean;
  horizontalAlignment: string;
  verticalAlignment: string;
  fill: string | null;
  borders: Partial<Record<EdgeName, FakeBorder>>;
  /** True once any format was set, so the (non values-only) used range includes it. */
  formatted: boolean;
}

export interface FakeValidation {
  rect: Rect;
  rule: unknown;
  prompt: unknown;
  errorAlert: unknown;
}

export interface FakeSheet {
  name: string;
  visibility: string;
  cells: Map<string, FakeCell>;
  merges: Rect[];
  /** Points, key = 1-based column. */
  columnWidths: Map<number, number>;
  /** Points, key = 1-based row. */
  rowHeights: Map<number, number>;
  freeze: { rows: number; cols: number } | null;
  validations: FakeValidation[];
  pageLayout: {
    orientation?: string;
    paperSize?: string;
    zoom?: unknown;
    printTitleRows?: string;
    printArea?: string;
  };
}

export interface FakeName {
  name: string;
  sheet: FakeSheet;
  rect: Rect;
}

export interface FakeWorkbookState {
  sheets: FakeSheet[];
  /** Key: lower-case name (Excel names are case-insensitive). */
  names: Map<string, FakeName>;
  /** The sheet last activated. */
  active: FakeSheet | null;
  /** Workbook settings (Excel.SettingCollection), key → value. */
  settings: Map<string, unknown>;
}

export function newSheet(name: string): FakeSheet {
  return {
    name,
    visibility: "Visible",
    cells: new Map(),
    merges: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
    freeze: null,
    validations: [],
    pageLayout: {},
  };
}

export function newCell(): FakeCell {
  return {
    value: "",
    formula: null,
    numberFormat: "General",
    font: { name: "Calibri", bold: false, italic: false, size: 11 },
    wrapText: false,
    horizontalAlignment: "General",
    verticalAlignment: "Bottom",
    fill: null,
    borders: {},
    formatted: false,
  };
}

const key = (row: number, col: number): string => `${row},${col}`;

export function peekCell(sheet: FakeSheet, row: number, col: number): FakeCell | undefined {
  return sheet.cells.get(key(row, col));
}

export function cellAt(sheet: FakeSheet, row: number, col: number): FakeCell {
  const k = key(row, col);
  let c = sheet.cells.get(k);
  if (!c) {
    c = newCell();
    sheet.cells.set(k, c);
  }
  return c;
}

export function forEachCell(rect: Rect, fn: (row: number, col: number) => void): void {
  for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) fn(r, c);
}

/** Serial of a yyyy-mm-dd date in the 1900 system (dates after 1900-03-01). */
function serialFromIso(text: string): number {
  const [y, m, d] = text.split("-").map(Number);
  return Math.round(Date.UTC(y, m - 1, d) / 86400000) + 25569;
}

/**
 * What Excel stores when a value is written through `range.values` (or a non-formula through
 * `range.formulas`): like typing it — "=…" is a formula, numeric/boolean/ISO-date text is
 * converted unless the cell is formatted as text "@", and a leading apostrophe forces text.
 */
export function writeInput(cell: FakeCell, input: unknown, asFormula: boolean): void {
  if (input === null || input === undefined) return; // null leaves the cell unchanged
  if (typeof input === "number" || typeof input === "boolean") {
    cell.value = input;
    cell.formula = null;
    return;
  }
  if (typeof input !== "string") throw new Error(`InvalidArgument: nilai tak didukung (${typeof input})`);
  cell.formula = null;
  if (input.startsWith("=") && input.length > 1) {
    cell.formula = input;
    cell.value = "";
    return;
  }
  if (input.startsWith("'")) {
    cell.value = input.slice(1);
    return;
  }
  if (cell.numberFormat === "@") {
    cell.value = input;
    return;
  }
  const t = input.trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) cell.value = Number(t);
  else if (/^(true|false)$/i.test(t)) cell.value = t.toLowerCase() === "true";
  else if (/^\d{4}-\d{2}-\d{2}$/.test(t)) cell.value = serialFromIso(t);
  else cell.value = input;
  void asFormula;
}

/** Bounding box of non-empty cells (valuesOnly) or of any used cell; null when none. */
export function usedRect(sheet: FakeSheet, valuesOnly: boolean): Rect | null {
  let rect: Rect | null = null;
  for (const [k, c] of sheet.cells) {
    const used = c.formula !== null || c.value !== "" || (!valuesOnly && c.formatted);
    if (!used) continue;
    const [row, col] = k.split(",").map(Number);
    if (!rect) rect = { top: row, left: col, bottom: row, right: col };
    else {
      rect.top = Math.min(rect.top, row);
      rect.left = Math.min(rect.left, col);
      rect.bottom = Math.max(rect.bottom, row);
      rect.right = Math.max(rect.right, col);
    }
  }
  return rect;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function findSheet(state: FakeWorkbookState, name: string): FakeSheet | undefined {
  const lower = name.toLowerCase();
  return state.sheets.find((s) => s.name.toLowerCase() === lower);
}

/** Address of a cell given as "B3" → [row, col]. */
export function rowCol(a1: string): [number, number] {
  const m = /^\$?([A-Za-z]+)\$?(\d+)$/.exec(a1.trim());
  if (!m) throw new Error(`alamat sel tidak valid: ${a1}`);
  return [Number(m[2]), columnNumber(m[1])];
}
