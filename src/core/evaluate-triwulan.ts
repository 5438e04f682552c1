/**
 * Quarterly evaluation of a filled workbook: per indicator and quarter TW I–IV the cumulative
 * realisasi, its capaian against the YEARLY target and the predikat — what the `Pengukuran
 * Kinerja` sheet shows and `iku hitung --triwulan` prints. Same semantics as the sheet:
 * realisasi null while the data range is empty, and null for a quarter in which nothing is
 * dated yet (the sheet shows an empty cell there rather than #DIV/0!).
 */
import { capaian, predikat, skalaMatrix } from "./capaian";
import { IkuError, isIkuError } from "./errors";
import { moduleOf } from "./indicators";
import type { IkuWorkbookData, QuarterRealisasi, Where } from "./indicators/data";
import { profileProblems, withDateSerials } from "./evaluate-checks";
import type { IndicatorKind, Indicator, Unit } from "./profile";
import { TRIWULAN, Triwulan, akhirTriwulan } from "./triwulan";

/** One quarter of one indicator; null = not computable (yet). */
export interface QuarterValue {
  triwulan: Triwulan;
  /** Last day of the quarter as an Excel serial (data dated up to it count). */
  akhir: number;
  realisasi: number | null;
  capaian: number | null;
  predikat: string | null;
}

/** One indicator with its four quarters. */
export interface QuarterResult {
  indikator: string;
  kind: IndicatorKind;
  satuan: Unit;
  /** The yearly target every quarter is measured against. */
  target: number | null;
  triwulan: QuarterValue[];
  /** Why the quarters could not be computed: the sheet and an Indonesian message. */
  error?: { sheet: string; message: string };
}

/** The four quarterly realisasi of indicator i through its module, or where its data is wrong. */
function realisasiByQuarter(ind: Indicator, i: number, data: IkuWorkbookData): QuarterRealisasi[] | Where {
  const m = moduleOf(ind.kind);
  const reals = m.strict(data, ind) ?? m.realisasiTw(data, ind, i);
  if (!Array.isArray(reals)) return reals;
  // Every row is checked in every quarter, so the first error is the error of all four.
  const bad = reals.find((r): r is Where => r !== null && typeof r === "object");
  return bad ?? reals;
}

function quarterOf(
  ind: Indicator,
  q: Triwulan,
  akhir: number,
  real: number | null,
  skala: (number | string)[][] | null,
): { value: QuarterValue; error?: Where } {
  const value: QuarterValue = { triwulan: q, akhir, realisasi: real, capaian: null, predikat: null };
  if (real === null || ind.target === null) return { value };
  const cap = capaian(real, ind.target, ind.polaritas);
  if (isIkuError(cap)) return { value, error: profilError(ind, cap) };
  value.capaian = cap;
  const pred = predikat(cap, skala);
  if (isIkuError(pred)) return { value, error: { sheet: "Profil", message: pred.message } };
  value.predikat = pred;
  return { value };
}

function profilError(ind: Indicator, e: IkuError): Where {
  return { sheet: "Profil", message: `Capaian "${ind.nama}": ${e.message}` };
}

/**
 * Per indicator of the profile, the cumulative realisasi at the end of TW I–IV (31/3, 30/6,
 * 30/9, 31/12 of the performance year) with capaian against the yearly target and predikat
 * on the profile's scale (the default one when it has none). Uses the core functions only (fasilitasiTw, dokDesaTw, ikmTw,
 * capaian, predikat), so it agrees with the `Pengukuran Kinerja` sheet.
 * @param data the profile and data ranges of a workbook (readIkuWorkbook).
 * @returns one result per indicator in the profile's order; rejected data → `error` and
 *   every quarter null.
 */
export function evaluateQuarters(input: IkuWorkbookData): QuarterResult[] {
  const data = withDateSerials(input);
  const profil = profileProblems(data.profile);
  return data.profile.indicators.map((ind, i) => quartersOne(ind, i, data, profil.get(i)));
}

/**
 * One indicator's quarters (index i; TUJUAN_INDEX for the measured tujuan) from data already
 * through withDateSerials; `bad` = a Profil problem that refuses it.
 */
export function quartersOne(
  ind: Indicator,
  i: number,
  data: IkuWorkbookData,
  bad: Where | undefined,
): QuarterResult {
  const n = data.profile.tahun;
  const skala = skalaMatrix(data.profile.skalaPredikat);
  const base = { indikator: ind.nama, kind: ind.kind, satuan: ind.satuan, target: ind.target };
  const reals = bad ?? realisasiByQuarter(ind, i, data);
  if (!Array.isArray(reals)) {
    const triwulan = TRIWULAN.map((q) => quarterOf(ind, q, akhirTriwulan(n, q), null, skala).value);
    return { ...base, triwulan, error: reals };
  }
  let error: Where | undefined;
  const triwulan = TRIWULAN.map((q, k) => {
    const r = reals[k];
    const got = quarterOf(ind, q, akhirTriwulan(n, q), typeof r === "number" ? r : null, skala);
    error = error ?? got.error;
    return got.value;
  });
  return error ? { ...base, triwulan, error } : { ...base, triwulan };
}
