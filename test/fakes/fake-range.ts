/** Range and its format/validation objects of the fake Excel (see ./fake-proxy.ts). */

import { parseAddress, quoteSheetName, rectAddress, type Rect } from "../../src/core/a1";
import { FakeContext, FakeProxy } from "./fake-proxy";
import { FakeDataValidation } from "./fake-validation";
import {
  cellAt,
  forEachCell,
  intersects,
  newCell,
  peekCell,
  writeInput,
  type EdgeName,
  type FakeCell,
  type FakeSheet,
} from "./fake-state";

export interface RangeTarget {
  sheet: FakeSheet;
  rect: Rect;
}

export class FakeRange extends FakeProxy {
  private target: RangeTarget | null = null;
  readonly format: FakeRangeFormat;
  readonly dataValidation: FakeDataValidation;

  /** `resolve` runs during sync, in queue order; null makes a null object (…OrNullObject). */
  constructor(ctx: FakeContext, resolve: () => RangeTarget | null, orNull = false) {
    super(ctx);
    ctx.enqueue(() => {
      const t = resolve();
      if (!t && !orNull) throw new Error("ItemNotFound: rentang tidak ada");
      this.target = t;
      this.markResolved(t === null);
    });
    this.format = new FakeRangeFormat(this);
    this.dataValidation = new FakeDataValidation(ctx, this);
  }

  /** The resolved sheet and rectangle; for use inside queued operations only. */
  resolved(): RangeTarget {
    if (!this.target) throw new Error("InvalidObjectPath: objek null atau belum di-sync");
    return this.target;
  }

  /** Queues an operation on the resolved sheet and rectangle. */
  withTarget(fn: (t: RangeTarget) => void): void {
    this.ctx.enqueue(() => fn(this.resolved()));
  }

  /** Queues an operation on every cell of the range. */
  eachCell(fn: (cell: FakeCell, row: number, col: number) => void): void {
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.resolved();
      forEachCell(rect, (r, c) => {
        const cell = cellAt(sheet, r, c);
        fn(cell, r, c);
      });
    });
  }

  protected defaultProps(): string[] {
    return ["address", "values", "formulas", "numberFormat", "rowCount", "columnCount"];
  }

  protected snapshot(prop: string): unknown {
    const { sheet, rect } = this.resolved();
    const grid = (pick: (c: FakeCell | undefined) => unknown): unknown[][] => {
      const rows: unknown[][] = [];
      for (let r = rect.top; r <= rect.bottom; r++) {
        const row: unknown[] = [];
        for (let c = rect.left; c <= rect.right; c++) row.push(pick(peekCell(sheet, r, c)));
        rows.push(row);
      }
      return rows;
    };
    switch (prop) {
      case "address":
        return `${quoteSheetName(sheet.name)}!${rectAddress(rect)}`;
      case "values":
        return grid((c) => (c ? c.value : ""));
      case "formulas":
        return grid((c) => (c ? (c.formula ?? c.value) : ""));
      case "numberFormat":
        return grid((c) => (c ? c.numberFormat : "General"));
      case "rowCount":
        return rect.bottom - rect.top + 1;
      case "columnCount":
        return rect.right - rect.left + 1;
      default:
        throw new Error(`fake: properti Range.${prop} tidak didukung`);
    }
  }

  get address(): string {
    return this.read("address");
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  set values(v: unknown[][]) {
    this.writeGrid(v, false);
  }
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  set formulas(v: unknown[][]) {
    this.writeGrid(v, true);
  }
  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    this.eachCellOf(v, (cell, x) => {
      if (x === null) return;
      cell.numberFormat = typeof x === "string" ? x : JSON.stringify(x);
      cell.formatted = true;
    });
  }

  private writeGrid(v: unknown, asFormula: boolean): void {
    this.eachCellOf(v, (cell, x) => writeInput(cell, x, asFormula));
  }

  /** A 2-D input must match the range's size exactly (Office.js InvalidArgument); a scalar fills it. */
  private eachCellOf(v: unknown, fn: (cell: FakeCell, x: unknown) => void): void {
    const payload = JSON.stringify(v)?.length ?? 0;
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.resolved();
      const rows = rect.bottom - rect.top + 1;
      const cols = rect.right - rect.left + 1;
      if (Array.isArray(v)) {
        if (v.length !== rows || v.some((row) => !Array.isArray(row) || row.length !== cols)) {
          throw new Error(`InvalidArgument: ukuran larik tidak sama dengan rentang ${rectAddress(rect)}`);
        }
      }
      forEachCell(rect, (r, c) => {
        const x = Array.isArray(v) ? (v[r - rect.top] as unknown[])[c - rect.left] : v;
        fn(cellAt(sheet, r, c), x);
      });
    }, payload);
  }

  /** Merges the range; Excel keeps only the top-left value. Overlapping merges are replaced. */
  merge(across?: boolean): void {
    if (across) throw new Error("fake: merge(across) tidak didukung");
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.resolved();
      sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
      sheet.merges.push(rect);
      forEachCell(rect, (r, c) => {
        const cell = peekCell(sheet, r, c);
        if (cell && (r !== rect.top || c !== rect.left)) {
          cell.value = "";
          cell.formula = null;
        }
      });
    });
  }

  /** Clears contents and formats (applyTo "All", the default) or only "Contents"/"Formats". */
  clear(applyTo?: string): void {
    this.ctx.enqueue(() => {
      const { sheet, rect } = this.resolved();
      const what = applyTo ?? "All";
      forEachCell(rect, (r, c) => {
        const cell = peekCell(sheet, r, c);
        if (!cell) return;
        if (what === "All" || what === "Contents") {
          cell.value = "";
          cell.formula = null;
        }
        if (what === "All" || what === "Formats") {
          const keep = { value: cell.value, formula: cell.formula };
          Object.assign(cell, newCell(), keep);
        }
      });
      if (what === "All" || what === "Formats")
        sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
    });
  }
}

