/**
 * "Konversi formula": rewrites every IKU.* formula of the workbook into built-in Excel
 * functions (for recipients without the add-in) and back. The translation is the core's
 * toPortable — the same one the builder uses — so values do not change. The originals are
 * remembered in the very hidden `_IKU_Formula` sheet; converting back restores exactly those
 * formulas, and only in cells that still hold the portable formula we wrote: a cell the user
 * edited since is left alone and reported.
 */

import { isIkuError } from "../core/errors";
import { hasIkuCall, toPortable } from "../core/workbook/portable";
import { fromStoredFormula } from "../core/workbook/stored-formula";
import { cellAddress, parseAddress, rectAddress } from "../core/a1";
import {
  FORMULA_STORE_SHEET,
  canonicalFormula,
  gridFromRecords,
  recordsFromGrid,
  type FormulaRecord,
} from "./formula-store";
import { syncStep } from "./sync";
import { ACTION_BYTES, READ_CELL_BYTES, RequestBudget, inChunks, jsonBytes } from "./request-budget";

const READ = "membaca formula";

export interface ConvertResult {
  converted: number;
  warnings: string[];
}

export interface ConvertOptions {
  onProgress?: (message: string) => void;
}

interface SheetFormulas {
  name: string;
  /** Key: A1 address; value: formula/value text as Office.js `formulas` returns it. */
  cells: Map<string, string>;
}

const key = (sheet: string, address: string): string => `${sheet.toLowerCase()}!${address}`;

interface Loaded {
  sheets: SheetFormulas[];
  /** null when the workbook has no store sheet. */
  store: FormulaRecord[] | null;
  /** Last used row of the store sheet (null without one). */
  storeRows: number | null;
}

async function loadWorkbook(context: Excel.RequestContext): Promise<Loaded> {
  const collection = context.workbook.worksheets;
  collection.load("items/name");
  await syncStep(context, "membaca daftar lembar");
  const usedRanges = collection.items.map((ws) => ({
    ws,
    name: ws.name,
    range: ws.getUsedRangeOrNullObject(true).load("address"),
  }));
  await syncStep(context, "membaca ukuran lembar");
  // The formulas in row blocks, as many per sync as the response budget allows (a workbook
  // with tens of thousands of filled rows would exceed Excel on the web's 5 MB at once).
  const reads = new RequestBudget(context);
  const used: { name: string; blocks: Excel.Range[]; top: number; left: number; bottom: number }[] = [];
  for (const { ws, name, range } of usedRanges) {
    const rect = range.isNullObject ? undefined : parseAddress(range.address)?.rect;
    const entry = {
      name,
      blocks: [] as Excel.Range[],
      top: rect?.top ?? 1,
      left: rect?.left ?? 1,
      bottom: 0,
    };
    used.push(entry);
    if (!rect) continue;
    entry.bottom = rect.bottom;
    const cols = rect.right - rect.left + 1;
    const rows = rect.bottom - rect.top + 1;
    await inChunks(
      reads,
      rows,
      () => cols * READ_CELL_BYTES,
      2 * ACTION_BYTES,
      "response",
      READ,
      (a, b) => {
        const block = { top: rect.top + a, left: rect.left, bottom: rect.top + b, right: rect.right };
        entry.blocks.push(ws.getRange(rectAddress(block)).load("formulas"));
      },
    );
  }
  await reads.flush(READ);
  const sheets: SheetFormulas[] = [];
  let store: FormulaRecord[] | null = null;
  let storeRows: number | null = null;
  for (const { name, blocks, top, left, bottom } of used) {
    const cells = new Map<string, string>();
    const grid: unknown[][] = [];
    for (const row of blocks.flatMap((b) => b.formulas)) {
      row.forEach((x, j) => {
        if (typeof x === "string" && x !== "") cells.set(cellAddress(top + grid.length, left + j), x);
      });
      grid.push(row);
    }
    if (name === FORMULA_STORE_SHEET) {
      store = recordsFromGrid(grid);
      storeRows = bottom;
    } else sheets.push({ name, cells });
  }
  return { sheets, store, storeRows };
}

/**
 * Queues the store sheet's new content (created very hidden when missing).
 * @param oldRows rows the store held before (cleared first), or null when it does not exist.
 */
function writeStore(context: Excel.RequestContext, oldRows: number | null, records: FormulaRecord[]): void {
  const sheets = context.workbook.worksheets;
  const ws = oldRows === null ? sheets.add(FORMULA_STORE_SHEET) : sheets.getItem(FORMULA_STORE_SHEET);
  if (oldRows !== null && oldRows > 0) ws.getRange(`A1:D${oldRows}`).clear();
  const grid = gridFromRecords(records);
  const range = ws.getRange(rectAddress({ top: 1, left: 1, bottom: grid.length, right: 4 }));
  // Text format first, so formula text (stored without "=") is never parsed by Excel.
  range.numberFormat = grid.map((row) => row.map(() => "@"));
  range.values = grid;
  // Very hidden: not listed under Unhide, so nobody edits it by accident.
  ws.visibility = "VeryHidden";
}

