/** Registry module `fasilitasi` (measurement `daftar`): the Fasilitasi log, Ya ÷ filled rows. */
import { textDateError, filledRows } from "../evaluate-checks";
import { fasilitasi } from "../fasilitasi";
import { TRIWULAN, fasilitasiTw } from "../triwulan";
import { buildFasilitasiSheet, daftarOf } from "../workbook/data-sheets";
import { NAMES } from "../workbook/model";
import { missingRange, missingSheet, pickBy, quarterly, rangesEmpty, yearly } from "./data";
import { measurable } from "./formula-kit";
import type { IndicatorModule } from "./types";

export const fasilitasiModule: IndicatorModule = {
  kind: "fasilitasi",
  sheetKind: "fasilitasi",
  dataNames: [
    ["fasilitasiTanggal", NAMES.fasilitasiTanggal],
    ["fasilitasiStatus", NAMES.fasilitasiStatus],
  ],
  dataSheets(profile, mode, options) {
    const b = buildFasilitasiSheet(profile, mode, options.fasilitasiRows);
    return { sheets: [b.sheet], names: b.names };
  },
  // Only rows with a status read their date (a date without a status is no activity).
  strict: (data) =>
    data.fasilitasiTanggal ? textDateError(data.fasilitasiTanggal, filledRows(data.fasilitasiStatus)) : null,
  realisasi(data) {
    const status = data.fasilitasiStatus;
    if (!status) return missingSheet(daftarOf(data.profile).lembar);
    if (rangesEmpty(status)) return { value: null };
    return yearly(fasilitasi(status.values, null), [status]);
  },
  realisasiTw(data) {
    const { fasilitasiStatus: status, fasilitasiTanggal: tanggal } = data;
    if (!status) return missingRange(daftarOf(data.profile).lembar, "Data fasilitasi");
    if (rangesEmpty(status)) return TRIWULAN.map(() => null);
    if (!tanggal)
      return missingRange(daftarOf(data.profile).lembar, "Kolom Tanggal (IKU_Fasilitasi_Tanggal)");
    const n = data.profile.tahun;
    return TRIWULAN.map((q) =>
      quarterly(
        fasilitasiTw(status.values, tanggal.values, n, q),
        [status, tanggal],
        pickBy(["STATUS", "TANGGAL"]),
      ),
    );
  },
  formula: () => `IF(COUNTA(${NAMES.fasilitasiStatus})=0,"",IKU.FASILITASI(${NAMES.fasilitasiStatus}))`,
  formulaTw(_ind, _i, q) {
    const s = NAMES.fasilitasiStatus;
    const t = NAMES.fasilitasiTanggal;
    return `IF(${measurable(`(TRIM(${s})<>"")`, t, q)}=0,"",IKU.FASILITASI.TW(${s},${t},${NAMES.tahun},${q}))`;
  },
};
