/**
 * The `Pengukuran Kinerja` sheet: quarterly monitoring of every IKU — per indicator the
 * yearly target and, for TW I–IV, the realisasi cumulative to the quarter's end, its capaian
 * against the yearly target and the predikat. Formulas use the defined names (NAMES) and
 * IKU_Tahun; add-in mode writes IKU.*.TW calls, portable mode their toPortable translation.
 * Semantics: src/core/triwulan.ts; the same computation as evaluateQuarters.
 */
import { moduleOf } from "../indicators";
import { TUJUAN_INDEX, tujuanIndicator } from "../profile";
import type { Indicator, Profile } from "../profile";
import { TUJUAN_TARGET_NAME } from "./profil-tujuan";
import { AKHIR_TRIWULAN, TRIWULAN, TRIWULAN_LABEL, Triwulan } from "../triwulan";
import { FormulaMode, SheetModel, targetName } from "./model";
import type { CellStyle } from "./model";
import { orBlank, unitFormat } from "./iku-sheet";
import { columnLetters } from "../a1";
import { writeCapaianPredikat } from "./capaian-cells";
import { masukanNote, writeMasukanBlock } from "./masukan-block";
import { SheetDraft, addr, ddmmyyyy, heightFor, linesFor, HEADER_STYLE } from "./sheet-kit";

export const PENGUKURAN_SHEET = "Pengukuran Kinerja";

/** Layout: two header rows, then one row per indicator. */
export const PENGUKURAN_LAYOUT = { headerRow: 5, firstIndicatorRow: 7, firstQuarterCol: 4 } as const;

/** Column of quarter q's Realisasi (Capaian and Predikat follow it). */
export function quarterCol(q: Triwulan): number {
  return PENGUKURAN_LAYOUT.firstQuarterCol + 3 * (q - 1);
}

const WIDTHS = [5, 40, 11, ...TRIWULAN.flatMap(() => [11, 10, 14])];
const LAST_COL = WIDTHS.length;

/** The add-in formula of an indicator's realisasi at the end of quarter q (its registry module). */
export function realisasiTwFormula(ind: Indicator, i: number, q: Triwulan, profile: Profile): string {
  return moduleOf(ind.kind).formulaTw(ind, i, q, profile);
}

/** The note row: what "cumulative" means and the Dokumen Desa convention per quarter. */
export function pengukuranNote(tahun: number): string {
  const end = (q: Triwulan): string => ddmmyyyy(tahun, AKHIR_TRIWULAN[q].bulan, AKHIR_TRIWULAN[q].hari);
  return (
    `Realisasi kumulatif sampai akhir triwulan tahun ${tahun} (TW I s.d. ${end(1)}, TW II s.d. ${end(2)}, ` +
    `TW III s.d. ${end(3)}, TW IV s.d. ${end(4)}); capaian dibandingkan dengan target tahunan. ` +
    "Fasilitasi: kegiatan yang bertanggal sampai akhir triwulan; kegiatan berstatus tanpa tanggal ditolak (#VALUE!). " +
    `Dokumen Desa: dokumen yang batas waktunya jatuh sampai triwulan itu — TW I–II: LPPDesa TA ${tahun - 1} ` +
    `(batas ${end(1)}); TW III: + RKPDesa TA ${tahun + 1} (batas ${end(3)}); ` +
    `TW IV: + APBDesa TA ${tahun + 1} (batas ${end(4)}); dihitung bila disampaikan paling lambat batasnya, ` +
    "dibagi jumlah desa × dokumen yang jatuh tempo. IKM: responden yang bertanggal sampai akhir triwulan. " +
    `Sel kosong: belum ada data sampai akhir triwulan. Bila semua tanggal jatuh pada tahun ${tahun}, ` +
    "TW IV sama dengan realisasi tahunan di lembar IKU."
  );
}

/**
 * Builds the `Pengukuran Kinerja` sheet of `profile`. The Target column shows the Profil
 * target through its defined name (targetName), as the IKU sheet does, so every sheet and
 * `iku hitung --triwulan` measure against the same yearly target.
 */
