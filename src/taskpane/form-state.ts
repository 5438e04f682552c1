/**
 * The task pane's profile form as plain data, and its mapping to and from a {@link Profile}.
 * No DOM here: the view (form-view.ts) copies strings in and out, this module decides what
 * they mean, so the mapping is unit-tested without a browser.
 *
 * Number syntax is the UI's job (Indonesian "84,5" or "84.5", an optional "%"); whether a
 * value is allowed is decided by the core's one check, validateProfile.
 */

import type { Indicator, Profile, Unit } from "../core/profile";
import type { FormulaMode } from "../core/workbook/model";
import { validateProfile, type FieldError } from "../core/profile-validate";
import { findKecamatan, lumajangProfile, suggestKecamatan } from "../core/wilayah";
import { isIkuError } from "../core/errors";
import { draftOf, measureFields, measureProblems, type IndicatorDraft } from "./indikator-state";
import { tujuanDraftOf, tujuanElementId, tujuanFromDraft, type TujuanDraft } from "./indikator-tujuan";

export type { FieldError };

/** What the form holds: exactly the strings the inputs show. */
export interface FormState {
  kecamatan: string;
  tahun: string;
  /** "" (tanpa preset), a preset name, or "workbook" (the profile read from the open workbook). */
  preset: string;
  /** The indicator list as the editor (or, closed, the target inputs) shows it. */
  indicators: IndicatorDraft[];
  /** The Indikator Tujuan part; absent = the base profile's tujuan, unchanged. */
  tujuan?: TujuanDraft;
  nama: string;
  nip: string;
  jabatan: string;
  tempat: string;
  /** ISO yyyy-mm-dd, as <input type="date"> gives it. */
  tanggal: string;
  mode: FormulaMode;
}

/** The result of reading the form: a profile only when there is no error at all. */
export interface FormResult {
  profile: Profile | null;
  errors: FieldError[];
}

/** Rounds away float noise (0.07 * 100 = 7.000000000000001) without hiding real decimals. */
function clean(x: number): number {
  return Number(x.toPrecision(12));
}

/**
 * Shows a target the way a user types it: persen as a percentage number ("84", "84,5"),
 * indeks as the index ("78,25"); Indonesian decimal comma; null → "".
 */
export function formatTarget(value: number | null, satuan: Unit): string {
  if (value === null) return "";
  const shown = satuan === "persen" ? clean(value * 100) : clean(value);
  return String(shown).replace(".", ",");
}

/**
 * Reads a number typed in the form: "84", "84,5", "84.5", " 84 % ". "" → null (left empty);
 * anything else that is not one plain decimal number → undefined (a syntax error).
 */
export function parseNumberText(text: string): number | null | undefined {
  const t = text.trim().replace(/\s*%$/, "").trim();
  if (t === "") return null;
  if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/.test(t)) return undefined;
  const n = Number(t.replace(",", "."));
  return Number.isFinite(n) ? n : undefined;
}

/** Reads a target text into the profile's unit (persen → fraction). */
export function parseTarget(text: string, satuan: Unit): number | null | undefined {
  const n = parseNumberText(text);
  if (n === null || n === undefined) return n;
  return satuan === "persen" ? clean(n / 100) : n;
}

/** Fills the whole form from a profile (a preset, the workbook's Profil, or a kecamatan's default). */
export function profileToForm(p: Profile, preset: string, mode: FormulaMode): FormState {
  return {
    kecamatan: p.kecamatan,
    tahun: String(p.tahun),
    preset,
    indicators: p.indicators.map((ind) => draftOf(ind, formatTarget(ind.target, ind.satuan))),
    tujuan: tujuanDraftOf(p, formatTarget),
    nama: p.penandatangan.nama,
    nip: p.penandatangan.nip,
    jabatan: p.penandatangan.jabatan,
    tempat: p.penandatangan.tempat,
    tanggal: p.penandatangan.tanggal,
    mode,
  };
}

/** The Indonesian message for an unknown kecamatan, with the closest names. */
export function unknownKecamatanMessage(text: string): string {
  if (text.trim() === "") return "Pilih kecamatan.";
  const hint = suggestKecamatan(text, 3);
  const tail = hint.length > 0 ? ` Mungkin maksud Anda: ${hint.join(", ")}.` : "";
  return `Kecamatan "${text.trim()}" tidak ada di Kabupaten Lumajang.${tail}`;
}

/**
 * The profile the form's text comes from: `base` while the form's kecamatan is base's
 * kecamatan, otherwise that kecamatan's default (Randuagung 2025 text, its own desa).
 */
