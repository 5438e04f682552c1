/**
 * The pane's indicator editor as plain data (issue 10): one draft per indicator holding the
 * strings its inputs show, list operations (add, remove, move, edit) and the checks of a
 * measurement's options. Pure, no DOM: the profil-io branch may reuse the option checks.
 *
 * A draft keeps the options of every kind, so switching the kind back and forth does not lose
 * what was typed; only the chosen kind's options reach the Indicator.
 */

import type { FieldError } from "../core/profile-validate";
import type { Indicator, Polarity, Unit } from "../core/profile";
import { BUILDABLE_KINDS, kindOfMeasure, measureFields as measureFieldsOf, measureOf } from "../core/profile";
import {
  DOKUMEN_DESA,
  MEASURE_KINDS,
  type DokumenDesa,
  type Measure,
  type MeasureKind,
} from "../core/measure";

export interface IndicatorDraft {
  sasaran: string;
  nama: string;
  rumus: string;
  penjelasan: string;
  /** As typed: "84", "84,5 %" (persen), "78,5" (indeks); "" = left for later. */
  target: string;
  satuan: Unit;
  polaritas: Polarity;
  sumberData: string;
  penanggungJawab: string;
  jenis: MeasureKind;
  /** daftar */
  lembar: string;
  kolomItem: string;
  kolomStatus: string;
  /** dokumen-desa, in DOKUMEN_DESA order */
  dokumen: DokumenDesa[];
  /** rasio */
  pembilang: string;
  penyebut: string;
  /** nilai: "" = the default (2) */
  desimal: string;
}

/** The text fields of a draft, in the order the editor shows them, with their labels. */
export const DRAFT_TEXT_FIELDS = [
  ["sasaran", "Sasaran strategis"],
  ["nama", "Nama indikator"],
  ["rumus", "Rumus"],
  ["penjelasan", "Penjelasan"],
  ["sumberData", "Sumber data"],
  ["penanggungJawab", "Penanggung jawab"],
] as const;

/** The options of each kind, with their labels (dokumen-desa's are checkboxes). */
export const OPTION_FIELDS: Readonly<
  Record<MeasureKind, readonly (readonly [keyof IndicatorDraft, string])[]>
> = {
  daftar: [
    ["lembar", "Nama lembar data"],
    ["kolomItem", "Judul kolom kegiatan"],
    ["kolomStatus", "Judul kolom Ya/Tidak"],
  ],
  "dokumen-desa": [],
  "survei-ikm": [],
  rasio: [
    ["pembilang", "Keterangan pembilang"],
    ["penyebut", "Keterangan penyebut"],
  ],
  nilai: [["desimal", "Jumlah desimal"]],
};

/** The v1 `kind` a measurement kind is registered under. */
export function kindOfJenis(jenis: MeasureKind): Indicator["kind"] {
  return kindOfMeasure({ jenis } as Measure);
}

/** Whether this version builds `jenis` (BUILDABLE_KINDS decides; the registry widens it). */
export function jenisAvailable(jenis: MeasureKind): boolean {
  return BUILDABLE_KINDS.includes(kindOfJenis(jenis));
}

/** Label and one-line explanation of a kind (MEASURE_KINDS). */
export function jenisInfo(jenis: MeasureKind): { label: string; penjelasan: string } {
  const k = MEASURE_KINDS.find((m) => m.jenis === jenis);
  return { label: k?.label ?? jenis, penjelasan: k?.penjelasan ?? "" };
}

/** Every kind's default options, overlaid with `m`'s own. */
function optionsOf(
  m: Measure,
): Pick<
  IndicatorDraft,
  "lembar" | "kolomItem" | "kolomStatus" | "dokumen" | "pembilang" | "penyebut" | "desimal"
> {
  const daftar = measureOf({ kind: "fasilitasi" }) as Extract<Measure, { jenis: "daftar" }>;
  const rasio = measureOf({ kind: "rasio" }) as Extract<Measure, { jenis: "rasio" }>;
  const dok = measureOf({ kind: "dokdesa" }) as Extract<Measure, { jenis: "dokumen-desa" }>;
  return {
    lembar: m.jenis === "daftar" ? m.lembar : daftar.lembar,
    kolomItem: m.jenis === "daftar" ? m.kolomItem : daftar.kolomItem,
    kolomStatus: m.jenis === "daftar" ? m.kolomStatus : daftar.kolomStatus,
    dokumen: [...(m.jenis === "dokumen-desa" ? m.dokumen : dok.dokumen)],
    pembilang: m.jenis === "rasio" ? m.pembilang : rasio.pembilang,
    penyebut: m.jenis === "rasio" ? m.penyebut : rasio.penyebut,
    desimal: m.jenis === "nilai" && m.desimal !== undefined ? String(m.desimal) : "",
  };
}

/** The draft an indicator fills the editor with; `target` is the text the form shows. */
export function draftOf(ind: Indicator, target: string): IndicatorDraft {
  const m = measureOf(ind);
  return {
    sasaran: ind.sasaran,
    nama: ind.nama,
    rumus: ind.rumus,
    penjelasan: ind.penjelasan,
    target,
    satuan: ind.satuan,
    polaritas: ind.polaritas,
    sumberData: ind.sumberData,
    penanggungJawab: ind.penanggungJawab,
    jenis: m.jenis,
    ...optionsOf(m),
  };
}

