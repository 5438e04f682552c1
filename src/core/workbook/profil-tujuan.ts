/**
 * The rows of a measured Indikator Tujuan on the Profil sheet (issue 10), right below
 * "Indikator Tujuan": jenis, satuan, target (the cell IKU_Target_Tujuan), polaritas and the
 * kind's options. Written only for a profile with tujuanUkur, so other workbooks stay as they
 * were; read back by label, so a user can add the rows to an old workbook by hand.
 */
import { ErrorKind, Result, ikuError, isIkuError } from "../errors";
import type { Measure } from "../measure";
import { measureFields, measureOf, tujuanIndicator } from "../profile";
import type { Profile, TujuanUkur } from "../profile";
import { POLARITIES, UNITS } from "./profil-table-layout";
import { num, pick, placeError, text } from "./profil-values";
import type { SheetDraft } from "./sheet-kit";

/** The defined name of the tujuan's target cell on Profil. */
export const TUJUAN_TARGET_NAME = "IKU_Target_Tujuan";

export const TUJUAN_LABEL = {
  jenis: "Indikator Tujuan Jenis",
  satuan: "Indikator Tujuan Satuan",
  target: "Indikator Tujuan Target",
  polaritas: "Indikator Tujuan Polaritas",
  pembilang: "Indikator Tujuan Pembilang",
  penyebut: "Indikator Tujuan Penyebut",
  desimal: "Indikator Tujuan Desimal",
} as const;

/** The measurement ids a tujuan can use, as the Profil rows and the JSON write them. */
const JENIS = ["nilai", "rasio", "survei-ikm"] as const;

type Put = (label: string, value: string | number | null, style?: { numFmt?: string }) => number;

/**
 * Writes the rows through the Profil sheet's `put` and returns the target cell ("$B$12"), or
 * undefined when the profile's tujuan is a name only (nothing written).
 */
export function writeTujuanRows(s: SheetDraft, put: Put, profile: Profile): string | undefined {
  const u = profile.tujuanUkur;
  const ind = tujuanIndicator(profile);
  if (!u || !ind) return undefined;
  const m = measureOf(ind);
  const list = (row: number, items: readonly string[]): void => {
    s.validations.push({
      range: `B${row}`,
      type: "list",
      list: [...items],
      error: `Pilih salah satu: ${items.join(", ")}`,
    });
  };
  list(put(TUJUAN_LABEL.jenis, m.jenis), JENIS);
  list(put(TUJUAN_LABEL.satuan, u.satuan), UNITS);
  const targetRow = put(TUJUAN_LABEL.target, u.target, { numFmt: u.satuan === "persen" ? "0.00%" : "0.00" });
  list(put(TUJUAN_LABEL.polaritas, u.polaritas), POLARITIES);
  if (m.jenis === "rasio") {
    put(TUJUAN_LABEL.pembilang, m.pembilang);
    put(TUJUAN_LABEL.penyebut, m.penyebut);
  }
  if (m.jenis === "nilai") put(TUJUAN_LABEL.desimal, m.desimal ?? null, { numFmt: "0" });
  return `$B$${targetRow}`;
}

/**
 * The tujuanUkur the rows describe: undefined when there is no "Indikator Tujuan Jenis" row or
 * it is empty (a name-only tujuan, every workbook built before issue 10).
 */
export function readTujuanRows(
  get: (label: string) => unknown,
  rowOf: (label: string) => number,
): Result<TujuanUkur | undefined> {
  const L = TUJUAN_LABEL;
  if (text(get(L.jenis)).trim() === "") return undefined;
  const at = (label: string): string => `baris ${rowOf(label)}`;
  const jenis = pick(at(L.jenis), L.jenis, get(L.jenis), JENIS);
  if (isIkuError(jenis)) return jenis;
  const satuan = pick(at(L.satuan), L.satuan, get(L.satuan), UNITS);
  if (isIkuError(satuan)) return satuan;
  // An empty polaritas is the usual one.
  const rawPol = text(get(L.polaritas)).trim();
  const polaritas = rawPol === "" ? "positif" : pick(at(L.polaritas), L.polaritas, rawPol, POLARITIES);
  if (isIkuError(polaritas)) return polaritas;
  const rawTarget = get(L.target);
  const target = text(rawTarget).trim() === "" ? null : num(rawTarget);
  if (target === null && text(rawTarget).trim() !== "")
    return placeError(at(L.target), `${L.target} harus angka atau kosong`);
  let m: Measure;
  if (jenis === "rasio") {
    // Rows not there yet (the jenis just changed to rasio on the sheet): the usual captions.
    const caption = (label: string, usual: string): string =>
      rowOf(label) === 0 ? usual : text(get(label)).trim();
    m = {
      jenis,
      pembilang: caption(L.pembilang, "Pembilang"),
      penyebut: caption(L.penyebut, "Penyebut"),
    };
  } else if (jenis === "nilai") {
    const raw = get(L.desimal);
    const d = text(raw).trim() === "" ? undefined : num(raw);
    if (d === null || (d !== undefined && !Number.isInteger(d)))
      return ikuError(ErrorKind.Value, `Lembar Profil ${at(L.desimal)}: ${L.desimal} harus bilangan bulat`);
    m = d === undefined ? { jenis } : { jenis, desimal: d };
  } else m = { jenis };
  return { ...measureFields(m), target, satuan, polaritas };
}
