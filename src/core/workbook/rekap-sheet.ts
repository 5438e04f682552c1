/**
 * The `Rekap <tahun>` sheet of the kabupaten recap, as model data both renderers draw:
 * title, the table Kecamatan | Indikator | Target | Realisasi | Capaian | Predikat (grouped
 * by indicator so each indicator's cells are one block), the summary per indicator, the
 * Catatan, and a clustered bar chart of capaian per kecamatan over a small data block.
 *
 * Target and realisasi are constants — the recap is a snapshot of what the core computed
 * from each kecamatan's data — while capaian, predikat and the summary are built-in
 * formulas over them (portable translations of the IKU sheet's own formulas), so a
 * recalculation in Excel or LibreOffice must land on the core's values. Text from the
 * kecamatan files is only ever a cell value, never a formula.
 */

import { capaian, predikat } from "../capaian";
import { isIkuError } from "../errors";
import type { RekapKecamatan, RekapResult, RekapRow, Stats } from "../rekap";
import { cachedResult } from "./cached";
import type { CachedValue, CellStyle, SheetModel, SheetsModel } from "./model";
import { buildChartSheet } from "./rekap-chart";
import {
  body,
  LAST_COL,
  numeric,
  REKAP_COL,
  REKAP_HEADER_ROW,
  sectionTitle,
  seriesLabel,
  unitFmt,
  WIDTHS,
  type Block,
} from "./rekap-layout";
import { addr, heightFor, linesFor, rangeAddr, SheetDraft, HEADER_STYLE } from "./sheet-kit";

export { REKAP_COL, REKAP_HEADER_ROW } from "./rekap-layout";

/** "Rekap 2025". */
export function rekapSheetName(tahun: number | null): string {
  return tahun === null ? "Rekap" : `Rekap ${tahun}`;
}

function writeTable(s: SheetDraft, rekap: RekapResult): { blocks: Block[]; next: number } {
  const kecamatan = rekap.kecamatan;
  const headers = [
    "No",
    "Kecamatan",
    "Indikator Kinerja Utama",
    "Target",
    "Realisasi",
    "Capaian",
    "Predikat",
  ];
  headers.forEach((h, i) => s.value(REKAP_HEADER_ROW, i + 1, h, HEADER_STYLE));
  s.height(REKAP_HEADER_ROW, heightFor(2));
  let r = REKAP_HEADER_ROW + 1;
  let no = 1;
  const blocks: Block[] = [];
  // One block per indicator, in the summaries' order; only the kecamatan having it.
  for (const [i, summary] of rekap.summaries.entries()) {
    const rows: [RekapKecamatan, RekapRow][] = kecamatan.flatMap((k) =>
      k.rows.filter((x) => x.key === summary.key).map((x): [RekapKecamatan, RekapRow] => [k, x]),
    );
    if (rows.length === 0) continue;
    const block: Block = {
      key: summary.key,
      label: seriesLabel(i, summary.nama),
      first: r,
      last: r + rows.length - 1,
      rowOf: new Map(),
    };
    for (const [k, x] of rows) {
      const C = REKAP_COL;
      const fmt = { ...numeric, numFmt: unitFmt(x.satuan) };
      s.value(r, C.no, no++, { ...numeric, numFmt: "0" });
      s.value(r, C.kecamatan, k.kecamatan, body);
      s.value(r, C.indikator, x.indikator, body);
      s.style(r, C.target, r, C.realisasi, fmt);
      if (x.target !== null) s.value(r, C.target, x.target);
      if (x.realisasi !== null) s.value(r, C.realisasi, x.realisasi);
      const target = addr(r, C.target);
      const real = addr(r, C.realisasi);
      const cap = addr(r, C.capaian);
      const cached = cachedCapaian(x);
      // The IKU sheet's own capaian/predikat formulas, translated to built-in functions.
      s.formula(
        r,
        C.capaian,
        `IF(OR(${target}="",${real}=""),"",IKU.CAPAIAN(${real},${target},"${x.polaritas}"))`,
        { ...numeric, numFmt: "0.00%" },
        cached.capaian,
      );
      s.formula(r, C.predikat, `IF(${cap}="","",IKU.PREDIKAT(${cap}))`, numeric, cached.predikat);
      s.height(
        r,
        heightFor(
          Math.max(linesFor(x.indikator, s.width(C.indikator)), linesFor(k.kecamatan, s.width(C.kecamatan))),
        ),
      );
      // The chart plots one capaian per kecamatan: the first row when a file repeats a name.
      if (!block.rowOf.has(k.fileName)) block.rowOf.set(k.fileName, r);
      r++;
    }
    blocks.push(block);
  }
  if (blocks.length === 0) {
    s.value(r, 1, "Tidak ada buku kerja kecamatan yang dapat direkap.", { italic: true });
    s.merge(r, 1, r, LAST_COL);
    r++;
  }
  return { blocks, next: r };
}

