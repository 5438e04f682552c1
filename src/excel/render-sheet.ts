/**
 * Queues the Office.js commands that draw one SheetModel (no sync here): content and number
 * formats as whole 2-D arrays, formatting per rectangle of equal style, merges, widths,
 * heights, frozen panes, validation and page layout. On a reused data sheet only the cells
 * that are still empty are written and formatted: nothing a user typed is overwritten.
 */

import type { CellStyle, SheetModel, ValidationModel } from "../core/workbook/model";
import { cellAddress, columnLetters, parseAddress, rectAddress, type Rect } from "../core/a1";
import { absoluteArea } from "./absolute-area";
import { queueChartsAndBreaks } from "./render-charts";
import { ACTION_BYTES, inChunks, jsonBytes, type RequestBudget } from "./request-budget";
import type { Feature } from "./requirements";
import {
  FONT_NAME,
  columnWidthPoints,
  extent,
  formulaInput,
  plannedCells,
  runsOf,
  styleRects,
  type PlannedCell,
} from "./sheet-plan";

export interface SheetWriteOptions {
  features: Record<Feature, boolean>;
  /** For a reused sheet: cells that already hold something. null = a new (empty) sheet. */
  occupied: ((row: number, col: number) => boolean) | null;
  /** Validation ranges (model text) that already have a rule on a reused sheet. */
  validated: ReadonlySet<string>;
  /** The reused sheet already has frozen panes. */
  frozen: boolean;
  /** For a reused sheet: the number format Excel holds at a cell (undefined = unknown). */
  numberFormatAt?: (row: number, col: number) => string | undefined;
  /** For a reused data sheet: its print area over the filled rows (./print-area.ts). */
  printArea?: string | null;
}

const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
const BORDER_ITEMS = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

function applyFormat(range: Excel.Range, rect: Rect, s: CellStyle): void {
  const f = range.format;
  f.font.name = FONT_NAME;
  f.font.size = s.fontSize ?? 11;
  if (s.bold) f.font.bold = true;
  if (s.italic) f.font.italic = true;
  if (s.wrap) f.wrapText = true;
  if (s.hAlign) f.horizontalAlignment = H_ALIGN[s.hAlign];
  if (s.vAlign) f.verticalAlignment = V_ALIGN[s.vAlign];
  if (s.fill) f.fill.color = `#${s.fill}`;
  if (s.border) {
    const items: string[] = [...BORDER_ITEMS];
    // Inside lines exist only in ranges of more than one row/column.
    if (rect.bottom > rect.top) items.push("InsideHorizontal");
    if (rect.right > rect.left) items.push("InsideVertical");
    for (const item of items) {
      const b = f.borders.getItem(item as Excel.BorderIndex);
      b.style = "Continuous";
      b.weight = "Thin";
      b.color = "#000000";
    }
  }
}

/** Serial (1900 system) → "yyyy-mm-dd", the form Office.js date validation accepts. */
function isoFromSerial(serial: number): string {
  const d = new Date(Date.UTC(1899, 11, 30) + Math.round(serial) * 86400000);
  return d.toISOString().slice(0, 10);
}

/** The Office.js rule for a model validation (bounds as the xlsx writer sets them). */
export function validationRule(v: ValidationModel): Excel.DataValidationRule {
  if (v.type === "list") return { list: { inCellDropDown: true, source: (v.list ?? []).join(",") } };
  const conv = (x: number): string | number => (v.type === "date" ? isoFromSerial(x) : x);
  let basic: {
    formula1: string | number;
    formula2?: string | number;
    operator: Excel.DataValidationOperator;
  };
  if (v.min !== undefined && v.max !== undefined) {
    basic = {
      formula1: conv(v.min),
      formula2: conv(v.max),
      operator: "Between" as Excel.DataValidationOperator,
    };
  } else if (v.min !== undefined) {
    basic = { formula1: conv(v.min), operator: "GreaterThanOrEqualTo" as Excel.DataValidationOperator };
  } else if (v.max !== undefined) {
    basic = { formula1: conv(v.max), operator: "LessThanOrEqualTo" as Excel.DataValidationOperator };
  } else {
    basic = {
      formula1: v.type === "date" ? "1900-03-01" : -1e307,
      operator: "GreaterThanOrEqualTo" as Excel.DataValidationOperator,
    };
  }
  if (v.type === "date") return { date: basic as Excel.DateTimeDataValidation };
  if (v.type === "whole") return { wholeNumber: basic };
  return { decimal: basic };
}

