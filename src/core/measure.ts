/**
 * How an indicator's realisasi is measured (issue 10): the five measurement kinds and their
 * options, as data. This is the contract the indicator registry, the Profil indicator table,
 * the profile JSON (profil.schema.json) and the pane editor share; the registry
 * (src/core/indicators/) adds each kind's sheets, names and computations.
 */

/** The village documents a `dokumen-desa` indicator can count, in the sheet's column order. */
export const DOKUMEN_DESA = ["RKPDesa", "APBDesa", "LPPDesa"] as const;
export type DokumenDesa = (typeof DOKUMEN_DESA)[number];

/** A log with one row per item and a Ya/Tidak column: realisasi = Ya ÷ rows with a status. */
export interface DaftarMeasure {
  jenis: "daftar";
  /** Name of its data sheet, e.g. "Fasilitasi", "Pengaduan". */
  lembar: string;
  /** Caption of the item column, e.g. "Kegiatan", "Pengaduan". */
  kolomItem: string;
  /** Caption of the Ya/Tidak column, e.g. "Ditindaklanjuti", "Diselesaikan". */
  kolomStatus: string;
}

/**
 * One row per desa; realisasi = documents on time ÷ (desa × chosen documents), the "rata-rata
 * persentase" of the Lumajang IKU 2 (DOMAIN.md) over the chosen documents.
 */
export interface DokumenDesaMeasure {
  jenis: "dokumen-desa";
  /** Non-empty, no repeats, in DOKUMEN_DESA order. */
  dokumen: DokumenDesa[];
}

/** The IKM survey sheet (PermenPAN-RB 14/2017); the profile's bobot applies. */
export interface SurveiIkmMeasure {
  jenis: "survei-ikm";
}

/** Two counts typed per quarter on Pengukuran Kinerja: realisasi = pembilang ÷ penyebut. */
export interface RasioMeasure {
  jenis: "rasio";
  /** Caption of the numerator, e.g. "Pengaduan yang diselesaikan". */
  pembilang: string;
  /** Caption of the denominator, e.g. "Pengaduan yang diterima". */
  penyebut: string;
}

/** A value typed per quarter on Pengukuran Kinerja (Nilai SAKIP, an index, a count). */
export interface NilaiMeasure {
  jenis: "nilai";
  /** Decimals shown (0 for a count); 2 when absent. */
  desimal?: number;
}

export type Measure = DaftarMeasure | DokumenDesaMeasure | SurveiIkmMeasure | RasioMeasure | NilaiMeasure;
export type MeasureKind = Measure["jenis"];

/** Every kind with its Indonesian label and the one-line explanation the pane and Profil show. */
export const MEASURE_KINDS: readonly {
  readonly jenis: MeasureKind;
  readonly label: string;
  readonly penjelasan: string;
}[] = [
  {
    jenis: "daftar",
    label: "Daftar Ya/Tidak",
    penjelasan: "Satu baris per kegiatan/pengaduan dengan kolom Ya/Tidak; realisasi = Ya ÷ baris terisi.",
  },
  {
    jenis: "dokumen-desa",
    label: "Dokumen desa tepat waktu",
    penjelasan:
      "Satu baris per desa; realisasi = dokumen tepat waktu ÷ (jumlah desa × jumlah dokumen dipilih).",
  },
  {
    jenis: "survei-ikm",
    label: "Survei IKM",
    penjelasan: "Lembar Survei IKM (9 unsur, PermenPAN-RB 14/2017); realisasi = nilai IKM 25–100.",
  },
  {
    jenis: "rasio",
    label: "Rasio dua angka",
    penjelasan: "Pembilang dan penyebut diketik per triwulan; realisasi = pembilang ÷ penyebut.",
  },
  {
    jenis: "nilai",
    label: "Nilai yang diketik",
    penjelasan: "Satu nilai diketik per triwulan (Nilai SAKIP, indeks, jumlah); realisasi = nilai itu.",
  },
];

/** The options of today's Fasilitasi log, the `daftar` of the Lumajang documents. */
export const FASILITASI_MEASURE: DaftarMeasure = {
  jenis: "daftar",
  lembar: "Fasilitasi",
  kolomItem: "Kegiatan",
  kolomStatus: "Ditindaklanjuti",
};

/** Today's Dokumen Desa sheet: all three documents. */
export const DOKDESA_MEASURE: DokumenDesaMeasure = {
  jenis: "dokumen-desa",
  dokumen: [...DOKUMEN_DESA],
};