function writeSummary(s: SheetDraft, rekap: RekapResult, blocks: Block[], start: number): number {
  sectionTitle(s, start, "RINGKASAN PER INDIKATOR (seluruh kecamatan yang diterima)");
  const h = start + 1;
  [
    "No",
    "Indikator Kinerja Utama",
    "",
    "Ukuran",
    "Realisasi",
    "Capaian",
    "Jumlah Kecamatan Dengan Capaian",
  ].forEach((t, i) =>
    t === "" ? s.style(h, i + 1, h, i + 1, HEADER_STYLE) : s.value(h, i + 1, t, HEADER_STYLE),
  );
  s.merge(h, 2, h, 3);
  s.height(h, heightFor(3));
  let r = h + 1;
  blocks.forEach((b, i) => {
    const summary = rekap.summaries.find((x) => x.key === b.key);
    const nama = summary?.nama ?? b.label;
    const satuan = summary?.satuan ?? "persen";
    const realRange = rangeAddr(b.first, REKAP_COL.realisasi, b.last, REKAP_COL.realisasi, true);
    const capRange = rangeAddr(b.first, REKAP_COL.capaian, b.last, REKAP_COL.capaian, true);
    const measures: [string, string][] = [
      ["Minimum", "MIN"],
      ["Maksimum", "MAX"],
      ["Rata-rata", "AVERAGE"],
    ];
    measures.forEach(([label, fn], j) => {
      const row = r + j;
      s.style(row, 1, row, 1, numeric).style(row, 2, row, 3, body);
      s.value(row, 4, label, body);
      // An empty range has no minimum or mean: show nothing rather than 0 or #DIV/0!.
      s.formula(
        row,
        5,
        `IF(COUNT(${realRange})=0,"",${fn}(${realRange}))`,
        { ...numeric, numFmt: unitFmt(satuan) },
        statOf(summary?.realisasi ?? null, fn),
      );
      s.formula(
        row,
        6,
        `IF(COUNT(${capRange})=0,"",${fn}(${capRange}))`,
        { ...numeric, numFmt: "0.00%" },
        statOf(summary?.capaian ?? null, fn),
      );
      s.style(row, 7, row, 7, numeric);
    });
    s.value(r, 1, i + 1, { ...numeric, numFmt: "0" });
    s.value(r, 2, nama, body);
    s.formula(r, 7, `COUNT(${capRange})`, { ...numeric, numFmt: "0" }, summary?.capaian?.count ?? 0);
    s.merge(r, 1, r + 2, 1);
    s.merge(r, 2, r + 2, 3);
    s.merge(r, 7, r + 2, 7);
    const need = heightFor(linesFor(nama, s.width(2, 3)));
    for (let j = 0; j < 3; j++) s.height(r + j, Math.max(heightFor(1), Math.ceil(need / 3)));
    r += 3;
  });
  return r;
}

/** The core's capaian and predikat of a row, as its formulas show them. */
function cachedCapaian(x: RekapRow): { capaian: CachedValue; predikat: CachedValue } {
  if (x.target === null || x.realisasi === null) return { capaian: "", predikat: "" };
  const c = capaian(x.realisasi, x.target, x.polaritas);
  if (isIkuError(c)) return { capaian: cachedResult(c), predikat: cachedResult(c) };
  return { capaian: c, predikat: cachedResult(predikat(c, null)) };
}

