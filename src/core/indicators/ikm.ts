/**
 * Registry module `ikm` (measurement `survei-ikm`): the Survei IKM sheet, with the profile's
 * IKM bobot per unsur (Profil cell IKU_IKM_Bobot; exact 1/9 when absent).
 */
import { filledRows, firstProblem, textDateError, textScoreError } from "../evaluate-checks";
import { ikm } from "../ikm";
import { ikmBobotOf } from "../profile";
import { TRIWULAN, ikmTw } from "../triwulan";
import { buildIkmSheet } from "../workbook/ikm-sheet";
import { buildLaporanSkmSheet } from "../workbook/laporan-skm";
import { NAMES } from "../workbook/model";
import { rowWithoutAnswers } from "../ikm-layanan";
import {
  locateError,
  missingRange,
  missingSheet,
  pickBy,
  quarterly,
  rangesEmpty,
  yearly,
  type IkuWorkbookData,
  type RangeData,
  type Where,
} from "./data";
import { measurable, unsurFilled } from "./formula-kit";
import type { IndicatorModule } from "./types";

const SHEET = "Survei IKM";

/** The respondent columns next to the answers, one value per row (missing ones skipped). */
function respondentColumns(data: IkuWorkbookData): (readonly unknown[])[] {
  const ranges: (RangeData | undefined)[] = [
    data.ikmTanggal,
    data.ikmLayanan,
    data.ikmJenisKelamin,
    data.ikmUsia,
    data.ikmPendidikan,
    data.ikmPekerjaan,
  ];
  return ranges.flatMap((r) => (r ? [r.values.map((row) => row[0])] : []));
}

/** "Survei IKM baris 12: data responden diisi tetapi …", or null when every such row is fine. */
export function surveyRowProblem(data: IkuWorkbookData): Where | null {
  const j = data.ikmJawaban;
  if (!j) return null;
  const e = rowWithoutAnswers(j.values, respondentColumns(data));
  return e ? locateError(e, [j]) : null;
}

/** Lines "IKM per jenis layanan" (bobot of the profile), or "" when no service is named. */

export const ikmModule: IndicatorModule = {
  kind: "ikm",
  sheetKind: "ikm",
  dataNames: [
    ["ikmTanggal", NAMES.ikmTanggal],
    ["ikmJawaban", NAMES.ikmJawaban],
    ["ikmPopulasi", NAMES.ikmPopulasi],
    ["ikmLayanan", NAMES.ikmLayanan],
    ["ikmJenisKelamin", NAMES.ikmJenisKelamin],
    ["ikmUsia", NAMES.ikmUsia],
    ["ikmPendidikan", NAMES.ikmPendidikan],
    ["ikmPekerjaan", NAMES.ikmPekerjaan],
  ],
  dataSheets(profile, mode, options) {
    const b = buildIkmSheet(profile, mode, options.surveiRows);
    // The SKM report reads the survey through its names; the profile tables need its optional columns.
    const laporan = buildLaporanSkmSheet(profile, mode, new Set(b.names.map((n) => n.name))).sheet;
    return { sheets: [b.sheet, laporan], names: b.names };
  },
  // Survey dates feed the Pengukuran sheet's quarters: a date typed as text is refused too.
  strict: (data) =>
    firstProblem(
      data.ikmJawaban ? textScoreError(data.ikmJawaban) : null,
      data.ikmTanggal ? textDateError(data.ikmTanggal, filledRows(data.ikmJawaban)) : null,
      // A row with respondent data but no answer is a mistake, not a respondent (issue 11).
      surveyRowProblem(data),
    ),
  realisasi(data) {
    const jawaban = data.ikmJawaban;
    if (!jawaban) return missingSheet(SHEET);
    if (rangesEmpty(jawaban)) return { value: null };
    return yearly(ikm(jawaban.values, ikmBobotOf(data.profile)), [jawaban]);
  },
  realisasiTw(data) {
    const { ikmJawaban: jawaban, ikmTanggal: tanggal } = data;
    if (!jawaban) return missingRange(SHEET, "Data survei IKM");
    if (rangesEmpty(jawaban)) return TRIWULAN.map(() => null);
    if (!tanggal) return missingRange(SHEET, "Kolom Tanggal (IKU_IKM_Tanggal)");
    const n = data.profile.tahun;
    const bobot = ikmBobotOf(data.profile);
    return TRIWULAN.map((q) =>
      quarterly(
        ikmTw(jawaban.values, tanggal.values, n, q, bobot),
        [jawaban, tanggal],
        pickBy(["JAWABAN", "TANGGAL"]),
      ),
    );
  },
  formula: () => `IF(COUNTA(${NAMES.ikmJawaban})=0,"",IKU.IKM(${NAMES.ikmJawaban},${NAMES.ikmBobot}))`,
  formulaTw(_ind, _i, q) {
    const j = NAMES.ikmJawaban;
    const t = NAMES.ikmTanggal;
    return `IF(${measurable(unsurFilled(j), t, q)}=0,"",IKU.IKM.TW(${j},${t},${NAMES.tahun},${q},${NAMES.ikmBobot}))`;
  },
};
