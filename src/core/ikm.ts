/**
 * IKM — Indeks Kepuasan Masyarakat per PermenPAN-RB No. 14 Tahun 2017: each respondent
 * scores 9 unsur from 1 to 4; NRR per unsur = sum ÷ respondents who answered that unsur (an
 * unsur may be skipped, e.g. Biaya when the service is free); IKM = 25 × Σ NRR × bobot,
 * bobot 1/9 per unsur, so the index lies in 25–100.
 */
import { ErrorKind, IkuError, Result, finite, ikuError, ikuErrorAt } from "./errors";
import {
  checkNumber,
  checkOptionalNumber,
  fmt,
  isBlankCell,
  isIkuErrorValue,
  numberFrom,
  roundTo,
  scalarOf,
  toMatrix,
} from "./args";

/** The 9 unsur in regulation order (U1–U9). Some apps swap U8 and U9: label by name. */
export const UNSUR_IKM: readonly string[] = [
  "Persyaratan",
  "Sistem, Mekanisme, dan Prosedur",
  "Waktu Penyelesaian",
  "Biaya/Tarif",
  "Produk Spesifikasi Jenis Pelayanan",
  "Kompetensi Pelaksana",
  "Perilaku Pelaksana",
  "Penanganan Pengaduan, Saran dan Masukan",
  "Sarana dan Prasarana",
];

/** Number of unsur (9): the columns U1–U9 every survey formula and check counts. */
export const UNSUR_COUNT = UNSUR_IKM.length;

/**
 * Conversion table: nilai interval konversi → mutu → kinerja unit. The regulation's table
 * leaves 0,01-wide gaps (…88,30 | 88,31…), so classification uses these lower bounds on
 * the value rounded to 2 decimals.
 */
export const IKM_SKALA: readonly { readonly min: number; readonly mutu: string; readonly kinerja: string }[] =
  [
    { min: 88.31, mutu: "A", kinerja: "Sangat Baik" },
    { min: 76.61, mutu: "B", kinerja: "Baik" },
    { min: 65.0, mutu: "C", kinerja: "Kurang Baik" },
    { min: 25.0, mutu: "D", kinerja: "Tidak Baik" },
  ];

/** Krejcie & Morgan: λ² (chi-square, 1 df, 95 %), P = Q = 0,5, margin d = 0,05. */
export const SAMPEL_KREJCIE_MORGAN = { lambda2: 3.841, p: 0.5, d: 0.05 } as const;

const UNSUR = UNSUR_IKM.length;

interface Sums {
  readonly perUnsur: number[];
  /** Respondents who answered each unsur (a skipped answer is a blank cell). */
  readonly counts: number[];
  readonly total: number;
  /** Rows with at least one answer. */
  readonly respondents: number;
}

function scoreError(r: number, c: number, x: unknown): IkuError {
  const p = { argument: "jawaban", row: r + 1, column: c + 1, columnLabel: `U${c + 1}` };
  const n = numberFrom(x);
  if (n === undefined) {
    const shown =
      typeof x === "string"
        ? `"${x.slice(0, 30)}"`
        : typeof x === "boolean"
          ? String(x).toUpperCase()
          : typeof x;
    return ikuErrorAt(ErrorKind.Value, p, `: ${shown} bukan nilai 1–4`);
  }
  if (n >= 1 && n <= 4) return ikuErrorAt(ErrorKind.Value, p, `: nilai ${fmt(n)} harus bilangan bulat 1–4`);
  return ikuErrorAt(ErrorKind.Value, p, `: nilai ${fmt(n)} di luar 1–4`);
}

/** A score as Excel sends it: a whole number 1–4. */
function isScore(x: unknown): x is number {
  return typeof x === "number" && x >= 1 && x <= 4 && (x | 0) === x;
}

/**
 * The slow path for one row that is not 9 plain scores: blanks (skipped answers), numeric
 * text, or an error. Writes the row's scores into `scratch` (0 for a skipped unsur) and
 * returns how many unsur the row answered.
 */
function readRow(row: readonly unknown[], r: number, scratch: Float64Array): Result<number> {
  let answered = 0;
  for (let c = 0; c < UNSUR; c++) {
    const x = row[c];
    // The number 0 is a blank cell as Excel for Windows sends it (never a score 1–4): a
    // skipped answer, exactly like an empty cell.
    if (isBlankCell(x)) {
      scratch[c] = 0;
      continue;
    }
    const n = numberFrom(x);
    if (n === 1 || n === 2 || n === 3 || n === 4) scratch[c] = n;
    else return scoreError(r, c, x);
    answered++;
  }
  return answered;
}

