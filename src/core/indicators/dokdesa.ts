/**
 * Registry module `dokdesa` (measurement `dokumen-desa`): one row per desa, RKPDesa, APBDesa
 * and LPPDesa delivered by their legal deadline.
 */
import { dokDesaTanggal } from "../dokdesa";
import { firstProblem, textDateError } from "../evaluate-checks";
import type { JenisDokumen } from "../dokdesa";
import { dokDesaSubset, type DokColumn } from "../dokdesa-subset";
import { isIkuError } from "../errors";
import type { Indicator } from "../profile";
import { DOKUMEN_JATUH_TEMPO, TRIWULAN, Triwulan, dokDesaTw } from "../triwulan";
import { buildDokDesaSheet, dokumenOfIndicator } from "../workbook/data-sheets";
import { badDates, deadline, onTimeCount } from "../workbook/portable-expr";
import { NAMES } from "../workbook/model";
import { locateError, missingRange, missingSheet, pickBy, quarterly, rangesEmpty, yearly } from "./data";
import type { IkuWorkbookData, QuarterRealisasi, RangeData, Where } from "./data";
import type { IndicatorModule } from "./types";

const SHEET = "Dokumen Desa";
/** Which date range an error is about, from its argument name (tanggalRKP, rkp …). */
const PICK = pickBy(["RKP", "APB", "LPP"]);
const RANGES = `${NAMES.dokRkp},${NAMES.dokApb},${NAMES.dokLpp}`;

const FULL = 3;
const RANGE_OF = {
  RKPDesa: ["dokRkp", NAMES.dokRkp, "tanggalRKP"],
  APBDesa: ["dokApb", NAMES.dokApb, "tanggalAPB"],
  LPPDesa: ["dokLpp", NAMES.dokLpp, "tanggalLPP"],
} as const;

/**
 * The documents indicator `ind` counts: its own choice. Several dokdesa indicators share the
 * one Dokumen Desa sheet (the union of their columns) and each counts its subset; a column it
 * needs that the sheet lacks is reported rather than guessed from the names present.
 */
function chosenIn(ind: Pick<Indicator, "kind" | "pengukuran">): readonly JenisDokumen[] {
  return dokumenOfIndicator(ind);
}

/** The chosen documents' ranges (a subset), or where one is missing. */
function subsetRanges(
  data: IkuWorkbookData,
  ind: Indicator,
): { cols: DokColumn[]; ranges: RangeData[] } | Where {
  const cols: DokColumn[] = [];
  const ranges: RangeData[] = [];
  for (const jenis of chosenIn(ind)) {
    const [key, , name] = RANGE_OF[jenis];
    const r = data[key];
    if (!r) return missingRange(SHEET, `Kolom ${jenis}`);
    cols.push({ jenis, name, values: r.values });
    ranges.push(r);
  }
  return { cols, ranges };
}

function isSubset(ind: Indicator): boolean {
  return chosenIn(ind).length < FULL;
}

/** One result of dokDesaSubset: value, null, or its error located on the sheet. */
function subsetAt(data: IkuWorkbookData, ind: Indicator, upTo: Triwulan | null): QuarterRealisasi {
  const got = subsetRanges(data, ind);
  if ("message" in got) return got;
  if (rangesEmpty(...got.ranges)) return null;
  const r = dokDesaSubset(data.profile.tahun, got.cols, upTo);
  if (!isIkuError(r)) return r;
  const names = got.cols.map((c) => c.name.replace("tanggal", "").toUpperCase());
  return locateError(r, got.ranges, pickBy(names));
}

/**
 * Built-in formula of a subset (both modes): chosen documents due by `upTo` (all for the
 * year) on time ÷ (desa × due); "" while no chosen column holds anything; #VALUE! for a date
 * typed as text in any chosen column or columns of different heights.
 */
function subsetFormula(ind: Indicator, upTo: Triwulan | null): string {
  const chosen = chosenIn(ind);
  const due = chosen.filter((j) => upTo === null || DOKUMEN_JATUH_TEMPO[upTo].includes(j));
  if (due.length === 0) return '""';
  const all = chosen.map((j) => RANGE_OF[j][1]);
  const first = all[0];
  const shape = all.slice(1).map((r) => `ROWS(${r})<>ROWS(${first})`);
  const onTime = due.map((j) =>
    onTimeCount(RANGE_OF[j][1], deadline(j, `${NAMES.tahun}${j === "LPPDesa" ? "-1" : "+1"}`)),
  );
  return (
    `IF(COUNTA(${all.join(",")})=0,"",IF(OR(${[...all.map(badDates), ...shape].join(",")}),#VALUE!,` +
    `(${onTime.join("+")})/(${due.length}*ROWS(${first}))))`
  );
}

export const dokdesaModule: IndicatorModule = {
  kind: "dokdesa",
  sheetKind: "dokdesa",
  dataNames: [
    ["dokDesa", NAMES.dokDesa],
    ["dokRkp", NAMES.dokRkp],
    ["dokApb", NAMES.dokApb],
    ["dokLpp", NAMES.dokLpp],
  ],
  dataSheets(profile, mode) {
    const b = buildDokDesaSheet(profile, mode);
    return { sheets: [b.sheet], names: b.names };
  },
  strict: (data) =>
    firstProblem(...[data.dokRkp, data.dokApb, data.dokLpp].map((r) => (r ? textDateError(r) : null))),
  realisasi(data, ind) {
    if (isSubset(ind)) {
      const r = subsetAt(data, ind, null);
      return r !== null && typeof r === "object" ? { value: null, error: r } : { value: r };
    }
    const { dokRkp: rkp, dokApb: apb, dokLpp: lpp } = data;
    if (!rkp || !apb || !lpp) return missingSheet(SHEET);
    if (rangesEmpty(rkp, apb, lpp)) return { value: null };
    return yearly(
      dokDesaTanggal(data.profile.tahun, rkp.values, apb.values, lpp.values),
      [rkp, apb, lpp],
      PICK,
    );
  },
  realisasiTw(data, ind) {
    if (isSubset(ind)) return TRIWULAN.map((q) => subsetAt(data, ind, q));
    const { dokRkp: rkp, dokApb: apb, dokLpp: lpp } = data;
    if (!rkp || !apb || !lpp) return missingRange(SHEET, "Data dokumen desa");
    if (rangesEmpty(rkp, apb, lpp)) return TRIWULAN.map(() => null);
    const n = data.profile.tahun;
    return TRIWULAN.map((q) =>
      quarterly(dokDesaTw(n, rkp.values, apb.values, lpp.values, q), [rkp, apb, lpp], PICK),
    );
  },
  formula: (ind) =>
    isSubset(ind)
      ? subsetFormula(ind, null)
      : `IF(COUNTA(${RANGES})=0,"",IKU.DOKDESA.TANGGAL(${NAMES.tahun},${RANGES}))`,
  formulaTw: (ind, _i, q) =>
    isSubset(ind)
      ? subsetFormula(ind, q)
      : `IF(COUNTA(${RANGES})=0,"",IKU.DOKDESA.TW(${NAMES.tahun},${RANGES},${q}))`,
};
