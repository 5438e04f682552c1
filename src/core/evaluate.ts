/**
 * Evaluates every IKU of a filled workbook from its data ranges with the core functions —
 * the same computation the sheet formulas do, so `iku hitung` and the IKU sheet agree.
 * Pure: the ranges arrive already read (src/xlsx/read.ts or Office.js).
 */

import { unbuildableKind } from "./profile";
import { capaian, predikat, skalaMatrix } from "./capaian";
import { dokDesaTanggal } from "./dokdesa";
import { ErrorKind, IkuError, Place, ikuError, isIkuError, placeText } from "./errors";
import { fasilitasi } from "./fasilitasi";
import { ikm } from "./ikm";
import type { IndicatorKind, Profile, Unit } from "./profile";
import { columnLetters } from "./a1";
import { profileProblems, strictDataProblem, withDateSerials } from "./evaluate-checks";

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
 * found through the defined names (NAMES in workbook/model.ts). A range is absent when the
 * workbook has no such data sheet (e.g. Randuagung has no Survei IKM).
 */
export interface IkuWorkbookData {
  profile: Profile;
  fasilitasiTanggal?: RangeData;
  fasilitasiStatus?: RangeData;
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
}

/** One row of the IKU table as computed from the data; null = not computable (yet). */
export interface IndicatorResult {
  indikator: string;
  kind: IndicatorKind;
  satuan: Unit;
  target: number | null;
  realisasi: number | null;
  capaian: number | null;
  predikat: string | null;
  /** Why realisasi/capaian could not be computed: the sheet and an Indonesian message. */
  error?: { sheet: string; message: string };
}

/** Empty as Excel's COUNTA sees it: no value, or an empty text. A cell of spaces is not empty. */
function isEmptyCell(x: unknown): boolean {
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
): {
  sheet: string;
  message: string;
} {
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

/** Which date range a dokDesaTanggal message is about, from its argument name. */
function pickDokRange(argName: string): number {
  const a = argName.toUpperCase();
  if (a.includes("APB")) return 1;
  if (a.includes("LPP")) return 2;
  return 0;
}

interface Realisasi {
  value: number | null;
  error?: { sheet: string; message: string };
}

function missing(sheetKind: string): Realisasi {
  return {
    value: null,
    error: { sheet: sheetKind, message: `Lembar data ${sheetKind} tidak ditemukan di buku kerja` },
  };
}

function realisasiOf(kind: IndicatorKind, data: IkuWorkbookData): Realisasi {
  switch (kind) {
    case "fasilitasi": {
      const status = data.fasilitasiStatus;
      if (!status) return missing("Fasilitasi");
      if (rangesEmpty(status)) return { value: null };
      // The Pengukuran sheet reads the dates of rows with a status: a date typed as text shows
      // #VALUE! there, so the year's figure is refused too (issue 8 §5: sheet and CLI agree).
      const strict = strictDataProblem(kind, data);
      if (strict) return { value: null, error: strict };
      const r = fasilitasi(status.values, null);
      return isIkuError(r) ? { value: null, error: locateError(r, [status]) } : { value: r };
    }
    case "dokdesa": {
      const { dokRkp: rkp, dokApb: apb, dokLpp: lpp } = data;
      if (!rkp || !apb || !lpp) return missing("Dokumen Desa");
      if (rangesEmpty(rkp, apb, lpp)) return { value: null };
      const strict = strictDataProblem(kind, data);
      if (strict) return { value: null, error: strict };
      const r = dokDesaTanggal(data.profile.tahun, rkp.values, apb.values, lpp.values);
      return isIkuError(r)
        ? { value: null, error: locateError(r, [rkp, apb, lpp], pickDokRange) }
        : { value: r };
    }
    case "ikm": {
      const jawaban = data.ikmJawaban;
      if (!jawaban) return missing("Survei IKM");
      if (rangesEmpty(jawaban)) return { value: null };
      // Survey dates feed the Pengukuran sheet's quarters, as above.
      const strict = strictDataProblem(kind, data);
      if (strict) return { value: null, error: strict };
      const r = ikm(jawaban.values, null);
      return isIkuError(r) ? { value: null, error: locateError(r, [jawaban]) } : { value: r };
    }
    default:
      return unbuildableKind(kind);
  }
}

/**
 * Computes target, realisasi, capaian and predikat of every indicator of the profile from
 * the workbook's data, with the core functions only (the semantics of the sheet formulas):
 * realisasi is null while its data range is empty; capaian null without a target; predikat
 * on the profile's own scale, or the default one (Permendagri 86/2017 as commonly cited). Refused like the sheet
 * would show an error (evaluate-checks.ts): dates typed as text, survey scores stored as
 * text; and a Profil year outside 2000–2100 or a persen target above 10 (1000 %).
 * @param data the profile and data ranges of a workbook (readIkuWorkbook).
 * @returns one result per indicator, in the profile's order; rejected data → `error`.
 */
export function evaluateIndicators(input: IkuWorkbookData): IndicatorResult[] {
  const data = withDateSerials(input);
  const profil = profileProblems(data.profile);
  return data.profile.indicators.map((ind, i) => {
    const base = { indikator: ind.nama, kind: ind.kind, satuan: ind.satuan, target: ind.target };
    const bad = profil.get(i);
    if (bad) return { ...base, realisasi: null, capaian: null, predikat: null, error: bad };
    const real = realisasiOf(ind.kind, data);
    if (real.error || real.value === null || ind.target === null) {
      return {
        ...base,
        realisasi: real.value,
        capaian: null,
        predikat: null,
        ...(real.error ? { error: real.error } : {}),
      };
    }
    const cap = capaian(real.value, ind.target, ind.polaritas);
    if (isIkuError(cap)) {
      return {
        ...base,
        realisasi: real.value,
        capaian: null,
        predikat: null,
        error: { sheet: "Profil", message: `Capaian "${ind.nama}": ${cap.message}` },
      };
    }
    const pred = predikat(cap, skalaMatrix(data.profile.skalaPredikat));
    if (isIkuError(pred)) {
      return {
        ...base,
        realisasi: real.value,
        capaian: cap,
        predikat: null,
        error: { sheet: "Profil", message: pred.message },
      };
    }
    return { ...base, realisasi: real.value, capaian: cap, predikat: pred };
  });
}

/** The first error of the results as one IkuError (for an edge that reports a single message). */
export function firstError(results: IndicatorResult[]): IkuError | null {
  const bad = results.find((r) => r.error);
  return bad?.error ? ikuError(ErrorKind.Value, bad.error.message) : null;
}
