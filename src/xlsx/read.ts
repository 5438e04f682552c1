/**
 * Reads a filled IKU workbook (.xlsx from `iku buat` or from the add-in) into the pure
 * {@link IkuWorkbookData} the core evaluates. Bounded by design, because kecamatan files
 * arrive by e-mail and WhatsApp and one bad file must not take down a recap or the task
 * pane: only workbook.xml, its relationships, the Profil sheet, the sheets the IKU_* defined
 * names point at, sharedStrings and (for 1904-dated workbooks) styles are inflated, each
 * with a size cap checked before and during inflation; only the cells that exist are
 * scanned; a name may cover at most MAX_NAME_ROWS × MAX_NAME_COLS cells and the Profil scan
 * stops at PROFIL_ROWS rows. Data ranges are found through the defined names (NAMES), never
 * fixed addresses, so rows a user inserted inside a range are counted. No file I/O and no
 * Node-only API, so the task pane uses it too.
 */

import { parseAddress } from "../core/a1";
import { ErrorKind, ikuError, isIkuError, Result } from "../core/errors";
import type { IkuWorkbookData, RangeData } from "../core/evaluate";
import { REGISTRY } from "../core/indicators";
import type { DataKey } from "../core/indicators/data";
import { masukanName } from "../core/indicators/masukan-layout";
import { parseDaftarName } from "../core/workbook/model";

/** Indicator numbers whose typed inputs are looked up (a profile has far fewer). */
const MAX_INDICATORS = 100;
import { readProfile } from "../core/workbook/profil-read";
import { TABLE_WIDTH } from "../core/workbook/profil-table-layout";
import { targetAddresses } from "../core/workbook/profil-table-read";
import { Box, parseDateStyles, parseRels, parseWorkbook, resolvePart } from "./ooxml";
import { resolveShared, SharedStringScanner } from "./shared-strings";
import { SharedRefs, SheetScanner } from "./sheet-scan";
import { DEFAULT_ZIP_LIMITS, ZipError, ZipLimits, ZipReader } from "./zip";

export { cellValue, excelValue } from "./exceljs-value";

/** Most rows and columns one defined name may cover. */
export const MAX_NAME_ROWS = 100000;
export const MAX_NAME_COLS = 20;
/** The Profil sheet is read in rows 1..PROFIL_ROWS, columns A to the indicator table's last. */
export const PROFIL_ROWS = 1000;

/**
 * What the reader returns: the data to evaluate plus where each Profil label sits, so a
 * message can name the cell to fill ("isi di Profil B37"). A superset of IkuWorkbookData.
 */
export interface IkuWorkbookRead extends IkuWorkbookData {
  /** Lower-case label of column A (spaces collapsed) → its 1-based row; first one wins. */
  profilRows: Map<string, number>;
  /** A1 address of each indicator's target cell on the Profil sheet. */
  profilTargets: string[];
}

/** The Profil cell (table or old "IKU n Target" row) of the target of indicator `index` (0-based). */
export function profilTargetCell(data: IkuWorkbookRead, index: number): string | null {
  return data.profilTargets[index] ?? null;
}

/** Parses "'Survei IKM'!$C$5:$K$504" (or a single cell) into sheet and 1-based bounds. */
export function parseRef(
  ref: string,
): { sheet: string; top: number; left: number; bottom: number; right: number } | null {
  const a = parseAddress(ref);
  return a && a.sheet !== null ? { sheet: a.sheet, ...a.rect } : null;
}

function notIku(message: string) {
  return ikuError(ErrorKind.Value, message);
}

const NOT_XLSX =
  "Berkas bukan buku kerja Excel (.xlsx) yang utuh — mungkin rusak, terpotong saat dikirim, " +
  "atau berformat lain (.xls, .ods, PDF). Simpan ulang sebagai .xlsx lalu coba lagi.";

/** Indonesian reason for a zip the reader refused. */
function zipMessage(err: ZipError): string {
  if (err.code === "too-big") return `Berkas terlalu besar untuk dibaca dengan aman: ${err.reason}.`;
  return `${NOT_XLSX} (${err.reason})`;
}

/** What the first bytes say when the file is no zip at all. */
function sniff(b: Uint8Array): string | null {
  if (b.length >= 4 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0) {
    return "Berkas ini buku kerja Excel lama (.xls). Buka di Excel lalu simpan sebagai .xlsx (File › Simpan Sebagai › Buku Kerja Excel).";
  }
  if (b.length >= 4 && b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46) {
    return "Berkas ini PDF, bukan buku kerja Excel (.xlsx). Kirim berkas .xlsx-nya.";
  }
  return null;
}

