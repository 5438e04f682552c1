/**
 * Quarterly (triwulan) monitoring of the IKU: realisasi cumulative to the end of each quarter
 * TW I–IV of performance year N (31/3, 30/6, 30/9, 31/12 of N), from the dates in the data
 * sheets. The parsing and checking are helper A's (args.ts, dates.ts, fasilitasi.ts,
 * dokdesa.ts, ikm.ts): this module only decides which rows belong to a quarter.
 *
 * Decisions (also stated in the note row of the `Pengukuran Kinerja` sheet):
 * - Cumulative: a row counts in quarter q when its date is on or before the end of q; rows
 *   dated after 31/12/N never count, rows dated before N count in every quarter.
 * - A row that has data (a status, survey answers) but no date cannot be placed → #VALUE!
 *   naming the row. Every row is checked whatever the quarter, so a bad cell gives the same
 *   error in TW I as in TW IV.
 * - Dokumen Desa: a document counts from the quarter its deadline falls in — TW I and II:
 *   LPPDesa TA N−1 (31/3/N); TW III: + RKPDesa TA N+1 (30/9/N); TW IV: + APBDesa TA N+1
 *   (31/12/N) — counted when delivered on or before its deadline; the denominator is the
 *   number of desa × the documents due. TW IV therefore equals IKU.DOKDESA.TANGGAL, and the
 *   other two TW IV figures equal the yearly ones when all dates fall in year N.
 */
import {
  ErrorKind,
  IkuError,
  Place,
  Result,
  finite,
  ikuError,
  ikuErrorAt,
  placeText,
  withPlace,
} from "./errors";
import { checkNumber, isBlankCell, isIkuErrorValue, toColumn, toMatrix } from "./args";
import { parseDate, serialFromYmd } from "./dates";
import { batasWaktu, JenisDokumen } from "./dokdesa";
import { parseStatus } from "./fasilitasi";
import { ikm } from "./ikm";
import { columnLetters } from "./a1";

/** A quarter of the performance year: 1 = TW I … 4 = TW IV. */
export type Triwulan = 1 | 2 | 3 | 4;

/** The four quarters in order. */
export const TRIWULAN: readonly Triwulan[] = [1, 2, 3, 4];

/** Labels as Indonesian reports write them. */
export const TRIWULAN_LABEL: Readonly<Record<Triwulan, string>> = {
  1: "TW I",
  2: "TW II",
  3: "TW III",
  4: "TW IV",
};

/** Last day (month, day) of each quarter. */
export const AKHIR_TRIWULAN: Readonly<Record<Triwulan, { readonly bulan: number; readonly hari: number }>> = {
  1: { bulan: 3, hari: 31 },
  2: { bulan: 6, hari: 30 },
  3: { bulan: 9, hari: 30 },
  4: { bulan: 12, hari: 31 },
};

/**
 * Documents due by the end of each quarter, in the order they fall due (the deadline of
 * each lies inside that quarter of year N; see the module comment).
 */
export const DOKUMEN_JATUH_TEMPO: Readonly<Record<Triwulan, readonly JenisDokumen[]>> = {
  1: ["LPPDesa"],
  2: ["LPPDesa"],
  3: ["LPPDesa", "RKPDesa"],
  4: ["LPPDesa", "RKPDesa", "APBDesa"],
};

// 1901–9998 so that TA N−1 and N+1 stay inside Excel's years, as the portable formulas check.
const YEAR = { min: 1901, max: 9998, whole: true } as const;

/** Excel serial of the last day of quarter `q` of year `tahun`. */
export function akhirTriwulan(tahun: number, q: Triwulan): number {
  const a = AKHIR_TRIWULAN[q];
  return serialFromYmd(tahun, a.bulan, a.hari);
}

