/**
 * Registry module `fasilitasi` (measurement `daftar`): a log with one row per item, Ya ÷ filled
 * rows. Every daftar indicator has its own sheet and names (IKU_<Lembar>_Status/_Tanggal,
 * issue 10), so "Fasilitasi" and "Pengaduan" logs live side by side.
 */
import { textDateError, filledRows } from "../evaluate-checks";
import { fasilitasi } from "../fasilitasi";
import { measureOf, type Indicator } from "../profile";
import { TRIWULAN, fasilitasiTw } from "../triwulan";
import { buildFasilitasiSheet, daftarMeasureOf, daftarsOf } from "../workbook/data-sheets";
import { NAMES, daftarKey, daftarNames } from "../workbook/model";
import { missingRange, missingSheet, pickBy, quarterly, rangesEmpty, yearly } from "./data";
import type { DaftarRanges, IkuWorkbookData } from "./data";
import { measurable } from "./formula-kit";
import type { IndicatorModule } from "./types";

/** The key under which a workbook built before issue 10 holds its one log (IKU_Fasilitasi_*). */
const LEGACY_KEY = "fasilitasi";

function byKey(data: IkuWorkbookData, key: string): DaftarRanges | undefined {
  const k = key.toLowerCase();
  // Excel names ignore case: a log found as IKU_PENGADUAN_Status is still Pengaduan's.
  return Object.entries(data.daftar ?? {}).find(([x]) => x.toLowerCase() === k)?.[1];
}

/**
 * The ranges of indicator `ind`'s log: those named after its sheet; else, in a workbook built
 * before issue 10 (one daftar, named IKU_Fasilitasi_* whatever its sheet), the legacy names —
 * only when the profile has exactly one daftar, so two logs never read one sheet.
 */
export function daftarRanges(
  data: IkuWorkbookData,
  ind: Pick<Indicator, "kind" | "pengukuran">,
): DaftarRanges | undefined {
  const own = byKey(data, daftarKey(daftarMeasureOf(ind).lembar));
  if (own) return own;
  const daftars = data.profile.indicators.filter((i) => measureOf(i).jenis === "daftar");
  return daftars.length === 1 ? byKey(data, LEGACY_KEY) : undefined;
}

export const fasilitasiModule: IndicatorModule = {
  kind: "fasilitasi",
  sheetKind: "fasilitasi",
  // Found by pattern (parseDaftarName), as the names depend on the sheet names.
  dataNames: [],
  dataSheets(profile, mode, options) {
    const built = daftarsOf(profile).map((m) =>
      buildFasilitasiSheet(profile, mode, options.fasilitasiRows, m),
    );
    return { sheets: built.map((b) => b.sheet), names: built.flatMap((b) => b.names) };
  },
  // Only rows with a status read their date (a date without a status is no activity).
  strict(data, ind) {
    const log = daftarRanges(data, ind);
    return log?.tanggal ? textDateError(log.tanggal, filledRows(log.status)) : null;
  },
  realisasi(data, ind) {
    const status = daftarRanges(data, ind)?.status;
    if (!status) return missingSheet(daftarMeasureOf(ind).lembar);
    if (rangesEmpty(status)) return { value: null };
    return yearly(fasilitasi(status.values, null), [status]);
  },
  realisasiTw(data, ind) {
    const { lembar } = daftarMeasureOf(ind);
    const { status, tanggal } = daftarRanges(data, ind) ?? {};
    if (!status) return missingRange(lembar, `Data ${lembar}`);
    if (rangesEmpty(status)) return TRIWULAN.map(() => null);
    if (!tanggal) return missingRange(lembar, `Kolom Tanggal (${daftarNames(lembar).tanggal})`);
    const n = data.profile.tahun;
    return TRIWULAN.map((q) =>
      quarterly(
        fasilitasiTw(status.values, tanggal.values, n, q),
        [status, tanggal],
        pickBy(["STATUS", "TANGGAL"]),
      ),
    );
  },
  formula(ind) {
    const s = daftarNames(daftarMeasureOf(ind).lembar).status;
    return `IF(COUNTA(${s})=0,"",IKU.FASILITASI(${s}))`;
  },
  formulaTw(ind, _i, q) {
    const { status: s, tanggal: t } = daftarNames(daftarMeasureOf(ind).lembar);
    return `IF(${measurable(`(TRIM(${s})<>"")`, t, q)}=0,"",IKU.FASILITASI.TW(${s},${t},${NAMES.tahun},${q}))`;
  },
};
