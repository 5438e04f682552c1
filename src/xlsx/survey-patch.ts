/**
 * Puts imported survey rows into an existing IKU workbook without regenerating it: the
 * target columns come from the workbook's own defined names (IKU_IKM_Tanggal,
 * IKU_IKM_Jawaban, and the respondent columns when the workbook has them), the rows go below
 * the last filled row of the prepared range, each cell keeps its style, and only the survey
 * sheet's part changes (./zip-replace keeps every other entry byte for byte).
 */
import { SURVEY_FIELDS } from "../core/survey-fields";
import { NAMES } from "../core/workbook/model";
import type { SurveyRow } from "../core/survey-import";
import {
  parseDateStyles,
  parseRels,
  parseSharedStrings,
  parseWorkbook,
  resolvePart,
  scanSheet,
  type Box,
} from "./ooxml";
import { parseRef } from "./read";
import { ZipError, ZipReader } from "./zip";
import { replaceZipEntries } from "./zip-replace";

export interface SurveyTarget {
  sheet: string;
  part: string;
  /** Field key → column number. */
  columns: Map<string, number>;
  top: number;
  bottom: number;
  /** Last row (top − 1 when none) with a value in any target column. */
  lastFilled: number;
}

/** Where the survey rows go in this workbook, or an Indonesian reason why it has none. */
export function surveyTarget(bytes: Uint8Array): SurveyTarget | { reason: string } {
  try {
    const zip = new ZipReader(bytes);
    const wb = parseWorkbook(zip.text("xl/workbook.xml") ?? "");
    const answers = parseRef(wb.names.get(NAMES.ikmJawaban) ?? "");
    if (!answers || answers.right - answers.left !== 8) {
      return {
        reason: `buku kerja tanpa lembar Survei IKM (nama rentang ${NAMES.ikmJawaban} tidak ada); buat ulang dengan IKM di Profil`,
      };
    }
    const columns = new Map<string, number>();
    SURVEY_FIELDS.filter((f) => f.kind === "skor").forEach((f, i) => columns.set(f.key, answers.left + i));
    for (const f of SURVEY_FIELDS) {
      if (!f.name || f.kind === "skor") continue;
      const ref = parseRef(wb.names.get(f.name) ?? "");
      if (ref && ref.sheet === answers.sheet && ref.left === ref.right && ref.top === answers.top)
        columns.set(f.key, ref.left);
    }
    const sheet = wb.sheets.find((s) => s.name === answers.sheet);
    const rels = parseRels(zip.text("xl/_rels/workbook.xml.rels") ?? "");
    const rel = sheet ? rels.get(sheet.rid) : undefined;
    if (!rel) return { reason: `lembar ${answers.sheet} tidak ditemukan di buku kerja` };
    const part = resolvePart("xl", rel.target);
    const xml = zip.text(part) ?? "";
    const left = Math.min(...columns.values());
    const right = Math.max(...columns.values());
    const box: Box = {
      top: answers.top,
      left,
      bottom: answers.bottom,
      right,
      values: Array.from({ length: answers.bottom - answers.top + 1 }, () =>
        new Array<unknown>(right - left + 1).fill(null),
      ),
    };
    const sharedRel = [...rels.values()].find((r) => r.type.endsWith("/sharedStrings"));
    const stylesRel = [...rels.values()].find((r) => r.type.endsWith("/styles"));
    const shared = sharedRel ? parseSharedStrings(zip.text(resolvePart("xl", sharedRel.target)) ?? "") : [];
    const dateStyles = stylesRel ? parseDateStyles(zip.text(resolvePart("xl", stylesRel.target)) ?? "") : [];
    scanSheet(xml, [box], { shared, dateStyles, date1904: wb.date1904 });
    const used = new Set([...columns.values()]);
    let lastFilled = answers.top - 1;
    box.values.forEach((row, i) => {
      if (
        row.some((v, j) => used.has(left + j) && v !== null && !(typeof v === "string" && v.trim() === ""))
      ) {
        lastFilled = answers.top + i;
      }
    });
    return { sheet: answers.sheet, part, columns, top: answers.top, bottom: answers.bottom, lastFilled };
  } catch (err) {
    if (err instanceof ZipError) return { reason: `bukan buku kerja .xlsx yang utuh (${err.reason})` };
    throw err;
  }
}

