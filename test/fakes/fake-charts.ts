/**
 * Charts and horizontal page breaks of a fake Worksheet (see ./fake-excel.ts): the members
 * src/excel/render-charts.ts uses. What they record lives beside the sheet (a WeakMap), so the
 * in-memory state types stay as they are. No Node imports (bundled for the browser test).
 */

import { rectAddress } from "../../src/core/a1";
import type { FakeContext } from "./fake-proxy";
import { FakeRange, rectOf } from "./fake-range";
import type { SheetHandle } from "./fake-sheet-parts";
import type { FakeSheet } from "./fake-state";

/** A chart as the fake recorded it. */
export interface FakeChartState {
  type: string;
  /** A1 address of the source data on the chart's sheet. */
  source: string;
  seriesBy: string;
  title: string;
  legendPosition: string | null;
  /** A1 addresses of the frame's first and last cell, once positioned. */
  position: { start: string; end: string } | null;
}

const CHARTS = new WeakMap<FakeSheet, FakeChartState[]>();
const BREAKS = new WeakMap<FakeSheet, number[]>();

/** The charts added to a sheet, in order. */
export function fakeCharts(sheet: FakeSheet): FakeChartState[] {
  let list = CHARTS.get(sheet);
  if (!list) CHARTS.set(sheet, (list = []));
  return list;
}

/** Rows before which a manual page break was added. */
export function fakeRowBreaks(sheet: FakeSheet): number[] {
  let list = BREAKS.get(sheet);
  if (!list) BREAKS.set(sheet, (list = []));
  return list;
}

function addressOf(cell: FakeRange | string): string {
  return typeof cell === "string" ? rectAddress(rectOf(cell)) : rectAddress(cell.resolved().rect);
}

export class FakeChart {
  readonly title: { text: string };
  readonly legend: { position: string };

  constructor(
    private readonly ctx: FakeContext,
    private readonly state: () => FakeChartState,
  ) {
    const queueSet = (apply: (s: FakeChartState) => void): void =>
      this.ctx.enqueue(() => apply(this.state()));
    this.title = {
      set text(v: string) {
        queueSet((s) => (s.title = v));
      },
      get text(): string {
        throw new Error("fake: Chart.title.text hanya dapat ditulis");
      },
    };
    this.legend = {
      set position(v: string) {
        queueSet((s) => (s.legendPosition = v));
      },
      get position(): string {
        throw new Error("fake: Chart.legend.position hanya dapat ditulis");
      },
    };
  }

  setPosition(startCell: FakeRange | string, endCell?: FakeRange | string): void {
    this.ctx.enqueue(() => {
      const start = addressOf(startCell);
      this.state().position = { start, end: endCell === undefined ? start : addressOf(endCell) };
    });
  }
}

export class FakeChartCollection {
  constructor(
    private readonly ctx: FakeContext,
    private readonly ws: SheetHandle,
  ) {}

  /** Like Office.js: the source range must be on this sheet; the chart exists after sync. */
  add(type: string, sourceData: FakeRange, seriesBy?: string): FakeChart {
    let created: FakeChartState | null = null;
    this.ctx.enqueue(() => {
      const sheet = this.ws.sheet();
      const src = sourceData.resolved();
      if (src.sheet !== sheet) throw new Error("InvalidArgument: data grafik harus di lembar yang sama");
      created = {
        type,
        source: rectAddress(src.rect),
        seriesBy: seriesBy ?? "Auto",
        title: "",
        legendPosition: null,
        position: null,
      };
      fakeCharts(sheet).push(created);
    });
    return new FakeChart(this.ctx, () => {
      if (!created) throw new Error("InvalidObjectPath: grafik belum dibuat");
      return created;
    });
  }
}

export class FakePageBreakCollection {
  constructor(
    private readonly ctx: FakeContext,
    private readonly ws: SheetHandle,
  ) {}

  /**
   * A page break before the top-left cell of the range. A row has a break or not (the file
   * stores one `<brk>` per row), so adding one twice keeps one; kept in ascending order.
   */
  add(pageBreakRange: FakeRange | string): void {
    this.ctx.enqueue(() => {
      const rect =
        typeof pageBreakRange === "string" ? rectOf(pageBreakRange) : pageBreakRange.resolved().rect;
      const rows = fakeRowBreaks(this.ws.sheet());
      if (!rows.includes(rect.top)) rows.push(rect.top);
      rows.sort((a, b) => a - b);
    });
  }

  /** Office.js `removePageBreaks` (ExcelApi 1.9): resets every manual break of the sheet. */
  removePageBreaks(): void {
    this.ctx.enqueue(() => {
      fakeRowBreaks(this.ws.sheet()).length = 0;
    });
  }
}
