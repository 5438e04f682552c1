/**
 * Published survey tables rebuilt as respondent data, shared by the core, function, sheet and
 * LibreOffice tests of the skipped-answer, bobot and per-layanan rules.
 */
import type ExcelJS from "exceljs";
import { NAMES } from "../../src/core/workbook/model";
import { namedBlock, type NamedBlock } from "./sample-data";

/**
 * A 29-respondent table whose scores total 955 (89 of the 261 answers are 3, the rest 4,
 * spread evenly): Σ NRR = 955 ÷ 29, so IKM = 91,48 with exact 1/9, 91,38 with 0,111 and 90,56
 * with 0,11 — the pair (90,56 / 91,48) a published report shows.
 */
export function table29(): number[][] {
  return Array.from({ length: 29 }, (_, r) =>
    Array.from({ length: 9 }, (_, k) => (((r * 9 + k) * 89) % 261 < 89 ? 3 : 4)),
  );
}

/**
 * A report's per-unsur table (sum of scores, respondents who answered) as respondent rows:
 * column k gets `count[k]` answers summing to `sum[k]` from the top, the rest blank (skipped).
 * Rows with no answer at all are dropped.
 */
export function fromUnsurTable(sum: readonly number[], count: readonly number[]): (number | null)[][] {
  const height = Math.max(...count);
  const rows = Array.from({ length: height }, () => new Array<number | null>(9).fill(null));
  count.forEach((n, k) => {
    const base = Math.floor(sum[k] / n);
    let extra = sum[k] - base * n; // this many answers get base + 1
    for (let r = 0; r < n; r++) rows[r][k] = base + (extra-- > 0 ? 1 : 0);
  });
  return rows.filter((row) => row.some((x) => x !== null));
}

/**
 * A village office's year: 24 respondents, Biaya (U4) answered only by the 9 who paid for a
 * service (the other 15 skipped it, the service being free), Pengaduan (U8) by 20. Sums and
 * counts per unsur as the report's table lists them.
 */
export const SKIPPED_TABLE = {
  sum: [84, 82, 79, 30, 85, 88, 90, 66, 80],
  count: [24, 24, 24, 9, 24, 24, 24, 20, 24],
} as const;

/** First date serial of the respondents typed by fillSurvey (12 February 2025), one day apart. */
export const FIRST_DATE = 45700;

/**
 * Types survey `rows` (null = skipped answer), their jenis layanan and dates FIRST_DATE + i
 * into a built workbook's Survei IKM sheet, through its defined names.
 * @returns the date column's block, for tests that add rows of their own.
 */
export function fillSurvey(
  wb: ExcelJS.Workbook,
  rows: readonly (readonly (number | null)[])[],
  layanan: readonly string[],
): NamedBlock {
  const J = namedBlock(wb, NAMES.ikmJawaban);
  const L = namedBlock(wb, NAMES.ikmLayanan);
  const T = namedBlock(wb, NAMES.ikmTanggal);
  if (!J || !L || !T) throw new Error("survey names missing");
  rows.forEach((row, i) => {
    row.forEach((v, k) => {
      if (v !== null) J.ws.getCell(J.top + i, J.left + k).value = v;
    });
    L.ws.getCell(L.top + i, L.left).value = layanan[i];
    T.ws.getCell(T.top + i, T.left).value = FIRST_DATE + i;
  });
  return T;
}