/** The checked performance year and quarter, with the quarter's last day as a serial. */
export function checkQuarter(
  tahunKinerja: unknown,
  triwulan: unknown,
): Result<{ tahun: number; q: Triwulan; akhir: number }> {
  const tahun = checkNumber(tahunKinerja, { name: "tahunKinerja", ...YEAR });
  if (isIkuErrorValue(tahun)) return tahun;
  const q = checkNumber(triwulan, { name: "triwulan", min: 1, max: 4, whole: true });
  if (isIkuErrorValue(q)) return q;
  const tw = q as Triwulan;
  return { tahun, q: tw, akhir: akhirTriwulan(tahun, tw) };
}

/** Column letter of a 0-based index within a range, for messages about wide ranges. */
function colName(c: number): string {
  return columnLetters(c + 1);
}

function noDate(p: Place, what: string): IkuError {
  return ikuErrorAt(ErrorKind.Value, p, `: kosong, padahal ${what} diisi; isi tanggal agar masuk triwulan`);
}

/** The place of cell (r, c) of a status/tanggal range: its column only when the range is wide. */
function cellPlace(argument: string, r: number, c: number, width: number): Place {
  return width > 1
    ? { argument, row: r + 1, column: c + 1, columnLabel: colName(c) }
    : { argument, row: r + 1 };
}

/**
 * Fasilitasi TW q = followed-up activities ÷ activities, among the rows dated on or before
 * the end of q. `status` and `tanggal` are ranges of the same size, cell by cell (the
 * Fasilitasi sheet: one column each). A blank status is not an activity; a status without a
 * date → #VALUE!; no activity by the end of q → #DIV/0!.
 */
export function fasilitasiTw(
  status: unknown,
  tanggal: unknown,
  tahunKinerja: unknown,
  triwulan: unknown,
): Result<number> {
  const tq = checkQuarter(tahunKinerja, triwulan);
  if (isIkuErrorValue(tq)) return tq;
  const s = toMatrix(status, "status");
  if (isIkuErrorValue(s)) return s;
  const t = toMatrix(tanggal, "tanggal");
  if (isIkuErrorValue(t)) return t;
  const width = s.length > 0 ? s[0].length : 0;
  if (t.length !== s.length || (t.length > 0 && t[0].length !== width)) {
    const size = (m: readonly (readonly unknown[])[]): string =>
      `${m.length}×${m.length > 0 ? m[0].length : 0}`;
    return ikuError(ErrorKind.Value, `tanggal: ukuran ${size(t)} tidak sama dengan status ${size(s)}`);
  }
  let done = 0;
  let total = 0;
  for (let r = 0; r < s.length; r++) {
    for (let c = 0; c < width; c++) {
      const ps = cellPlace("status", r, c, width);
      const st = withPlace(parseStatus(s[r][c], placeText(ps)), ps);
      if (isIkuErrorValue(st)) return st;
      if (st === null) continue;
      const pt = cellPlace("tanggal", r, c, width);
      const d = withPlace(parseDate(t[r][c], placeText(pt)), pt);
      if (isIkuErrorValue(d)) return d;
      if (d === null) return noDate(pt, "status");
      if (d <= tq.akhir) {
        total++;
        if (st) done++;
      }
    }
  }
  if (total === 0) {
    return ikuError(ErrorKind.DivZero, `tidak ada kegiatan bertanggal sampai akhir ${TRIWULAN_LABEL[tq.q]}`);
  }
  return finite(done / total, "fasilitasi triwulan");
}

/** On-time documents in one date column (one row per desa). */
function onTimeCount(dates: readonly unknown[], name: string, limit: number): Result<number> {
  let n = 0;
  for (let r = 0; r < dates.length; r++) {
    const p = { argument: name, row: r + 1 };
    const d = withPlace(parseDate(dates[r], placeText(p)), p);
    if (isIkuErrorValue(d)) return d;
    if (d !== null && d <= limit) n++;
  }
  return n;
}

/**
 * Dokumen Desa TW q: documents due by the end of q (DOKUMEN_JATUH_TEMPO) delivered on or
 * before their deadline ÷ (desa × documents due). Dates as IKU.DOKDESA.TANGGAL: RKPDesa and
 * APBDesa of TA N+1, LPPDesa of TA N−1, one row per desa, blank = not delivered. All three
 * columns are checked in every quarter.
 */
