/**
 * The one check of a profile before a workbook is built from it, shared by the CLI and the
 * task pane. Every problem is reported (not only the first) with a field path the form can
 * attach its message to, e.g. "penandatangan.nip" or "indicators.1.target".
 */
import type { DaftarMeasure } from "./measure";
import type { Indicator, Profile } from "./profile";
import { BUILDABLE_KINDS, ikmBobotChoice, measureOf } from "./profile";
import { tujuanProblems, tujuanTargetProblem } from "./profile-validate-tujuan";
import { RESERVED_DAFTAR_KEYS, daftarKey, daftarNames } from "./workbook/model";

export interface FieldError {
  /** Dotted path into the Profile; array items by 0-based index ("indicators.1.target"). */
  field: string;
  /** Indonesian message for the user. */
  message: string;
}

const UNITS = ["persen", "indeks", "nilai"];
const POLARITIES = ["positif", "negatif"];

/** True when `iso` is a real calendar date written yyyy-mm-dd. */
export function isIsoDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(2000, mo - 1, d));
  date.setUTCFullYear(y);
  return mo >= 1 && mo <= 12 && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const blank = (s: unknown): boolean => typeof s !== "string" || s.trim() === "";

/**
 * All problems of `p` (empty array = valid): tahun a whole number 2000–2100; kecamatan not
 * empty; desa a non-empty list of unique names; NIP empty (to be filled) or 18 digits once
 * spaces are removed; tanggal a valid yyyy-mm-dd date; each target null or, for "persen", a
 * fraction 0 < t ≤ 10 (84 % = 0.84), for "indeks" 25–100.
 */
export function validateProfile(p: Profile): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, message: string): void => {
    errors.push({ field, message });
  };
  const tahun = tahunProblem(p.tahun);
  if (tahun) add("tahun", tahun);
  if (blank(p.kecamatan)) add("kecamatan", "Nama kecamatan wajib diisi.");
  if (blank(p.instansi)) add("instansi", 'Instansi wajib diisi, misalnya "Kecamatan Randuagung".');

  if (!Array.isArray(p.desa) || p.desa.length === 0) {
    add("desa", "Daftar desa tidak boleh kosong.");
  } else {
    const seen = new Set<string>();
    p.desa.forEach((d, i) => {
      if (blank(d)) add(`desa.${i}`, `Nama desa ke-${i + 1} kosong.`);
      else {
        const key = d.trim().toLowerCase().replace(/\s+/g, " ");
        if (seen.has(key)) add(`desa.${i}`, `Desa "${d.trim()}" tercantum lebih dari sekali.`);
        seen.add(key);
      }
    });
  }

  if (
    p.ikmBobot !== undefined &&
    (typeof p.ikmBobot !== "number" || ikmBobotChoice(p.ikmBobot) === undefined)
  )
    add("ikmBobot", "Bobot IKM harus 1/9 (0,1111…), 0,111 atau 0,11.");

  const nip = typeof p.penandatangan?.nip === "string" ? p.penandatangan.nip.replace(/\s+/g, "") : "";
  if (nip !== "" && !/^\d{18}$/.test(nip)) {
    add(
      "penandatangan.nip",
      "NIP harus 18 angka (spasi boleh), misalnya 19680901 199202 2 002; boleh dikosongkan dulu.",
    );
  }
  const tanggal = p.penandatangan?.tanggal;
  // Empty = not decided yet (the sheet prints a dotted line), like an empty name or NIP.
  if (typeof tanggal !== "string" || (tanggal.trim() !== "" && !isIsoDate(tanggal))) {
    add(
      "penandatangan.tanggal",
      "Tanggal penandatanganan tidak sah; tulis tttt-bb-hh, misalnya 2025-01-31, atau kosongkan dulu.",
    );
  }

  if (!Array.isArray(p.indicators) || p.indicators.length === 0) {
    add("indicators", "Profil harus memuat sedikitnya satu IKU.");
  } else {
    p.indicators.forEach((ind, i) => {
      const f = (name: string): string => `indicators.${i}.${name}`;
      if (!BUILDABLE_KINDS.includes(ind.kind))
        add(f("kind"), `Jenis IKU ke-${i + 1} harus ${BUILDABLE_KINDS.join(", ")}.`);
      if (!UNITS.includes(ind.satuan))
        add(f("satuan"), `Satuan IKU ke-${i + 1} harus persen, indeks atau nilai.`);
      else {
        const unit = unitProblem(ind, i);
        if (unit) add(f("satuan"), unit);
      }
      for (const [option, message] of measureProblems(ind, i)) add(f(option), message);
      if (!POLARITIES.includes(ind.polaritas))
        add(f("polaritas"), `Polaritas IKU ke-${i + 1} harus positif atau negatif.`);
      if (blank(ind.nama)) add(f("nama"), `Nama indikator IKU ke-${i + 1} wajib diisi.`);
      const target = targetProblem(ind, i);
      if (target) add(f("target"), target);
    });
    for (const [i, message] of daftarClashes(p.indicators)) add(`indicators.${i}.lembar`, message);
  }
  errors.push(...tujuanProblems(p));
  return errors;
}

