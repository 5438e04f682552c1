/** Frozen panes and page layout of a fake Worksheet (see ./fake-excel.ts). */

import type { Rect } from "../../src/core/a1";
import { FakeProxy, type FakeContext } from "./fake-proxy";
import { FakeRange, rectOf } from "./fake-range";
import type { FakeSheet } from "./fake-state";

/** What the parts need of their worksheet: its sheet, resolved during sync. */
export interface SheetHandle {
  sheet(): FakeSheet;
}

export class FakeFreezePanes {
  constructor(
    private readonly ctx: FakeContext,
    private readonly ws: SheetHandle,
  ) {}
  freezeRows(count?: number): void {
    this.ctx.enqueue(() => (this.ws.sheet().freeze = { rows: count ?? 1, cols: 0 }));
  }
  freezeColumns(count?: number): void {
    this.ctx.enqueue(() => (this.ws.sheet().freeze = { rows: 0, cols: count ?? 1 }));
  }
  /** Freezes the rows and columns up to the bottom-right of a range starting at A1. */
  freezeAt(frozen: FakeRange | string): void {
    this.ctx.enqueue(() => {
      const rect = typeof frozen === "string" ? rectOf(frozen) : frozen.resolved().rect;
      this.ws.sheet().freeze = { rows: rect.bottom, cols: rect.right };
    });
  }
  unfreeze(): void {
    this.ctx.enqueue(() => (this.ws.sheet().freeze = null));
  }
  getLocationOrNullObject(): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        const sheet = this.ws.sheet();
        const f = sheet.freeze;
        if (!f || (f.rows === 0 && f.cols === 0)) return null;
        const rect: Rect = { top: 1, left: 1, bottom: f.rows || 1048576, right: f.cols || 16384 };
        return { sheet, rect };
      },
      true,
    );
  }
}

export class FakePageLayout {
  constructor(
    private readonly ctx: FakeContext,
    private readonly ws: SheetHandle,
  ) {}
  set orientation(v: string) {
    this.ctx.enqueue(() => (this.ws.sheet().pageLayout.orientation = v));
  }
  set paperSize(v: string) {
    this.ctx.enqueue(() => (this.ws.sheet().pageLayout.paperSize = v));
  }
  set zoom(v: unknown) {
    this.ctx.enqueue(() => (this.ws.sheet().pageLayout.zoom = v));
  }
  setPrintTitleRows(rows: string): void {
    this.ctx.enqueue(() => (this.ws.sheet().pageLayout.printTitleRows = rows));
  }
  setPrintArea(area: string): void {
    this.ctx.enqueue(() => (this.ws.sheet().pageLayout.printArea = area));
  }
  /**
   * ExcelApi 1.9: the print area as a range (Office.js gives RangeAreas; one rectangle here, the
   * only kind we set), a null object when the sheet has none.
   */
  getPrintAreaOrNullObject(): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        const sheet = this.ws.sheet();
        const area = sheet.pageLayout.printArea;
        return area === undefined ? null : { sheet, rect: rectOf(area) };
      },
      true,
    );
  }
}

/** A workbook setting (ExcelApi 1.4): key and JSON value, stored in the workbook file. */
export class FakeSetting extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly key: string,
    orNull: boolean,
  ) {
    super(ctx);
    ctx.enqueue(() => {
      const exists = ctx.state.settings.has(key);
      if (!exists && !orNull) throw new Error("ItemNotFound: pengaturan tidak ada");
      this.markResolved(!exists);
    });
  }
  protected defaultProps(): string[] {
    return ["key", "value"];
  }
  protected snapshot(prop: string): unknown {
    if (prop === "key") return this.key;
    if (prop === "value") return this.ctx.state.settings.get(this.key);
    throw new Error(`fake: properti Setting.${prop} tidak didukung`);
  }
  get value(): unknown {
    return this.read("value");
  }
}

export class FakeSettingCollection {
  constructor(private readonly ctx: FakeContext) {}
  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.ctx, key, true);
  }
  /** Sets or adds, as Office.js does; the value travels as JSON. */
  add(key: string, value: unknown): FakeSetting {
    const json = JSON.stringify(value);
    this.ctx.enqueue(() => this.ctx.state.settings.set(key, JSON.parse(json) as unknown), json.length);
    return new FakeSetting(this.ctx, key, false);
  }
}
