/**
 * An in-memory fake of exactly the Excel JavaScript API subset that src/excel uses (the
 * renderer, formula conversion and profile store). No Excel exists where the tests run, so
 * everything in src/excel is proven against this fake; it follows Office.js semantics where
 * they matter for correctness: queued writes apply on `sync()`, properties must be loaded and
 * synced before they are read, `…OrNullObject` results are known only after a sync, and a
 * 2-D write must match the range size. It counts `sync()` calls.
 *
 * No Node imports: helper G bundles this file for the Chromium test and installs it as
 * `window.__ikuFakeExcel`.
 */

import { parseAddress, quoteSheetName, rectAddress } from "../../src/core/a1";
import type { ExcelRunner } from "../../src/excel/host";
import { FakeChartCollection, FakePageBreakCollection } from "./fake-charts";
import { FakeContext, FakeProxy, type FakeSyncSize } from "./fake-proxy";
import { FakeRange, rectOf, type RangeTarget } from "./fake-range";
import { FakeFreezePanes, FakePageLayout, FakeSettingCollection } from "./fake-sheet-parts";
import {
  findSheet,
  newSheet,
  peekCell,
  rowCol,
  usedRect,
  writeInput,
  cellAt,
  type FakeCell,
  type FakeSheet,
  type FakeWorkbookState,
} from "./fake-state";

class FakeWorksheet extends FakeProxy {
  private target: FakeSheet | null = null;
  readonly freezePanes: FakeFreezePanes;
  readonly pageLayout: FakePageLayout;
  readonly charts: FakeChartCollection;
  readonly horizontalPageBreaks: FakePageBreakCollection;

  constructor(ctx: FakeContext, resolve: () => FakeSheet | null, orNull: boolean) {
    super(ctx);
    ctx.enqueue(() => {
      const s = resolve();
      if (!s && !orNull) throw new Error("ItemNotFound: lembar kerja tidak ada");
      this.target = s;
      this.markResolved(s === null);
    });
    this.freezePanes = new FakeFreezePanes(ctx, this);
    this.pageLayout = new FakePageLayout(ctx, this);
    this.charts = new FakeChartCollection(ctx, this);
    this.horizontalPageBreaks = new FakePageBreakCollection(ctx, this);
  }

  sheet(): FakeSheet {
    if (!this.target) throw new Error("InvalidObjectPath: lembar null atau belum di-sync");
    return this.target;
  }

  protected defaultProps(): string[] {
    return ["name", "visibility", "position"];
  }

  protected snapshot(prop: string): unknown {
    const s = this.sheet();
    if (prop === "name") return s.name;
    if (prop === "visibility") return s.visibility;
    if (prop === "position") return this.ctx.state.sheets.indexOf(s);
    throw new Error(`fake: properti Worksheet.${prop} tidak didukung`);
  }

  get name(): string {
    return this.read("name");
  }
  set name(v: string) {
    this.ctx.enqueue(() => {
      const other = findSheet(this.ctx.state, v);
      if (other && other !== this.sheet())
        throw new Error(`InvalidArgument: nama lembar "${v}" sudah dipakai`);
      this.sheet().name = v;
    });
  }
  get visibility(): string {
    return this.read("visibility");
  }
  set visibility(v: string) {
    this.ctx.enqueue(() => (this.sheet().visibility = v));
  }

  getRange(address?: string): FakeRange {
    if (address === undefined) throw new Error("fake: getRange() tanpa alamat tidak didukung");
    const rect = rectOf(address);
    return new FakeRange(this.ctx, () => ({ sheet: this.sheet(), rect }));
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        const sheet = this.sheet();
        const rect = usedRect(sheet, valuesOnly === true);
        return rect ? { sheet, rect } : null;
      },
      true,
    );
  }

  activate(): void {
    this.ctx.enqueue(() => (this.ctx.state.active = this.sheet()));
  }

  delete(): void {
    this.ctx.enqueue(() => {
      const s = this.sheet();
      this.ctx.state.sheets = this.ctx.state.sheets.filter((x) => x !== s);
      for (const [k, n] of this.ctx.state.names) if (n.sheet === s) this.ctx.state.names.delete(k);
    });
  }
}

/**
 * A collection whose `load()` lists its items whatever is asked (Office.js loads `items`
 * with their default properties); the items' own loads run later in the same sync.
 */
abstract class FakeListedCollection<T> extends FakeProxy {
  private listed: T[] = [];

  protected defaultProps(): string[] {
    return ["items"];
  }
  protected snapshot(): unknown {
    return null;
  }
  protected abstract list(): T[];

  load(): this {
    this.ctx.enqueue(() => {
      this.listed = this.list();
      this.loaded.set("items", true);
    });
    return this;
  }

  get items(): T[] {
    this.read("items");
    return this.listed;
  }
}

class FakeWorksheetCollection extends FakeListedCollection<FakeWorksheet> {
  protected list(): FakeWorksheet[] {
    return this.ctx.state.sheets.map((s) => new FakeWorksheet(this.ctx, () => s, false).load());
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => findSheet(this.ctx.state, name) ?? null, false);
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => findSheet(this.ctx.state, name) ?? null, true);
  }

  add(name?: string): FakeWorksheet {
    return new FakeWorksheet(
      this.ctx,
      () => {
        const sheetName = name ?? `Sheet${this.ctx.state.sheets.length + 1}`;
        if (findSheet(this.ctx.state, sheetName))
          throw new Error(`InvalidArgument: lembar "${sheetName}" sudah ada`);
        if (sheetName.length > 31 || /[\\/?*[\]:]/.test(sheetName)) {
          throw new Error(`InvalidArgument: nama lembar tidak sah "${sheetName}"`);
        }
        const s = newSheet(sheetName);
        this.ctx.state.sheets.push(s);
        return s;
      },
      false,
    );
  }
}

