/**
 * What no schema sees and Excel still rejects or mis-reads (../shared/ooxml-xsd/README.md):
 * defined names that are not valid references (`$$A$1`, half-absolute print areas), formulas
 * with ";" or non-English function names, functions newer than Excel 2007 without `_xlfn.`,
 * custom-function calls not in the stored form `_xldudf_IKU_…(`, overlapping merges or data
 * validations, style indexes out of range.
 */
import JSZip from "jszip";
import { columnNumber } from "../../src/core/a1";

/** Excel 2007 functions the project may write (English names); anything else must be prefixed. */
const EXCEL_2007 = new Set(
  (
    "ABS AND AVERAGE AVERAGEIF AVERAGEIFS CEILING CHOOSE COLUMN COLUMNS COUNT COUNTA COUNTBLANK " +
    "COUNTIF COUNTIFS DATE DATEVALUE DAY EXACT FALSE FIND FLOOR HLOOKUP IF IFERROR INDEX INDIRECT INT " +
    "ISBLANK ISERROR ISNA ISNUMBER ISTEXT LEFT LEN LOWER MATCH MAX MID MIN MOD MONTH NOT OFFSET OR " +
    "PRODUCT PROPER REPT RIGHT ROUND ROUNDDOWN ROUNDUP ROW ROWS SEARCH SUBSTITUTE SUM SUMIF SUMIFS " +
    "SUMPRODUCT TEXT TODAY TRIM TRUE UPPER VALUE VLOOKUP YEAR NA ERROR.TYPE N T CONCATENATE SIGN SMALL"
  ).split(" "),
);
/** Functions Excel added after 2007: in a file they must be written `_xlfn.NAME(`. */
const NEWER = new Set(
  (
    "IFS IFNA SWITCH XLOOKUP XMATCH CONCAT TEXTJOIN MAXIFS MINIFS LET FILTER UNIQUE SORT SORTBY " +
    "SEQUENCE LAMBDA AGGREGATE NUMBERVALUE DAYS ISOWEEKNUM STDEV.S STDEV.P PERCENTILE.INC RANK.EQ " +
    "FORMULATEXT SHEET SHEETS XOR IFERROR2 CEILING.MATH FLOOR.MATH"
  ).split(" "),
);
const STORED_UDF = /^_xldudf_[A-Z0-9_]+$/;

/** One A1 piece: "$A$1", "A1", "$4", "$B". */
const CELL = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/;
const ABS_CELL = /^\$([A-Z]{1,3})\$(\d{1,7})$/;
const ABS_ROW = /^\$(\d{1,7})$/;
const ABS_COL = /^\$([A-Z]{1,3})$/;

function inSheet(col: string | null, row: string | null): boolean {
  return (
    (col === null || columnNumber(col) <= 16384) &&
    (row === null || (Number(row) >= 1 && Number(row) <= 1048576))
  );
}

/**
 * Why a defined name's text is not a valid reference (null when it is). Print areas and
 * print titles must be fully absolute.
 */
export function definedNameProblem(name: string, text: string, sheets: readonly string[]): string | null {
  const refs = text.split(/,(?=(?:[^']*'[^']*')*[^']*$)/);
  for (const ref of refs) {
    const m = /^(?:'((?:[^']|'')+)'|([^'!\s]+))!(.+)$/.exec(ref);
    if (!m) return `"${ref}" bukan lembar!referensi`;
    const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
    if (!sheets.includes(sheet)) return `lembar "${sheet}" tidak ada`;
    const parts = m[3].split(":");
    if (parts.length > 2) return `"${m[3]}" bukan rentang`;
    const isPrint = name.startsWith("_xlnm.Print_");
    for (const p of parts) {
      const cell = (isPrint ? ABS_CELL : CELL).exec(p);
      const row = parts.length === 2 ? ABS_ROW.exec(p) : null;
      const col = parts.length === 2 ? ABS_COL.exec(p) : null;
      if (cell && inSheet(cell[1], cell[2])) continue;
      if (row && inSheet(null, row[1])) continue;
      if (col && inSheet(col[1], null)) continue;
      return `"${p}" bukan referensi ${isPrint ? "absolut penuh " : ""}yang sah`;
    }
  }
  return null;
}

