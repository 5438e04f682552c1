/**
 * The first sheet of an xlsx survey export (Google Forms "Download .xlsx", e-SKM apps) as a
 * table of cell values, through the bounded zip reader and the SpreadsheetML scanner:
 * numbers (dates as serials), strings, booleans or null.
 */
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