export function buildPengukuranSheet(profile: Profile, mode: FormulaMode): SheetModel {
  const s = new SheetDraft(PENGUKURAN_SHEET, "pengukuran", WIDTHS, mode);
  const n = profile.tahun;
  const title: CellStyle = { bold: true, fontSize: 12, hAlign: "center", vAlign: "middle" };
  s.value(1, 1, "PENGUKURAN KINERJA TRIWULAN", title).merge(1, 1, 1, LAST_COL);
  s.value(2, 1, `${profile.instansi} — Tahun ${n}`, title).merge(2, 1, 2, LAST_COL);
  const note = pengukuranNote(n) + masukanNote(profile);
  s.value(3, 1, note, { italic: true, wrap: true, vAlign: "top" }).merge(3, 1, 3, LAST_COL);
  s.height(3, heightFor(linesFor(note, s.width(1, LAST_COL))));

  const { headerRow: h, firstIndicatorRow: first } = PENGUKURAN_LAYOUT;
  const fixed = ["No.", "Indikator Kinerja Utama", `Target Tahun ${n}`];
  fixed.forEach((t, i) =>
    s
      .value(h, i + 1, t, HEADER_STYLE)
      .style(h + 1, i + 1, h + 1, i + 1, HEADER_STYLE)
      .merge(h, i + 1, h + 1, i + 1),
  );
  for (const q of TRIWULAN) {
    const c = quarterCol(q);
    const a = AKHIR_TRIWULAN[q];
    s.value(h, c, `${TRIWULAN_LABEL[q]} (s.d. ${ddmmyyyy(n, a.bulan, a.hari)})`, HEADER_STYLE);
    s.style(h, c + 1, h, c + 2, HEADER_STYLE).merge(h, c, h, c + 2);
    ["Realisasi", "Capaian", "Predikat"].forEach((t, k) => s.value(h + 1, c + k, t, HEADER_STYLE));
  }
  s.height(h, heightFor(2));
  s.height(h + 1, heightFor(1));

  const body: CellStyle = { wrap: true, vAlign: "top", border: true };
  const numeric: CellStyle = { ...body, hAlign: "center" };
  // One row per IKU, then the measured tujuan's (No. "T", its own target name).
  const tujuan = tujuanIndicator(profile);
  const rows = [
    ...profile.indicators.map((ind, i) => ({
      ind,
      i,
      no: i + 1,
      target: targetName(i),
    })),
    ...(tujuan ? [{ ind: tujuan, i: TUJUAN_INDEX, no: "T", target: TUJUAN_TARGET_NAME }] : []),
  ];
  rows.forEach(({ ind, i, no, target: yearly }, k) => {
    const r = first + k;
    s.value(r, 1, no, { ...numeric, numFmt: "0" });
    const nama = i < 0 ? `Indikator Tujuan: ${ind.nama}` : ind.nama;
    s.value(r, 2, nama, body);
    s.formula(
      r,
      3,
      `IF(${yearly}="","",${yearly})`,
      { ...numeric, numFmt: unitFormat(ind) },
      orBlank(ind.target),
    );
    const target = addr(r, 3, true);
    for (const q of TRIWULAN) {
      const c = quarterCol(q);
      const real = addr(r, c);
      // A fresh workbook has no dated data: every quarter shows nothing yet (the formulas'
      // own emptiness guard), and so do its capaian and predikat.
      s.formula(r, c, realisasiTwFormula(ind, i, q, profile), { ...numeric, numFmt: unitFormat(ind) }, "");
      const cached = { capaian: "", predikat: "" };
      writeCapaianPredikat(
        s,
        { row: r, capaianCol: c + 1, predikatCol: c + 2, real, target, polaritas: ind.polaritas, cached },
        profile,
        numeric,
      );
    }
    s.height(r, heightFor(linesFor(nama, s.width(2))));
  });
  const tableLast = first + Math.max(rows.length, 1) - 1;
  const last = writeMasukanBlock(s, profile, LAST_COL) ?? tableLast;
  s.freeze = { rows: h + 1, cols: 2 };
  s.page = {
    orientation: "landscape",
    paper: "A4",
    fitToWidth: true,
    printTitleRows: `${h}:${h + 1}`,
    printArea: `A1:${columnLetters(LAST_COL)}${last}`,
  };
  return s.done();
}