/** Function names a formula calls ("SUM(" → SUM), strings removed first. */
export function formulaProblems(formula: string): string[] {
  const out: string[] = [];
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""').replace(/'(?:[^']|'')*'!/g, "S!");
  if (code.includes(";")) out.push(`pemisah ";" dalam formula: ${formula}`);
  for (const m of code.matchAll(/([A-Za-z_][\w.]*)\(/g)) {
    const fn = m[1];
    if (fn.startsWith("_xlfn.")) continue;
    if (STORED_UDF.test(fn)) continue;
    if (/^IKU\./i.test(fn)) out.push(`fungsi kustom tidak dalam bentuk tersimpan (_xldudf_): ${fn}`);
    else if (NEWER.has(fn.toUpperCase())) out.push(`fungsi sesudah Excel 2007 tanpa _xlfn.: ${fn}`);
    else if (!EXCEL_2007.has(fn)) out.push(`fungsi tak dikenal (bukan nama Inggris?): ${fn}`);
  }
  return out;
}

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}
function boxOf(ref: string): Box | null {
  const [a, b = a] = ref.split(":");
  const p = CELL.exec(a);
  const q = CELL.exec(b);
  if (!p || !q) return null;
  return { left: columnNumber(p[1]), top: Number(p[2]), right: columnNumber(q[1]), bottom: Number(q[2]) };
}
const overlap = (x: Box, y: Box): boolean =>
  x.left <= y.right && y.left <= x.right && x.top <= y.bottom && y.top <= x.bottom;

/** Pairs of references (each entry may hold several space-separated ranges) that overlap. */
export function overlaps(entries: readonly string[]): string[] {
  const boxes = entries.flatMap((e, i) => e.split(/\s+/).map((r) => ({ r, i, b: boxOf(r) })));
  const out: string[] = [];
  for (let x = 0; x < boxes.length; x++) {
    const bx = boxes[x].b;
    if (!bx) {
      out.push(`referensi tidak sah: ${boxes[x].r}`);
      continue;
    }
    for (let y = x + 1; y < boxes.length; y++) {
      const by = boxes[y].b;
      if (by && boxes[x].i !== boxes[y].i && overlap(bx, by))
        out.push(`${boxes[x].r} tumpang tindih ${boxes[y].r}`);
    }
  }
  return out;
}

const unescape = (s: string): string =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

function countOf(styles: string, element: string, child: string): number {
  const block = new RegExp(`<${element}\\b[^>]*>([\\s\\S]*?)</${element}>`).exec(styles)?.[1] ?? "";
  return [...block.matchAll(new RegExp(`<${child}\\b`, "g"))].length;
}

/** Problems no schema sees, per part ("xl/worksheets/sheet1.xml: …"); [] when none. */
export async function semanticProblems(xlsx: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(xlsx);
  const text = async (p: string): Promise<string> => (await zip.file(p)?.async("string")) ?? "";
  const out: string[] = [];
  const workbook = await text("xl/workbook.xml");
  const sheets = [...workbook.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => unescape(m[1]));
  for (const m of workbook.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[1])?.[1] ?? "";
    const problem = definedNameProblem(name, unescape(m[2]), sheets);
    if (problem) out.push(`xl/workbook.xml: nama ${name}: ${problem}`);
  }
  const styles = await text("xl/styles.xml");
  const xfs = countOf(styles, "cellXfs", "xf");
  const limits: [string, number][] = [
    ["fontId", countOf(styles, "fonts", "font")],
    ["fillId", countOf(styles, "fills", "fill")],
    ["borderId", countOf(styles, "borders", "border")],
  ];
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "";
  for (const xf of cellXfs.matchAll(/<xf\b[^>]*>/g)) {
    for (const [attr, n] of limits) {
      const v = new RegExp(`\\b${attr}="(\\d+)"`).exec(xf[0]);
      if (v && Number(v[1]) >= n) out.push(`xl/styles.xml: ${attr} ${v[1]} ≥ ${n}`);
    }
  }
  for (const part of Object.keys(zip.files).filter((p) => /^xl\/worksheets\/[^/]+\.xml$/.test(p))) {
    const xml = await text(part);
    for (const m of xml.matchAll(/<(?:c|row)\b[^>]*\bs="(\d+)"/g))
      if (Number(m[1]) >= xfs) out.push(`${part}: gaya s=${m[1]} ≥ ${xfs} cellXfs`);
    for (const m of xml.matchAll(/<col\b[^>]*\bstyle="(\d+)"/g))
      if (Number(m[1]) >= xfs) out.push(`${part}: gaya kolom ${m[1]} ≥ ${xfs} cellXfs`);
    for (const m of xml.matchAll(/<(f|formula1|formula2)\b[^>]*>([^<]*)<\/\1>/g))
      out.push(...formulaProblems(unescape(m[2])).map((p) => `${part}: ${p}`));
    const merges = [...xml.matchAll(/<mergeCell\b[^>]*\bref="([^"]+)"/g)].map((m) => m[1]);
    out.push(...overlaps(merges).map((p) => `${part}: sel gabung ${p}`));
    const dvs = [...xml.matchAll(/<dataValidation\b[^>]*\bsqref="([^"]+)"/g)].map((m) => m[1]);
    out.push(...overlaps(dvs).map((p) => `${part}: validasi ${p}`));
  }
  for (const part of Object.keys(zip.files).filter((p) => /^xl\/charts\/[^/]+\.xml$/.test(p))) {
    const xml = await text(part);
    for (const m of xml.matchAll(/<c:f>([^<]*)<\/c:f>/g)) {
      const problem = definedNameProblem("", unescape(m[1]), sheets);
      if (problem) out.push(`${part}: ${problem}`);
    }
  }
  return out;
}