export function dokDesaTw(
  tahunKinerja: unknown,
  tanggalRKP: unknown,
  tanggalAPB: unknown,
  tanggalLPP: unknown,
  triwulan: unknown,
): Result<number> {
  const tq = checkQuarter(tahunKinerja, triwulan);
  if (isIkuErrorValue(tq)) return tq;
  const n = tq.tahun;
  const cols: readonly (readonly [JenisDokumen, string, unknown, number])[] = [
    ["RKPDesa", "tanggalRKP", tanggalRKP, n + 1],
    ["APBDesa", "tanggalAPB", tanggalAPB, n + 1],
    ["LPPDesa", "tanggalLPP", tanggalLPP, n - 1],
  ];
  const onTime = new Map<JenisDokumen, number>();
  let height = -1;
  for (const [jenis, name, range, ta] of cols) {
    const limit = batasWaktu(jenis, ta);
    if (isIkuErrorValue(limit)) return limit;
    const dates = toColumn(range, name);
    if (isIkuErrorValue(dates)) return dates;
    if (height >= 0 && dates.length !== height) {
      return ikuError(
        ErrorKind.Value,
        `${name}: ${dates.length} baris, tidak sama dengan ${height} baris rentang lain`,
      );
    }
    height = dates.length;
    const count = onTimeCount(dates, name, limit);
    if (isIkuErrorValue(count)) return count;
    onTime.set(jenis, count);
  }
  if (height <= 0) return ikuError(ErrorKind.DivZero, "tidak ada baris desa");
  const due = DOKUMEN_JATUH_TEMPO[tq.q];
  const sum = due.reduce((acc, j) => acc + (onTime.get(j) ?? 0), 0);
  return finite(sum / (due.length * height), "dokumen desa triwulan");
}

/**
 * IKM TW q: the IKM (IKU.IKM, same bobot rule) of the respondents dated on or before the end
 * of q. `tanggal` is one column as tall as `jawaban`; an answered row without a date →
 * #VALUE!; every row is checked (scores 1–4, no partly blank row) whatever the quarter; no
 * respondent by the end of q → #DIV/0!.
 */
export function ikmTw(
  jawaban: unknown,
  tanggal: unknown,
  tahunKinerja: unknown,
  triwulan: unknown,
  bobot: unknown,
): Result<number> {
  const tq = checkQuarter(tahunKinerja, triwulan);
  if (isIkuErrorValue(tq)) return tq;
  // The whole survey first, so a bad answer dated after the quarter is reported too.
  const all = ikm(jawaban, bobot);
  // #DIV/0! (nobody yet) and #NUM! (the whole year's value out of 25–100) say nothing about
  // this quarter's respondents; the quarter's own ikm() below decides.
  if (isIkuErrorValue(all) && all.kind === ErrorKind.Value) return all;
  const rows = toMatrix(jawaban, "jawaban");
  if (isIkuErrorValue(rows)) return rows;
  const dates = toColumn(tanggal, "tanggal");
  if (isIkuErrorValue(dates)) return dates;
  if (dates.length !== rows.length) {
    return ikuError(
      ErrorKind.Value,
      `tanggal: ${dates.length} baris, tidak sama dengan ${rows.length} baris jawaban`,
    );
  }
  const included: (readonly unknown[])[] = [];
  for (let r = 0; r < rows.length; r++) {
    if (rows[r].every(isBlankCell)) continue;
    const p = { argument: "tanggal", row: r + 1 };
    const d = withPlace(parseDate(dates[r], placeText(p)), p);
    if (isIkuErrorValue(d)) return d;
    if (d === null) return noDate(p, "jawaban");
    if (d <= tq.akhir) included.push(rows[r]);
  }
  if (included.length === 0) {
    return ikuError(ErrorKind.DivZero, `tidak ada responden bertanggal sampai akhir ${TRIWULAN_LABEL[tq.q]}`);
  }
  return ikm(included, bobot);
}
