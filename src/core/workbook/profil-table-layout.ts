/**
 * The Profil indicator table's columns and words (issue 10), without the sheet builder: the
 * reader (profil-table-read.ts) needs only these, so reading a Profil when the pane opens does
 * not load the sheet builders and the formula translation.
 */
import { MEASURE_KINDS } from "../measure";
import type { MeasureKind } from "../measure";
import type { Polarity, Unit } from "../profile";

export const UNITS: readonly Unit[] = ["persen", "indeks", "nilai"];
export const POLARITIES: readonly Polarity[] = ["positif", "negatif"];

/** At least this many rows (filled + spare) so staff can add indicators without inserting rows. */
export const TABLE_MIN_ROWS = 15;

export type Col =
  | "no"
  | "nama"
  | "jenis"
  | "sasaran"
  | "rumus"
  | "penjelasan"
  | "target"
  | "satuan"
  | "polaritas"
  | "sumberData"
  | "penanggungJawab"
  | "lembar"
  | "kolomItem"
  | "kolomStatus"
  | "dokumen"
  | "pembilang"
  | "penyebut"
  | "desimal";

/** Column order, header captions and widths. Column A/B widths are the label rows' own. */
export const TABLE_COLUMNS: readonly { key: Col; header: string; width: number }[] = [
  { key: "no", header: "No.", width: 0 },
  { key: "nama", header: "Indikator", width: 0 },
  { key: "jenis", header: "Jenis Pengukuran", width: 16 },
  { key: "sasaran", header: "Sasaran Strategis", width: 36 },
  { key: "rumus", header: "Rumus", width: 36 },
  { key: "penjelasan", header: "Penjelasan", width: 36 },
  { key: "target", header: "Target", width: 10 },
  { key: "satuan", header: "Satuan", width: 10 },
  { key: "polaritas", header: "Polaritas", width: 10 },
  { key: "sumberData", header: "Sumber Data", width: 22 },
  { key: "penanggungJawab", header: "Penanggung Jawab", width: 22 },
  { key: "lembar", header: "Daftar: Nama Lembar", width: 16 },
  { key: "kolomItem", header: "Daftar: Kolom Item", width: 16 },
  { key: "kolomStatus", header: "Daftar: Kolom Ya/Tidak", width: 16 },
  { key: "dokumen", header: "Dokumen Desa: Dokumen", width: 26 },
  { key: "pembilang", header: "Rasio: Pembilang", width: 22 },
  { key: "penyebut", header: "Rasio: Penyebut", width: 22 },
  { key: "desimal", header: "Nilai: Desimal", width: 10 },
];
const COL = new Map(TABLE_COLUMNS.map((c, i) => [c.key, i + 1]));
export const col = (k: Col): number => COL.get(k) ?? 0;
export const TABLE_WIDTH = TABLE_COLUMNS.length;

export const JENIS_IDS: readonly MeasureKind[] = MEASURE_KINDS.map((k) => k.jenis);
/** v1 kind names typed in old workbooks and by habit. */
export const V1_NAMES: Record<string, MeasureKind> = {
  fasilitasi: "daftar",
  dokdesa: "dokumen-desa",
  ikm: "survei-ikm",
};
export const LEGEND_TITLE = "Jenis Pengukuran (kolom C):";
