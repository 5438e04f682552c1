/**
 * Registry modules `rasio` and `nilai`: no data sheet; figures typed per quarter in the
 * Pengukuran Kinerja sheet's input block (masukan-layout.ts). Rules: src/core/masukan.ts.
 * Their formulas use built-in functions only, so both formula modes write the same text and
 * the rules hold in any spreadsheet.
 */
import type { Result } from "../errors";
import { isIkuError } from "../errors";
import { nilaiSampai, rasioSampai } from "../masukan";
import type { Indicator, Profile } from "../profile";
import { TRIWULAN, Triwulan } from "../triwulan";
import type { IkuWorkbookData, QuarterRealisasi, RangeData, Realisasi, Where } from "./data";
import { locateError } from "./data";
import { MASUKAN_SHEET, masukanName, masukanRef } from "./masukan-layout";
import type { IndicatorModule } from "./types";

type Rule = (values: readonly (readonly unknown[])[], upTo: Triwulan) => Result<number | null>;

function inputOf(data: IkuWorkbookData, i: number): RangeData | Where {
  const r = data.masukan?.[i + 1];
  return (
    r ?? {
      sheet: MASUKAN_SHEET,
      message: `Masukan triwulan ${i < 0 ? "Indikator Tujuan" : `IKU ke-${i + 1}`} (nama ${masukanName(i + 1)}) tidak ditemukan di buku kerja`,
    }
  );
}

function isRange(x: RangeData | Where): x is RangeData {
  return "values" in x;
}

/** One quarter's value of the rule on the input range; errors located on the sheet. */
function at(rule: Rule, range: RangeData, q: Triwulan): QuarterRealisasi {
  const r = rule(range.values, q);
  return isIkuError(r) ? locateError(r, [range]) : r;
}

function yearlyOf(rule: Rule) {
  return (data: IkuWorkbookData, _ind: Indicator, i: number): Realisasi => {
    const range = inputOf(data, i);
    if (!isRange(range)) return { value: null, error: range };
    const r = at(rule, range, 4);
    return r !== null && typeof r === "object" ? { value: null, error: r } : { value: r };
  };
}

function quartersOf(rule: Rule) {
  return (data: IkuWorkbookData, _ind: Indicator, i: number): QuarterRealisasi[] | Where => {
    const range = inputOf(data, i);
    return isRange(range) ? TRIWULAN.map((q) => at(rule, range, q)) : range;
  };
}

/** #VALUE! for text or a negative figure among `cells` (what the core refuses). */
function badFigures(cells: string[]): string {
  const list = cells.join(",");
  const negatives = cells.map((c) => `COUNTIF(${c},"<0")`).join("+");
  return `COUNT(${list})<>COUNTA(${list}),${negatives}>0`;
}

/** Rasio up to q: Σ pembilang ÷ Σ penyebut; a quarter with only one of them → #VALUE!. */
function rasioFormula(profile: Profile, i: number, q: Triwulan): string {
  const p = masukanRef(profile, i, 0, q);
  const d = masukanRef(profile, i, 1, q);
  const unpaired = `SUMPRODUCT(ABS((${p}="")-(${d}="")))>0`;
  return (
    `IF(COUNTA(${p},${d})=0,"",IF(OR(${badFigures([p, d])},${unpaired}),#VALUE!,` +
    `IF(SUM(${d})=0,#DIV/0!,SUM(${p})/SUM(${d}))))`
  );
}

/** Nilai up to q: the last quarter typed (nested IFs from q back to TW I). */
function nilaiFormula(profile: Profile, i: number, q: Triwulan): string {
  const v = masukanRef(profile, i, 0, q);
  // The single cell of quarter k: the last column of the TW I..k range.
  const single = (k: Triwulan): string => {
    const ref = masukanRef(profile, i, 0, k);
    const [sheet, range] = ref.split("!");
    return `${sheet}!${range.split(":")[1]}`;
  };
  let last = single(1);
  for (let k = 2 as Triwulan; k <= q; k = (k + 1) as Triwulan)
    last = `IF(${single(k)}<>"",${single(k)},${last})`;
  return `IF(COUNTA(${v})=0,"",IF(OR(${badFigures([v])}),#VALUE!,${last}))`;
}

const none = (): null => null;

export const rasioModule: IndicatorModule = {
  kind: "rasio",
  dataNames: [],
  strict: none,
  realisasi: yearlyOf(rasioSampai),
  realisasiTw: quartersOf(rasioSampai),
  formula: (_ind, i, profile) => rasioFormula(profile, i, 4),
  formulaTw: (_ind, i, q, profile) => rasioFormula(profile, i, q),
};

export const nilaiModule: IndicatorModule = {
  kind: "nilai",
  dataNames: [],
  strict: none,
  realisasi: yearlyOf(nilaiSampai),
  realisasiTw: quartersOf(nilaiSampai),
  formula: (_ind, i, profile) => nilaiFormula(profile, i, 4),
  formulaTw: (_ind, i, q, profile) => nilaiFormula(profile, i, q),
};
