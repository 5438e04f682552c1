/**
 * A kecamatan's IKU profile: everything the official IKU document states, plus the desa
 * list the data sheets are prefilled with. Pure data; presets live in ./presets/.
 */

import type { PredikatStep } from "./capaian";
import type { Measure } from "./measure";
import { DOKDESA_MEASURE, FASILITASI_MEASURE } from "./measure";

/**
 * Which computation an indicator's realisasi comes from (and so which data sheet): the three
 * fixed kinds of v1. Issue 10 replaces it by `Indicator.pengukuran` (src/core/measure.ts);
 * until the registry lands, read an indicator's measurement with {@link measureOf}.
 */
export type IndicatorKind = "fasilitasi" | "dokdesa" | "ikm" | "rasio" | "nilai";

/** The kinds this version can build and compute (src/core/indicators/ has a module for each). */
export const BUILDABLE_KINDS: readonly IndicatorKind[] = ["fasilitasi", "dokdesa", "ikm", "rasio", "nilai"];

/**
 * For switches over kinds this version cannot build yet: profile validation and the Profil
 * reader refuse such a kind, so reaching this is a programming error.
 */
export function unbuildableKind(kind: IndicatorKind): never {
  throw new Error(`Jenis pengukuran "${kind}" belum dapat dibuat oleh versi ini`);
}

/** The `kind` of a measurement (the v1 name of its jenis). */
export function kindOfMeasure(m: Measure): IndicatorKind {
  switch (m.jenis) {
    case "daftar":
      return "fasilitasi";
    case "dokumen-desa":
      return "dokdesa";
    case "survei-ikm":
      return "ikm";
    default:
      return m.jenis;
  }
}

export type Polarity = "positif" | "negatif";

/**
 * Percent indicators hold targets as fractions (0.84 = 84 %); "indeks" is the IKM 25–100;
 * "nilai" is any other typed number (Nilai SAKIP, an index, a count) shown with its decimals.
 */
export type Unit = "persen" | "indeks" | "nilai";

export interface Indicator {
  kind: IndicatorKind;
  /** How realisasi is measured, with its options; absent = the default of `kind`. */
  pengukuran?: Measure;
  /** Sasaran Strategis (consecutive indicators with the same text share one merged cell). */
  sasaran: string;
  /** Indikator Kinerja Utama, e.g. "Persentase hasil fasilitasi dan koordinasi yang ditindaklanjuti". */
  nama: string;
  /** Rumus/Formula text as the document states it. */
  rumus: string;
  /** Penjelasan (may be empty). */
  penjelasan: string;
  /** The year's target: a fraction for "persen", 25–100 for "indeks"; null = left for the user. */
  target: number | null;
  satuan: Unit;
  polaritas: Polarity;
  sumberData: string;
  penanggungJawab: string;
}

/**
 * The measured part of the Indikator Tujuan: everything an Indicator has besides its texts
 * (the name is Profile.indikatorTujuan). Kinds: TUJUAN_KINDS.
 */
export interface TujuanUkur {
  kind: IndicatorKind;
  /** Options of the measurement; absent = the default of `kind`. */
  pengukuran?: Measure;
  target: number | null;
  satuan: Unit;
  polaritas: Polarity;
}

/**
 * The kinds a tujuan can be measured with. A daftar or dokumen-desa tujuan would need its own
 * data sheet next to the IKU's (same sheet, same names), so they are refused for now.
 */
export const TUJUAN_KINDS: readonly IndicatorKind[] = ["nilai", "rasio", "ikm"];

/**
 * The index the registry modules get for the tujuan (IKU are 0, 1, …): its typed inputs are
 * IKU_Masukan_Tujuan (masukanName(TUJUAN_INDEX + 1)), its target IKU_Target_Tujuan.
 */
export const TUJUAN_INDEX = -1;

/** The measured tujuan as an Indicator (for the registry and the capaian cells), or null. */
export function tujuanIndicator(p: Pick<Profile, "indikatorTujuan" | "tujuanUkur">): Indicator | null {
  const u = p.tujuanUkur;
  if (!u) return null;
  return {
    kind: u.kind,
    ...(u.pengukuran ? { pengukuran: u.pengukuran } : {}),
    sasaran: "",
    nama: p.indikatorTujuan,
    rumus: "",
    penjelasan: "",
    target: u.target,
    satuan: u.satuan,
    polaritas: u.polaritas,
    sumberData: "",
    penanggungJawab: "",
  };
}

export interface Signatory {
  /** Place of signing, e.g. "Lumajang". */
  tempat: string;
  /** ISO date yyyy-mm-dd. */
  tanggal: string;
  /** e.g. "Camat Randuagung". */
  jabatan: string;
  nama: string;
  /** 18 digits, written with the usual spaces: "19680901 199202 2 002". */
  nip: string;
}

