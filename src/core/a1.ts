/**
 * A1 addresses, shared by the sheet builders, the evaluators, the xlsx writer/reader and the
 * Office.js renderer. Pure. (Office.js ranges are addressed by text: ExcelApi 1.4, our minimum,
 * has no getRangeByIndexes.)
 */

/** 1-based column number → letters (1 → "A", 27 → "AA"). */
export function columnLetters(col: number): string {
  let n = col;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Letters → 1-based column number ("A" → 1, "AA" → 27). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** A 1-based rectangle. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "B3" for (3, 2). */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/** "A1:C4", or "A1" for a single cell. */
export function rectAddress(r: Rect): string {
  const a = cellAddress(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${cellAddress(r.bottom, r.right)}`;
}

/**
 * Parses "A1", "$A$1:$C$4", "A:C" is not supported (the model never uses whole columns);
 * a sheet prefix ("'Dokumen Desa'!A1:B2", "Profil!B4") is split off.
 * @returns the sheet (or null without a prefix) and the rectangle, or null when malformed.
 */
export function parseAddress(address: string): { sheet: string | null; rect: Rect } | null {
  let sheet: string | null = null;
  let ref = address.trim();
  const bang = ref.lastIndexOf("!");
  if (bang >= 0) {
    const raw = ref.slice(0, bang);
    sheet = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
    ref = ref.slice(bang + 1);
  }
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(ref);
  if (!m) return null;
  const r1 = Number(m[2]);
  const c1 = columnNumber(m[1]);
  const r2 = m[4] === undefined ? r1 : Number(m[4]);
  const c2 = m[3] === undefined ? c1 : columnNumber(m[3]);
  return {
    sheet,
    rect: {
      top: Math.min(r1, r2),
      left: Math.min(c1, c2),
      bottom: Math.max(r1, r2),
      right: Math.max(c1, c2),
    },
  };
}

/** Quotes a sheet name for a reference when it is not a plain identifier ("Survei IKM" → 'Survei IKM'). */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "B5" (relative) or "$B$5" (absolute). */
export function addr(row: number, col: number, absolute = false): string {
  const d = absolute ? "$" : "";
  return `${d}${columnLetters(col)}${d}${row}`;
}

/** "B5:B204" (or absolute "$B$5:$B$204"). */
export function rangeAddr(r1: number, c1: number, r2: number, c2: number, absolute = false): string {
  return `${addr(r1, c1, absolute)}:${addr(r2, c2, absolute)}`;
}