export function sourceProfile(base: Profile, form: FormState, tahun: number): Profile | FieldError {
  const kec = findKecamatan(form.kecamatan);
  if (!kec) return { field: "kecamatan", message: unknownKecamatanMessage(form.kecamatan) };
  if (kec.nama.toLowerCase() === base.kecamatan.toLowerCase()) return base;
  const made = lumajangProfile(kec.nama, tahun);
  if (isIkuError(made)) return { field: "kecamatan", message: made.message };
  return made;
}

/**
 * Reads the form into a Profile on top of `base` (the text and desa the form does not show),
 * with the form's indicator list, then runs the core's validateProfile. The form's own
 * findings (number syntax, measurement options) win over the core's for the same field.
 */
export function formToProfile(base: Profile, form: FormState): FormResult {
  const errors: FieldError[] = [];
  const tahunNum = parseNumberText(form.tahun);
  if (tahunNum === undefined || tahunNum === null) {
    errors.push({ field: "tahun", message: "Isi tahun dengan angka, mis. 2025." });
  }
  const tahun = typeof tahunNum === "number" ? tahunNum : base.tahun;
  const found = sourceProfile(base, form, tahun);
  // An unknown kecamatan is reported, and the rest of the form is still checked on base's text
  // so the user sees every problem at once.
  if (!("indicators" in found)) errors.unshift(found);
  const src = "indicators" in found ? found : base;

  const indicators = form.indicators.map((d, i): Indicator => {
    const ind: Indicator = {
      ...measureFields(d),
      sasaran: d.sasaran,
      nama: d.nama,
      rumus: d.rumus,
      penjelasan: d.penjelasan,
      target: null,
      satuan: d.satuan,
      polaritas: d.polaritas,
      sumberData: d.sumberData,
      penanggungJawab: d.penanggungJawab,
    };
    const v = parseTarget(d.target, d.satuan);
    if (v === undefined) {
      const contoh = d.satuan === "persen" ? "84 atau 84,5 (persen)" : "78,5 (indeks 25–100)";
      errors.push({ field: `indicators.${i}.target`, message: `Isi dengan angka, mis. ${contoh}.` });
      return ind;
    }
    return { ...ind, target: v };
  });
  errors.push(...measureProblems(form.indicators));
  const tujuan = form.tujuan ? tujuanFromDraft(form.tujuan, parseTarget) : null;
  if (tujuan) errors.push(...tujuan.errors);

  const profile: Profile = {
    ...src,
    tahun,
    indicators,
    penandatangan: {
      nama: form.nama.trim(),
      nip: form.nip.trim(),
      jabatan: form.jabatan.trim(),
      tempat: form.tempat.trim(),
      tanggal: form.tanggal.trim(),
    },
  };
  // The form's tujuan replaces the base's (a name-only one drops tujuanUkur).
  if (tujuan) {
    profile.indikatorTujuan = tujuan.fields.indikatorTujuan;
    if (tujuan.fields.tujuanUkur) profile.tujuanUkur = tujuan.fields.tujuanUkur;
    else delete profile.tujuanUkur;
  }
  const own = new Set(errors.map((e) => e.field));
  const unit = profile.tujuanUkur?.satuan;
  for (const e of validateProfile(profile))
    if (!own.has(e.field)) errors.push(inFormUnits(e, indicators, unit));
  return { profile: errors.length === 0 ? profile : null, errors };
}

/**
 * The core states percent targets as fractions ("84 % ditulis 0,84"); the form asks for
 * percentages, so the same finding is worded in the form's unit.
 */
function inFormUnits(e: FieldError, indicators: readonly Indicator[], tujuan?: Unit): FieldError {
  if (e.field === "tujuanUkur.target" && tujuan === "persen")
    return {
      field: e.field,
      message: "Target Indikator Tujuan harus lebih dari 0 dan paling tinggi 1000 (dalam persen, mis. 90).",
    };
  const m = /^indicators\.(\d+)\.target$/.exec(e.field);
  const ind = m ? indicators[Number(m[1])] : undefined;
  if (!m || ind?.satuan !== "persen") return e;
  return {
    field: e.field,
    message: `Target IKU ${Number(m[1]) + 1} harus lebih dari 0 dan paling tinggi 1000 (dalam persen, mis. 84).`,
  };
}

