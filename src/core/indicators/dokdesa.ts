/**
 * Registry module `dokdesa` (measurement `dokumen-desa`): one row per desa, RKPDesa, APBDesa
 * and LPPDesa delivered by their legal deadline.
 */
import { dokDesaTanggal } from "../dokdesa";
import { firstProblem, textDateError } from "../evaluate-checks";
import { TRIWULAN, dokDesaTw } from "../triwulan";
import { buildDokDesaSheet } from "../workbook/data-sheets";
import { NAMES } from "../workbook/model";
import { missingRange, missingSheet, pickBy, quarterly, rangesEmpty, yearly } from "./data";
import type { IndicatorModule } from "./types";

const SHEET = "Dokumen Desa";
/** Which date range an error is about, from its argument name (tanggalRKP, rkp …). */
const PICK = pickBy(["RKP", "APB", "LPP"]);
const RANGES = `${NAMES.dokRkp},${NAMES.dokApb},${NAMES.dokLpp}`;

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
  realisasi(data) {
    const { dokRkp: rkp, dokApb: apb, dokLpp: lpp } = data;
    if (!rkp || !apb || !lpp) return missingSheet(SHEET);
    if (rangesEmpty(rkp, apb, lpp)) return { value: null };
    return yearly(
      dokDesaTanggal(data.profile.tahun, rkp.values, apb.values, lpp.values),
      [rkp, apb, lpp],
      PICK,
    );
  },
  realisasiTw(data) {
    const { dokRkp: rkp, dokApb: apb, dokLpp: lpp } = data;
    if (!rkp || !apb || !lpp) return missingRange(SHEET, "Data dokumen desa");
    if (rangesEmpty(rkp, apb, lpp)) return TRIWULAN.map(() => null);
    const n = data.profile.tahun;
    return TRIWULAN.map((q) =>
      quarterly(dokDesaTw(n, rkp.values, apb.values, lpp.values, q), [rkp, apb, lpp], PICK),
    );
  },
  formula: () => `IF(COUNTA(${RANGES})=0,"",IKU.DOKDESA.TANGGAL(${NAMES.tahun},${RANGES}))`,
  formulaTw: (_ind, _i, q) => `IF(COUNTA(${RANGES})=0,"",IKU.DOKDESA.TW(${NAMES.tahun},${RANGES},${q}))`,
};