class FakeNamedItem extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly key: string,
    orNull: boolean,
  ) {
    super(ctx);
    ctx.enqueue(() => {
      const exists = ctx.state.names.has(key);
      if (!exists && !orNull) throw new Error(`ItemNotFound: nama "${key}" tidak ada`);
      this.markResolved(!exists);
    });
  }
  protected defaultProps(): string[] {
    return ["name", "value"];
  }
  protected snapshot(prop: string): unknown {
    const n = this.ctx.state.names.get(this.key);
    if (!n) throw new Error("InvalidObjectPath: nama sudah dihapus");
    if (prop === "name") return n.name;
    if (prop === "value") return `${quoteSheetName(n.sheet.name)}!${rectAddress(n.rect)}`;
    throw new Error(`fake: properti NamedItem.${prop} tidak didukung`);
  }
  get name(): string {
    return this.read("name");
  }
  getRangeOrNullObject(): FakeRange {
    return new FakeRange(
      this.ctx,
      () => {
        const n = this.ctx.state.names.get(this.key);
        return n ? { sheet: n.sheet, rect: n.rect } : null;
      },
      true,
    );
  }
  delete(): void {
    this.ctx.enqueue(() => {
      if (!this.ctx.state.names.delete(this.key)) throw new Error("ItemNotFound: nama tidak ada");
    });
  }
}

class FakeNamedItemCollection extends FakeListedCollection<FakeNamedItem> {
  protected list(): FakeNamedItem[] {
    return [...this.ctx.state.names.keys()].map((k) => new FakeNamedItem(this.ctx, k, false).load());
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, name.toLowerCase(), true);
  }
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, name.toLowerCase(), false);
  }
  /** `reference` is a Range or "=Sheet!$A$1:$B$2". Adding an existing name fails, as in Excel. */
  add(name: string, reference: FakeRange | string): FakeNamedItem {
    const key = name.toLowerCase();
    this.ctx.enqueue(() => {
      if (this.ctx.state.names.has(key)) throw new Error(`InvalidArgument: nama "${name}" sudah ada`);
      let target: RangeTarget;
      if (typeof reference === "string") {
        const p = parseAddress(reference.replace(/^=/, ""));
        const sheet = p?.sheet ? findSheet(this.ctx.state, p.sheet) : undefined;
        if (!p || !sheet) throw new Error(`InvalidArgument: referensi tidak valid ${reference}`);
        target = { sheet, rect: p.rect };
      } else target = reference.resolved();
      this.ctx.state.names.set(key, { name, sheet: target.sheet, rect: target.rect });
    });
    return new FakeNamedItem(this.ctx, key, false);
  }
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  readonly settings: FakeSettingCollection;
  constructor(ctx: FakeContext) {
    this.settings = new FakeSettingCollection(ctx);
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.names = new FakeNamedItemCollection(ctx);
  }
}

/** What the tests and the browser test get: a runner plus ways to seed and inspect the workbook. */
export interface FakeExcel {
  run: ExcelRunner;
  state: FakeWorkbookState;
  /** Number of `context.sync()` round trips so far (an implicit final flush counts too). */
  readonly syncCount: number;
  /** Estimated request/response bytes of each sync since the last reset. */
  readonly syncSizes: FakeSyncSize[];
  resetSyncCount(): void;
  sheetNames(): string[];
  sheet(name: string): FakeSheet | undefined;
  cell(sheet: string, a1: string): FakeCell | undefined;
  /** Creates a sheet with the given rows (row 1 first) as if a user typed them; "=…" are formulas. */
  seedSheet(name: string, rows: unknown[][]): FakeSheet;
  /** Defines a workbook name directly (e.g. a name a user made earlier). */
  seedName(name: string, sheet: string, address: string): void;
}

export function createFakeExcel(): FakeExcel {
  const state: FakeWorkbookState = { sheets: [], names: new Map(), active: null, settings: new Map() };
  let sizes: FakeSyncSize[] = [];
  const fake: FakeExcel = {
    state,
    get syncCount() {
      return sizes.length;
    },
    get syncSizes() {
      return sizes;
    },
    resetSyncCount() {
      sizes = [];
    },
    run: async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
      const ctx = new FakeContext(state, (size) => sizes.push(size));
      Object.assign(ctx, { workbook: new FakeWorkbook(ctx) });
      // The one cast at the boundary: the fake implements only the members src/excel uses.
      const result = await batch(ctx as unknown as Excel.RequestContext);
      // Excel.run flushes commands still queued when the batch ends (one more round trip).
      if (ctx.pending > 0) await ctx.sync();
      return result;
    },
    sheetNames: () => state.sheets.map((s) => s.name),
    sheet: (name) => findSheet(state, name),
    cell: (sheet, a1) => {
      const s = findSheet(state, sheet);
      if (!s) return undefined;
      const [r, c] = rowCol(a1);
      return peekCell(s, r, c);
    },
    seedSheet: (name, rows) => {
      if (findSheet(state, name)) throw new Error(`seed: lembar "${name}" sudah ada`);
      const s = newSheet(name);
      state.sheets.push(s);
      rows.forEach((row, i) =>
        row.forEach((x, j) => {
          if (x !== null && x !== undefined && x !== "") writeInput(cellAt(s, i + 1, j + 1), x, false);
        }),
      );
      return s;
    },
    seedName: (name, sheet, address) => {
      const s = findSheet(state, sheet);
      if (!s) throw new Error(`seed: lembar "${sheet}" tidak ada`);
      state.names.set(name.toLowerCase(), { name, sheet: s, rect: rectOf(address) });
    },
  };
  return fake;
}
