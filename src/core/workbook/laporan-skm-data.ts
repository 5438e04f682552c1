/**
 * What the Laporan SKM sheet shows, computed by the core from survey data: the values its
 * formulas give, cached in the file so previewers show the report (see ./laporan-skm.ts).
 * The respondent-profile categories live here too, so the formulas and the core count the
 * same words.
 */
import { isBlank, isBlankCell } from "../args";
import { isIkuError, type Result } from "../errors";
import { ikm, ikmKinerja, ikmMutu, ikmNrr, UNSUR_IKM } from "../ikm";

/** Survey columns as a reader gives them: one entry per prepared row (null = blank cell). */
export interface SkmSurvey {
  /** Rows × 9 answers U1–U9. */
  jawaban: readonly (readonly unknown[])[];
  tanggal?: readonly unknown[];
  jenisKelamin?: readonly unknown[];
  usia?: readonly unknown[];
  pendidikan?: readonly unknown[];
  pekerjaan?: readonly unknown[];
}

/** A category of a respondent-profile table and the cell texts counted for it. */
export interface ProfilKategori {
  label: string;
  /** Texts compared case-insensitively, as COUNTIF compares them. */
  words?: readonly string[];
  /** An age group: lo < usia ≤ hi (numbers only, as COUNTIFS compares). */
  lo?: number;
  hi?: number;
}

export interface ProfilGroup {
  key: "jenisKelamin" | "usia" | "pendidikan" | "pekerjaan";
  title: string;
  kategori: readonly ProfilKategori[];
}

/** The respondent profile as published SKM reports group it. */
export const PROFIL_GROUPS: readonly ProfilGroup[] = [
  {
    key: "jenisKelamin",
    title: "Jenis Kelamin",
    kategori: [
      { label: "Laki-laki", words: ["L", "Laki-laki", "Laki laki", "Pria"] },
      { label: "Perempuan", words: ["P", "Perempuan", "Wanita"] },
    ],
  },
  {
    key: "usia",
    title: "Usia",
    kategori: [
      { label: "≤ 20 tahun", lo: 0, hi: 20 },
      { label: "21–30 tahun", lo: 20, hi: 30 },
      { label: "31–40 tahun", lo: 30, hi: 40 },
      { label: "41–50 tahun", lo: 40, hi: 50 },
      { label: "> 50 tahun", lo: 50 },
    ],
  },
  {
    key: "pendidikan",
    title: "Pendidikan",
    kategori: [
      { label: "SD ke bawah", words: ["Tidak Sekolah", "SD", "SD/Sederajat", "SD/MI"] },
      { label: "SMP/sederajat", words: ["SMP", "SMP/Sederajat", "SMP/MTs", "SLTP"] },
      { label: "SMA/sederajat", words: ["SMA", "SMA/Sederajat", "SMA/SMK", "SMK", "MA", "SLTA"] },
      { label: "D1–D3", words: ["D1", "D2", "D3", "D1/D2/D3", "D1-D3", "Diploma"] },
      { label: "D4/S1", words: ["D4", "S1", "D4/S1", "S1/D4", "Sarjana"] },
      { label: "S2/S3", words: ["S2", "S3", "S2/S3", "Pascasarjana"] },
    ],
  },
  {
    key: "pekerjaan",
    title: "Pekerjaan",
    kategori: [
      { label: "PNS/ASN", words: ["PNS", "ASN", "PNS/ASN", "PPPK"] },
      { label: "TNI/Polri", words: ["TNI", "Polri", "TNI/Polri"] },
      { label: "Pegawai swasta", words: ["Pegawai Swasta", "Swasta", "Karyawan Swasta", "Karyawan"] },
      { label: "Wiraswasta", words: ["Wiraswasta", "Wirausaha", "Pedagang", "Pengusaha"] },
      { label: "Petani/nelayan", words: ["Petani", "Nelayan", "Petani/Nelayan", "Peternak", "Buruh Tani"] },
      { label: "Pelajar/mahasiswa", words: ["Pelajar", "Mahasiswa", "Pelajar/Mahasiswa", "Siswa"] },
      { label: "Ibu rumah tangga", words: ["Ibu Rumah Tangga", "IRT", "Mengurus Rumah Tangga"] },
    ],
  },
];

/** The rows after a group's categories: filled but unmatched, and blank. */
export const LAINNYA = "Lainnya";
export const TIDAK_DIISI = "Tidak diisi";

export interface SkmValues {
  /** Whether any answer cell holds anything (COUNTA > 0): only then are NRR and IKM shown. */
  answered: boolean;
  /** Rows with at least one answer (the number 0 is a blank cell, as the add-in reads it). */
  respondents: number;
  /** First and last survey date (serials > 0), null without one. */
  first: number | null;
  last: number | null;
  nrr: Result<number[]>;
  ikm: Result<number>;
  mutu: Result<string>;
  kinerja: Result<string>;
  /** Unsur indexes (0-based) weakest first, ties in unsur order; empty when NRR fails. */
  ranking: number[];
  /** Per group key, per category then Lainnya (text groups) and Tidak diisi: counts. */
  profil: Record<string, number[]>;
}

/** Whether a text cell is counted for `k` (COUNTIF: whole text, case-insensitive). */
function matches(x: unknown, k: ProfilKategori): boolean {
  if (k.words) return typeof x === "string" && k.words.some((w) => w.toLowerCase() === x.toLowerCase());
  return typeof x === "number" && x > (k.lo ?? 0) && (k.hi === undefined || x <= k.hi);
}

/** Counts of `g`'s categories in `column`, then Lainnya (text groups) and Tidak diisi. */
export function profilCounts(g: ProfilGroup, column: readonly unknown[], respondents: number): number[] {
  const counts = g.kategori.map((k) => column.filter((x) => matches(x, k)).length);
  const matched = counts.reduce((a, b) => a + b, 0);
  if (g.key === "usia") return [...counts, respondents - matched];
  const filled = column.filter((x) => !isBlank(x) && String(x).trim() !== "").length;
  return [...counts, filled - matched, respondents - filled];
}

/** Unsur indexes by NRR ascending, ties in unsur order (the rank formulas' order). */
export function rankWeakest(nrr: readonly number[]): number[] {
  return nrr.map((_, i) => i).sort((a, b) => nrr[a] - nrr[b] || a - b);
}

/** Everything the report shows, for `survey` and the bobot per unsur `bobot`. */
export function skmValues(survey: SkmSurvey, bobot: number): SkmValues {
  const respondents = survey.jawaban.filter((row) => row.some((x) => !isBlankCell(x))).length;
  const dates = (survey.tanggal ?? []).filter((x): x is number => typeof x === "number" && x > 0);
  const answered = survey.jawaban.some((row) => row.some((x) => x !== null && x !== undefined && x !== ""));
  const nrr = answered ? ikmNrr(survey.jawaban) : [];
  const value = ikm(survey.jawaban, bobot);
  const profil: Record<string, number[]> = {};
  for (const g of PROFIL_GROUPS) profil[g.key] = profilCounts(g, survey[g.key] ?? [], respondents);
  return {
    answered,
    respondents,
    first: dates.length ? Math.min(...dates) : null,
    last: dates.length ? Math.max(...dates) : null,
    nrr,
    ikm: value,
    mutu: isIkuError(value) ? value : ikmMutu(value),
    kinerja: isIkuError(value) ? value : ikmKinerja(value),
    ranking: isIkuError(nrr) || nrr.length !== UNSUR_IKM.length ? [] : rankWeakest(nrr),
    profil,
  };
}
