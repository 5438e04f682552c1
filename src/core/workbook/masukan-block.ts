/**
 * The input block of the typed kinds (rasio, nilai) on the Pengukuran Kinerja sheet: one row
 * per typed figure, TW I–IV in columns D–G (layout: core/indicators/masukan-layout.ts). The
 * monitoring table above reads it; `iku hitung` reads it through IKU_Masukan_<n>.
 */
import {
  MASUKAN_COL,
  MASUKAN_SHEET,
  masukanBlock,
  masukanName,
  masukanRange,
} from "../indicators/masukan-layout";
import { TUJUAN_INDEX, measureOf, tujuanIndicator } from "../profile";
import type { Indicator, Profile } from "../profile";
import { TRIWULAN, TRIWULAN_LABEL } from "../triwulan";
import type { CellStyle, NamedRangeModel } from "./model";
import { SheetDraft, HEADER_STYLE, heightFor, linesFor } from "./sheet-kit";

/** Number format of a nilai with `desimal` decimals (2 when absent). */
export function desimalFormat(desimal: number | undefined): string {
  const d = desimal ?? 2;
  return d <= 0 ? "0" : `0.${"0".repeat(Math.min(d, 10))}`;
}

/** Row captions of an indicator's inputs: rasio pembilang/penyebut captions, or the value. */
function captions(ind: Indicator): string[] {
  const m = measureOf(ind);
  if (m.jenis === "rasio") return [`Pembilang: ${m.pembilang}`, `Penyebut: ${m.penyebut}`];
  return [`Nilai: ${ind.nama}`];
}

function inputFormat(ind: Indicator): string {
  const m = measureOf(ind);
  return m.jenis === "nilai" ? desimalFormat(m.desimal) : "0";
}

/** The rule sentence of the sheet note for the typed kinds (empty when none is typed). */
export function masukanNote(profile: Pick<Profile, "indicators" | "tujuanUkur">): string {
  const kinds = new Set(profile.indicators.map((i) => i.kind));
  if (profile.tujuanUkur) kinds.add(profile.tujuanUkur.kind);
  const parts: string[] = [];
  if (kinds.has("rasio"))
    parts.push(
      "Rasio: pembilang dan penyebut diketik per triwulan di blok MASUKAN; realisasi s.d. triwulan = " +
        "jumlah pembilang ÷ jumlah penyebut triwulan yang diisi (kumulatif).",
    );
  if (kinds.has("nilai"))
    parts.push(
      "Nilai: diketik per triwulan di blok MASUKAN; realisasi s.d. triwulan = nilai triwulan terakhir yang diisi.",
    );
  return parts.length > 0 ? ` ${parts.join(" ")} Realisasi tahunan = TW IV.` : "";
}

/**
 * Writes the block below the table and returns its last row (null when no indicator is
 * typed: the sheet is exactly as before).
 */
export function writeMasukanBlock(s: SheetDraft, profile: Profile, lastCol: number): number | null {
  const block = masukanBlock(profile);
  if (!block) return null;
  const title: CellStyle = { bold: true, hAlign: "left", vAlign: "middle" };
  s.value(block.titleRow, 1, "MASUKAN TRIWULAN (ketik angka; kosongkan triwulan yang belum diukur)", title);
  s.merge(block.titleRow, 1, block.titleRow, lastCol);
  const h = block.headerRow;
  ["No.", "Uraian"].forEach((t, k) => s.value(h, k + 1, t, HEADER_STYLE));
  s.style(h, 3, h, 3, HEADER_STYLE);
  for (const q of TRIWULAN) s.value(h, MASUKAN_COL + q - 1, TRIWULAN_LABEL[q], HEADER_STYLE);
  const body: CellStyle = { wrap: true, vAlign: "top", border: true };
  // The IKU's rows by number, then the measured tujuan's (No. "T", IKU_Masukan_Tujuan).
  const tujuan = tujuanIndicator(profile);
  const typed = [
    ...profile.indicators.map((ind, i) => ({ ind, i, top: block.rows[i], no: i + 1 })),
    ...(tujuan ? [{ ind: tujuan, i: TUJUAN_INDEX, top: block.tujuanRow, no: "T" }] : []),
  ];
  typed.forEach(({ ind, i, top, no }) => {
    if (top === undefined) return;
    captions(ind).forEach((text, k) => {
      const r = top + k;
      const shown = i < 0 ? `Indikator Tujuan — ${text}` : text;
      s.value(r, 1, no, { ...body, hAlign: "center", numFmt: "0" });
      s.value(r, 2, shown, body);
      s.style(r, 3, r, MASUKAN_COL + 3, { ...body, hAlign: "center", numFmt: inputFormat(ind) });
      s.height(r, heightFor(linesFor(shown, s.width(2))));
    });
    const range = masukanRange(profile, i);
    s.validations.push({
      range: range.replace(/\$/g, ""),
      type: "decimal",
      min: 0,
      max: 1e15,
      prompt: "Angka 0 atau lebih",
      error: "Ketik angka 0 atau lebih, atau kosongkan triwulan yang belum diukur.",
    });
  });
  return block.lastRow;
}

/** The defined names of the block: IKU_Masukan_<n> for each typed indicator, IKU_Masukan_Tujuan. */
export function masukanNames(profile: Profile): NamedRangeModel[] {
  const block = masukanBlock(profile);
  const names = profile.indicators.flatMap((ind, i) =>
    block?.rows[i] === undefined
      ? []
      : [{ name: masukanName(i + 1), sheet: MASUKAN_SHEET, range: masukanRange(profile, i) }],
  );
  if (block?.tujuanRow !== undefined)
    names.push({
      name: masukanName(TUJUAN_INDEX + 1),
      sheet: MASUKAN_SHEET,
      range: masukanRange(profile, TUJUAN_INDEX),
    });
  return names;
}