/**
 * Daftar indicators that would share a sheet or defined names (issue 10: each log has its
 * own sheet and IKU_<Lembar>_Status/_Tanggal), as [indicator index, message]: the same sheet
 * name (Excel ignores case), or names that differ only where daftarKey writes "_"
 * ("Pengaduan-1" and "Pengaduan 1"). Reported on the later indicator.
 */
export function daftarClashes(indicators: readonly Indicator[]): [number, string][] {
  const out: [number, string][] = [];
  const sheets = new Map<string, number>();
  const keys = new Map<string, number>();
  indicators.forEach((ind, i) => {
    if (!ind || ind.kind !== "fasilitasi") return;
    const m = measureOf(ind);
    if (m.jenis !== "daftar" || typeof m.lembar !== "string" || m.lembar.trim() === "") return;
    const name = m.lembar.trim();
    const sheet = name.toLowerCase();
    const key = daftarKey(m.lembar).toLowerCase();
    const bySheet = sheets.get(sheet);
    const byKey = keys.get(key);
    if (bySheet !== undefined)
      out.push([
        i,
        `Lembar "${name}" IKU ke-${i + 1} sudah dipakai daftar IKU ke-${bySheet + 1}; ` +
          "setiap IKU berjenis daftar perlu lembar sendiri — beri nama lain.",
      ]);
    else if (byKey !== undefined)
      out.push([
        i,
        `Lembar "${name}" IKU ke-${i + 1} dan lembar daftar IKU ke-${byKey + 1} mendapat nama rentang ` +
          `yang sama (${daftarNames(m.lembar).status}; huruf selain A–Z dan angka dibaca sebagai _) — ` +
          "beri nama lembar lain.",
      ]);
    if (bySheet === undefined) sheets.set(sheet, i);
    if (byKey === undefined) keys.set(key, i);
  });
  return out;
}

/**
 * Why the satuan does not fit the measurement, or null: a rasio is a percentage; satuan
 * "nilai" (any number ≥ 0 with its decimals) belongs to a typed nilai.
 */
function unitProblem(ind: Indicator, i: number): string | null {
  if (ind.kind === "rasio" && ind.satuan !== "persen") return `Satuan IKU ke-${i + 1} (rasio) harus persen.`;
  if (ind.satuan === "nilai" && ind.kind !== "nilai")
    return `Satuan "nilai" hanya untuk IKU berjenis nilai (IKU ke-${i + 1}).`;
  return null;
}

/**
 * What is wrong with the measurement's options, as [option, message] pairs (the option is the
 * field under "indicators.N." the pane shows it next to): daftar sheet and captions, the
 * documents, rasio captions, nilai decimals. The one check of options, pane included.
 */
export function measureProblems(ind: Indicator, i: number): [string, string][] {
  const m = ind.pengukuran;
  const no = `IKU ke-${i + 1}`;
  const out: [string, string][] = [];
  if (m?.jenis === "daftar") {
    const sheet = daftarSheetProblem(m, no);
    if (sheet) out.push(["lembar", sheet]);
    if (m.kolomItem.trim() === "") out.push(["kolomItem", `Judul kolom kegiatan ${no} wajib diisi.`]);
    if (m.kolomStatus.trim() === "") out.push(["kolomStatus", `Judul kolom Ya/Tidak ${no} wajib diisi.`]);
  }
  if (m?.jenis === "dokumen-desa") {
    const known = ["RKPDesa", "APBDesa", "LPPDesa"];
    const ok =
      m.dokumen.length > 0 && m.dokumen.every((d, k) => known.includes(d) && m.dokumen.indexOf(d) === k);
    if (!ok)
      out.push([
        "dokumen",
        `Dokumen ${no} harus satu atau lebih dari RKPDesa, APBDesa, LPPDesa tanpa pengulangan.`,
      ]);
  }
  if (m?.jenis === "rasio") {
    if (m.pembilang.trim() === "") out.push(["pembilang", `Keterangan pembilang ${no} wajib diisi.`]);
    if (m.penyebut.trim() === "") out.push(["penyebut", `Keterangan penyebut ${no} wajib diisi.`]);
  }
  if (m?.jenis === "nilai" && m.desimal !== undefined) {
    if (!Number.isInteger(m.desimal) || m.desimal < 0 || m.desimal > 10)
      out.push(["desimal", `Desimal ${no} harus bilangan bulat 0–10.`]);
  }
  return out;
}

