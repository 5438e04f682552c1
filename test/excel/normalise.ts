/**
 * One comparable shape for a sheet rendered by either renderer: the fake Excel (Office.js
 * renderer) or an xlsx file read back with ExcelJS. Only cells with something to compare are
 * kept; dates read back by ExcelJS as Date objects become serials again.
 */

import { fromStoredFormula } from "../../src/core/workbook/stored-formula";
import ExcelJS from "exceljs";
import { rectAddress } from "../../src/core/a1";
import { columnWidthPoints } from "../../src/excel/sheet-plan";
import type { FakeSheet } from "../fakes/fake-state";

export interface NormCell {
  value: string | number | boolean | null;
  formula: string | null;
  numFmt: string;
  bold: boolean;
  /** Thin line on all four sides. */
  border: boolean;
  italic: boolean;
  font: string;
  size: number;
  wrap: boolean;
  /** "left" | "center" | "right" | "" (general). */
  hAlign: string;
  /** "top" | "middle" | "bottom" (Excel's default). */
  vAlign: string;
  /** RGB hex upper-case, "" without fill. */
  fill: string;
}

export interface NormSheet {
  name: string;
  cells: Record<string, NormCell>;
  merges: string[];
  /** Column widths in points, key = column number. */
  widths: Record<number, number>;
  /** Row heights in points, key = row number. */
  heights: Record<number, number>;
}

const DEFAULTS = {
  italic: false,
  font: "Calibri",
  size: 11,
  wrap: false,
  hAlign: "",
  vAlign: "bottom",
  fill: "",
};

function keep(c: NormCell): boolean {
  const styled = (Object.keys(DEFAULTS) as (keyof typeof DEFAULTS)[]).some((k) => c[k] !== DEFAULTS[k]);
  return c.value !== null || c.formula !== null || c.numFmt !== "General" || c.bold || c.border || styled;
}

const addr = (row: number, col: number): string =>
  rectAddress({ top: row, left: col, bottom: row, right: col });

export function normaliseFake(sheet: FakeSheet): NormSheet {
  const cells: Record<string, NormCell> = {};
  for (const [k, c] of sheet.cells) {
    const [row, col] = k.split(",").map(Number);
    const edges = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;
    const n: NormCell = {
      value: c.formula !== null || c.value === "" ? null : c.value,
      formula: c.formula === null ? null : c.formula.slice(1),
      numFmt: c.numberFormat,
      bold: c.font.bold,
      border: edges.every((e) => c.borders[e]?.style === "Continuous" && c.borders[e]?.weight === "Thin"),
      italic: c.font.italic,
      font: c.font.name,
      size: c.font.size,
      wrap: c.wrapText,
      hAlign: c.horizontalAlignment === "General" ? "" : c.horizontalAlignment.toLowerCase(),
      vAlign: c.verticalAlignment === "Center" ? "middle" : c.verticalAlignment.toLowerCase(),
      fill: (c.fill ?? "").replace(/^#/, "").toUpperCase(),
    };
    if (keep(n)) cells[addr(row, col)] = n;
  }
  const widths: Record<number, number> = {};
  for (const [col, w] of sheet.columnWidths) widths[col] = w;
  const heights: Record<number, number> = {};
  for (const [row, h] of sheet.rowHeights) heights[row] = h;
  return { name: sheet.name, cells, merges: sheet.merges.map(rectAddress).sort(), widths, heights };
}

function serialOf(d: Date): number {
  return d.getTime() / 86400000 + 25569;
}

export function normaliseExcelJs(ws: ExcelJS.Worksheet): NormSheet {
  const cells: Record<string, NormCell> = {};
  for (let r = 1; r <= ws.rowCount; r++) {
    for (let c = 1; c <= ws.columnCount; c++) {
      const cell = ws.getCell(r, c);
      // ExcelJS answers a covered cell of a merge with the master's value; the file holds none.
      const covered = cell.isMerged && cell.master !== cell;
      const v = covered ? null : cell.value;
      let value: NormCell["value"] = null;
      let formula: string | null = null;
      if (v !== null && typeof v === "object" && !(v instanceof Date) && "formula" in v)
        // The file holds the stored form (_xldudf_IKU_…); Excel shows the typed form.
        formula = fromStoredFormula(String(v.formula));
      else if (v instanceof Date) value = serialOf(v);
      // An empty-string constant and an empty cell look the same; Office.js cannot write the former.
      else if (v === "") value = null;
      // Rich text (bold "Penjelasan :") is one text; Office.js writes the plain value.
      else if (typeof v === "object" && v !== null && "richText" in v)
        value = v.richText.map((r) => r.text).join("");
      else if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") value = v;
      else if (v !== null && v !== undefined) value = JSON.stringify(v);
      const b = cell.border ?? {};
      const thin = (x: Partial<ExcelJS.Border> | undefined): boolean => x?.style === "thin";
      const n: NormCell = {
        value,
        formula,
        numFmt: cell.numFmt && cell.numFmt !== "" ? cell.numFmt : "General",
        bold: cell.font?.bold === true,
        border: thin(b.top) && thin(b.bottom) && thin(b.left) && thin(b.right),
        italic: cell.font?.italic === true,
        font: cell.font?.name ?? DEFAULTS.font,
        size: cell.font?.size ?? DEFAULTS.size,
        wrap: cell.alignment?.wrapText === true,
        hAlign: cell.alignment?.horizontal ?? "",
        vAlign: cell.alignment?.vertical ?? "bottom",
        fill: cell.fill?.type === "pattern" ? (cell.fill.fgColor?.argb ?? "").slice(2).toUpperCase() : "",
      };
      if (keep(n)) cells[addr(r, c)] = n;
    }
  }
  const merges = ((ws.model as unknown as { merges?: string[] }).merges ?? []).slice().sort();
  const widths: Record<number, number> = {};
  for (let c = 1; c <= ws.columnCount; c++) {
    const w = ws.getColumn(c).width;
    if (w !== undefined && w > 0) widths[c] = columnWidthPoints(w);
  }
  const heights: Record<number, number> = {};
  for (let r = 1; r <= ws.rowCount; r++) {
    const h = ws.getRow(r).height;
    if (h !== undefined && h > 0) heights[r] = h;
  }
  return { name: ws.name, cells, merges, widths, heights };
}

/** Human-readable differences (first `limit`), empty when equal. */
export function differences(a: NormSheet, b: NormSheet, limit = 10): string[] {
  const out: string[] = [];
  const keys = new Set([...Object.keys(a.cells), ...Object.keys(b.cells)]);
  for (const k of keys) {
    const x = JSON.stringify(a.cells[k] ?? null);
    const y = JSON.stringify(b.cells[k] ?? null);
    if (x !== y) out.push(`${a.name}!${k}: ${x} ≠ ${y}`);
  }
  if (JSON.stringify(a.merges) !== JSON.stringify(b.merges))
    out.push(`${a.name} merges: ${a.merges.join(",")} ≠ ${b.merges.join(",")}`);
  if (JSON.stringify(a.widths) !== JSON.stringify(b.widths)) {
    out.push(`${a.name} widths: ${JSON.stringify(a.widths)} ≠ ${JSON.stringify(b.widths)}`);
  }
  if (JSON.stringify(a.heights) !== JSON.stringify(b.heights)) {
    out.push(`${a.name} heights: ${JSON.stringify(a.heights)} ≠ ${JSON.stringify(b.heights)}`);
  }
  return out.slice(0, limit);
}
