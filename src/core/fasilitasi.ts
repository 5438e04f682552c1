/**
 * IKU 1 — Persentase hasil fasilitasi dan koordinasi yang ditindaklanjuti
 * = ditindaklanjuti ÷ jumlah fasilitasi dan koordinasi (as a fraction; Excel shows %).
 */
import { ErrorKind, IkuError, Result, finite, ikuError, placeText, withPlace } from "./errors";
import { checkNumber, fmt, isBlank, isBlankCell, isIkuErrorValue } from "./args";
import { columnLetters } from "./a1";

const COUNT = { min: 0, whole: true } as const;

// A Map, not an object literal: "constructor" or "__proto__" typed in a cell must not match.
// The one list of status words: the portable formulas derive theirs (portable-expr.ts).
export const STATUS_WORDS: ReadonlyMap<string, boolean> = new Map([
  ["ya", true],
  ["y", true],
  ["sudah", true],
  ["true", true],
  ["1", true],
  ["tidak", false],
  ["t", false],
  ["belum", false],
  ["false", false],
  ["0", false],
]);

/** Column letter of a 0-based index within the range (A, B, … Z, AA …) for messages. */
function colName(c: number): string {
  return columnLetters(c + 1);
}

/**
 * One status cell: true = ditindaklanjuti, false = not (yet), null = blank (not an activity).
 * Accepted case- and space-insensitively: Ya/Tidak, Y/T, Sudah/Belum, TRUE/FALSE, the number
 * 1 and the texts "1"/"0". The NUMBER 0 is blank: Excel for Windows sends a blank cell of an
 * `any[][]` range as 0, and counting it as "Tidak" turned 3 of 4 "Ya" into 1,5 % (issue 8).
 */
export function parseStatus(x: unknown, where = "status"): boolean | null | IkuError {
  if (typeof x === "boolean") return x;
  if (x === 1) return true;
  if (isBlankCell(x)) return null;
  if (typeof x === "string") {
    const word = STATUS_WORDS.get(x.replace(/\s+/g, "").toLowerCase());
    if (word !== undefined) return word;
  }
  const shown = typeof x === "string" ? `"${x.slice(0, 30)}"` : typeof x === "number" ? fmt(x) : typeof x;
  return ikuError(
    ErrorKind.Value,
    `${where}: ${shown} bukan status; pakai Ya/Tidak, Sudah/Belum atau TRUE/FALSE`,
  );
}

/** parseStatus of the cell at row r, column c (0-based) of the range `name`, with its place. */
function statusAt(x: unknown, name: string, r: number, c: number): boolean | null | IkuError {
  const p = { argument: name, row: r + 1, column: c + 1, columnLabel: colName(c) };
  return withPlace(parseStatus(x, placeText(p)), p);
}

/**
 * Counts a range of statuses in one pass: `done` followed-up cells of `total` non-blank cells.
 * A log has a handful of distinct spellings, so each other text is normalised once and then
 * found again with a cheap `===` scan of the few already seen (faster here than a Map).
 */
export function countStatuses(
  range: unknown,
  name = "ditindaklanjuti",
): Result<{ done: number; total: number }> {
  // The shape is checked inside the counting loop (not by toMatrix) to read the rows once.
  const rows: readonly unknown[] = Array.isArray(range) ? range : [[range]];
  const width = rows.length > 0 && Array.isArray(rows[0]) ? (rows[0] as unknown[]).length : -1;
  const seenText: string[] = [];
  const seenStatus: (boolean | null)[] = [];
  let done = 0;
  let total = 0;
  for (let r = 0; r < rows.length; r++) {
    const row: unknown = rows[r];
    if (!Array.isArray(row)) return ikuError(ErrorKind.Value, `${name}: bentuk rentang tidak sah`);
    if (row.length !== width) return ikuError(ErrorKind.Value, `${name}: baris rentang tidak sama panjang`);
    for (let c = 0; c < row.length; c++) {
      const x: unknown = row[c];
      // The spellings a status column usually holds, decided without short-circuit branches
      // (short texts from Excel are interned, so these are pointer checks; a branch per
      // unpredictable Ya/Tidak cost 3× a plain loop). Other spellings go through parseStatus
      // once per distinct text.
      const yes = Number(x === "Ya") | Number(x === "Sudah") | Number(x === true) | Number(x === 1);
      const no = Number(x === "Tidak") | Number(x === "Belum") | Number(x === false);
      // The number 0 is a blank cell as Excel for Windows sends it (see parseStatus).
      const blank = Number(x === "") | Number(x === null) | Number(x === undefined) | Number(x === 0);
      if ((yes | no | blank) !== 0) {
        done += yes;
        total += 1 - blank;
        continue;
      }
      let s: boolean | null | IkuError;
      if (typeof x === "string") {
        let k = 0;
        while (k < seenText.length && seenText[k] !== x) k++;
        if (k < seenText.length) s = seenStatus[k];
        else {
          s = statusAt(x, name, r, c);
          if (isIkuErrorValue(s)) return s;
          // Past 32 spellings the data is not a status log; stop caching rather than scan long.
          if (seenText.length < 32) {
            seenText.push(x);
            seenStatus.push(s);
          }
        }
      } else s = statusAt(x, name, r, c);
      if (s === null) continue;
      if (s === true) done++;
      else if (s !== false) return s;
      total++;
    }
  }
  return { done, total };
}

/**
 * The fasilitasi percentage as a fraction.
 * - `jumlah` given (not null/blank): count mode, ditindaklanjuti ÷ jumlah; both whole ≥ 0,
 *   ditindaklanjuti ≤ jumlah. A 1×1 range counts as a number.
 * - `jumlah` omitted: `ditindaklanjuti` is a range of statuses, one cell per activity;
 *   result = followed-up cells ÷ non-blank cells (blank cells are not activities).
 *   `jumlah` 0 next to a range of several cells is also status mode: it is a blank
 *   `jumlah` cell as Excel for Windows sends it (a count of 0 with a range makes no sense).
 * Zero activities → #DIV/0!.
 */
export function fasilitasi(ditindaklanjuti: unknown, jumlah: unknown): Result<number> {
  if (isBlank(jumlah) || (jumlah === 0 && isMultiCell(ditindaklanjuti))) {
    const counts = countStatuses(ditindaklanjuti);
    if (isIkuErrorValue(counts)) return counts;
    return ratio(counts.done, counts.total);
  }
  const done = checkNumber(ditindaklanjuti, { name: "ditindaklanjuti", ...COUNT });
  if (isIkuErrorValue(done)) return done;
  const total = checkNumber(jumlah, { name: "jumlah", ...COUNT });
  if (isIkuErrorValue(total)) return total;
  if (done > total) {
    return ikuError(
      ErrorKind.Value,
      `ditindaklanjuti (${fmt(done)}) lebih besar dari jumlah (${fmt(total)})`,
    );
  }
  return ratio(done, total);
}

function isMultiCell(x: unknown): boolean {
  return Array.isArray(x) && (x.length > 1 || (Array.isArray(x[0]) && (x[0] as unknown[]).length > 1));
}

function ratio(done: number, total: number): Result<number> {
  if (total === 0)
    return ikuError(ErrorKind.DivZero, "jumlah fasilitasi dan koordinasi 0: tidak ada kegiatan");
  return finite(done / total, "fasilitasi");
}
