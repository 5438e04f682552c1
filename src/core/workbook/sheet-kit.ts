/**
 * Small helpers the sheet builders share: A1 addresses, a mutable sheet under construction,
 * formulas in the requested mode (portable ones only through toPortable), Indonesian dates
 * and row heights estimated from text length (Excel and LibreOffice do not auto-fit rows of
 * merged cells, so wrapped text would be cut off without an explicit height).
 */
import { isIkuError } from "../errors";
import { serialFromYmd } from "../dates";
import type {
  CachedValue,
  CellModel,
  CellStyle,
  CellValue,
  FormulaMode,
  SheetKind,
  SheetModel,
  TextRun,
  ValidationModel,
} from "./model";
import { toPortable } from "./portable";
import { addr, rangeAddr } from "../a1";

export { addr, rangeAddr };

/** The formula for `mode`: the add-in text as written, or its toPortable translation. */
export function formulaFor(addin: string, mode: FormulaMode): string {
  if (mode === "addin") return addin;
  const portable = toPortable(addin);
  // The builder's own formulas always translate; failing here is a programming error.
  if (isIkuError(portable)) throw new Error(`toPortable gagal untuk ${addin}: ${portable.message}`);
  return portable;
}

export const BULAN = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
];

/** "2025-01-31" → "31 Januari 2025"; any other text is returned as it is. */
export function tanggalIndonesia(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return iso;
  return `${Number(m[3])} ${BULAN[month - 1]} ${m[1]}`;
}

/** dd/mm/yyyy of a calendar date, for headers such as "(batas 30/09/2025)". */
export function ddmmyyyy(y: number, m: number, d: number): string {
  return `${String(d).padStart(2, "0")}/${String(m).padStart(2, "0")}/${y}`;
}

/** Excel serial of a calendar date (1900 system). */
export const dateSerial = serialFromYmd;

/** Fill of every table header row (the light blue of the official IKU table). */
export const HEADER_FILL = "D9E1F2";

/** The style of a table header cell on every sheet: bold, centred, wrapped, bordered, filled. */
export const HEADER_STYLE: CellStyle = {
  bold: true,
  hAlign: "center",
  vAlign: "middle",
  wrap: true,
  border: true,
  fill: HEADER_FILL,
};

/** Points per text line at 11 pt, and the padding Excel adds. */
const LINE_PT = 15;

/**
 * Lines `text` needs in a column `width` characters wide, counting explicit line breaks.
 * About one character per width unit fits (checked in LibreOffice's PDF of the IKU sheet:
 * 60 characters in a 56-wide column, but not 21 in a 20-wide one); words do not break, and
 * two characters go to the cell padding, so the estimate errs on the tall side.
 */
export function linesFor(text: string, width: number): number {
  const perLine = Math.max(4, Math.floor(width) - 2);
  let lines = 0;
  for (const para of text.split("\n")) {
    let len = 0;
    let n = 1;
    for (const word of para.split(/\s+/).filter((w) => w)) {
      const w = word.length;
      if (len === 0) len = w;
      else if (len + 1 + w <= perLine) len += 1 + w;
      else {
        n++;
        len = w;
      }
      while (len > perLine) {
        n++;
        len -= perLine;
      }
    }
    lines += n;
  }
  return Math.max(1, lines);
}

/** Excel's largest row height (points); a taller row makes the file invalid. */
export const MAX_ROW_HEIGHT = 409;

/** Row height in points for `lines` lines of 11 pt text, at most {@link MAX_ROW_HEIGHT}. */
export function heightFor(lines: number): number {
  return Math.min(MAX_ROW_HEIGHT, Math.max(LINE_PT, lines * LINE_PT));
}

/**
 * Sheet points of row height one printed page holds: the A4 page less the margins the
 * renderers set (0,6" top and bottom, 0,5" left and right), divided by the scale that fits
 * the columns on one page width (a column of width w is about 7w + 5 px = 0,75 × that in pt).
 * Checked against LibreOffice: the IKU sheet (189 characters wide, landscape) holds between
 * 675 and 780 pt of rows; this gives 680.
 */
export function pageRowsHeight(
  columnWidths: readonly number[],
  orientation: "landscape" | "portrait",
): number {
  const [w, h] = orientation === "landscape" ? [841.9, 595.3] : [595.3, 841.9];
  const printableWidth = w - 2 * 0.5 * 72;
  const printableHeight = h - 2 * 0.6 * 72;
  const sheetWidth = columnWidths.reduce((a, cw) => a + (cw * 7 + 5) * 0.75, 0);
  const scale = Math.min(1, printableWidth / sheetWidth);
  return printableHeight / scale;
}

