/**
 * The measured Indikator Tujuan in `iku hitung` (issue 10): a block after the IKU table, a row
 * of the JSON array marked `"tujuan": true`, and in --triwulan a block "T." after the IKU.
 * Nothing changes for a workbook whose tujuan is a name only.
 */
import type { IndicatorResult } from "../core/evaluate";
import type { QuarterResult } from "../core/evaluate-triwulan";
import { percentId, valueId } from "./format";

/** The tujuan's result as a rejected row for the error list, or null when it is fine. */
export function tujuanErrorLine(r: IndicatorResult | QuarterResult | null): string | null {
  return r?.error ? `  Indikator Tujuan "${r.indikator}":\n    ${r.error.message}` : null;
}

/** The text block after the IKU table ("" when the tujuan is not measured). */
export function tujuanLines(r: IndicatorResult | null): string {
  if (!r) return "";
  const cap = r.capaian === null ? "-" : percentId(r.capaian);
  // Why a figure is missing, as the IKU notes say it.
  const notes = [
    r.realisasi === null ? "  data belum diisi — realisasi belum dapat dihitung\n" : "",
    r.target === null ? '  target kosong — isi di Profil baris "Indikator Tujuan Target"\n' : "",
  ].join("");
  return (
    `\nIndikator Tujuan: ${r.indikator}\n` +
    `  Target ${valueId(r.target, r.satuan)}  Realisasi ${valueId(r.realisasi, r.satuan)}  ` +
    `Capaian ${cap}  Predikat ${r.predikat ?? "-"}\n${notes}`
  );
}

/** The yearly JSON row of the tujuan, marked so a reader tells it from the IKU rows. */
export function tujuanJson(r: IndicatorResult): Record<string, unknown> {
  return {
    indikator: r.indikator,
    tujuan: true,
    target: r.target,
    realisasi: r.realisasi,
    capaian: r.capaian,
    predikat: r.predikat,
  };
}
