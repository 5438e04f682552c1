/**
 * Just enough SpreadsheetML for the IKU reader: workbook sheets and defined names,
 * relationships and the date formats of styles (small parts, read as text with regular
 * expressions), plus text forms of the streaming scanners of sheets and shared strings
 * (sheet-scan.ts, shared-strings.ts; the reader feeds those bytes as a part inflates). Only
 * cells that exist in the file are visited: nothing walks the addresses of a box, so one
 * cell at XFD1048576 costs one cell, not seventeen billion.
 */

export { MAX_CELL_TEXT, xmlText } from "./text-bytes";
import { xmlText } from "./text-bytes";
import { SheetScanner, type Box } from "./sheet-scan";
import { resolveShared, SharedStringScanner } from "./shared-strings";

export type { Box };

/** The attributes of one start tag's attribute text, local names (prefix dropped). */
export function attrs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const name = m[1].includes(":") && !m[1].startsWith("xmlns") ? m[1].slice(m[1].indexOf(":") + 1) : m[1];
    if (!(name in out)) out[name] = xmlText(m[2] ?? m[3] ?? "");
  }
  return out;
}

/** Tag name pattern with an optional namespace prefix (`<x:row>` from some writers). */
const P = "(?:[\\w.-]+:)?";

export interface WorkbookInfo {
  sheets: { name: string; rid: string }[];
  /** Defined names without a sheet scope first; name → reference text. */
  names: Map<string, string>;
  date1904: boolean;
}

export function parseWorkbook(xml: string): WorkbookInfo {
  const sheets: WorkbookInfo["sheets"] = [];
  for (const m of xml.matchAll(new RegExp(`<${P}sheet\\b([^>]*)>`, "g"))) {
    const a = attrs(m[1]);
    if (a.name !== undefined && a.id !== undefined) sheets.push({ name: a.name, rid: a.id });
  }
  const names = new Map<string, string>();
  const scoped = new Map<string, string>();
  const re = new RegExp(`<${P}definedName\\b([^>]*)>([^<]*)<\\/${P}definedName>`, "g");
  for (const m of xml.matchAll(re)) {
    const a = attrs(m[1]);
    if (a.name === undefined) continue;
    const target = a.localSheetId === undefined ? names : scoped;
    if (!target.has(a.name)) target.set(a.name, xmlText(m[2]).trim());
  }
  for (const [k, v] of scoped) if (!names.has(k)) names.set(k, v);
  const pr = new RegExp(`<${P}workbookPr\\b([^>]*)>`).exec(xml);
  const d = pr ? attrs(pr[1]).date1904 : undefined;
  return { sheets, names, date1904: d === "1" || d === "true" };
}

/** Relationship id → { target, type } of a .rels part. */
export function parseRels(xml: string): Map<string, { target: string; type: string }> {
  const out = new Map<string, { target: string; type: string }>();
  for (const m of xml.matchAll(new RegExp(`<${P}Relationship\\b([^>]*)>`, "g"))) {
    const a = attrs(m[1]);
    if (a.Id !== undefined && a.Target !== undefined) out.set(a.Id, { target: a.Target, type: a.Type ?? "" });
  }
  return out;
}

/** Resolves a relationship target against the folder of the part that owns it. */
export function resolvePart(baseDir: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : `${baseDir}/${target}`).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/");
}

const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

/** For each cell style index, whether its number format shows a date or time. */
export function parseDateStyles(xml: string): boolean[] {
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(new RegExp(`<${P}numFmt\\b([^>]*)>`, "g"))) {
    const a = attrs(m[1]);
    if (a.numFmtId !== undefined) custom.set(Number(a.numFmtId), a.formatCode ?? "");
  }
  const isDate = (id: number): boolean => {
    const code = custom.get(id);
    if (code === undefined) return BUILTIN_DATE_FORMATS.has(id);
    // Quoted text, escapes and [colour]/[$-locale] blocks are not date letters.
    const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
    return /[dmyhs]/i.test(bare);
  };
  const xfs = new RegExp(`<${P}cellXfs\\b[^>]*>([\\s\\S]*?)<\\/${P}cellXfs>`).exec(xml);
  if (!xfs) return [];
  return [...xfs[1].matchAll(new RegExp(`<${P}xf\\b([^>]*)>`, "g"))].map((m) =>
    isDate(Number(attrs(m[1]).numFmtId ?? 0)),
  );
}

/** What a cell needs to become an Excel-shaped value. */
export interface CellContext {
  shared: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
}

const encoder = new TextEncoder();

/** Feeds text to a streaming scanner in pieces, as an inflating part would arrive. */
function feed(xml: string, push: (chunk: Uint8Array) => void, piece = 64 * 1024): void {
  const bytes = encoder.encode(xml);
  for (let i = 0; i < bytes.length; i += piece) push(bytes.subarray(i, i + piece));
}

/** The shared strings of a whole sharedStrings part given as text (tests, small parts). */
export function parseSharedStrings(xml: string): string[] {
  const scan = new SharedStringScanner("all");
  feed(xml, (c) => scan.push(c));
  return scan.list();
}

/**
 * Fills the boxes with the cells of one sheet's XML that fall inside them (the text form of
 * the streaming SheetScanner). Rows past the lowest box end the scan.
 */
export function scanSheet(xml: string, boxes: readonly Box[], ctx: CellContext): void {
  const scan = new SheetScanner(boxes, ctx.dateStyles, ctx.date1904);
  feed(xml, (c) => scan.push(c));
  resolveShared(scan.shared, new Map(ctx.shared.map((s, i) => [i, s])));
}

/**
 * One cell as Excel would hand it to a function, from its attributes (decoded) and its inner
 * XML: the scanner's rules for a single cell (kept for callers of the former regex reader).
 */
export function cellValue(a: Record<string, string>, inner: string, ctx: CellContext): unknown {
  const esc = (v: string): string => v.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
  const at = ["t", "s"].map((k) => (a[k] === undefined ? "" : ` ${k}="${esc(a[k])}"`)).join("");
  const box: Box = { top: 1, left: 1, bottom: 1, right: 1, values: [[null]] };
  scanSheet(`<sheetData><row r="1"><c r="A1"${at}>${inner}</c></row></sheetData>`, [box], ctx);
  return box.values[0][0];
}