const ODS =
  "Berkas ini lembar kerja OpenDocument (.ods, LibreOffice/WPS), bukan .xlsx. Buka lalu simpan sebagai " +
  "Buku Kerja Excel (.xlsx) dan coba lagi.";

interface Plan {
  sheetPart: string;
  boxes: Box[];
}

function box(top: number, left: number, bottom: number, right: number): Box {
  const values = Array.from({ length: bottom - top + 1 }, () =>
    new Array<unknown>(right - left + 1).fill(null),
  );
  return { top, left, bottom, right, values };
}

/** Every reader key with its defined name, from the indicator registry. */
const DATA_NAMES: readonly (readonly [DataKey, string])[] = REGISTRY.flatMap((m) => m.dataNames);

/** A daftar log's column, found by its name's pattern (IKU_<Lembar>_Status/_Tanggal). */
type DaftarSlot = { daftar: string; column: "status" | "tanggal" };

/** Daftar columns read at most (two per log): bounds the boxes a hostile file can ask for. */
export const MAX_DAFTAR_NAMES = 2 * MAX_INDICATORS;

/** Every daftar column the workbook names, whatever its sheet (one per daftar indicator). */
function daftarNamesIn(names: Map<string, string>): [DaftarSlot, string][] {
  const out: [DaftarSlot, string][] = [];
  for (const name of names.keys()) {
    const d = parseDaftarName(name);
    if (d && out.length < MAX_DAFTAR_NAMES) out.push([{ daftar: d.key, column: d.column }, name]);
  }
  return out;
}

/** Typed quarterly inputs (IKU_Masukan_<n>) the workbook names, at most one per indicator slot. */
function masukanNamesIn(names: Map<string, string>): [number, string][] {
  const out: [number, string][] = [];
  // n = 0: the measured tujuan's IKU_Masukan_Tujuan.
  for (let n = 0; n <= MAX_INDICATORS; n++) {
    const name = masukanName(n);
    if (names.has(name)) out.push([n, name]);
  }
  return out;
}

function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
}

/**
 * Reads an IKU workbook: its Profil sheet (validated by readProfile) and the data ranges
 * named by NAMES, and every daftar log's IKU_<Lembar>_Status/_Tanggal.
 * @param data the bytes of an .xlsx file.
 * @param limits size caps of the zip (tests lower them).
 * @returns the data to evaluate, or an IkuError (Indonesian message) when the bytes are not
 *   an xlsx file, the zip is damaged or too large, a name covers too much, or the workbook
 *   has no valid Profil sheet.
 */
