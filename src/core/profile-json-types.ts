/**
 * The profile JSON format (profil.schema.json at the project root) as TypeScript types, and
 * Profile → JSON. Keys are the Indonesian words of the IKU documents; the inverse parser with
 * its error paths is ./profile-json.ts.
 */
import { DEFAULT_PREDIKAT_SCALE } from "./capaian";
import type { Measure } from "./measure";
import type { Indicator, Polarity, Profile, Unit } from "./profile";
import { ikmBobotOf, measureOf, tujuanIndicator } from "./profile";

/** A target as written: a fraction (0.84), an index (80), "84%", or null (to fill in later). */
export type JsonTarget = number | string | null;

export interface ProfilJsonIndikator {
  sasaran: string;
  nama: string;
  rumus: string;
  penjelasan: string;
  target: JsonTarget;
  satuan: Unit;
  polaritas: Polarity;
  sumberData: string;
  penanggungJawab: string;
  pengukuran: Measure;
}

export interface ProfilJson {
  $schema?: string;
  kecamatan: string;
  kabupaten: string;
  instansi: string;
  tahun: number;
  judulOrganisasi?: string;
  tugasLabel: string;
  tugasPokok: string;
  fungsi: string[];
  tujuan: string;
  /** The name; with `pengukuran`, the tujuan is measured with its own target (Profile.tujuanUkur). */
  indikatorTujuan: {
    nama: string;
    satuan?: Unit;
    target?: JsonTarget;
    polaritas?: Polarity;
    pengukuran?: Measure;
  };
  desa?: string[];
  penandatangan: { tempat: string; tanggal: string; jabatan: string; nama: string; nip: string };
  skalaPredikat?: { batas: JsonTarget; predikat: string }[];
  bobotIkm?: "1/9" | number;
  indikator: ProfilJsonIndikator[];
}

function indikatorJson(ind: Indicator): ProfilJsonIndikator {
  return {
    sasaran: ind.sasaran,
    nama: ind.nama,
    rumus: ind.rumus,
    penjelasan: ind.penjelasan,
    target: ind.target,
    satuan: ind.satuan,
    polaritas: ind.polaritas,
    sumberData: ind.sumberData,
    penanggungJawab: ind.penanggungJawab,
    // Always written out, so a reader of the file sees how each realisasi is measured.
    pengukuran: measureOf(ind),
  };
}

function tujuanJson(p: Profile): ProfilJson["indikatorTujuan"] {
  const ind = tujuanIndicator(p);
  if (!ind) return { nama: p.indikatorTujuan };
  return {
    nama: p.indikatorTujuan,
    satuan: ind.satuan,
    target: ind.target,
    polaritas: ind.polaritas,
    pengukuran: measureOf(ind),
  };
}

/**
 * The JSON of `p`, keys in the schema's order. Every field is written, defaults included
 * (desa, bobotIkm "1/9"), except skalaPredikat when the profile uses the default scale and
 * judulOrganisasi when the document has the usual title.
 */
export function profileToJson(p: Profile): ProfilJson {
  const bobot = ikmBobotOf(p);
  return {
    kecamatan: p.kecamatan,
    kabupaten: p.kabupaten,
    instansi: p.instansi,
    tahun: p.tahun,
    ...(p.judulOrganisasi ? { judulOrganisasi: p.judulOrganisasi } : {}),
    tugasLabel: p.tugasLabel,
    tugasPokok: p.tugasPokok,
    fungsi: [...p.fungsi],
    tujuan: p.tujuan,
    indikatorTujuan: tujuanJson(p),
    desa: [...p.desa],
    penandatangan: { ...p.penandatangan },
    ...(p.skalaPredikat
      ? { skalaPredikat: p.skalaPredikat.map((s) => ({ batas: s.min, predikat: s.label })) }
      : {}),
    bobotIkm: bobot === 1 / 9 ? "1/9" : bobot,
    indikator: p.indicators.map(indikatorJson),
  };
}

/** The JSON text `iku profil` prints: two-space indented, with a final newline. */
export function profileToJsonText(p: Profile): string {
  return JSON.stringify(profileToJson(p), null, 2) + "\n";
}

/** True when `steps` is the default predikat scale (so the profile leaves it out). */
export function isDefaultScale(steps: readonly { min: number; label: string }[]): boolean {
  return (
    steps.length === DEFAULT_PREDIKAT_SCALE.length &&
    steps.every(
      (s, i) => s.min === DEFAULT_PREDIKAT_SCALE[i].min && s.label === DEFAULT_PREDIKAT_SCALE[i].label,
    )
  );
}
