/**
 * The checks of a measured Indikator Tujuan (Profile.tujuanUkur, issue 10), used by
 * validateProfile (building) and validateWorkbookProfile (reading a filled workbook). Field
 * paths are under "tujuanUkur." (the Profile field), the name under "indikatorTujuan".
 */
import type { FieldError } from "./profile-validate";
import type { Profile, TujuanUkur } from "./profile";
import { TUJUAN_KINDS } from "./profile";

const UNITS = ["persen", "indeks", "nilai"];
const POLARITIES = ["positif", "negatif"];
const WHO = "Indikator Tujuan";

/** Indonesian number for messages: "0,84", "8400". */
const id = (x: number): string => String(Number(x.toPrecision(12))).replace(".", ",");

/** Why the tujuan's target is not usable (the rules of an IKU target), or null. */
export function tujuanTargetProblem(u: Pick<TujuanUkur, "target" | "satuan">): string | null {
  const t = u.target;
  if (t === null) return null;
  if (typeof t !== "number" || !Number.isFinite(t)) return `Target ${WHO} harus angka atau dikosongkan.`;
  if (u.satuan === "indeks" && (t < 25 || t > 100))
    return `Target ${WHO} (indeks) ${id(t)} harus antara 25 dan 100.`;
  if (u.satuan === "persen" && t > 10)
    return `Target ${WHO} ${id(t)} berarti ${id(t * 100)} %: ketik 84 % (dengan tanda %) atau 0,84, bukan 84.`;
  if (u.satuan === "persen" && t <= 0) return `Target ${WHO} harus lebih dari 0; ketik 84 % atau 0,84.`;
  if (u.satuan === "nilai" && t < 0) return `Target ${WHO} harus 0 atau lebih.`;
  return null;
}

/** Every problem of the measured tujuan (none when the profile has no tujuanUkur). */
export function tujuanProblems(p: Profile): FieldError[] {
  const u = p.tujuanUkur;
  if (!u) return [];
  const out: FieldError[] = [];
  const add = (field: string, message: string): void => {
    out.push({ field, message });
  };
  if (typeof p.indikatorTujuan !== "string" || p.indikatorTujuan.trim() === "")
    add("indikatorTujuan", `Nama ${WHO} wajib diisi bila targetnya diukur.`);
  if (!TUJUAN_KINDS.includes(u.kind))
    add(
      "tujuanUkur.kind",
      `Jenis pengukuran ${WHO} harus nilai, rasio atau survei-ikm; daftar dan dokumen desa ` +
        `belum dapat dipakai untuk ${WHO} (ukur dengan nilai yang diketik).`,
    );
  if (!UNITS.includes(u.satuan)) add("tujuanUkur.satuan", `Satuan ${WHO} harus persen, indeks atau nilai.`);
  else if (u.kind === "rasio" && u.satuan !== "persen")
    add("tujuanUkur.satuan", `Satuan ${WHO} (rasio) harus persen.`);
  else if (u.kind === "ikm" && u.satuan !== "indeks")
    add("tujuanUkur.satuan", `Satuan ${WHO} (survei IKM) harus indeks.`);
  else if (u.satuan === "nilai" && u.kind !== "nilai")
    add("tujuanUkur.satuan", `Satuan "nilai" hanya untuk ${WHO} berjenis nilai.`);
  if (!POLARITIES.includes(u.polaritas))
    add("tujuanUkur.polaritas", `Polaritas ${WHO} harus positif atau negatif.`);
  const m = u.pengukuran;
  if (m?.jenis === "rasio") {
    if (m.pembilang.trim() === "") add("tujuanUkur.pembilang", `Keterangan pembilang ${WHO} wajib diisi.`);
    if (m.penyebut.trim() === "") add("tujuanUkur.penyebut", `Keterangan penyebut ${WHO} wajib diisi.`);
  }
  if (m?.jenis === "nilai" && m.desimal !== undefined) {
    if (!Number.isInteger(m.desimal) || m.desimal < 0 || m.desimal > 10)
      add("tujuanUkur.desimal", `Desimal ${WHO} harus bilangan bulat 0–10.`);
  }
  const target = UNITS.includes(u.satuan) ? tujuanTargetProblem(u) : null;
  if (target) add("tujuanUkur.target", target);
  return out;
}
