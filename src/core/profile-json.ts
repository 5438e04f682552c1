/**
 * JSON text → Profile for `iku buat --profil` (format: profil.schema.json). Every problem is
 * reported at once with its JSON path and an Indonesian message: first the structure (keys,
 * types, measurement options), then the semantic checks of validateProfile, whose field paths
 * ("indicators.1.target") are translated to JSON paths ("indikator[1].target").
 * The inverse, Profile → JSON, is ./profile-json-types.ts.
 */
import type { PredikatStep } from "./capaian";
import { DOKUMEN_DESA, MEASURE_KINDS } from "./measure";
import type { DokumenDesa, Measure, MeasureKind } from "./measure";
import type { Indicator, Profile } from "./profile";
import { BUILDABLE_KINDS, kindOfMeasure, measureFields } from "./profile";
import { validateProfile } from "./profile-validate";
import { isDefaultScale } from "./profile-json-types";
import { JsonError, Obj, Walker } from "./profile-json-walk";
import { tujuanOf } from "./profile-json-tujuan";
import { findKecamatan } from "./wilayah";

export type { JsonError } from "./profile-json-walk";
export { profileToJson, profileToJsonText } from "./profile-json-types";

const TOP_REQUIRED = [
  "kecamatan",
  "kabupaten",
  "instansi",
  "tahun",
  "tugasLabel",
  "tugasPokok",
  "fungsi",
  "tujuan",
  "indikatorTujuan",
  "penandatangan",
  "indikator",
] as const;
const TOP_OPTIONAL = ["$schema", "judulOrganisasi", "desa", "skalaPredikat", "bobotIkm"] as const;
const IND_KEYS = [
  "sasaran",
  "nama",
  "rumus",
  "penjelasan",
  "target",
  "satuan",
  "polaritas",
  "sumberData",
  "penanggungJawab",
  "pengukuran",
] as const;
const JENIS = MEASURE_KINDS.map((k) => k.jenis);

/** Whether this version can build indicators measured by `jenis` (BUILDABLE_KINDS). */
export function isBuildableJenis(jenis: MeasureKind): boolean {
  return BUILDABLE_KINDS.includes(kindOfMeasure({ jenis } as Measure));
}

export interface ParseOptions {
  /**
   * false: accept kinds this version cannot build yet (rasio, nilai before the registry),
   * e.g. to check a file written for a newer version. Default true, as `iku buat` needs.
   */
  requireBuildable?: boolean;
}

export type ParseResult = { ok: true; profile: Profile } | { ok: false; errors: JsonError[] };

/** Parses profile JSON text; a syntax error is one error at path "" with its line and column. */
export function parseProfileJson(text: string, options: ParseOptions = {}): ParseResult {
  const body = text.replace(/^\uFEFF/, ""); // Notepad saves UTF-8 with a BOM
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (err) {
    return { ok: false, errors: [{ path: "", message: syntaxMessage(body, err) }] };
  }
  return profileFromJson(value, options);
}

function syntaxMessage(text: string, err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  const pos = /position (\d+)/.exec(msg);
  if (!pos) return `bukan JSON yang sah: ${msg}`;
  const before = text.slice(0, Number(pos[1]));
  const line = before.split("\n").length;
  const col = before.length - before.lastIndexOf("\n");
  return `bukan JSON yang sah: baris ${line} kolom ${col} (${msg}).`;
}