/** A sheet under construction; `done()` gives the immutable-by-convention SheetModel. */
export class SheetDraft {
  private readonly cells = new Map<string, CellModel>();
  readonly merges: string[] = [];
  readonly validations: ValidationModel[] = [];
  readonly rowHeights: Record<number, number> = {};
  freeze?: { rows: number; cols: number };
  page?: SheetModel["page"];

  constructor(
    readonly name: string,
    readonly kind: SheetKind,
    readonly columnWidths: number[],
    readonly mode: FormulaMode,
  ) {}

  private cell(row: number, col: number): CellModel {
    const key = `${row},${col}`;
    let c = this.cells.get(key);
    if (!c) {
      c = { row, col };
      this.cells.set(key, c);
    }
    return c;
  }

  /** A constant with an optional style (merged into any style already set). */
  value(row: number, col: number, value: CellValue, style?: CellStyle): this {
    const c = this.cell(row, col);
    c.value = value;
    delete c.formula;
    delete c.runs;
    if (style) c.style = { ...c.style, ...style };
    return this;
  }

  /**
   * An add-in formula; in portable mode its toPortable translation is stored. `cached` is its
   * result computed by the core for the data the sheet is built with (both modes give the
   * same result, so one value serves both).
   */
  formula(row: number, col: number, addin: string, style?: CellStyle, cached?: CachedValue): this {
    const c = this.cell(row, col);
    c.formula = formulaFor(addin, this.mode);
    delete c.value;
    delete c.runs;
    if (cached === undefined) delete c.cached;
    else c.cached = cached;
    if (style) c.style = { ...c.style, ...style };
    return this;
  }

  /** Formatted runs of a text cell already given its value (see CellModel.runs). */
  runs(row: number, col: number, runs: TextRun[]): this {
    const c = this.cell(row, col);
    if (runs.map((r) => r.text).join("") !== c.value) throw new Error(`runs ≠ nilai sel R${row}C${col}`);
    if (runs.some((r) => r.bold)) c.runs = runs.map((r) => ({ ...r }));
    return this;
  }

  /** A style on a rectangle of cells (created empty where absent). */
  style(r1: number, c1: number, r2: number, c2: number, style: CellStyle): this {
    for (let r = r1; r <= r2; r++) {
      for (let c = c1; c <= c2; c++) {
        const cell = this.cell(r, c);
        cell.style = { ...cell.style, ...style };
      }
    }
    return this;
  }

  /** Merges a rectangle (ignored when it is a single cell). */
  merge(r1: number, c1: number, r2: number, c2: number): this {
    if (r1 !== r2 || c1 !== c2) this.merges.push(rangeAddr(r1, c1, r2, c2));
    return this;
  }

  /** Raises row `row` to at least `points`. */
  height(row: number, points: number): this {
    // A 10 MB kecamatan name once asked for 8.7 million points; Excel allows 409.
    this.rowHeights[row] = Math.min(MAX_ROW_HEIGHT, Math.max(this.rowHeights[row] ?? 0, points));
    return this;
  }

  /** The width (characters) of columns c1..c2 together. */
  width(c1: number, c2 = c1): number {
    let w = 0;
    for (let c = c1; c <= c2; c++) w += this.columnWidths[c - 1] ?? 8.43;
    return w;
  }

  done(): SheetModel {
    const cells = [...this.cells.values()].sort((a, b) => a.row - b.row || a.col - b.col);
    const sheet: SheetModel = {
      name: this.name,
      kind: this.kind,
      columnWidths: [...this.columnWidths],
      rowHeights: { ...this.rowHeights },
      cells,
      merges: [...this.merges],
      validations: [...this.validations],
    };
    if (this.freeze) sheet.freeze = this.freeze;
    if (this.page) sheet.page = this.page;
    return sheet;
  }
}

/**
 * The values of `sheet` as a grid (grid[0] = row 1), as a reader of the file would see them;
 * with `formulas`, formula cells as "=…" (what Office.js `range.formulas` returns).
 */
export function gridOf(sheet: SheetModel, formulas = false): unknown[][] {
  const grid: unknown[][] = [];
  for (const c of sheet.cells) {
    while (grid.length < c.row) grid.push([]);
    const row = grid[c.row - 1];
    while (row.length < c.col) row.push(null);
    row[c.col - 1] = formulas && c.formula !== undefined ? `=${c.formula}` : (c.value ?? null);
  }
  return grid;
}
