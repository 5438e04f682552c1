/**
 * What every indicator module of the registry works on: the data ranges read from a
 * workbook, a realisasi or the place its data is wrong, and locating a core error on its
 * sheet from the error's place fields (errors.ts).
 */
import { columnLetters } from "../a1";
import { ErrorKind, IkuError, Place, Result, isIkuError, placeText } from "../errors";
import type { Profile } from "../profile";

/** A block of cell values read from a sheet, with where it lies (1-based top-left). */
export interface RangeData {
  sheet: string;
  top: number;
  left: number;
  /**
   * Excel-shaped values: number (dates as serials; a Date object is also accepted), string,
   * boolean or null; values[0] = row `top`.
   */
  values: unknown[][];
}

/**
 * What an IKU workbook holds for computing: the profile (Profil sheet) and the data ranges
 * found through the defined names (each module's `dataNames`). A range is absent when the
 * workbook has no such data sheet (e.g. Randuagung has no Survei IKM).
 */
export interface IkuWorkbookData {
  profile: Profile;
  /**
   * The daftar logs, by the key of their defined names (daftarKey of the sheet name:
   * IKU_<key>_Status / IKU_<key>_Tanggal). A workbook built before issue 10 has its one log
   * under "Fasilitasi" whatever its sheet is called (see daftarRanges).
   */
  daftar?: Record<string, DaftarRanges>;
  dokDesa?: RangeData;
  dokRkp?: RangeData;
  dokApb?: RangeData;
  dokLpp?: RangeData;
  ikmTanggal?: RangeData;
  ikmJawaban?: RangeData;
  ikmPopulasi?: RangeData;
  /** Optional respondent columns of the survey (absent in workbooks built before them). */
  ikmLayanan?: RangeData;
  ikmJenisKelamin?: RangeData;
  ikmUsia?: RangeData;
  ikmPendidikan?: RangeData;
  ikmPekerjaan?: RangeData;
  /**
   * Inputs typed per quarter on Pengukuran Kinerja (rasio, nilai), by indicator number
   * (1-based, as the name IKU_Masukan_<n>): one row per typed figure, TW I–IV across.
   */
  masukan?: Record<number, RangeData>;
}

/** The two columns of one daftar log. */
export interface DaftarRanges {
  status?: RangeData;
  tanggal?: RangeData;
}

/** A reader key: a field of IkuWorkbookData holding one range. */
export type DataKey = Exclude<keyof IkuWorkbookData, "profile" | "masukan" | "daftar">;

/** Where a problem is: the sheet, and an Indonesian message naming the cell. */
export interface Where {
  sheet: string;
  message: string;
}

/** The yearly realisasi of an indicator: null while nothing is measured yet. */
export interface Realisasi {
  value: number | null;
  error?: Where;
}

/** Realisasi of one quarter: a number, null (nothing yet), or an error already located. */
export type QuarterRealisasi = number | null | Where;

/** Empty as Excel's COUNTA sees it: no value, or an empty text. A cell of spaces is not empty. */
export function isEmptyCell(x: unknown): boolean {
  return x === null || x === undefined || x === "";
}

/**
 * True when no cell of the ranges holds anything — the sheet formulas' COUNTA(range)=0 test,
 * under which they show "" instead of computing.
 */
export function rangesEmpty(...ranges: (RangeData | undefined)[]): boolean {
  return ranges.every((r) => r === undefined || r.values.every((row) => row.every(isEmptyCell)));
}

/**
 * Rewrites a core error about a cell of a range ("jawaban baris 7 kolom U3: …", row counted
 * inside the range) into one about the sheet ("Survei IKM baris 12 kolom U3: …"), so the user
 * can go to the cell. Uses the error's place fields (errors.ts), never its text; an error
 * without them is about the range as a whole. `pick` chooses which of several ranges the
 * error's argument means.
 */
export function locateError(
  err: IkuError,
  ranges: RangeData[],
  pick: (argName: string) => number = () => 0,
): Where {
  const first = ranges[0];
  if (first === undefined) return { sheet: "", message: err.message };
  if (err.argument === undefined || err.row === undefined) {
    return { sheet: first.sheet, message: `${first.sheet}: ${err.message}` };
  }
  const range = ranges[Math.min(Math.max(pick(err.argument), 0), ranges.length - 1)] ?? first;
  const row = range.top + err.row - 1;
  const rest = err.message.slice(placeText(err as Place).length);
  let col = "";
  if (err.column !== undefined && err.columnLabel === columnLetters(err.column)) {
    // A column letter counted inside the range ("kolom A") becomes the sheet's column.
    col = ` kolom ${columnLetters(range.left + err.column - 1)}`;
  } else if (err.columnLabel !== undefined) {
    col = ` kolom ${err.columnLabel}`; // a label of the range's own ("U3")
  } else if ((range.values[0]?.length ?? 1) === 1) {
    // Single-column ranges: name the sheet column, as the error has no column of its own.
    col = ` kolom ${columnLetters(range.left)}`;
  }
  return { sheet: range.sheet, message: `${range.sheet} baris ${row}${col}${rest}` };
}

/** Which range an error is about, from its argument name ("tanggalAPB" → "APB"). */
export function pickBy(names: readonly string[]): (argName: string) => number {
  return (argName) => {
    const a = argName.toUpperCase();
    const i = names.findIndex((n) => a.includes(n));
    return i < 0 ? 0 : i;
  };
}

/** A yearly result of the core: the value, or its error located on the sheet. */
export function yearly(r: Result<number>, ranges: RangeData[], pick?: (a: string) => number): Realisasi {
  return isIkuError(r) ? { value: null, error: locateError(r, ranges, pick) } : { value: r };
}

/** A quarterly result of the core; #DIV/0! (nothing dated by the quarter's end) is "not yet". */
export function quarterly(
  r: Result<number>,
  ranges: RangeData[],
  pick?: (a: string) => number,
): QuarterRealisasi {
  if (!isIkuError(r)) return r;
  if (r.kind === ErrorKind.DivZero) return null;
  return locateError(r, ranges, pick);
}

/** The yearly result for a workbook without the module's data sheet. */
export function missingSheet(sheet: string): Realisasi {
  return { value: null, error: { sheet, message: `Lembar data ${sheet} tidak ditemukan di buku kerja` } };
}

/** The quarterly error for a workbook without a range the quarters need. */
export function missingRange(sheet: string, what: string): Where {
  return { sheet, message: `${what} tidak ditemukan di buku kerja (lembar ${sheet})` };
}