/** Parsed JSON → Profile, with every problem (structure, then validateProfile) at once. */
export function profileFromJson(value: unknown, options: ParseOptions = {}): ParseResult {
  const w = new Walker();
  const o = w.object(value, "", TOP_REQUIRED, TOP_OPTIONAL);
  if (!o) return { ok: false, errors: w.errors };
  const kecamatan = w.text(o, "kecamatan", "", true);
  const kabupaten = w.text(o, "kabupaten", "", true);
  const tahun = o.tahun;
  if (tahun !== undefined && typeof tahun !== "number") w.add("tahun", "harus angka tahun, mis. 2026.");
  const judulOrganisasi = w.text(o, "judulOrganisasi", "");
  const tujuanObj =
    o.indikatorTujuan === undefined
      ? null
      : w.object(
          o.indikatorTujuan,
          "indikatorTujuan",
          ["nama"],
          ["satuan", "target", "polaritas", "pengukuran"],
        );
  const tujuanUkur = tujuanObj ? tujuanOf(w, tujuanObj, measure) : undefined;
  const ttd =
    o.penandatangan === undefined
      ? null
      : w.object(o.penandatangan, "penandatangan", ["tempat", "tanggal", "jabatan", "nama", "nip"]);
  const indicators = w
    .list(o.indikator, "indikator")
    .map((x, i) => indicator(w, x, `indikator[${i}]`, options));
  const profile: Profile = {
    kabupaten,
    kecamatan,
    instansi: w.text(o, "instansi", "", true),
    tahun: typeof tahun === "number" ? tahun : NaN,
    ...(judulOrganisasi.trim() ? { judulOrganisasi } : {}),
    tugasLabel: w.text(o, "tugasLabel", ""),
    tugasPokok: w.text(o, "tugasPokok", ""),
    fungsi: w.texts(o.fungsi, "fungsi"),
    tujuan: w.text(o, "tujuan", ""),
    indikatorTujuan: tujuanObj ? w.text(tujuanObj, "nama", "indikatorTujuan") : "",
    ...(tujuanUkur ? { tujuanUkur } : {}),
    indicators: indicators.filter((x): x is Indicator => x !== null),
    desa: desaOf(w, o, kecamatan, kabupaten),
    penandatangan: {
      tempat: ttd ? w.text(ttd, "tempat", "penandatangan") : "",
      tanggal: ttd ? w.text(ttd, "tanggal", "penandatangan") : "",
      jabatan: ttd ? w.text(ttd, "jabatan", "penandatangan") : "",
      nama: ttd ? w.text(ttd, "nama", "penandatangan") : "",
      nip: ttd ? w.text(ttd, "nip", "penandatangan") : "",
    },
  };
  const bobot = bobotIkm(w, o.bobotIkm);
  if (bobot !== undefined) profile.ikmBobot = bobot;
  const skala = skalaPredikat(w, o.skalaPredikat);
  if (skala) profile.skalaPredikat = skala;

  for (const e of validateProfile(profile)) {
    const path = jsonPath(e.field);
    // Already reported structurally (or the kind, which indicator() words for JSON).
    if (path === null || w.hasErrorAt(path)) continue;
    // A pengukuran refused structurally stands as a placeholder (the default log): checks of
    // its options (a sheet another log uses) would be about the placeholder, not the file.
    const under = /^indikator\[\d+\]\.pengukuran\./.exec(path)?.[0];
    if (under && w.errors.some((x) => x.path.startsWith(under))) continue;
    if (options.requireBuildable === false && /^indikator\[\d+\]\.satuan$/.test(path)) continue; // satuan "nilai" comes with the kinds a newer version builds
    w.add(path, e.message);
  }
  return w.errors.length > 0 ? { ok: false, errors: w.errors } : { ok: true, profile };
}

/** Measurement options validateProfile reports by name; in the JSON they sit under `pengukuran`. */
const OPTION_FIELD = /\.(lembar|kolomItem|kolomStatus|dokumen|pembilang|penyebut|desimal)$/;

/** validateProfile's field path → JSON path; null for the kind (reported by indicator()). */
function jsonPath(field: string): string | null {
  if (/^indicators\.\d+\.kind$/.test(field)) return null;
  if (field === "ikmBobot") return "bobotIkm";
  if (field === "indikatorTujuan") return "indikatorTujuan.nama";
  if (field === "tujuanUkur.kind") return "indikatorTujuan.pengukuran.jenis";
  if (field.startsWith("tujuanUkur."))
    return field.replace(/^tujuanUkur/, "indikatorTujuan").replace(OPTION_FIELD, ".pengukuran.$1");
  return field
    .replace(/^indicators/, "indikator")
    .replace(/\.(\d+)(?=\.|$)/g, "[$1]")
    .replace(OPTION_FIELD, ".pengukuran.$1");
}

