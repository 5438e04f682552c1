/**
 * Just enough SpreadsheetML scanning for the IKU reader: workbook sheets and defined names,
 * relationships, shared strings, the date formats of styles, and the cells of a sheet that
 * fall inside requested boxes. Each part is scanned once with regular expressions over the
 * cells that exist in the file: nothing walks the addresses of a box, so one cell at
 * XFD1048576 costs one match, not seventeen billion.
 */

/** Excel's limit on the characters of one cell; longer text from a file is cut here. */
export const MAX_CELL_TEXT = 32767;

const ENTITY = /&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g;

/** Decodes XML entities (and caps the text at Excel's cell limit). */
export function xmlText(s: string): string {
  const capped = s.length > MAX_CELL_TEXT * 8 ? s.slice(0, MAX_CELL_TEXT * 8) : s;
  const out = capped.indexOf("&") < 0 ? capped : capped.replace(ENTITY, entity);
  return out.length > MAX_CELL_TEXT ? out.slice(0, MAX_CELL_TEXT) : out;
}

function entity(_m: string, e: string): string {
  switch (e) {
    case "lt":
      return "<";
    case "gt":
      return ">";
    case "amp":
      return "&";
    case "quot":
      return '"';
    case "apos":
      return "'";
    default: {
      const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
    }
  }
}

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

/**
 * The content of an element up to its end tag, never running past the next start or end tag
 * of the same name: an unclosed `<c>` fails at the next cell instead of scanning to the end
 * of the part, so a hostile part of a million unclosed tags stays linear, not quadratic.
 */
function until(tag: string): string {
  // A run of text is taken whole and never given back (the lookahead-and-backreference
  // idiom for an atomic group), so a 10 MB text is one step, not ten million.
  return `(?:(?=(?<run>[^<]+))\\k<run>|<(?!\\/?${P}${tag}[\\s>/]))*?`;
}

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

/** The text of every `<t>` inside one string item, phonetic runs (`<rPh>`) left out. */
function runText(xml: string): string {
  const body =
    xml.indexOf("<rPh") >= 0 ? xml.replace(/<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g, "") : xml;
  let s = "";
  for (const m of body.matchAll(new RegExp(`<${P}t(?:\\s[^>]*)?>([\\s\\S]*?)<\\/${P}t>`, "g"))) {
    s += m[1];
    if (s.length > MAX_CELL_TEXT * 8) break;
  }
  return xmlText(s);
}

export function parseSharedStrings(xml: string): string[] {
  const out: string[] = [];
  const re = new RegExp(`<${P}si\\b[^<>]*?(?:\\/>|>(${until("si")})<\\/${P}si>)`, "g");
  for (const m of xml.matchAll(re)) out.push(m[1] === undefined ? "" : runText(m[1]));
  return out;
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

/** A rectangle of a sheet to collect; values[r - top][c - left]. */
export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
  values: unknown[][];
}

/** What a cell needs to become an Excel-shaped value. */
export interface CellContext {
  shared: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
}

function colOf(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i.exec(ref);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), col };
}

const TAG_BODY = new Map<string, RegExp>();

function tagBody(xml: string, tag: string): string | undefined {
  let re = TAG_BODY.get(tag);
  if (!re) {
    re = new RegExp(`<${P}${tag}(?:\\s[^>]*)?>([\\s\\S]*?)<\\/${P}${tag}>`);
    TAG_BODY.set(tag, re);
  }
  const m = re.exec(xml);
  return m ? m[1] : undefined;
}

/**
 * One cell as Excel would hand it to a function: number (dates as 1900-system serials),
 * string, boolean, an error literal, or null. A formula cell gives its cached result.
 */
export function cellValue(a: Record<string, string>, inner: string, ctx: CellContext): unknown {
  const t = a.t ?? "n";
  if (t === "inlineStr") {
    const is = tagBody(inner, "is");
    return is === undefined ? null : runText(is);
  }
  const v = tagBody(inner, "v");
  if (v === undefined) return null;
  switch (t) {
    case "s": {
      const s = ctx.shared[Number(v)];
      return s === undefined ? null : s;
    }
    case "str": {
      const s = xmlText(v);
      return s === "" ? null : s;
    }
    case "b":
      return v.trim() === "1" || v.trim() === "true";
    case "e":
      return xmlText(v).trim();
    case "d": {
      const ms = Date.parse(v);
      return Number.isFinite(ms) ? 25569 + ms / 86400000 : null;
    }
    default: {
      const n = Number(v);
      if (!Number.isFinite(n) || v.trim() === "") return null;
      const date = ctx.dateStyles[Number(a.s ?? 0)] === true;
      // 1904-system serials count from 1 Jan 1904: 1462 days after the 1900 system's.
      return ctx.date1904 && date ? n + 1462 : n;
    }
  }
}

const CELL_REF = /(?:^|\s)r\s*=\s*["']([^"']*)["']/;

/**
 * Fills the boxes with the cells of one sheet's XML that fall inside them. Rows past the
 * lowest box end the scan.
 */
export function scanSheet(xml: string, boxes: readonly Box[], ctx: CellContext): void {
  if (boxes.length === 0) return;
  const last = Math.max(...boxes.map((b) => b.bottom));
  const re = new RegExp(`<${P}row\\b([^<>]*)>|<${P}c\\b([^<>]*?)(?:\\/>|>(${until("c")})<\\/${P}c>)`, "g");
  const start = xml.search(new RegExp(`<${P}sheetData\\b`));
  if (start < 0) return;
  re.lastIndex = start;
  let row = 0;
  let col = 0;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if (m[1] !== undefined) {
      const r = /\br\s*=\s*["'](\d+)["']/.exec(m[1]);
      row = r ? Number(r[1]) : row + 1;
      col = 0;
      if (row > last) break;
      continue;
    }
    // Only the address is read for every cell; the other attributes only for cells kept.
    const ref = CELL_REF.exec(m[2]);
    const at = ref ? colOf(ref[1]) : null;
    if (at) {
      row = at.row;
      col = at.col;
    } else col += 1;
    if (row > last) break;
    let a: Record<string, string> | null = null;
    for (const b of boxes) {
      if (row < b.top || row > b.bottom || col < b.left || col > b.right) continue;
      a ??= attrs(m[2]);
      b.values[row - b.top][col - b.left] = cellValue(a, m[3] ?? "", ctx);
    }
  }
}