/**
 * The sheets a workbook always or possibly has besides the daftar log (the IKU sheet is
 * "IKU <tahun>"); test/core/typed-kinds.test.ts checks this list against the built sheets.
 */
export const OTHER_SHEETS = ["Pengukuran Kinerja", "Dokumen Desa", "Survei IKM", "Laporan SKM", "Profil"];

/**
 * Why a daftar's sheet name cannot be used, or null: it must be a valid Excel name (1–31
 * characters, none of : \\ / ? * [ ], not starting or ending with ') that no other sheet of
 * the workbook uses.
 */
function daftarSheetProblem(m: DaftarMeasure, no: string): string | null {
  const name = m.lembar.trim();
  if (name === "" || name.length > 31 || /[:\\/?*[\]]/.test(name) || /^'|'$/.test(name))
    return `Nama lembar daftar ${no} harus 1–31 karakter tanpa : \\ / ? * [ ] dan tidak diawali/diakhiri '.`;
  const lower = name.toLowerCase();
  if (OTHER_SHEETS.some((x) => x.toLowerCase() === lower) || /^iku \d{4}$/.test(lower))
    return `Nama lembar daftar ${no} "${name}" sudah dipakai lembar lain buku kerja IKU.`;
  const key = daftarKey(m.lembar).toLowerCase();
  if (RESERVED_DAFTAR_KEYS.some((r) => r.toLowerCase() === key))
    return (
      `Nama lembar daftar ${no} "${name}" bentrok dengan nama rentang lembar Survei IKM ` +
      `(${daftarNames(m.lembar).tanggal}); beri nama lain.`
    );
  return null;
}

/** Why `tahun` is not a performance year this project handles (2000–2100), or null. */
function tahunProblem(tahun: unknown): string | null {
  if (typeof tahun === "number" && Number.isInteger(tahun) && tahun >= 2000 && tahun <= 2100) return null;
  return `Tahun ${typeof tahun === "number" ? String(tahun) : "kosong"} harus bilangan bulat antara 2000 dan 2100.`;
}

/** Indonesian number for messages: "0,84", "8400". */
const id = (x: number): string => String(Number(x.toPrecision(12))).replace(".", ",");

/**
 * Why the target of indicator `i` is not usable, or null: a persen target is a fraction
 * 0 < t ≤ 10 (84 % = 0,84); above 10 (1000 %) it is surely 84 typed without "%", which would
 * silently become 8400 %. An indeks target lies in 25–100.
 */
function targetProblem(ind: Indicator, i: number): string | null {
  const t = ind.target;
  if (t === null) return null;
  if (typeof t !== "number" || !Number.isFinite(t))
    return `Target IKU ke-${i + 1} harus angka atau dikosongkan.`;
  if (ind.satuan === "indeks" && (t < 25 || t > 100))
    return `Target IKU ke-${i + 1} (indeks) ${id(t)} harus antara 25 dan 100.`;
  if (ind.satuan === "persen" && t > 10) {
    return (
      `Target IKU ke-${i + 1} ${id(t)} berarti ${id(t * 100)} %: ketik 84 % (dengan tanda %) ` +
      `atau 0,84, bukan 84.`
    );
  }
  if (ind.satuan === "nilai" && t < 0) return `Target IKU ke-${i + 1} harus 0 atau lebih.`;
  if (ind.satuan === "persen" && t <= 0)
    return `Target IKU ke-${i + 1} harus lebih dari 0; ketik 84 % (dengan tanda %) atau 0,84.`;
  return null;
}

/**
 * The checks that apply to a profile read back from a workbook's Profil sheet (`iku hitung`,
 * `iku rekap`): the year, each target, and daftar logs sharing a sheet or names. The rest (NIP, signing date, desa names) only
 * matters when a workbook is built, so a filled file is not refused for it.
 * @returns the problems, with field paths as validateProfile ("tahun", "indicators.1.target",
 *   "indicators.2.lembar").
 */
export function validateWorkbookProfile(p: Profile): FieldError[] {
  const errors: FieldError[] = [];
  const tahun = tahunProblem(p.tahun);
  if (tahun) errors.push({ field: "tahun", message: tahun });
  p.indicators.forEach((ind, i) => {
    const target = targetProblem(ind, i);
    if (target) errors.push({ field: `indicators.${i}.target`, message: target });
  });
  const tujuan = p.tujuanUkur ? tujuanTargetProblem(p.tujuanUkur) : null;
  if (tujuan) errors.push({ field: "tujuanUkur.target", message: tujuan });
  // Two logs on one sheet (a row added to the Profil table without its own sheet name) would
  // silently read the same rows.
  for (const [i, message] of daftarClashes(p.indicators))
    errors.push({ field: `indicators.${i}.lembar`, message });
  return errors;
}