function desaOf(w: Walker, o: Obj, kecamatan: string, kabupaten: string): string[] {
  if (o.desa !== undefined) return w.texts(o.desa, "desa");
  // Lumajang's desa are known (Kepmendagri data): the list may be left out.
  // Without a kabupaten (reported already) a Lumajang name is taken as Lumajang's, so the
  // missing kabupaten is the one error rather than a made-up one about the desa.
  const lumajang = ["lumajang", ""].includes(kabupaten.trim().toLowerCase());
  const kec = lumajang ? findKecamatan(kecamatan) : undefined;
  if (kec) return kec.desa;
  if (kecamatan.trim() !== "" && kabupaten.trim() !== "")
    w.add(
      "desa",
      `kunci "desa" wajib ada: "${kecamatan}" bukan kecamatan Kabupaten Lumajang yang dikenal, jadi daftar desanya harus ditulis.`,
    );
  return [];
}

function bobotIkm(w: Walker, v: unknown): number | undefined {
  if (v === undefined || v === "1/9" || v === 1 / 9) return undefined;
  if (v === 0.111 || v === 0.11) return v;
  w.add("bobotIkm", `${JSON.stringify(v)} tidak sah; tulis "1/9" (tepat), 0.111 atau 0.11.`);
  return undefined;
}

function skalaPredikat(w: Walker, v: unknown): PredikatStep[] | undefined {
  if (v === undefined) return undefined;
  const items = w.list(v, "skalaPredikat");
  if (Array.isArray(v) && items.length === 0)
    w.add("skalaPredikat", "tidak boleh kosong; hilangkan kunci ini untuk skala bawaan.");
  const steps: PredikatStep[] = [];
  items.forEach((x, i) => {
    const p = `skalaPredikat[${i}]`;
    const s = w.object(x, p, ["batas", "predikat"]);
    if (!s) return;
    const label = w.text(s, "predikat", p, true);
    if (s.batas === undefined) return;
    const min = w.amount(s.batas, `${p}.batas`, false);
    if (typeof min !== "number") return;
    // Above 1000 % is surely 91 meant as 91 % (as parseSkala refuses it).
    if (min < 0 || min > 10) w.add(`${p}.batas`, `${min} di luar 0–10; tulis 0.91 atau "91%", bukan 91.`);
    else if (steps.some((st) => st.min === min)) w.add(`${p}.batas`, `batas ${min} ganda.`);
    else if (label.trim()) steps.push({ min, label: label.trim() });
  });
  steps.sort((a, b) => b.min - a.min);
  return steps.length === 0 || isDefaultScale(steps) ? undefined : steps;
}

function indicator(w: Walker, x: unknown, path: string, options: ParseOptions): Indicator | null {
  const o = w.object(x, path, IND_KEYS);
  if (!o) return null;
  const m = o.pengukuran === undefined ? null : measure(w, o.pengukuran, `${path}.pengukuran`);
  if (m && options.requireBuildable !== false && !isBuildableJenis(m.jenis)) {
    const can = JENIS.filter(isBuildableJenis).join(", ");
    w.add(
      `${path}.pengukuran.jenis`,
      `jenis pengukuran "${m.jenis}" belum didukung oleh versi ini; yang dapat dibuat: ${can}.`,
    );
  }
  const target = o.target === undefined ? null : w.amount(o.target, `${path}.target`, true);
  const ind: Indicator = {
    // A measurement equal to its kind's default is left implicit, as the presets write it.
    ...(m ? measureFields(m) : { kind: "fasilitasi" }),
    sasaran: w.text(o, "sasaran", path),
    nama: w.text(o, "nama", path, true),
    rumus: w.text(o, "rumus", path),
    penjelasan: w.text(o, "penjelasan", path),
    target: target === undefined ? null : target,
    satuan: w.choice(o, "satuan", path, ["persen", "indeks", "nilai"], "persen"),
    polaritas: w.choice(o, "polaritas", path, ["positif", "negatif"], "positif"),
    sumberData: w.text(o, "sumberData", path),
    penanggungJawab: w.text(o, "penanggungJawab", path),
  };
  return ind;
}

