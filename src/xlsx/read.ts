/**
 * Reads a filled IKU workbook (.xlsx from `iku buat` or from the add-in) with ExcelJS into the
 * pure {@link IkuWorkbookData} the core evaluates. Data ranges are found through the defined
 * names (NAMES), never fixed addresses, so rows a user inserted inside a range are counted.
 * No file I/O here, so the task pane can use it too.
 */

import ExcelJS from "exceljs";
import { ErrorKind, ikuError, isIkuError, Result } from "../core/errors";
import type { IkuWorkbookData, RangeData } from "../core/evaluate";
import { NAMES } from "../core/workbook/model";
import { readProfile } from "../core/workbook/profil-sheet";
import { parseAddress } from "../core/a1";

/** Excel serial of a JS date as ExcelJS creates them (UTC midnight = whole serial). */
function serialFromDate(d: Date): number {
  return 25569 + d.getTime() / 86400000;
}

function richTextOf(x: unknown): string | null {
  if (typeof x === "object" && x !== null && Array.isArray((x as { richText?: unknown }).richText)) {
    return (x as ExcelJS.CellRichTextValue).richText.map((part) => part.text).join("");
  }
  return null;
}

/**
 * One ExcelJS cell value as Excel would hand it to a function: number (dates as serials),
 * string, boolean or null. Formula cells give their cached result, hyperlinks their text,
 * rich text its plain text, error cells their error literal ("#N/A").
 */
export function excelValue(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return serialFromDate(v);
  if (typeof v !== "object") return null;
  const rich = richTextOf(v);
  if (rich !== null) return rich;
  const o = v as Record<string, unknown>;
  if ("formula" in o || "sharedFormula" in o) return excelValue(o.result);
  if ("hyperlink" in o) return excelValue(o.text);
  if ("error" in o && typeof o.error === "string") return o.error;
  return null;
}

/**
 * A cell's Excel-shaped value. Formula cells are read through `cell.result`: ExcelJS's
 * `cell.value` drops a falsy cached result (0, FALSE), so a recalculated FALSE or 0% would
 * otherwise read as blank.
 */
export function cellValue(cell: ExcelJS.Cell): unknown {
  if (cell.type === ExcelJS.ValueType.Formula) return excelValue(cell.result ?? null);
  return excelValue(cell.value);
}

/** Parses "'Survei IKM'!$C$5:$K$504" (or a single cell) into sheet and 1-based bounds. */
export function parseRef(
  ref: string,
): { sheet: string; top: number; left: number; bottom: number; right: number } | null {
  const a = parseAddress(ref);
  return a && a.sheet !== null ? { sheet: a.sheet, ...a.rect } : null;
}

function readBlock(
  ws: ExcelJS.Worksheet,
  top: number,
  left: number,
  bottom: number,
  right: number,
): unknown[][] {
  const out: unknown[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row = ws.getRow(r);
    const values: unknown[] = [];
    for (let c = left; c <= right; c++) values.push(cellValue(row.getCell(c)));
    out.push(values);
  }
  return out;
}

function readName(wb: ExcelJS.Workbook, name: string): RangeData | undefined {
  const ranges = wb.definedNames.getRanges(name).ranges;
  if (ranges.length !== 1) return undefined;
  const ref = parseRef(ranges[0]);
  if (!ref) return undefined;
  const ws = wb.getWorksheet(ref.sheet);
  if (!ws) return undefined;
  return {
    sheet: ws.name,
    top: ref.top,
    left: ref.left,
    values: readBlock(ws, ref.top, ref.left, ref.bottom, ref.right),
  };
}

function notIku(message: string) {
  return ikuError(ErrorKind.Value, message);
}

/**
 * Reads an IKU workbook: its Profil sheet (validated by readProfile) and the data ranges
 * named by NAMES.
 * @param data the bytes of an .xlsx file.
 * @returns the data to evaluate, or an IkuError (Indonesian message) when the bytes are not
 *   an xlsx file, the zip is damaged, or the workbook has no valid Profil sheet.
 */
export async function readIkuWorkbook(data: Uint8Array | ArrayBuffer): Promise<Result<IkuWorkbookData>> {
  const wb = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings want a Node Buffer; at run time it accepts any binary JSZip reads.
    await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch (err) {
    // The zip/XML library's own (English) wording says nothing a user can act on; say what
    // the file is instead, with the library's one-line reason kept for support only.
    const why = err instanceof Error ? err.message.split(/[.:]\s/)[0] : String(err);
    return notIku(
      `Berkas bukan buku kerja Excel (.xlsx) yang utuh — mungkin rusak, terpotong saat dikirim, ` +
        `atau berformat lain (.xls, .ods, PDF). Simpan ulang sebagai .xlsx lalu coba lagi. (${why})`,
    );
  }
  const profil = wb.worksheets.find((ws) => ws.name.trim().toLowerCase() === "profil");
  if (!profil) {
    return notIku(
      'Buku kerja ini bukan buku kerja IKU: lembar "Profil" tidak ditemukan (buat dengan `iku buat` atau add-in IKU)',
    );
  }
  const grid = readBlock(profil, 1, 1, Math.max(profil.rowCount, 1), Math.max(profil.columnCount, 1));
  const profile = readProfile(grid);
  if (isIkuError(profile)) return notIku(`Lembar "Profil" tidak dapat dibaca: ${profile.message}`);

  const out: IkuWorkbookData = { profile };
  const put = (key: Exclude<keyof IkuWorkbookData, "profile">, name: string): void => {
    const range = readName(wb, name);
    if (range) out[key] = range;
  };
  put("fasilitasiTanggal", NAMES.fasilitasiTanggal);
  put("fasilitasiStatus", NAMES.fasilitasiStatus);
  put("dokDesa", NAMES.dokDesa);
  put("dokRkp", NAMES.dokRkp);
  put("dokApb", NAMES.dokApb);
  put("dokLpp", NAMES.dokLpp);
  put("ikmTanggal", NAMES.ikmTanggal);
  put("ikmJawaban", NAMES.ikmJawaban);
  put("ikmPopulasi", NAMES.ikmPopulasi);
  return out;
}