/** A summary statistic as the sheet's MIN/MAX/AVERAGE formula shows it. */
function statOf(stats: Stats | null, fn: string): CachedValue {
  if (stats === null) return "";
  return fn === "MIN" ? stats.min : fn === "MAX" ? stats.max : stats.mean;
}

function writeCatatan(s: SheetDraft, rekap: RekapResult, start: number): number {
  sectionTitle(s, start, "CATATAN");
  let r = start + 1;
  ["No", "Berkas", "Keterangan"].forEach((t, i) => s.value(r, i + 1, t, HEADER_STYLE));
  s.style(r, 4, r, LAST_COL, HEADER_STYLE);
  s.merge(r, 3, r, LAST_COL);
  r++;
  if (rekap.catatan.length === 0) {
    s.value(r, 1, "Semua berkas diterima dan semua IKU dapat dihitung.", { italic: true, border: true });
    s.style(r, 2, r, LAST_COL, { border: true });
    s.merge(r, 1, r, LAST_COL);
    return r + 1;
  }
  rekap.catatan.forEach((n, i) => {
    const who = n.kecamatan === null ? "" : `Kecamatan ${n.kecamatan}: `;
    const text = `${n.ditolak ? "DITOLAK — " : ""}${who}${n.message}`;
    s.value(r, 1, i + 1, { ...numeric, numFmt: "0" });
    s.value(r, 2, n.fileName, body);
    s.value(r, 3, text, body);
    s.style(r, 4, r, LAST_COL, body);
    s.merge(r, 3, r, LAST_COL);
    s.height(r, heightFor(Math.max(linesFor(text, s.width(3, LAST_COL)), linesFor(n.fileName, s.width(2)))));
    r++;
  });
  return r;
}
/**
 * The recap workbook model: the `Rekap <tahun>` sheet (kind "rekap"), A4 landscape, one
 * page wide, the table header repeated on every page; and, when there is something to plot,
 * the `Grafik Rekap <tahun>` sheet with the chart (no repeated header on its page).
 * @param rekap from buildRekap (src/core/rekap.ts).
 */
export function buildRekapWorkbook(rekap: RekapResult): SheetsModel {
  const s = new SheetDraft(rekapSheetName(rekap.tahun), "rekap", WIDTHS, "portable");
  const title: CellStyle = { bold: true, hAlign: "center", vAlign: "middle", fontSize: 14 };
  const tahun = String(rekap.tahun ?? "");
  s.value(1, 1, "REKAPITULASI CAPAIAN INDIKATOR KINERJA UTAMA (IKU) KECAMATAN", title);
  s.value(2, 1, `KABUPATEN LUMAJANG TAHUN ${tahun}`.trim(), title);
  s.merge(1, 1, 1, LAST_COL).merge(2, 1, 2, LAST_COL).merge(3, 1, 3, LAST_COL);
  s.height(1, 20).height(2, 20);
  const ditolak = new Set(rekap.catatan.filter((n) => n.ditolak).map((n) => n.fileName)).size;
  s.value(
    3,
    1,
    `Dihitung dari data ${rekap.kecamatan.length} buku kerja kecamatan dengan fungsi IKU` +
      (ditolak > 0 ? `; ${ditolak} berkas ditolak (lihat Catatan).` : "."),
    { italic: true, hAlign: "center" },
  );

  const table = writeTable(s, rekap);
  const afterSummary = writeSummary(s, rekap, table.blocks, table.next + 1);
  const afterCatatan = writeCatatan(s, rekap, afterSummary + 1);
  const lastRow = afterCatatan;

  s.freeze = { rows: REKAP_HEADER_ROW, cols: 0 };
  s.page = {
    orientation: "landscape",
    paper: "A4",
    fitToWidth: true,
    printTitleRows: `${REKAP_HEADER_ROW}:${REKAP_HEADER_ROW}`,
    printArea: rangeAddr(1, 1, lastRow, LAST_COL, true),
  };
  const sheet: SheetModel = s.done();
  const grafik = buildChartSheet(rekap, table.blocks, sheet.name);
  return { mode: "portable", sheets: grafik ? [sheet, grafik] : [sheet], names: [] };
}
