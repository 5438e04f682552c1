/**
 * Pure planning for the Office.js renderer: turns a SheetModel into few, large operations —
 * the effective style of every cell (merged areas take their top-left cell's style, as the
 * xlsx writer does), rectangles of equal style, runs of equal column widths and row heights.
 * Office.js formats whole ranges, so a 5 000-row data sheet becomes a handful of range calls.
 */

import type { CellModel, CellStyle, CellValue, SheetModel } from "../core/workbook/model";
import { parseAddress, type Rect } from "../core/a1";

/** The font every model cell gets (same as src/xlsx/write.ts, so both renderers agree). */
export const FONT_NAME = "Arial";

export interface PlannedCell {
  row: number;
  col: number;
  value?: CellValue;
  formula?: string;
  style: CellStyle;
}

const key = (row: number, col: number): string => `${row},${col}`;

/**
 * Every model cell plus the cells covered by merges, each with its effective style: a covered
 * cell takes the merged area's top-left style, its own style fields (if the model gives any)
 * winning — the way ExcelJS renders merges, so the borders run round the whole merged block.
 */
export function plannedCells(sheet: SheetModel): Map<string, PlannedCell> {
  const cells = new Map<string, PlannedCell>();
  const own = new Map<string, CellModel>();
  for (const c of sheet.cells) {
    own.set(key(c.row, c.col), c);
    cells.set(key(c.row, c.col), {
      row: c.row,
      col: c.col,
      value: c.value,
      formula: c.formula,
      style: c.style ?? {},
    });
  }
  for (const m of sheet.merges) {
    const parsed = parseAddress(m);
    if (!parsed) continue;
    const r = parsed.rect;
    const masterCell = own.get(key(r.top, r.left));
    const master = masterCell?.style ?? {};
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) {
        if (row === r.top && col === r.left) continue;
        const mine = own.get(key(row, col));
        // A merge of cells the model does not style leaves its covered cells unformatted.
        if (!masterCell && !mine) continue;
        const style = mine?.style ? coveredStyle(master, mine.style) : { ...master };
        // A covered cell shows nothing: Excel keeps only the top-left value of a merge.
        cells.set(key(row, col), { row, col, style });
      }
    }
  }
  return cells;
}

function coveredStyle(master: CellStyle, mine: CellStyle): CellStyle {
  const hasAlign = mine.wrap !== undefined || mine.hAlign !== undefined || mine.vAlign !== undefined;
  const s: CellStyle = { bold: mine.bold, italic: mine.italic, fontSize: mine.fontSize };
  const align = hasAlign ? mine : master;
  s.wrap = align.wrap;
  s.hAlign = align.hAlign;
  s.vAlign = align.vAlign;
  s.numFmt = mine.numFmt ?? master.numFmt;
  s.border = mine.border || master.border;
  s.fill = mine.fill ?? master.fill;
  return s;
}

/** The formatting part of a style that Office.js sets per range (number formats go in bulk). */
export function formatKey(s: CellStyle): string {
  return JSON.stringify([
    s.bold === true,
    s.italic === true,
    s.fontSize ?? 11,
    s.wrap === true,
    s.hAlign ?? "",
    s.vAlign ?? "",
    s.border === true,
    s.fill ?? "",
  ]);
}

/**
 * Covers the given cells with rectangles of equal formatKey: vertical runs per column, then
 * neighbouring columns with the same run joined. Each rectangle holds one representative style.
 */
export function styleRects(cells: Iterable<PlannedCell>): { rect: Rect; style: CellStyle }[] {
  const groups = new Map<string, PlannedCell[]>();
  for (const c of cells) {
    const k = formatKey(c.style);
    const g = groups.get(k);
    if (g) g.push(c);
    else groups.set(k, [c]);
  }
  const out: { rect: Rect; style: CellStyle }[] = [];
  for (const group of groups.values()) {
    group.sort((a, b) => a.col - b.col || a.row - b.row);
    const runs: Rect[] = [];
    for (const c of group) {
      const last = runs[runs.length - 1];
      if (last && last.left === c.col && last.bottom === c.row - 1) last.bottom = c.row;
      else runs.push({ top: c.row, bottom: c.row, left: c.col, right: c.col });
    }
    // Join a run with the previous column's identical run (runs are sorted by column, row).
    const byTopBottom = new Map<string, Rect>();
    const rects: Rect[] = [];
    for (const r of runs) {
      const k = `${r.top}-${r.bottom}`;
      const prev = byTopBottom.get(k);
      if (prev && prev.right === r.left - 1) prev.right = r.left;
      else {
        const copy = { ...r };
        byTopBottom.set(k, copy);
        rects.push(copy);
      }
    }
    for (const rect of rects) out.push({ rect, style: group[0].style });
  }
  return out;
}

/** Consecutive indices with the same value: [first, last, value] (1-based, zero/undefined skipped). */
export function runsOf(values: ReadonlyMap<number, number>): [number, number, number][] {
  const idx = [...values.keys()].sort((a, b) => a - b);
  const runs: [number, number, number][] = [];
  for (const i of idx) {
    const v = values.get(i) as number;
    if (!(v > 0)) continue;
    const last = runs[runs.length - 1];
    if (last && last[1] === i - 1 && last[2] === v) last[1] = i;
    else runs.push([i, i, v]);
  }
  return runs;
}

/**
 * Excel column width in character units (what the xlsx file and the model store) → points,
 * what Office.js `format.columnWidth` takes. ECMA-376 §18.3.1.13: pixels =
 * Truncate(((256·w + Truncate(128/mdw)) / 256) · mdw) with the maximum digit width mdw = 7 px
 * for the default Calibri 11 body font at 96 dpi; 1 px = 0.75 pt.
 */
export function columnWidthPoints(chars: number): number {
  const mdw = 7;
  const px = Math.trunc(((256 * chars + Math.trunc(128 / mdw)) / 256) * mdw);
  return px * 0.75;
}

/** Bounding box (from A1) of the planned cells. */
export function extent(cells: Iterable<PlannedCell>): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  for (const c of cells) {
    rows = Math.max(rows, c.row);
    cols = Math.max(cols, c.col);
  }
  return { rows, cols };
}

/**
 * What to write into `range.formulas` for a cell: "=" + formula, a number/boolean as is, or
 * text. Text Excel would turn into something else when "typed" (numbers such as an 18-digit
 * NIP, dates, fractions such as 1/2, times, TRUE/FALSE, or a leading = + - ' @) gets Excel's
 * text prefix, an apostrophe.
 */
export function formulaInput(c: { value?: CellValue; formula?: string }): string | number | boolean {
  if (c.formula !== undefined) return `=${c.formula.replace(/^=/, "")}`;
  const v = c.value;
  if (v === undefined) return "";
  if (typeof v !== "string") return v;
  const t = v.trim();
  const risky =
    /^[=+\-'@]/.test(v) ||
    /^\d{1,2}:\d{2}(:\d{2})?$/.test(t) ||
    /^[+-]?(\d+[.,]?\d*|[.,]\d+)([eE][+-]?\d+)?%?$/.test(t) ||
    /^(true|false)$/i.test(t) ||
    /^\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?$/.test(t);
  return risky ? `'${v}` : v;
}