export async function readIkuWorkbook(
  data: Uint8Array | ArrayBuffer,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Promise<Result<IkuWorkbookRead>> {
  await Promise.resolve(); // stays async: callers await it, and the pane keeps painting first
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  try {
    return readBounded(bytes, limits);
  } catch (err) {
    if (err instanceof ZipError) return notIku(zipMessage(err));
    // A RangeError (e.g. a string past the engine's limit) is a file we cannot read, not a crash.
    if (err instanceof RangeError)
      return notIku(`Berkas terlalu besar untuk dibaca dengan aman (${err.name}).`);
    throw err;
  }
}

function readBounded(bytes: Uint8Array, limits: ZipLimits): Result<IkuWorkbookRead> {
  const kind = sniff(bytes);
  if (kind) return notIku(kind);
  const zip = new ZipReader(bytes, limits);
  let wbPart = "xl/workbook.xml";
  if (zip.has("_rels/.rels")) {
    zip.checkDeclared(["_rels/.rels"]);
    const root = [...parseRels(zip.text("_rels/.rels") ?? "").values()].find((r) =>
      r.type.endsWith("/officeDocument"),
    );
    if (root) wbPart = resolvePart("", root.target);
  }
  if (!zip.has(wbPart)) {
    if (zip.has("content.xml") || zip.has("mimetype")) return notIku(ODS);
    return notIku(`${NOT_XLSX} (bagian ${wbPart} tidak ada)`);
  }
  const wbDir = wbPart.includes("/") ? wbPart.slice(0, wbPart.lastIndexOf("/")) : "";
  const relsPart = `${wbDir ? wbDir + "/" : ""}_rels/${wbPart.slice(wbDir.length ? wbDir.length + 1 : 0)}.rels`;
  zip.checkDeclared([wbPart, relsPart]);
  const wb = parseWorkbook(zip.text(wbPart) ?? "");
  const rels = parseRels(zip.text(relsPart) ?? "");
  const partOf = (sheet: string): string | undefined => {
    const s = wb.sheets.find((x) => x.name === sheet);
    const rel = s ? rels.get(s.rid) : undefined;
    return rel ? resolvePart(wbDir, rel.target) : undefined;
  };

  const profilSheet = wb.sheets.find((s) => s.name.trim().toLowerCase() === "profil");
  const profilPart = profilSheet ? partOf(profilSheet.name) : undefined;
  if (!profilSheet || !profilPart || !zip.has(profilPart)) {
    return notIku(
      'Buku kerja ini bukan buku kerja IKU: lembar "Profil" tidak ditemukan (buat dengan `iku buat` atau add-in IKU)',
    );
  }
  const plans = new Map<string, Plan>();
  const plan = (part: string): Plan => {
    let p = plans.get(part);
    if (!p) plans.set(part, (p = { sheetPart: part, boxes: [] }));
    return p;
  };
  // Sparse: only the rows with cells are made (the labels stop long before row 1000).
  const profilBox: Box = { top: 1, left: 1, bottom: PROFIL_ROWS, right: TABLE_WIDTH, values: [] };
  plan(profilPart).boxes.push(profilBox);

  const named: [DataKey | number | DaftarSlot, string, Box][] = [];
  const wanted: (readonly [DataKey | number | DaftarSlot, string])[] = [
    ...DATA_NAMES,
    ...daftarNamesIn(wb.names),
    ...masukanNamesIn(wb.names),
  ];
  for (const [key, name] of wanted) {
    const refText = wb.names.get(name);
    const ref = refText === undefined ? null : parseRef(refText);
    if (!ref) continue;
    const part = partOf(ref.sheet);
    if (!part || !zip.has(part)) continue;
    const rows = ref.bottom - ref.top + 1;
    const cols = ref.right - ref.left + 1;
    if (rows > MAX_NAME_ROWS || cols > MAX_NAME_COLS) {
      const shown = refText && refText.length > 60 ? `${refText.slice(0, 60)}…` : refText;
      return notIku(
        `Nama rentang ${name} menunjuk ${shown} (${formatCount(rows)} baris × ${cols} kolom); paling banyak ` +
          `${formatCount(MAX_NAME_ROWS)} baris × ${MAX_NAME_COLS} kolom. Perbaiki nama itu di Excel ` +
          `(Rumus › Pengelola Nama) agar hanya mencakup baris data, lalu coba lagi.`,
      );
    }
    const b = box(ref.top, ref.left, ref.bottom, ref.right);
    plan(part).boxes.push(b);
    named.push([key, ref.sheet, b]);
  }

  const sharedRel = [...rels.values()].find((r) => r.type.endsWith("/sharedStrings"));
  const sharedPart = sharedRel ? resolvePart(wbDir, sharedRel.target) : `${wbDir}/sharedStrings.xml`;
  const stylesRel = [...rels.values()].find((r) => r.type.endsWith("/styles"));
  const stylesPart = wb.date1904 && stylesRel ? resolvePart(wbDir, stylesRel.target) : undefined;
  // Every part about to be inflated, checked by declared size before the first byte is.
  zip.checkDeclared([...plans.keys(), sharedPart, ...(stylesPart ? [stylesPart] : [])]);

  const dateStyles = stylesPart && zip.has(stylesPart) ? parseDateStyles(zip.text(stylesPart) ?? "") : [];
  // Sheets stream straight into the boxes and stop after their last needed row; shared
  // strings are then decoded only for the cells kept, and only up to the highest index.
  const shared: SharedRefs = { rows: [], cols: [], index: [] };
  for (const p of plans.values()) {
    const scan = new SheetScanner(p.boxes, dateStyles, wb.date1904, shared);
    zip.stream(p.sheetPart, (chunk) => {
      scan.push(chunk);
      return !scan.stopped;
    });
  }
  if (shared.index.length > 0) {
    const strings = new SharedStringScanner(new Set(shared.index));
    zip.stream(sharedPart, (chunk) => {
      strings.push(chunk);
      return !strings.stopped;
    });
    resolveShared(shared, strings.found);
  }

  const profile = readProfile(profilBox.values);
  if (isIkuError(profile)) return notIku(`Lembar "Profil" tidak dapat dibaca: ${profile.message}`);
  const profilRows = new Map<string, number>();
  profilBox.values.forEach((cells, i) => {
    const label = typeof cells[0] === "string" ? cells[0].trim().replace(/\s+/g, " ").toLowerCase() : "";
    if (label && !profilRows.has(label)) profilRows.set(label, i + 1);
  });
  const out: IkuWorkbookRead = { profile, profilRows, profilTargets: targetAddresses(profilBox.values) };
  for (const [key, sheet, b] of named) {
    const range: RangeData = { sheet, top: b.top, left: b.left, values: b.values };
    if (typeof key === "number") out.masukan = { ...out.masukan, [key]: range };
    else if (typeof key === "object") {
      const logs = (out.daftar ??= {});
      logs[key.daftar] = { ...logs[key.daftar], [key.column]: range };
    } else out[key] = range;
  }
  return out;
}