/** Vertical runs of consecutive rows per column (for sparse writes on a reused sheet). */
function columnRuns(cells: PlannedCell[]): PlannedCell[][] {
  const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: PlannedCell[][] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    const prev = last?.[last.length - 1];
    if (prev && prev.col === c.col && prev.row === c.row - 1) last.push(c);
    else runs.push([c]);
  }
  return runs;
}

const STEP = "menulis lembar IKU (apakah buku kerja atau lembarnya diproteksi?)";

/**
 * Writes 2-D grids (row 1 = grid[0]) as whole blocks of rows, as many rows per block as the
 * request budget allows: one block for a normal workbook, a few for tens of thousands of rows.
 */
async function queueBlocks(
  ws: Excel.Worksheet,
  budget: RequestBudget,
  cols: number,
  grids: { prop: "formulas" | "numberFormat"; grid: unknown[][] }[],
): Promise<void> {
  const rows = grids[0].grid.length;
  const bytes = new Array<number>(rows);
  for (let i = 0; i < rows; i++) bytes[i] = grids.reduce((n, g) => n + jsonBytes(g.grid[i]) + 1, 0);
  const overhead = (1 + grids.length) * ACTION_BYTES + 32;
  await inChunks(
    budget,
    rows,
    (i) => bytes[i],
    overhead,
    "request",
    STEP,
    (first, last) => {
      const range = ws.getRange(rectAddress({ top: first + 1, left: 1, bottom: last + 1, right: cols }));
      // Content first: a formula written into a cell already formatted "@" would stay text.
      for (const g of grids) range[g.prop] = g.grid.slice(first, last + 1) as (string | number | boolean)[][];
    },
  );
}

/** Actions applyFormat queues for a style (getRange, font, alignment, fill, each border's 3 props). */
function formatActions(rect: Rect, s: CellStyle): number {
  let n = 3 + [s.bold, s.italic, s.wrap, s.hAlign, s.vAlign, s.fill].filter(Boolean).length;
  if (s.border) n += 4 * (4 + (rect.bottom > rect.top ? 1 : 0) + (rect.right > rect.left ? 1 : 0));
  return n;
}

/**
 * Queues every command for `sheet` on worksheet `ws`, syncing through `budget` only when the
 * next piece would not fit into the current request.
 * @returns Indonesian notes about what was skipped (e.g. merges over typed cells).
 */
