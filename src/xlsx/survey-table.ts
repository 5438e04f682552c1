/**
 * The first sheet of an xlsx survey export (Google Forms "Download .xlsx", e-SKM apps) as a
 * table of cell values, through the bounded zip reader and the SpreadsheetML scanner:
 * numbers (dates as serials), strings, booleans or null.
 */
import { parseCsv } from "../core/survey-csv";
import { ZipError, ZipReader } from "./zip";
import {
  parseDateStyles,
  parseRels,
  parseSharedStrings,
  parseWorkbook,
  resolvePart,
  scanSheet,
  type Box,
} from "./ooxml";

/** Most rows and columns read from an export (a survey is far smaller). */
export const MAX_EXPORT_ROWS = 100000;
export const MAX_EXPORT_COLS = 200;

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/**
 * @returns the table, or an Indonesian reason why the file could not be read.
 */
export function readExportTable(bytes: Uint8Array): { table: unknown[][] } | { reason: string } {
  try {
    const zip = new ZipReader(bytes);
    const wb = parseWorkbook(zip.text("xl/workbook.xml") ?? "");
    const first = wb.sheets[0];
    if (!first) return { reason: "berkas .xlsx tanpa lembar kerja" };
    const rels = parseRels(zip.text("xl/_rels/workbook.xml.rels") ?? "");
    const target = rels.get(first.rid);
    if (!target) return { reason: `lembar ${first.name} tidak ditemukan di dalam berkas` };
    const part = resolvePart("xl", target.target);
    const xml = zip.text(part);
    if (xml === undefined) return { reason: `lembar ${first.name} tidak ditemukan di dalam berkas` };
    let rows = 0;
    let cols = 0;
    for (const m of xml.matchAll(
      /<(?:[\w.-]+:)?c\b[^>]*?\br\s*=\s*["']\$?([A-Za-z]{1,3})\$?(\d{1,7})["']/g,
    )) {
      const c = colNumber(m[1]);
      const r = Number(m[2]);
      if (r > MAX_EXPORT_ROWS || c > MAX_EXPORT_COLS) {
        return {
          reason: `lembar ${first.name} lebih besar dari ${MAX_EXPORT_ROWS} baris × ${MAX_EXPORT_COLS} kolom`,
        };
      }
      rows = Math.max(rows, r);
      cols = Math.max(cols, c);
    }
    if (rows === 0) return { table: [] };
    const values = Array.from({ length: rows }, () => new Array<unknown>(cols).fill(null));
    const box: Box = { top: 1, left: 1, bottom: rows, right: cols, values };
    const sharedPart = [...rels.values()].find((r) => r.type.endsWith("/sharedStrings"));
    const stylesPart = [...rels.values()].find((r) => r.type.endsWith("/styles"));
    const shared = sharedPart ? parseSharedStrings(zip.text(resolvePart("xl", sharedPart.target)) ?? "") : [];
    const dateStyles = stylesPart
      ? parseDateStyles(zip.text(resolvePart("xl", stylesPart.target)) ?? "")
      : [];
    scanSheet(xml, [box], { shared, dateStyles, date1904: wb.date1904 });
    return { table: values };
  } catch (err) {
    if (err instanceof ZipError) return { reason: `bukan berkas .xlsx yang utuh (${err.reason})` };
    throw err;
  }
}

// Windows-1252 bytes 0x80–0x9F (Node's TextDecoder decodes "windows-1252" as Latin-1 there).
const CP1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Excel's "CSV" on Windows saves in the ANSI code page (Windows-1252), not UTF-8.
    let s = "";
    for (const b of bytes) s += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
    return s;
  }
}

/** A survey export file (xlsx by its zip signature, otherwise CSV) as a table. */
export function readSurveyFile(bytes: Uint8Array): { table: unknown[][] } | { reason: string } {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return readExportTable(bytes);
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf)
    return { reason: "berkas .xls lama; simpan sebagai .xlsx atau .csv" };
  return { table: parseCsv(decodeText(bytes)).rows };
}
