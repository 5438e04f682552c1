/**
 * Keeps data sheets' print areas in step with rows typed since the sheets were built, without
 * rebuilding: run after the pane's other workbook actions (Konversi formula). A print area
 * does not grow by itself in Excel, and rows below it would silently not print.
 *
 * It needs no profile or model: the data sheets are found through our defined names (their
 * rows), their current print area gives the columns. An area only grows, down to the last row
 * holding something typed (formulas such as the "No." counter do not count); a sheet without a
 * print area, or with several areas, was set up by the user and is left alone. ExcelApi 1.9.
 */

import { parseAddress, rectAddress, type Rect } from "../core/a1";
import { NAMES, parseDaftarName } from "../core/workbook/model";
import { absoluteArea } from "./absolute-area";
import { ACTION_BYTES, READ_CELL_BYTES, RequestBudget, inChunks } from "./request-budget";
import { syncStep } from "./sync";

/**
 * Names of the data columns (not IKU_Tahun or single cells): their rows are the data rows.
 * Every daftar log's IKU_<Lembar>_Status/_Tanggal counts too ({@link isDataName}).
 */
const DATA_NAMES: readonly string[] = [
  NAMES.dokDesa,
  NAMES.dokRkp,
  NAMES.dokApb,
  NAMES.dokLpp,
  NAMES.ikmTanggal,
  NAMES.ikmJawaban,
];

const STEP = "memperbarui area cetak lembar data";

/** A defined name of a data column: one of DATA_NAMES or a daftar log's column (any sheet). */
export function isDataName(name: string): boolean {
  const lower = name.toLowerCase();
  return DATA_NAMES.some((n) => n.toLowerCase() === lower) || parseDaftarName(name) !== null;
}

/** One print area made longer: sheet, the new (absolute) area, its last row. */
export interface GrownArea {
  sheet: string;
  area: string;
  lastRow: number;
}

/** The last row (≥ `after`) of a formulas grid starting at row `top` with a typed cell, else `after`. */
export function lastTypedRow(grid: readonly (readonly unknown[])[], top: number, after: number): number {
  for (let i = grid.length - 1; i >= 0 && top + i > after; i--) {
    const typed = grid[i].some(
      (x) => x !== null && x !== undefined && x !== "" && !(typeof x === "string" && x.startsWith("=")),
    );
    if (typed) return top + i;
  }
  return after;
}

/**
 * Grows each data sheet's print area down to its last typed row.
 * @param context the request context of one `Excel.run` batch.
 * @returns the areas that grew (empty when all were in step, or no data sheet exists).
 */
export async function refreshDataPrintAreas(context: Excel.RequestContext): Promise<GrownArea[]> {
  const wb = context.workbook;
  // Sync 1: which of our data names (every daftar log's among them) and which sheets exist.
  const all = wb.names.load("items/name");
  const sheets = wb.worksheets.load("items/name");
  await syncStep(context, STEP);
  const items = all.items.filter((i) => isDataName(i.name));
  if (items.length === 0) return [];

  // Sync 2: where the names point, and every sheet's print area.
  const ranges = items.map((i) => i.getRangeOrNullObject().load("address"));
  const printAreas = new Map(
    sheets.items.map((w) => [w.name, w.pageLayout.getPrintAreaOrNullObject().load("address")]),
  );
  await syncStep(context, STEP);
  const rows = new Map<string, { top: number; bottom: number }>();
  for (const r of ranges) {
    if (r.isNullObject) continue;
    const parsed = parseAddress(r.address);
    if (!parsed?.sheet) continue;
    const old = rows.get(parsed.sheet);
    rows.set(parsed.sheet, {
      top: Math.min(old?.top ?? Infinity, parsed.rect.top),
      bottom: Math.max(old?.bottom ?? 0, parsed.rect.bottom),
    });
  }
  const areas = [...rows.keys()].flatMap((sheet) => {
    const area = printAreas.get(sheet);
    return area ? [{ sheet, area }] : [];
  });

  // Sync 3 (more only beyond the read budget): the data rows below each area, its columns.
  const reads = new RequestBudget(context);
  const pending: { sheet: string; area: Rect; top: number; blocks: Excel.Range[] }[] = [];
  for (const { sheet, area } of areas) {
    // A single plain rectangle only: "A1:G4,A10:G12" or none means the user chose otherwise.
    const rect = area.isNullObject || area.address.includes(",") ? null : parseAddress(area.address)?.rect;
    const span = rows.get(sheet);
    if (!rect || !span || span.bottom <= rect.bottom) continue;
    const top = Math.max(span.top, rect.bottom + 1);
    const item = { sheet, area: rect, top, blocks: [] as Excel.Range[] };
    const cols = rect.right - rect.left + 1;
    const ws = wb.worksheets.getItem(sheet);
    await inChunks(
      reads,
      span.bottom - top + 1,
      () => cols * READ_CELL_BYTES,
      2 * ACTION_BYTES,
      "response",
      STEP,
      (a, b) => {
        const block = { top: top + a, left: rect.left, bottom: top + b, right: rect.right };
        item.blocks.push(ws.getRange(rectAddress(block)).load("formulas"));
      },
    );
    pending.push(item);
  }
  await reads.flush(STEP);

  // Sync 4: the areas that must grow.
  const grown: GrownArea[] = [];
  for (const p of pending) {
    const grid = p.blocks.flatMap((b) => b.formulas as unknown[][]);
    const last = lastTypedRow(grid, p.top, p.area.bottom);
    if (last <= p.area.bottom) continue;
    const area = absoluteArea(rectAddress({ ...p.area, bottom: last }));
    wb.worksheets.getItem(p.sheet).pageLayout.setPrintArea(area);
    grown.push({ sheet: p.sheet, area, lastRow: last });
  }
  if (grown.length > 0) await syncStep(context, STEP);
  return grown;
}