export async function queueSheet(
  ws: Excel.Worksheet,
  sheet: SheetModel,
  opts: SheetWriteOptions,
  budget: RequestBudget,
): Promise<string[]> {
  const notes: string[] = [];
  const planned = plannedCells(sheet);
  const fresh = opts.occupied === null;
  const occupied = opts.occupied ?? (() => false);
  const writable = [...planned.values()].filter((c) => !occupied(c.row, c.col));
  const { rows, cols } = extent(planned.values());

  if (fresh) {
    if (rows > 0 && cols > 0) {
      const content: (string | number | boolean)[][] = [];
      const formats: string[][] = [];
      for (let r = 1; r <= rows; r++) {
        content.push(new Array<string | number | boolean>(cols).fill(""));
        formats.push(new Array<string>(cols).fill("General"));
      }
      for (const c of writable) {
        content[c.row - 1][c.col - 1] = formulaInput(c);
        if (c.style.numFmt) formats[c.row - 1][c.col - 1] = c.style.numFmt;
      }
      await queueBlocks(ws, budget, cols, [
        { prop: "formulas", grid: content },
        { prop: "numberFormat", grid: formats },
      ]);
    }
  } else {
    // Reused sheet: content only into empty cells that the model fills (its empty input cells
    // need no write), one range per run of such cells — few, since a user rarely empties them.
    for (const run of columnRuns(writable.filter((c) => c.formula !== undefined || c.value !== undefined))) {
      const first = run[0];
      const input = run.map((c) => [formulaInput(c)]);
      await budget.actions(2, jsonBytes(input) + 24, STEP);
      ws.getRange(
        rectAddress({
          top: first.row,
          left: first.col,
          bottom: first.row + run.length - 1,
          right: first.col,
        }),
      ).formulas = input;
    }
    // Number formats as whole blocks: a cell that holds something keeps the format re-read
    // from Excel, so nothing a user typed changes; empty cells get the model's.
    if (rows > 0 && cols > 0) {
      const formats: string[][] = [];
      for (let r = 1; r <= rows; r++) {
        const row: string[] = [];
        for (let c = 1; c <= cols; c++) {
          const keep = occupied(r, c) || !planned.has(`${r},${c}`) ? opts.numberFormatAt?.(r, c) : undefined;
          row.push(keep ?? planned.get(`${r},${c}`)?.style.numFmt ?? "General");
        }
        formats.push(row);
      }
      await queueBlocks(ws, budget, cols, [{ prop: "numberFormat", grid: formats }]);
    }
  }

  // The rest is small: merges, widths, heights, panes, validation, page layout and charts.
  const rest =
    2 * (sheet.merges.length + sheet.columnWidths.length + Object.keys(sheet.rowHeights).length) +
    6 * sheet.validations.length +
    60;
  await budget.actions(rest, jsonBytes(sheet.merges) + jsonBytes(sheet.validations), STEP);
  for (const m of sheet.merges) {
    const rect = parseAddress(m)?.rect;
    if (!rect) continue;
    // Merging keeps only the top-left value, so it is safe unless a covered cell holds something.
    let free = true;
    for (let r = rect.top; r <= rect.bottom && free; r++) {
      for (let c = rect.left; c <= rect.right; c++)
        if ((r !== rect.top || c !== rect.left) && occupied(r, c)) free = false;
    }
    if (free) ws.getRange(rectAddress(rect)).merge(false);
    else notes.push(`Sel ${sheet.name}!${m} tidak digabung karena sudah berisi data.`);
  }

  // Fonts, borders and alignment over the whole table, typed cells included (formatting is
  // not data): the same few rectangles as on a new sheet instead of one per empty run.
  for (const { rect, style } of styleRects(planned.values())) {
    await budget.actions(formatActions(rect, style), 64, STEP);
    applyFormat(ws.getRange(rectAddress(rect)), rect, style);
  }

  if (fresh) {
    const widths = new Map<number, number>();
    sheet.columnWidths.forEach((w, i) => widths.set(i + 1, w));
    for (const [c1, c2, w] of runsOf(widths)) {
      ws.getRange(`${columnLetters(c1)}1:${columnLetters(c2)}1`).format.columnWidth = columnWidthPoints(w);
    }
    const heights = new Map<number, number>(Object.entries(sheet.rowHeights).map(([r, h]) => [Number(r), h]));
    for (const [r1, r2, h] of runsOf(heights)) ws.getRange(`A${r1}:A${r2}`).format.rowHeight = h;
  }

  const freeze = sheet.freeze;
  if (opts.features.bekuPanel && freeze && (freeze.rows > 0 || freeze.cols > 0) && !opts.frozen) {
    if (freeze.rows > 0 && freeze.cols > 0)
      ws.freezePanes.freezeAt(ws.getRange(`A1:${cellAddress(freeze.rows, freeze.cols)}`));
    else if (freeze.rows > 0) ws.freezePanes.freezeRows(freeze.rows);
    else ws.freezePanes.freezeColumns(freeze.cols);
  }

  if (opts.features.validasi) {
    for (const v of sheet.validations) {
      if (opts.validated.has(v.range)) continue;
      const dv = ws.getRange(v.range).dataValidation;
      dv.rule = validationRule(v);
      // Excel's dialogs take at most 255 characters of message.
      if (v.prompt) dv.prompt = { showPrompt: true, title: "", message: v.prompt.slice(0, 255) };
      dv.errorAlert = {
        showAlert: true,
        style: "Stop",
        title: "Isian tidak valid",
        message: (v.error ?? "").slice(0, 255),
      };
    }
  }

  if (opts.features.tataLetak && sheet.page && fresh) {
    const pl = ws.pageLayout;
    pl.orientation = sheet.page.orientation === "landscape" ? "Landscape" : "Portrait";
    pl.paperSize = "A4";
    // Excel's own "Fit All Columns on One Page": 1 page wide, height unlimited (0).
    if (sheet.page.fitToWidth) pl.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (sheet.page.printTitleRows) {
      const [a, b] = sheet.page.printTitleRows.replace(/\$/g, "").split(":");
      pl.setPrintTitleRows(`$${a}:$${b ?? a}`);
    }
    if (sheet.page.printArea) pl.setPrintArea(absoluteArea(sheet.page.printArea));
  } else if (opts.features.tataLetak && opts.printArea) {
    // A reused data sheet keeps the user's page setup except the area, kept in step with its rows.
    ws.pageLayout.setPrintArea(opts.printArea);
  }
  // Charts only on a sheet we create: a reused data sheet never gets one twice.
  if (fresh) notes.push(...queueChartsAndBreaks(ws, sheet, opts.features.tataLetak));
  return notes;
}