/** A new, empty indicator: same sasaran as the last one (documents list IKU per sasaran). */
export function newDraft(after?: IndicatorDraft): IndicatorDraft {
  const jenis = MEASURE_KINDS.find((k) => jenisAvailable(k.jenis))?.jenis ?? "daftar";
  return {
    sasaran: after?.sasaran ?? "",
    nama: "",
    rumus: "",
    penjelasan: "",
    target: "",
    satuan: "persen",
    polaritas: "positif",
    sumberData: "",
    penanggungJawab: after?.penanggungJawab ?? "",
    jenis,
    ...optionsOf(measureOf({ kind: kindOfJenis(jenis) })),
  };
}

export function addIndicator(list: readonly IndicatorDraft[]): IndicatorDraft[] {
  return [...list, newDraft(list[list.length - 1])];
}

export function removeIndicator<T>(list: readonly T[], i: number): T[] {
  return list.filter((_, j) => j !== i);
}

/** Moves item `i` by `delta` (-1 up, +1 down); at either end the list is unchanged. */
export function moveIndicator<T>(list: readonly T[], i: number, delta: number): T[] {
  const j = i + delta;
  if (i < 0 || i >= list.length || j < 0 || j >= list.length) return [...list];
  const out = [...list];
  [out[i], out[j]] = [out[j], out[i]];
  return out;
}

export function editIndicator(
  list: readonly IndicatorDraft[],
  i: number,
  patch: Partial<IndicatorDraft>,
): IndicatorDraft[] {
  return list.map((d, j) => (j === i ? { ...d, ...patch } : d));
}

/** The measurement the draft's chosen kind and options stand for (strings trimmed). */
export function draftMeasure(d: IndicatorDraft): Measure {
  switch (d.jenis) {
    case "daftar":
      return {
        jenis: "daftar",
        lembar: d.lembar.trim(),
        kolomItem: d.kolomItem.trim(),
        kolomStatus: d.kolomStatus.trim(),
      };
    case "dokumen-desa":
      return { jenis: "dokumen-desa", dokumen: DOKUMEN_DESA.filter((x) => d.dokumen.includes(x)) };
    case "survei-ikm":
      return { jenis: "survei-ikm" };
    case "rasio":
      return { jenis: "rasio", pembilang: d.pembilang.trim(), penyebut: d.penyebut.trim() };
    case "nilai":
      return d.desimal.trim() === ""
        ? { jenis: "nilai" }
        : { jenis: "nilai", desimal: Number(d.desimal.trim()) };
  }
}

/**
 * The Indicator fields of the draft's measurement: `kind` = kindOfMeasure, and `pengukuran`
 * only when the options differ from the kind's default (measureOf gives the default back).
 */
export function measureFields(d: IndicatorDraft): Pick<Indicator, "kind" | "pengukuran"> {
  return measureFieldsOf(draftMeasure(d));
}

/**
 * The problems of each draft's measurement, with field paths "indicators.N.<option>" (the
 * kind itself under "indicators.N.kind", as validateProfile names it): a kind this version
 * cannot build, a daftar sheet name Excel refuses or another indicator already uses, empty
 * column captions, no document chosen, empty rasio captions, desimal outside 0–6.
 */
export function measureProblems(list: readonly IndicatorDraft[]): FieldError[] {
  const errors: FieldError[] = [];
  const sheets = new Map<string, number>();
  list.forEach((d, i) => {
    const n = i + 1;
    const add = (field: string, message: string): void => {
      errors.push({ field: `indicators.${i}.${field}`, message });
    };
    if (!jenisAvailable(d.jenis))
      add(
        "kind",
        `Jenis "${jenisInfo(d.jenis).label}" IKU ke-${n} belum tersedia di versi ini; pilih jenis lain.`,
      );
    switch (d.jenis) {
      case "daftar": {
        // The sheet name itself is checked by the core (validateProfile); two IKU of this
        // list on one sheet is what only the list can see.
        const key = d.lembar.trim().toLowerCase();
        if (key !== "" && sheets.has(key))
          add(
            "lembar",
            `Lembar "${d.lembar.trim()}" sudah dipakai IKU ke-${(sheets.get(key) ?? 0) + 1}; beri nama lain.`,
          );
        if (key !== "" && !sheets.has(key)) sheets.set(key, i);
        break;
      }
      case "dokumen-desa":
        // Said in the pane's words (checkboxes); the core says the same for a file.
        if (!DOKUMEN_DESA.some((x) => d.dokumen.includes(x)))
          add("dokumen", `Pilih sedikitnya satu dokumen desa untuk IKU ke-${n}.`);
        break;
      case "nilai":
        // The typed text, before it is a number the core can range-check (0–10).
        if (d.desimal.trim() !== "" && !/^\d+$/.test(d.desimal.trim()))
          add("desimal", `Jumlah desimal IKU ke-${n} harus bilangan bulat, mis. 2.`);
        break;
      default:
        break;
    }
  });
  return errors;
}
