/**
 * The kabupaten recap: every kecamatan's IKU computed from its own workbook data with the
 * core (never from cached cell values), one row per kecamatan × indicator, a summary per
 * indicator over the accepted kecamatan, and the notes (Catatan) on every file that was
 * refused and why. Pure: the workbooks arrive already read (src/xlsx/read.ts).
 */

import { evaluateIndicators, type IkuWorkbookData, type IndicatorResult } from "./evaluate";
import { isIkuError, type Result } from "./errors";
import type { IndicatorKind, Polarity, Unit } from "./profile";
import { findKecamatan, kecamatanKey, listKecamatan, suggestKecamatan } from "./wilayah";

/** One workbook handed to the recap: its file name and what the reader made of it. */
export interface RekapInput {
  fileName: string;
  data: Result<IkuWorkbookData>;
}

/** One computed indicator of one kecamatan, with what the sheet needs to rebuild capaian. */
export interface RekapRow extends IndicatorResult {
  polaritas: Polarity;
  /** indikatorKey(indikator): the row's group in the recap. */
  key: string;
}

/** An accepted kecamatan and its indicators, in the order of its profile. */
export interface RekapKecamatan {
  kecamatan: string;
  fileName: string;
  rows: RekapRow[];
}

/** min / max / mean over the kecamatan that have a value; null when none has. */
export interface Stats {
  count: number;
  min: number;
  max: number;
  mean: number;
}

/** Summary of one indicator (grouped by normalised name) across the accepted kecamatan. */
export interface RekapSummary {
  /** The group key: indikatorKey of the indicator's name. */
  key: string;
  /** The measurement kind of the first kecamatan having it (informative only). */
  kind: IndicatorKind;
  /** The indicator's name as the first kecamatan having it states it. */
  nama: string;
  satuan: Unit;
  /** How many accepted kecamatan have this indicator at all. */
  kecamatan: number;
  realisasi: Stats | null;
  capaian: Stats | null;
  /** Accepted kecamatan (names, recap order) that do not have this indicator. */
  tanpa: string[];
}

/** A line of the Catatan section: a refused file (`ditolak`) or a remark on an accepted one. */
export interface RekapNote {
  fileName: string;
  kecamatan: string | null;
  ditolak: boolean;
  message: string;
}

export interface RekapResult {
  /** The recap's year (the one most files share); null when no file could be read. */
  tahun: number | null;
  /** Accepted kecamatan in the official order (Kemendagri code), unknown names last. */
  kecamatan: RekapKecamatan[];
  /**
   * One per indicator (by indikatorKey), in order of first appearance walking the accepted
   * kecamatan in recap order and each one's indicators in profile order.
   */
  summaries: RekapSummary[];
  catatan: RekapNote[];
}

export { kecamatanKey };

/**
 * The recap's grouping key of an indicator name: Unicode NFKC, lower case, every run of
 * white space one space, trimmed. Punctuation and words such as "Persentase" are kept, so
 * "Persentase desa …" and "Desa …" stay two indicators: only how it is typed is forgiven.
 */
