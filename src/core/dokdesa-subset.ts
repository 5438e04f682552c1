/**
 * `dokumen-desa` with a chosen subset of RKPDesa, APBDesa, LPPDesa (issue 10; Sidemen counts
 * APBDesa only): documents on time ÷ (desa × chosen documents), as IKU 2 counts all three.
 * Quarterly (TW q): only the chosen documents due by the end of q (DOKUMEN_JATUH_TEMPO);
 * none due yet → null (nothing to measure). Every chosen column is checked in every quarter.
 */
import { parseDate } from "./dates";
import { batasWaktu, type JenisDokumen } from "./dokdesa";
import { ErrorKind, Result, finite, ikuError, isIkuError, placeText, withPlace } from "./errors";
import { DOKUMEN_JATUH_TEMPO, type Triwulan } from "./triwulan";

/** One chosen document's date column, one row per desa; `name` is the argument in errors. */
export interface DokColumn {
  jenis: JenisDokumen;
  name: string;
  values: readonly (readonly unknown[])[];
}

/** TA counted in performance year n: RKPDesa/APBDesa of n+1, LPPDesa of n−1 (deadlines in n). */
export function taOf(jenis: JenisDokumen, n: number): number {
  return jenis === "LPPDesa" ? n - 1 : n + 1;
}

/**
 * @param n performance year.
 * @param cols the chosen documents' columns (at least one, equal heights).
 * @param upTo a quarter, or null for the year (all chosen documents).
 */
export function dokDesaSubset(
  n: number,
  cols: readonly DokColumn[],
  upTo: Triwulan | null,
): Result<number | null> {
  const onTime = new Map<JenisDokumen, number>();
  const height = cols[0]?.values.length ?? 0;
  for (const c of cols) {
    if (c.values.length !== height)
      return ikuError(
        ErrorKind.Value,
        `${c.name}: ${c.values.length} baris, tidak sama dengan ${height} baris rentang lain`,
      );
    const limit = batasWaktu(c.jenis, taOf(c.jenis, n));
    if (isIkuError(limit)) return limit;
    let count = 0;
    for (let r = 0; r < height; r++) {
      const p = { argument: c.name, row: r + 1 };
      const d = withPlace(parseDate(c.values[r]?.[0] ?? null, placeText(p)), p);
      if (isIkuError(d)) return d;
      if (d !== null && d <= limit) count++;
    }
    onTime.set(c.jenis, count);
  }
  const due = cols.map((c) => c.jenis).filter((j) => upTo === null || DOKUMEN_JATUH_TEMPO[upTo].includes(j));
  if (due.length === 0) return null;
  if (height === 0) return ikuError(ErrorKind.DivZero, "tidak ada baris desa");
  const sum = due.reduce((acc, j) => acc + (onTime.get(j) ?? 0), 0);
  return finite(sum / (due.length * height), "dokumen desa");
}