/** The error for an unsur nobody answered: its NRR, and so the IKM, has no value. */
export function unansweredError(k: number): IkuError {
  return ikuError(
    ErrorKind.Value,
    `jawaban kolom U${k + 1} (${UNSUR_IKM[k]}): tidak ada responden yang menjawab unsur ini, NRR dan IKM tidak dapat dihitung`,
  );
}

/**
 * One pass over the answers: 9 columns, one row per respondent, scores 1–4 (numeric text
 * accepted). Fully blank rows are skipped; a blank cell in an answered row is a skipped
 * answer, counted out of that unsur only. The per-unsur sums live in nine locals and each
 * row is read once, so 100 000 respondents cost about what a bare summing loop costs
 * (scripts/bench/10-functions.js); skipped answers only touch the `missing` counters.
 */
function sumAnswers(jawaban: unknown): Result<Sums> {
  const rows = toMatrix(jawaban, "jawaban");
  if (isIkuErrorValue(rows)) return rows;
  if (rows.length > 0 && rows[0].length !== UNSUR) {
    return ikuError(ErrorKind.Value, `jawaban: harus ${UNSUR} kolom (U1–U9), bukan ${rows[0].length}`);
  }
  let s0 = 0,
    s1 = 0,
    s2 = 0,
    s3 = 0,
    s4 = 0,
    s5 = 0,
    s6 = 0,
    s7 = 0,
    s8 = 0;
  let respondents = 0;
  const scratch = new Float64Array(UNSUR);
  // Skipped answers per unsur among the counted rows.
  const missing = new Array<number>(UNSUR).fill(0);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const a = row[0],
      b = row[1],
      c = row[2],
      d = row[3],
      e = row[4],
      f = row[5],
      g = row[6],
      h = row[7],
      i = row[8];
    if (
      isScore(a) &&
      isScore(b) &&
      isScore(c) &&
      isScore(d) &&
      isScore(e) &&
      isScore(f) &&
      isScore(g) &&
      isScore(h) &&
      isScore(i)
    ) {
      s0 += a;
      s1 += b;
      s2 += c;
      s3 += d;
      s4 += e;
      s5 += f;
      s6 += g;
      s7 += h;
      s8 += i;
      respondents++;
      continue;
    }
    const answered = readRow(row, r, scratch);
    if (isIkuErrorValue(answered)) return answered;
    if (answered === 0) continue;
    for (let k = 0; k < UNSUR; k++) if (scratch[k] === 0) missing[k]++;
    s0 += scratch[0];
    s1 += scratch[1];
    s2 += scratch[2];
    s3 += scratch[3];
    s4 += scratch[4];
    s5 += scratch[5];
    s6 += scratch[6];
    s7 += scratch[7];
    s8 += scratch[8];
    respondents++;
  }
  if (respondents === 0) return ikuError(ErrorKind.DivZero, "jawaban: tidak ada responden");
  const counts = missing.map((m) => respondents - m);
  const nobody = counts.indexOf(0);
  if (nobody >= 0) return unansweredError(nobody);
  const perUnsur = [s0, s1, s2, s3, s4, s5, s6, s7, s8];
  return { perUnsur, counts, total: s0 + s1 + s2 + s3 + s4 + s5 + s6 + s7 + s8, respondents };
}

/**
 * The answer rows after the checks every IKM function makes (9 columns, scores 1–4 or blank),
 * for callers that pick rows themselves (per jenis layanan).
 */
export function checkedAnswers(jawaban: unknown): Result<readonly (readonly unknown[])[]> {
  const rows = toMatrix(jawaban, "jawaban");
  if (isIkuErrorValue(rows)) return rows;
  if (rows.length > 0 && rows[0].length !== UNSUR) {
    return ikuError(ErrorKind.Value, `jawaban: harus ${UNSUR} kolom (U1–U9), bukan ${rows[0].length}`);
  }
  const scratch = new Float64Array(UNSUR);
  for (let r = 0; r < rows.length; r++) {
    const read = readRow(rows[r], r, scratch);
    if (isIkuErrorValue(read)) return read;
  }
  return rows;
}

/** NRR (nilai rata-rata) per unsur, U1–U9: sum ÷ respondents who answered that unsur. */
export function ikmNrr(jawaban: unknown): Result<number[]> {
  const s = sumAnswers(jawaban);
  if (isIkuErrorValue(s)) return s;
  return s.perUnsur.map((sum, k) => sum / s.counts[k]);
}