/** Ids of the inputs in taskpane.html, by the field paths validateProfile reports. */
const FIELD_IDS: Record<string, string> = {
  kecamatan: "f-kecamatan",
  instansi: "f-kecamatan",
  desa: "f-kecamatan",
  tahun: "f-tahun",
  preset: "f-preset",
  "penandatangan.nama": "f-nama",
  "penandatangan.nip": "f-nip",
  "penandatangan.jabatan": "f-jabatan",
  "penandatangan.tempat": "f-tempat",
  "penandatangan.tanggal": "f-tanggal",
};

/** The input an error belongs next to, or null when it only fits the summary above the button. */
export function fieldElementId(field: string): string | null {
  const ind = /^indicators\.(\d+)\.(\w+)$/.exec(field);
  if (ind) return ind[2] === "target" ? `f-target-${ind[1]}` : `f-ind-${ind[1]}-${ind[2]}`;
  const tujuan = tujuanElementId(field);
  if (tujuan) return tujuan;
  if (FIELD_IDS[field]) return FIELD_IDS[field];
  // "desa.3" and the like: the desa list comes from the kecamatan the user chose.
  const head = field.split(".")[0];
  return head === "desa" ? FIELD_IDS.desa : null;
}

/** Groups errors by input id; errors without an input go under "" (the summary). */
export function errorsByElement(errors: readonly FieldError[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of errors) {
    const id = fieldElementId(e.field) ?? "";
    out.set(id, [...(out.get(id) ?? []), e.message]);
  }
  return out;
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/\bke-/g, "")
    .replace(/\([^)]*\)/g, " ")
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .split(/\s+/)
    .filter((w) => w !== "");
}

/**
 * True when a message already names its field ("NIP harus 18 angka…" under the label "NIP",
 * "Target IKU ke-2 …" under "Target IKU 2 (%)"), so the summary does not repeat the label.
 */
export function messageNamesField(label: string, message: string): boolean {
  const key = words(label);
  if (key.length === 0) return true;
  const head = words(message).slice(0, 4);
  const number = key.find((w) => /^\d+$/.test(w));
  return head.includes(key[0]) && (number === undefined || head.includes(number));
}

/**
 * The error summary above the button: one line per field, in the order the fields appear in
 * the form (`order`: input ids in document order), the label only where the message does not
 * already say which field it is, then the errors that belong to no input.
 * @param labelOf the visible label of an input id (without the long indicator name).
 */
export function errorSummary(
  errors: readonly FieldError[],
  order: readonly string[],
  labelOf: (id: string) => string,
): string[] {
  const grouped = errorsByElement(errors);
  const rank = (id: string): number => {
    const i = order.indexOf(id);
    return id === "" ? Number.MAX_SAFE_INTEGER : i < 0 ? order.length : i;
  };
  const ids = [...grouped.keys()].sort((a, b) => rank(a) - rank(b));
  const lines: string[] = [];
  for (const id of ids) {
    const messages = grouped.get(id) ?? [];
    if (id === "") {
      lines.push(...messages);
      continue;
    }
    const label = labelOf(id);
    const text = messages.join(" ");
    lines.push(label === "" || messageNamesField(label, messages[0] ?? "") ? text : `${label}: ${text}`);
  }
  return lines;
}

/** Label of a target input: "Target IKU 1 (%) — Persentase hasil fasilitasi …". */
export function targetLabel(ind: Pick<Indicator, "nama" | "satuan">, index: number): string {
  const unit = ind.satuan === "persen" ? "%" : "indeks 25–100";
  return `Target IKU ${index + 1} (${unit}) — ${ind.nama}`;
}

/** The usual jabatan for a kecamatan, updated when the kecamatan changes and the user kept the default. */
export function nextJabatan(current: string, oldKecamatan: string, newKecamatan: string): string {
  const c = current.trim();
  if (c === "" || c.toLowerCase() === `camat ${oldKecamatan}`.toLowerCase()) return `Camat ${newKecamatan}`;
  return current;
}

/**
 * The signing date follows a new tahun while the user kept the default (31 Januari of that
 * year, as in the 2025 document): "2025-01-31" with tahun 2025 → 2026 becomes "2026-01-31".
 */
export function nextTanggal(current: string, oldTahun: string, newTahun: string): string {
  const n = parseNumberText(newTahun);
  if (typeof n !== "number" || !Number.isInteger(n) || n < 1000 || n > 9999) return current;
  const c = current.trim();
  // Only the default date of the old year moves; an empty date stays empty (not made up).
  return c === `${oldTahun.trim()}-01-31` ? `${n}-01-31` : current;
}
