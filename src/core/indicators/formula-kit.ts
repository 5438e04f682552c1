/** Formula pieces the data-sheet kinds share (quarterly emptiness guards). */
import { UNSUR_COUNT } from "../ikm";
import { AKHIR_TRIWULAN, Triwulan } from "../triwulan";
import { NAMES } from "../workbook/model";

/**
 * 1 for each row with data that is undated or dated on or before the quarter's end: zero
 * means nothing can be measured yet, and the cell stays empty instead of #DIV/0!. Undated or
 * text-dated rows count, so the IKU.*.TW call runs and reports them (#VALUE!).
 */
export function measurable(hasData: string, tanggal: string, q: Triwulan): string {
  const a = AKHIR_TRIWULAN[q];
  const end = `DATE(${NAMES.tahun},${a.bulan},${a.hari})`;
  return `SUMPRODUCT(${hasData}*(1-ISNUMBER(${tanggal})*(${tanggal}>=${end}+1)))`;
}

/** 1 for each survey row with at least one answer (the 9 unsur columns). */
export function unsurFilled(j: string): string {
  const cells = Array.from({ length: UNSUR_COUNT }, (_, k) => `(TRIM(INDEX(${j},0,${k + 1}))<>"")`);
  return `((${cells.join("+")})>0)`;
}
