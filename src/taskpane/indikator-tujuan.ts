/**
 * The pane's "Indikator Tujuan" part as plain data (issue 10): its name and, when measured,
 * the kind (nilai, rasio, survei-ikm), satuan, target as typed, polaritas and the kind's
 * options — the strings the inputs show, mapped to Profile.indikatorTujuan/tujuanUkur. The
 * checks are the core's (validateProfile, fields "tujuanUkur.*"); only number syntax is here.
 */
import type { FieldError } from "../core/profile-validate";
import type { Polarity, Profile, TujuanUkur, Unit } from "../core/profile";
import { measureFields, measureOf, tujuanIndicator } from "../core/profile";
import type { Measure } from "../core/measure";

/** The kinds a tujuan can be measured with, as the select lists them ("" = name only). */
export const TUJUAN_JENIS = ["nilai", "rasio", "survei-ikm"] as const;
export type TujuanJenis = (typeof TUJUAN_JENIS)[number];

export interface TujuanDraft {
  nama: string;
  /** "" = a name only (not measured). */
  jenis: "" | TujuanJenis;
  satuan: Unit;
  /** As typed: "90" (persen), "4,25" (nilai), "" = left for later. */
  target: string;
  polaritas: Polarity;
  pembilang: string;
  penyebut: string;
  /** nilai: "" = the default (2) */
  desimal: string;
}

type NumberReader = (text: string, satuan: Unit) => number | null | undefined;
type TargetShower = (value: number | null, satuan: Unit) => string;

/** The draft the form shows for `p`'s tujuan (target shown by the form's `show`). */
export function tujuanDraftOf(p: Profile, show: TargetShower): TujuanDraft {
  const ind = tujuanIndicator(p);
  const m = ind ? measureOf(ind) : null;
  return {
    nama: p.indikatorTujuan,
    jenis: m && (TUJUAN_JENIS as readonly string[]).includes(m.jenis) ? (m.jenis as TujuanJenis) : "",
    satuan: ind?.satuan ?? "nilai",
    target: ind ? show(ind.target, ind.satuan) : "",
    polaritas: ind?.polaritas ?? "positif",
    pembilang: m?.jenis === "rasio" ? m.pembilang : "Pembilang",
    penyebut: m?.jenis === "rasio" ? m.penyebut : "Penyebut",
    desimal: m?.jenis === "nilai" && m.desimal !== undefined ? String(m.desimal) : "",
  };
}

function measureOfDraft(d: TujuanDraft, jenis: TujuanJenis): Measure {
  if (jenis === "rasio") return { jenis, pembilang: d.pembilang.trim(), penyebut: d.penyebut.trim() };
  if (jenis === "nilai")
    return d.desimal.trim() === "" ? { jenis } : { jenis, desimal: Number(d.desimal.trim()) };
  return { jenis };
}

/**
 * The Profile fields of the draft, and the form's own findings (a target or desimal that is
 * not a number), under the field paths validateProfile uses.
 */
export function tujuanFromDraft(
  d: TujuanDraft,
  read: NumberReader,
): { fields: Pick<Profile, "indikatorTujuan" | "tujuanUkur">; errors: FieldError[] } {
  const errors: FieldError[] = [];
  if (d.jenis === "") return { fields: { indikatorTujuan: d.nama }, errors };
  const target = read(d.target, d.satuan);
  if (target === undefined)
    errors.push({
      field: "tujuanUkur.target",
      message: "Isi target Indikator Tujuan dengan angka, mis. 4,25.",
    });
  if (d.jenis === "nilai" && d.desimal.trim() !== "" && !/^\d+$/.test(d.desimal.trim()))
    errors.push({
      field: "tujuanUkur.desimal",
      message: "Jumlah desimal Indikator Tujuan harus bilangan bulat, mis. 2.",
    });
  const m = errors.some((e) => e.field === "tujuanUkur.desimal")
    ? { jenis: d.jenis }
    : measureOfDraft(d, d.jenis);
  const tujuanUkur: TujuanUkur = {
    ...measureFields(m as Measure),
    target: target ?? null,
    satuan: d.satuan,
    polaritas: d.polaritas,
  };
  return { fields: { indikatorTujuan: d.nama, tujuanUkur }, errors };
}

/** The input id of a tujuan field path ("tujuanUkur.target" → "f-tujuan-target"), or null. */
export function tujuanElementId(field: string): string | null {
  if (field === "indikatorTujuan") return "f-tujuan-nama";
  const m = /^tujuanUkur\.(\w+)$/.exec(field);
  return m ? `f-tujuan-${m[1]}` : null;
}