export interface Profile {
  kabupaten: string;
  /** Name of the kecamatan without the word "Kecamatan", e.g. "Randuagung". */
  kecamatan: string;
  /** Instansi as printed, e.g. "Kecamatan Randuagung". */
  instansi: string;
  /** Performance (target) year N. */
  tahun: number;
  /**
   * The title's second line when the document words it differently from the usual
   * "ORGANISASI PERANGKAT DAERAH" (Sumbersuko 2020: "ORGANISASI KERJA PERANGKAT DAERAH ( OPD )").
   * Absent → the usual line.
   */
  judulOrganisasi?: string;
  /** Label of the duty row: the 2025 documents say "Tugas Pokok", Sumbersuko 2020 "Tugas". */
  tugasLabel: string;
  tugasPokok: string;
  /** Fungsi items without their letters; the sheet letters them a., b., … */
  fungsi: string[];
  tujuan: string;
  /** The name of the Indikator Tujuan (what the identity block prints). */
  indikatorTujuan: string;
  /**
   * How the Indikator Tujuan is measured, when the document gives it a target (issue 10):
   * absent = a name only, as before. Measured through the registry like an IKU.
   */
  tujuanUkur?: TujuanUkur;
  indicators: Indicator[];
  /** Names of the desa (not kelurahan) of the kecamatan, in the official order. */
  desa: string[];
  penandatangan: Signatory;
  /**
   * IKM bobot per unsur as the office publishes it: exact 1/9 (PermenPAN-RB 14/2017), or the
   * rounded 0,111 or 0,11 some offices use (a published 29-respondent table reports 90,56,
   * which is 0,11). Absent → exact 1/9. See IKM_BOBOT_CHOICES.
   */
  ikmBobot?: number;
  /**
   * The office's own predikat scale (capaian ≥ min gets label), highest bound first, as
   * parseSkala accepts it. Absent → DEFAULT_PREDIKAT_SCALE (src/core/capaian.ts). Issue 10:
   * used by the sheets' PREDIKAT cells, `iku hitung` and `iku rekap` alike.
   */
  skalaPredikat?: PredikatStep[];
}

/** The bobot values offices publish with, exact 1/9 first (the default). */
export const IKM_BOBOT_CHOICES: readonly { readonly value: number; readonly label: string }[] = [
  { value: 1 / 9, label: "1/9 (tepat)" },
  { value: 0.111, label: "0,111" },
  { value: 0.11, label: "0,11" },
];

/** The profile's IKM bobot: one of IKM_BOBOT_CHOICES (exact 1/9 when absent). */
export function ikmBobotOf(profile: Pick<Profile, "ikmBobot">): number {
  return profile.ikmBobot ?? 1 / 9;
}

/** The choice `x` stands for (within rounding noise of a typed cell), or undefined. */
export function ikmBobotChoice(x: number): number | undefined {
  return IKM_BOBOT_CHOICES.find((c) => Math.abs(c.value - x) < 1e-9)?.value;
}

/** How `ind`'s realisasi is measured: its `pengukuran`, or the v1 default of its kind. */
export function measureOf(ind: Pick<Indicator, "kind" | "pengukuran">): Measure {
  if (ind.pengukuran) return ind.pengukuran;
  switch (ind.kind) {
    case "fasilitasi":
      return { ...FASILITASI_MEASURE };
    case "dokdesa":
      return { ...DOKDESA_MEASURE, dokumen: [...DOKDESA_MEASURE.dokumen] };
    case "ikm":
      return { jenis: "survei-ikm" };
    case "rasio":
      return { jenis: "rasio", pembilang: "Pembilang", penyebut: "Penyebut" };
    case "nilai":
      return { jenis: "nilai" };
  }
}

/** Key-order-independent text of a measure, to compare it with another. */
function canon(m: Measure): string {
  const o = m as unknown as Record<string, unknown>;
  return JSON.stringify(
    Object.keys(o)
      .sort()
      .map((k) => [k, o[k]]),
  );
}

/**
 * The Indicator fields of a measurement: `kind` = kindOfMeasure, and `pengukuran` only when
 * the options differ from the kind's default, so the presets round-trip without it (the one
 * rule of the Profil reader, the JSON reader and the pane).
 */
export function measureFields(m: Measure): Pick<Indicator, "kind" | "pengukuran"> {
  const kind = kindOfMeasure(m);
  return canon(m) === canon(measureOf({ kind })) ? { kind } : { kind, pengukuran: m };
}