/** Tolerance of the 25–100 check (the portable formula uses the same). */
export const IKM_EPS = 1e-9;

/** Largest bobot accepted: 1/9 plus a rounding margin (0,1121…), so 0,111 and 0,112 pass. */
export const BOBOT_MAX = 1 / 9 + 0.001;

/**
 * IKM = 25 × Σ NRR × bobot. Without bobot the weight is exactly 1/9 (all 4 → 100); the
 * rounded 0,111 or 0,11 of older reports (→ 99,9 / 99) may be given, 0 < bobot ≤ 1/9 + 0,001
 * (#VALUE! otherwise). A value outside 25–100 — e.g. bobot 0,11 with every answer 1 gives
 * 24,75 — is #NUM!: no IKM lies there, and MUTU/KINERJA could not classify it.
 */
export function ikm(jawaban: unknown, bobot: unknown): Result<number> {
  // bobot 0 is never valid, so it is a blank bobot cell as Excel for Windows sends it: 1/9.
  const b = isBlankCell(scalarOf(bobot, "bobot")) ? null : checkOptionalNumber(bobot, { name: "bobot" });
  if (isIkuErrorValue(b)) return b;
  if (b !== null && (b <= 0 || b > BOBOT_MAX)) {
    return ikuError(
      ErrorKind.Value,
      `bobot: nilai ${fmt(b)} harus lebih dari 0 dan paling besar 1/9 (0,111); kosongkan untuk tepat 1/9`,
    );
  }
  const s = sumAnswers(jawaban);
  if (isIkuErrorValue(s)) return s;
  const value = ikmValue(s, b);
  // The margin keeps float noise of an exact 25 or 100 (e.g. bobot 1/9 typed as a number) valid.
  if (value < 25 - IKM_EPS || value > 100 + IKM_EPS) {
    return ikuError(ErrorKind.Num, `IKM ${fmt(value)} di luar 25–100`);
  }
  return finite(value, "IKM");
}

/**
 * 25 × Σ NRR × bobot. With no skipped answer Σ NRR = total ÷ respondents, one division, as
 * before skipped answers were counted. Dividing by 9 instead of multiplying by 0,111… keeps
 * "all 4" at exactly 100.
 */
function ikmValue(s: Sums, b: number | null): number {
  if (s.counts.every((n) => n === s.respondents))
    return b === null ? (25 * s.total) / (UNSUR * s.respondents) : (25 * b * s.total) / s.respondents;
  const sumNrr = s.perUnsur.reduce((acc, x, k) => acc + x / s.counts[k], 0);
  return b === null ? (25 * sumNrr) / UNSUR : 25 * b * sumNrr;
}

function classify(nilai: unknown): Result<(typeof IKM_SKALA)[number]> {
  const n = checkNumber(nilai, { name: "nilai" });
  if (isIkuErrorValue(n)) return n;
  const r = roundTo(n, 2);
  if (r < 25 || r > 100) return ikuError(ErrorKind.Num, `nilai ${fmt(n)} di luar 25–100`);
  for (const row of IKM_SKALA) if (r >= row.min) return row;
  return ikuError(ErrorKind.Num, `nilai ${fmt(n)} di luar 25–100`);
}

/** Mutu pelayanan A/B/C/D of an IKM value (rounded to 2 decimals first). */
export function ikmMutu(nilai: unknown): Result<string> {
  const row = classify(nilai);
  return isIkuErrorValue(row) ? row : row.mutu;
}

/** Kinerja unit pelayanan (Sangat Baik / Baik / Kurang Baik / Tidak Baik) of an IKM value. */
export function ikmKinerja(nilai: unknown): Result<string> {
  const row = classify(nilai);
  return isIkuErrorValue(row) ? row : row.kinerja;
}

/**
 * Minimum respondents (Krejcie & Morgan): S = λ²NPQ ÷ (d²(N−1) + λ²PQ), rounded to the
 * nearest whole number as in the published table (100 → 80, 1000 → 278, 10000 → 370).
 */
export function ikmSampel(populasi: unknown): Result<number> {
  const v = checkNumber(populasi, { name: "populasi", min: 1, outOfRange: ErrorKind.Num });
  if (isIkuErrorValue(v)) return v;
  if (!Number.isInteger(v))
    return ikuError(ErrorKind.Value, `populasi: nilai ${fmt(v)} harus bilangan bulat`);
  const { lambda2, p, d } = SAMPEL_KREJCIE_MORGAN;
  const pq = lambda2 * p * (1 - p);
  return finite(Math.round((pq * v) / (d * d * (v - 1) + pq)), "sampel");
}
