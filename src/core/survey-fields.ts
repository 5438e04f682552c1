/**
 * The columns of the IKM survey sheet, in sheet order, with the captions its header shows and
 * the other names survey exports (e-SKM apps, Google Forms) give them. One list so the survey
 * sheet, the Laporan SKM sheet and the survey import agree on what each column means; the
 * import finds columns by these names, never by position (some apps swap U8 and U9).
 */
import { UNSUR_IKM } from "./ikm";
import { NAMES } from "./workbook/model";

export type SurveyFieldKind = "tanggal" | "teks" | "usia" | "skor";

export interface SurveyField {
  /** Stable key: "tanggal", "layanan", …, "u1"…"u9". */
  readonly key: string;
  /** Header caption on the survey sheet. */
  readonly caption: string;
  /** Other names an export may use (compared case- and punctuation-insensitively). */
  readonly aliases: readonly string[];
  readonly kind: SurveyFieldKind;
  /** Defined name of the column's data range (scores share NAMES.ikmJawaban). */
  readonly name?: string;
  /** Optional columns may stay empty; the answers and the date are the survey itself. */
  readonly optional: boolean;
}

/** Respondent columns before the answers. */
export const SURVEY_RESPONDENT_FIELDS: readonly SurveyField[] = [
  {
    key: "tanggal",
    caption: "Tanggal",
    aliases: ["tanggal survei", "tgl", "timestamp", "stempel waktu", "waktu", "date"],
    kind: "tanggal",
    name: NAMES.ikmTanggal,
    optional: false,
  },
  {
    key: "layanan",
    caption: "Jenis Layanan",
    aliases: ["layanan", "jenis pelayanan", "pelayanan", "nama layanan", "service"],
    kind: "teks",
    name: NAMES.ikmLayanan,
    optional: true,
  },
  {
    key: "jenisKelamin",
    caption: "Jenis Kelamin",
    aliases: ["kelamin", "gender", "l/p", "jk"],
    kind: "teks",
    name: NAMES.ikmJenisKelamin,
    optional: true,
  },
  {
    key: "usia",
    caption: "Usia",
    aliases: ["umur", "usia (tahun)", "umur (tahun)", "age"],
    kind: "usia",
    name: NAMES.ikmUsia,
    optional: true,
  },
  {
    key: "pendidikan",
    caption: "Pendidikan",
    aliases: ["pendidikan terakhir", "tingkat pendidikan", "education"],
    kind: "teks",
    name: NAMES.ikmPendidikan,
    optional: true,
  },
  {
    key: "pekerjaan",
    caption: "Pekerjaan",
    aliases: ["pekerjaan utama", "profesi", "occupation"],
    kind: "teks",
    name: NAMES.ikmPekerjaan,
    optional: true,
  },
];

/** Short names exports use for each unsur, besides "U1" and the full regulation name. */
const UNSUR_ALIASES: readonly (readonly string[])[] = [
  ["persyaratan pelayanan"],
  ["prosedur", "sistem mekanisme dan prosedur", "sistem, mekanisme dan prosedur"],
  ["waktu", "waktu pelayanan", "jangka waktu penyelesaian"],
  ["biaya", "tarif", "biaya tarif"],
  ["produk", "produk layanan", "produk spesifikasi jenis layanan", "spesifikasi jenis pelayanan"],
  ["kompetensi", "kompetensi petugas"],
  ["perilaku", "perilaku petugas", "sikap petugas"],
  ["pengaduan", "penanganan pengaduan", "penanganan pengaduan saran dan masukan"],
  ["sarana", "sarana prasarana", "sarana dan prasarana"],
];

/** The nine answer columns U1–U9, headed "U<n> <unsur>" on the sheet. */
export const SURVEY_UNSUR_FIELDS: readonly SurveyField[] = UNSUR_IKM.map((u, i) => ({
  key: `u${i + 1}`,
  caption: `U${i + 1} ${u}`,
  aliases: [`u${i + 1}`, `unsur ${i + 1}`, u, ...UNSUR_ALIASES[i]],
  kind: "skor" as const,
  optional: false,
}));

/** Every survey column after No., in sheet order. */
export const SURVEY_FIELDS: readonly SurveyField[] = [...SURVEY_RESPONDENT_FIELDS, ...SURVEY_UNSUR_FIELDS];
