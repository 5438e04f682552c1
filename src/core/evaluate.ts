/**
 * Evaluates every IKU of a filled workbook from its data ranges with the core functions —
 * the same computation the sheet formulas do, so `iku hitung` and the IKU sheet agree.
 * Pure: the ranges arrive already read (src/xlsx/read.ts or Office.js).
 */

import { capaian, predikat, skalaMatrix } from "./capaian";
import { ErrorKind, IkuError, ikuError, isIkuError } from "./errors";
import type { Indicator, IndicatorKind, Unit } from "./profile";
import type { IkuWorkbookData, Realisasi } from "./indicators/data";
import { moduleOf } from "./indicators";
import { profileProblems, withDateSerials } from "./evaluate-checks";

export type { IkuWorkbookData, RangeData } from "./indicators/data";
export { locateError, rangesEmpty } from "./indicators/data";

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

/** Yearly realisasi of indicator i through its registry module, refused as the sheet would. */
function realisasiOf(ind: Indicator, i: number, data: IkuWorkbookData): Realisasi {
  const m = moduleOf(ind.kind);
  // Dates typed as text feed the Pengukuran sheet's quarters and show #VALUE! there, so the
  // year's figure is refused too (issue 8 §5: sheet and CLI agree).
  const strict = m.strict(data, ind);
  return strict ? { value: null, error: strict } : m.realisasi(data, ind, i);
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
  return data.profile.indicators.map((ind, i) => evaluateOne(ind, i, data, profil.get(i)));
}

/**
 * One indicator's result (index i; TUJUAN_INDEX for the measured tujuan) from data already
 * through withDateSerials; `bad` = a Profil problem that refuses it.
 */
export function evaluateOne(
  ind: Indicator,
  i: number,
  data: IkuWorkbookData,
  bad: { sheet: string; message: string } | undefined,
): IndicatorResult {
  const base = { indikator: ind.nama, kind: ind.kind, satuan: ind.satuan, target: ind.target };
  if (bad) return { ...base, realisasi: null, capaian: null, predikat: null, error: bad };
  const real = realisasiOf(ind, i, data);
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
}

/** The first error of the results as one IkuError (for an edge that reports a single message). */
export function firstError(results: IndicatorResult[]): IkuError | null {
  const bad = results.find((r) => r.error);
  return bad?.error ? ikuError(ErrorKind.Value, bad.error.message) : null;
}
