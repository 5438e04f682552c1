/**
 * Repairs what ExcelJS writes wrongly into the package, before Excel sees it. ExcelJS puts one
 * "$" in front of each half of a print area: "A1:J30" becomes `$A1:$J30` (half absolute,
 * which LibreOffice ignores) and "$A$1:$G$52" becomes `$$A$1:$$G$52` (not a reference at all:
 * Excel asks to repair the file and drops the name). A read-then-written workbook loses its
 * "$" again (ExcelJS reads the area back as "A1:J30"), so the fix is made on the written
 * package, where it holds whatever path the workbook took.
 */

import JSZip from "jszip";

/** `$`-free A1 piece → fully absolute: "A1" → "$A$1", "4" → "$4", "B" → "$B". */
function absolutePart(part: string): string | null {
  const bare = part.replace(/\$/g, "");
  const m = /^([A-Za-z]{0,3})(\d*)$/.exec(bare);
  if (!m || (m[1] === "" && m[2] === "")) return null;
  return `${m[1] ? `$${m[1].toUpperCase()}` : ""}${m[2] ? `$${m[2]}` : ""}`;
}

/**
 * A print area or print titles formula with every reference fully absolute:
 * `'IKU 2020'!$A1:$J30` → `'IKU 2020'!$A$1:$J$30`, `'R'!$$A$1:$$G$52` → `'R'!$A$1:$G$52`.
 * Ranges separated by "," (print titles with rows and columns) are each fixed. A text that is
 * not sheet!ref comes back unchanged, so nothing valid is ever broken.
 * @param formula the defined name's text, XML-unescaped.
 */
export function absolutePrintRef(formula: string): string {
  const pieces = formula.split(/,(?=(?:[^']*'[^']*')*[^']*$)/);
  const fixed = pieces.map((piece) => {
    const bang = piece.lastIndexOf("!");
    if (bang < 0) return piece;
    const parts = piece.slice(bang + 1).split(":");
    const abs = parts.map(absolutePart);
    if (parts.length > 2 || abs.some((p) => p === null)) return piece;
    return `${piece.slice(0, bang + 1)}${abs.join(":")}`;
  });
  return fixed.join(",");
}

const PRINT_NAME =
  /(<definedName\b[^>]*\bname="_xlnm\.Print_(?:Area|Titles)"[^>]*>)([^<]*)(<\/definedName>)/g;

/** The workbook part's text with every print area and print titles name made absolute. */
export function fixWorkbookXml(xml: string): string {
  return xml.replace(PRINT_NAME, (_m, open: string, text: string, close: string) => {
    const plain = text.replace(/&apos;/g, "'").replace(/&amp;/g, "&");
    const escaped = absolutePrintRef(plain).replace(/&/g, "&amp;").replace(/'/g, "&apos;");
    return `${open}${escaped}${close}`;
  });
}

/** "B5:B44" → box; null for anything else. */
function boxOf(ref: string): [number, number, number, number] | null {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(ref);
  if (!m) return null;
  const col = (l: string): number => [...l].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return [col(m[1]), Number(m[2]), col(m[3] ?? m[1]), Number(m[4] ?? m[2])];
}

const DV = /<dataValidation\b([^>]*?)\bsqref="([^"]*)"([^>]*)>([\s\S]*?)<\/dataValidation>/g;

/**
 * The worksheet part without data validations that repeat another one on a range it already
 * covers. ExcelJS, reading a range validation "B5:B44" back and writing it again, writes it a
 * second time as "B10:B44" beside the original; overlapping validations are invalid for Excel.
 */
export function dedupeValidations(xml: string): string {
  const all = [...xml.matchAll(DV)].map((m) => ({
    text: m[0],
    rule: `${m[1]}|${m[3]}|${m[4]}`,
    boxes: m[2].split(/\s+/).map(boxOf),
  }));
  const covered = (a: (typeof all)[number], b: (typeof all)[number]): boolean =>
    a !== b &&
    a.rule === b.rule &&
    a.boxes.every(
      (x) =>
        x !== null &&
        b.boxes.some((y) => y !== null && y[0] <= x[0] && y[1] <= x[1] && y[2] >= x[2] && y[3] >= x[3]),
    );
  const drop = new Set<string>();
  all.forEach((a, i) => {
    // Of two identical entries the first one stays.
    if (all.some((b, j) => covered(a, b) && !(b.text === a.text && j > i) && !drop.has(b.text)))
      drop.add(a.text);
  });
  if (drop.size === 0) return xml;
  let out = xml;
  for (const text of drop) out = out.replace(text, "");
  const count = all.length - drop.size;
  return out.replace(/<dataValidations count="\d+">/, `<dataValidations count="${count}">`);
}

/**
 * The package with its workbook part repaired (see the module comment).
 * @param xlsx package bytes as ExcelJS wrote them.
 */
export async function fixPackage(xlsx: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  let changed = false;
  const fix = async (name: string, repair: (xml: string) => string): Promise<void> => {
    const before = await zip.file(name)?.async("string");
    if (before === undefined) return;
    const after = repair(before);
    if (after !== before) {
      zip.file(name, after);
      changed = true;
    }
  };
  await fix("xl/workbook.xml", fixWorkbookXml);
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n)))
    await fix(name, dedupeValidations);
  if (!changed) return xlsx;
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