function colLetters(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

function colOfRef(ref: string): number {
  let n = 0;
  for (const ch of /^[A-Z]+/i.exec(ref)?.[0].toUpperCase() ?? "") n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

function escapeXml(s: string): string {
  // XML 1.0 cannot carry these characters at all (a CSV could), so they are dropped.
  return (
    s
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
  );
}

function cellXml(ref: string, style: string | undefined, v: number | string): string {
  const s = style === undefined ? "" : ` s="${style}"`;
  if (typeof v === "number") return `<c r="${ref}"${s}><v>${v}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(v)}</t></is></c>`;
}

const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;

/** One row's cells with `values` (column → value) put in, other cells untouched. */
function patchRow(rowNo: number, inner: string, values: Map<number, number | string>): string {
  const cells: { col: number; xml: string }[] = [];
  for (const m of inner.matchAll(CELL)) {
    const ref = /\br="([A-Z]+\d+)"/.exec(m[1])?.[1];
    if (!ref) throw new Error(`sel tanpa alamat di baris ${rowNo}`);
    const col = colOfRef(ref);
    const v = values.get(col);
    if (v === undefined) cells.push({ col, xml: m[0] });
    else {
      cells.push({ col, xml: cellXml(ref, /\bs="(\d+)"/.exec(m[1])?.[1], v) });
      values.delete(col);
    }
  }
  for (const [col, v] of values)
    cells.push({ col, xml: cellXml(`${colLetters(col)}${rowNo}`, undefined, v) });
  cells.sort((a, b) => a.col - b.col);
  return cells.map((c) => c.xml).join("");
}

/** The sheet XML with `rows` written from row `first` on (field key → value per row). */
export function patchSheetXml(
  xml: string,
  target: SurveyTarget,
  first: number,
  rows: readonly SurveyRow[],
): string {
  const want = new Map<number, Map<number, number | string>>();
  rows.forEach((row, i) => {
    const m = new Map<number, number | string>();
    for (const [key, col] of target.columns) {
      const v = row[key];
      if (v !== null && v !== undefined) m.set(col, v);
    }
    want.set(first + i, m);
  });
  const last = first + rows.length - 1;
  let out = xml.replace(
    /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g,
    (whole, attrs: string, inner?: string) => {
      const r = Number(/\br="(\d+)"/.exec(attrs)?.[1] ?? NaN);
      const values = want.get(r);
      if (!values) return whole;
      want.delete(r);
      // spans is only an optimisation hint; dropped where cells may be added outside it.
      const a = attrs.replace(/\s+spans="[^"]*"/, "");
      return `<row${a}>${patchRow(r, inner ?? "", values)}</row>`;
    },
  );
  // Rows the sheet did not have yet (an older or hand-trimmed sheet), in row order.
  for (const [r, values] of [...want].sort((a, b) => a[0] - b[0])) {
    const rowXml = `<row r="${r}">${patchRow(r, "", values)}</row>`;
    const after = [...out.matchAll(/<row\b[^>]*?\br="(\d+)"/g)].find((m) => Number(m[1]) > r);
    if (after?.index !== undefined) out = out.slice(0, after.index) + rowXml + out.slice(after.index);
    else if (/<sheetData\s*\/>/.test(out))
      out = out.replace(/<sheetData\s*\/>/, `<sheetData>${rowXml}</sheetData>`);
    else out = out.replace(/<\/sheetData>/, `${rowXml}</sheetData>`);
  }
  if (rows.length > 0 && last > target.bottom) throw new Error("baris melewati rentang survei");
  return out;
}

/**
 * `xml` with the cached result of every formula cell removed. After an import those results
 * are stale (the IKM of the rows before it), and a stale result is worse than none: previewers
 * and Protected View would show it as if current, and LibreOffice by default keeps a cached
 * result without recalculating (test/helpers/libreoffice.ts). A formula cell without a result
 * is computed on open by LibreOffice, and Excel recalculates the workbook (fullCalcOnLoad).
 */
export function dropCachedResults(xml: string): string {
  return xml.replace(CELL, (whole, attrs: string, inner?: string) => {
    if (inner === undefined || !/<f[\s>/]/.test(inner)) return whole;
    const formula = inner.replace(/<v>[\s\S]*?<\/v>|<v\s*\/>/g, "");
    // The result's type goes with the result.
    return `<c${attrs.replace(/\s+t="[^"]*"/, "")}>${formula}</c>`;
  });
}

/** Every worksheet part of the workbook (through workbook.xml and its relationships). */
function worksheetParts(zip: ZipReader): string[] {
  const wb = parseWorkbook(zip.text("xl/workbook.xml") ?? "");
  const rels = parseRels(zip.text("xl/_rels/workbook.xml.rels") ?? "");
  return wb.sheets
    .map((s) => rels.get(s.rid))
    .filter((r) => r !== undefined && r.type.endsWith("/worksheet"))
    .map((r) => resolvePart("xl", (r as { target: string }).target));
}

/**
 * The workbook bytes with `rows` appended below the last filled survey row, and the stale
 * cached results of every sheet's formulas dropped (see dropCachedResults). Parts without a
 * formula result stay byte for byte.
 */
export function appendSurveyRows(
  bytes: Uint8Array,
  target: SurveyTarget,
  rows: readonly SurveyRow[],
): Uint8Array {
  const zip = new ZipReader(bytes);
  const xml = zip.text(target.part);
  if (xml === undefined) throw new ZipError(`bagian ${target.part} tidak ada`, "damaged");
  const enc = new TextEncoder();
  const changed = new Map<string, Uint8Array>();
  for (const part of worksheetParts(zip)) {
    if (part === target.part) continue;
    const sheet = zip.text(part);
    const dropped = sheet === undefined ? sheet : dropCachedResults(sheet);
    if (dropped !== undefined && dropped !== sheet) changed.set(part, enc.encode(dropped));
  }
  const patched = patchSheetXml(xml, target, target.lastFilled + 1, rows);
  changed.set(target.part, enc.encode(dropCachedResults(patched)));
  return replaceZipEntries(bytes, changed);
}