export class FakeRangeFormat {
  readonly font: FakeRangeFont;
  readonly fill: FakeRangeFill;
  readonly borders: FakeBorderCollection;

  constructor(private readonly range: FakeRange) {
    this.font = new FakeRangeFont(range);
    this.fill = new FakeRangeFill(range);
    this.borders = new FakeBorderCollection(range);
  }

  set wrapText(v: boolean) {
    this.range.eachCell((c) => ((c.wrapText = v), (c.formatted = true)));
  }
  set horizontalAlignment(v: string) {
    this.range.eachCell((c) => ((c.horizontalAlignment = v), (c.formatted = true)));
  }
  set verticalAlignment(v: string) {
    this.range.eachCell((c) => ((c.verticalAlignment = v), (c.formatted = true)));
  }
  /** Points, applied to every column of the range. */
  set columnWidth(points: number) {
    this.range.withTarget(({ sheet, rect }) => {
      for (let c = rect.left; c <= rect.right; c++) sheet.columnWidths.set(c, points);
    });
  }
  /** Points, applied to every row of the range. */
  set rowHeight(points: number) {
    this.range.withTarget(({ sheet, rect }) => {
      for (let r = rect.top; r <= rect.bottom; r++) sheet.rowHeights.set(r, points);
    });
  }
}

export class FakeRangeFont {
  constructor(private readonly range: FakeRange) {}
  set bold(v: boolean) {
    this.range.eachCell((c) => ((c.font.bold = v), (c.formatted = true)));
  }
  set italic(v: boolean) {
    this.range.eachCell((c) => ((c.font.italic = v), (c.formatted = true)));
  }
  set size(v: number) {
    this.range.eachCell((c) => ((c.font.size = v), (c.formatted = true)));
  }
  set name(v: string) {
    this.range.eachCell((c) => ((c.font.name = v), (c.formatted = true)));
  }
}

export class FakeRangeFill {
  constructor(private readonly range: FakeRange) {}
  set color(v: string) {
    this.range.eachCell((c) => ((c.fill = v), (c.formatted = true)));
  }
}

export class FakeBorderCollection {
  constructor(private readonly range: FakeRange) {}
  getItem(index: string): FakeRangeBorder {
    return new FakeRangeBorder(this.range, index);
  }
}

/** One border line; Inside* lines set the facing edges of neighbouring cells inside the range. */
export class FakeRangeBorder {
  constructor(
    private readonly range: FakeRange,
    private readonly index: string,
  ) {}

  private apply(prop: "style" | "weight" | "color", v: string): void {
    this.range.eachCell((cell, r, c) => {
      const { rect } = this.range.resolved();
      const edges: EdgeName[] = [];
      const i = this.index;
      if ((i === "EdgeTop" && r === rect.top) || (i === "InsideHorizontal" && r > rect.top))
        edges.push("EdgeTop");
      if ((i === "EdgeBottom" && r === rect.bottom) || (i === "InsideHorizontal" && r < rect.bottom))
        edges.push("EdgeBottom");
      if ((i === "EdgeLeft" && c === rect.left) || (i === "InsideVertical" && c > rect.left))
        edges.push("EdgeLeft");
      if ((i === "EdgeRight" && c === rect.right) || (i === "InsideVertical" && c < rect.right))
        edges.push("EdgeRight");
      for (const e of edges) {
        const b = cell.borders[e] ?? { style: "None", weight: "Thin", color: "#000000" };
        b[prop] = v;
        cell.borders[e] = b;
        cell.formatted = true;
      }
    });
  }
  set style(v: string) {
    this.apply("style", v);
  }
  set weight(v: string) {
    this.apply("weight", v);
  }
  set color(v: string) {
    this.apply("color", v);
  }
}

/** Resolves "A1:B2" or "Sheet!A1:B2" text against a default sheet (used by names/page layout). */
export function rectOf(address: string): Rect {
  const parsed = parseAddress(address.replace(/^=/, ""));
  if (!parsed) throw new Error(`InvalidArgument: alamat tidak valid ${address}`);
  return parsed.rect;
}