/**
 * Converts every IKU.* formula of the open workbook to built-in functions ("portable"), or
 * restores the IKU.* formulas converted earlier ("addin").
 * @returns how many cells were rewritten and Indonesian warnings (cells not converted/restored).
 */
export async function convertFormulas(
  context: Excel.RequestContext,
  to: "portable" | "addin",
  options: ConvertOptions = {},
): Promise<ConvertResult> {
  const progress = options.onProgress ?? (() => undefined);
  progress("Membaca formula di semua lembar…");
  const loaded = await loadWorkbook(context);
  const warnings: string[] = [];
  return to === "portable"
    ? toPortableAll(context, loaded, warnings, progress)
    : toAddinAll(context, loaded, warnings, progress);
}

async function toPortableAll(
  context: Excel.RequestContext,
  { sheets, store, storeRows }: Loaded,
  warnings: string[],
  progress: (m: string) => void,
): Promise<ConvertResult> {
  const written: { sheet: string; address: string; original: string; range: Excel.Range }[] = [];
  const writes = new RequestBudget(context);
  const WRITE = "menulis formula Excel standar";
  for (const s of sheets) {
    const ws = context.workbook.worksheets.getItem(s.name);
    for (const [address, text] of s.cells) {
      if (!text.startsWith("=")) continue;
      // A file saved by Excel may hand back the stored form `_xldudf_IKU_X(`: read it as IKU.X(.
      const typed = fromStoredFormula(text.slice(1));
      if (!hasIkuCall(typed)) continue;
      const portable = toPortable(typed);
      if (isIkuError(portable)) {
        warnings.push(`${s.name}!${address}: tidak dapat dikonversi — ${portable.message}`);
        continue;
      }
      // Written and read back: the formula travels in the request and again in the response.
      const bytes = jsonBytes(portable) + 32;
      await writes.reserve(3 * ACTION_BYTES + bytes, bytes, WRITE);
      const range = ws.getRange(address);
      range.formulas = [[`=${portable}`]];
      written.push({ sheet: s.name, address, original: typed, range: range.load("formulas") });
    }
  }
  if (written.length === 0) {
    if (warnings.length === 0) warnings.push("Tidak ada formula fungsi IKU yang perlu dikonversi.");
    return { converted: 0, warnings };
  }
  progress(`Menulis ${written.length} formula Excel standar…`);
  await writes.flush(WRITE);
  // Remember the portable text as Excel now holds it (it may respace or re-case it).
  const records = new Map((store ?? []).map((r) => [key(r.sheet, r.address), r]));
  for (const w of written) {
    const portable = String(w.range.formulas[0][0]).replace(/^=/, "");
    records.set(key(w.sheet, w.address), {
      sheet: w.sheet,
      address: w.address,
      original: w.original,
      portable,
    });
  }
  writeStore(context, storeRows, [...records.values()]);
  await syncStep(context, "menyimpan catatan konversi");
  return { converted: written.length, warnings };
}

async function toAddinAll(
  context: Excel.RequestContext,
  { sheets, store, storeRows }: Loaded,
  warnings: string[],
  progress: (m: string) => void,
): Promise<ConvertResult> {
  if (store === null || store.length === 0) {
    warnings.push(
      "Tidak ada catatan konversi di buku kerja ini, jadi tidak ada formula yang dikembalikan. " +
        "Untuk memakai fungsi IKU, buat ulang lembar IKU dengan mode fungsi add-in.",
    );
    return { converted: 0, warnings };
  }
  const byName = new Map(sheets.map((s) => [s.name.toLowerCase(), s]));
  let converted = 0;
  for (const r of store) {
    const sheet = byName.get(r.sheet.toLowerCase());
    if (!sheet) {
      warnings.push(`Lembar "${r.sheet}" tidak ada lagi; formula ${r.address} tidak dikembalikan.`);
      continue;
    }
    const now = sheet.cells.get(r.address) ?? "";
    if (canonicalFormula(now) === canonicalFormula(r.original)) continue; // already the IKU formula
    if (!now.startsWith("=") || canonicalFormula(now) !== canonicalFormula(r.portable)) {
      warnings.push(`${r.sheet}!${r.address} sudah diubah sejak dikonversi; isinya tidak ditimpa.`);
      continue;
    }
    context.workbook.worksheets.getItem(sheet.name).getRange(r.address).formulas = [[`=${r.original}`]];
    converted++;
  }
  progress(`Mengembalikan ${converted} formula fungsi IKU…`);
  // Every record has been dealt with: restored, already restored, or left to the user's edit.
  writeStore(context, storeRows, []);
  await syncStep(context, "mengembalikan formula fungsi IKU");
  return { converted, warnings };
}