const SHEET_NAME = /^[^[\]:*?/\\']{1,31}$/;

/** The `pengukuran` object with its kind's options, or null when unusable (recorded). */
export function measure(w: Walker, v: unknown, path: string): Measure | null {
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    w.object(v, path, ["jenis"]);
    return null;
  }
  const jenis = (v as Obj).jenis;
  const kind = JENIS.find((k) => k === jenis);
  if (kind === undefined) {
    w.add(
      `${path}.jenis`,
      jenis === undefined
        ? 'kunci "jenis" wajib ada.'
        : `${JSON.stringify(jenis)} tidak dikenal; pilih ${JENIS.map((j) => `"${j}"`).join(", ")}.`,
    );
    return null;
  }
  const before = w.errors.length;
  let m: Measure;
  switch (kind) {
    case "daftar": {
      const o = w.object(v, path, ["jenis", "lembar", "kolomItem", "kolomStatus"]) ?? {};
      const lembar = w.text(o, "lembar", path, true);
      if (lembar.trim() && !SHEET_NAME.test(lembar.trim()))
        w.add(`${path}.lembar`, "nama lembar Excel paling banyak 31 karakter, tanpa [ ] : * ? / \\ atau '.");
      m = {
        jenis: kind,
        lembar: lembar.trim(),
        kolomItem: w.text(o, "kolomItem", path, true).trim(),
        kolomStatus: w.text(o, "kolomStatus", path, true).trim(),
      };
      break;
    }
    case "dokumen-desa": {
      const o = w.object(v, path, ["jenis", "dokumen"]) ?? {};
      const docs = w.texts(o.dokumen, `${path}.dokumen`);
      docs.forEach((d, i) => {
        if (d && !DOKUMEN_DESA.includes(d as DokumenDesa))
          w.add(`${path}.dokumen[${i}]`, `"${d}" tidak dikenal; pilih ${DOKUMEN_DESA.join(", ")}.`);
        else if (docs.indexOf(d) !== i) w.add(`${path}.dokumen[${i}]`, `"${d}" tercantum lebih dari sekali.`);
      });
      if (Array.isArray(o.dokumen) && o.dokumen.length === 0)
        w.add(`${path}.dokumen`, "pilih sedikitnya satu dokumen.");
      // Stored in the sheet's column order, whatever order the file lists them in.
      m = { jenis: kind, dokumen: DOKUMEN_DESA.filter((d) => docs.includes(d)) };
      break;
    }
    case "survei-ikm":
      w.object(v, path, ["jenis"]);
      m = { jenis: kind };
      break;
    case "rasio": {
      const o = w.object(v, path, ["jenis", "pembilang", "penyebut"]) ?? {};
      m = {
        jenis: kind,
        pembilang: w.text(o, "pembilang", path, true).trim(),
        penyebut: w.text(o, "penyebut", path, true).trim(),
      };
      break;
    }
    case "nilai": {
      const o = w.object(v, path, ["jenis"], ["desimal"]) ?? {};
      const d = o.desimal;
      if (d !== undefined && !(typeof d === "number" && Number.isInteger(d) && d >= 0 && d <= 10))
        w.add(`${path}.desimal`, "harus bilangan bulat 0–10 (0 untuk jumlah).");
      m =
        typeof d === "number" && Number.isInteger(d) && d >= 0 && d <= 10
          ? { jenis: kind, desimal: d }
          : { jenis: kind };
      break;
    }
  }
  return w.errors.length === before ? m : null;
}