export function indikatorKey(nama: string): string {
  return nama.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

/** A value from a file quoted in a note: at most `max` characters, one line, "…" when cut. */
export function shortText(value: string, max = 40): string {
  const one = value
    .slice(0, max * 4)
    .replace(/[\p{Cc}\p{Cf}]/gu, "")
    .replace(/\s+/g, " ")
    .trim();
  return one.length > max ? `${one.slice(0, max)}…` : one;
}

/** Index of each kecamatan in the official order, by key. */
function officialOrder(): Map<string, number> {
  return new Map(listKecamatan().map((k, i) => [kecamatanKey(k.nama), i]));
}

/**
 * The tahun most readable files share; a tie goes to the tahun of the earliest of the tied
 * files (the user listed it first, so it is the one they meant).
 */
function majorityTahun(read: { data: IkuWorkbookData }[]): number | null {
  const counts = new Map<number, number>();
  for (const r of read) counts.set(r.data.profile.tahun, (counts.get(r.data.profile.tahun) ?? 0) + 1);
  let best: number | null = null;
  for (const r of read) {
    const t = r.data.profile.tahun;
    if (best === null || (counts.get(t) ?? 0) > (counts.get(best) ?? 0)) best = t;
  }
  return best;
}

/** Stats of the non-null values, or null when there are none. */
export function statsOf(values: readonly (number | null)[]): Stats | null {
  const xs = values.filter((x): x is number => x !== null && Number.isFinite(x));
  if (xs.length === 0) return null;
  const sum = xs.reduce((a, b) => a + b, 0);
  return { count: xs.length, min: Math.min(...xs), max: Math.max(...xs), mean: sum / xs.length };
}

/** The indicators of the recap in order of first appearance (see RekapResult.summaries). */
function indicatorOrder(kecamatan: RekapKecamatan[]): string[] {
  const keys: string[] = [];
  for (const k of kecamatan) for (const r of k.rows) if (!keys.includes(r.key)) keys.push(r.key);
  return keys;
}

function summariesOf(kecamatan: RekapKecamatan[]): RekapSummary[] {
  return indicatorOrder(kecamatan).map((key) => {
    const having = kecamatan.filter((k) => k.rows.some((r) => r.key === key));
    // A kecamatan listing the same indicator twice counts each row (both are in the table).
    const rows = having.flatMap((k) => k.rows.filter((r) => r.key === key));
    return {
      key,
      kind: rows[0].kind,
      nama: rows[0].indikator,
      satuan: rows[0].satuan,
      kecamatan: having.length,
      realisasi: statsOf(rows.map((r) => r.realisasi)),
      capaian: statsOf(rows.map((r) => r.capaian)),
      tanpa: kecamatan.filter((k) => !having.includes(k)).map((k) => k.kecamatan),
    };
  });
}

/** One note per accepted kecamatan lacking some of the recap's indicators. */
function missingNotes(kecamatan: RekapKecamatan[], summaries: RekapSummary[]): RekapNote[] {
  return kecamatan.flatMap((k) => {
    const lacks = summaries
      .filter((s) => s.tanpa.includes(k.kecamatan))
      .map((s) => `"${shortText(s.nama, 80)}"`);
    if (lacks.length === 0) return [];
    return [
      {
        fileName: k.fileName,
        kecamatan: k.kecamatan,
        ditolak: false,
        message: `tidak memiliki indikator ${lacks.join(", ")}; tidak ikut dalam ringkasan indikator tersebut`,
      },
    ];
  });
}

/** Remarks on an accepted kecamatan: indicators that have no realisasi or capaian yet. */
function remarks(k: RekapKecamatan): RekapNote[] {
  return k.rows
    .filter((r) => r.realisasi === null || r.target === null)
    .map((r) => ({
      fileName: k.fileName,
      kecamatan: k.kecamatan,
      ditolak: false,
      message:
        r.realisasi === null
          ? `"${r.indikator}": data belum diisi, realisasi belum dapat dihitung`
          : `"${r.indikator}": target belum diisi di lembar Profil, capaian tidak dihitung`,
    }));
}

/**
 * Builds the recap of several kecamatan workbooks. Each file is judged on its own and a bad
 * one never stops the others. In this order, a file is refused when: it could not be read
 * (not an xlsx, damaged, not an IKU workbook); its tahun differs from the one most files
 * share; the functions reject its data; or an earlier accepted file already covers its
 * kecamatan (the first one wins, the note names it).
 * @param inputs the files in the order the user gave them.
 * @returns rows, per-indicator summaries and the Catatan; nothing accepted → `kecamatan` empty.
 */
export function buildRekap(inputs: readonly RekapInput[]): RekapResult {
  const catatan: RekapNote[] = [];
  const refuse = (fileName: string, kecamatan: string | null, message: string): void => {
    catatan.push({ fileName, kecamatan, ditolak: true, message });
  };

  const read: { fileName: string; data: IkuWorkbookData }[] = [];
  for (const input of inputs) {
    if (isIkuError(input.data)) refuse(input.fileName, null, input.data.message);
    else read.push({ fileName: input.fileName, data: input.data });
  }
  const tahun = majorityTahun(read);

  const accepted: RekapKecamatan[] = [];
  const byKey = new Map<string, RekapKecamatan>();
  for (const { fileName, data } of read) {
    const raw = data.profile.kecamatan;
    const official = findKecamatan(raw);
    if (!official) {
      // A name that is not one of the 21 would add a row no kecamatan owns: say so instead.
      const shown = shortText(raw);
      refuse(
        fileName,
        null,
        shown === ""
          ? "nama kecamatan di lembar Profil kosong; isi dengan salah satu dari 21 kecamatan Kabupaten Lumajang"
          : `kecamatan "${shown}" di lembar Profil bukan salah satu dari 21 kecamatan Kabupaten Lumajang ` +
              `(mungkin maksud Anda: ${suggestKecamatan(raw).join(", ")})`,
      );
      continue;
    }
    const nama = official.nama;
    if (data.profile.tahun !== tahun) {
      refuse(
        fileName,
        nama,
        `tahun ${data.profile.tahun} berbeda dari tahun rekap ${String(tahun)} (tahun sebagian besar berkas)`,
      );
      continue;
    }
    const results = evaluateIndicators(data);
    const errors = results.filter((r) => r.error);
    if (errors.length > 0) {
      const why = errors.map((r) => `"${r.indikator}": ${r.error?.message ?? ""}`).join("; ");
      refuse(fileName, nama, `data ditolak — ${why}`);
      continue;
    }
    const key = kecamatanKey(nama);
    const first = byKey.get(key);
    if (first) {
      refuse(
        fileName,
        nama,
        `Kecamatan ${nama} sudah direkap dari berkas ${first.fileName}; berkas ini diabaikan`,
      );
      continue;
    }
    const k: RekapKecamatan = {
      kecamatan: nama,
      fileName,
      rows: results.map((r, i) => ({
        ...r,
        polaritas: data.profile.indicators[i].polaritas,
        key: indikatorKey(r.indikator),
      })),
    };
    byKey.set(key, k);
    accepted.push(k);
  }

  const order = officialOrder();
  const rank = (k: RekapKecamatan): number => order.get(kecamatanKey(k.kecamatan)) ?? order.size;
  // Array.prototype.sort is stable: unknown names keep the order the user gave.
  const kecamatan = [...accepted].sort((a, b) => rank(a) - rank(b));
  const summaries = summariesOf(kecamatan);
  catatan.push(...missingNotes(kecamatan, summaries));
  for (const k of kecamatan) catatan.push(...remarks(k));
  return { tahun, kecamatan, summaries, catatan };
}

/** Whether any file was refused (the CLI's exit code, the task pane's warning). */
export function anyRejected(rekap: RekapResult): boolean {
  return rekap.catatan.some((n) => n.ditolak);
}
