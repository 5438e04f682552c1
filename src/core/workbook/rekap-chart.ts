/**
 * The recap's chart sheet: a clustered bar chart of capaian per kecamatan (one series per
 * indicator) over a data block of formulas pointing into the Rekap table. A sheet of its own,
 * so its printed page does not start with the table's repeated header (issue 13).
 */

import type { RekapResult } from "../rekap";
import type { ChartModel } from "./chart-model";
import type { SheetModel } from "./model";
import { body, LAST_COL, numeric, REKAP_COL, sectionTitle, WIDTHS, type Block } from "./rekap-layout";
import { addr, heightFor, linesFor, rangeAddr, SheetDraft, HEADER_STYLE } from "./sheet-kit";

/** Rows a printed A4 landscape page holds (15 pt rows). */
const PAGE_ROWS = 28;

/** The chart sheet's name beside `Rekap <tahun>`. */
export function grafikSheetName(tahun: number | null): string {
  return tahun === null ? "Grafik Rekap" : `Grafik Rekap ${tahun}`;
}

/**
 * The chart sheet: the chart on its first printed page and, below it, its data block
 * (kecamatan × indicator capaian as formulas into `tableSheet`). Null when nothing to plot.
 */
export function buildChartSheet(rekap: RekapResult, blocks: Block[], tableSheet: string): SheetModel | null {
  if (blocks.length === 0 || rekap.kecamatan.length === 0) return null;
  const s = new SheetDraft(grafikSheetName(rekap.tahun), "rekap", WIDTHS, "portable");
  const { chart, breaks, next } = writeChart(s, rekap, blocks, 1, tableSheet);
  s.page = {
    orientation: "landscape",
    paper: "A4",
    fitToWidth: true,
    printArea: rangeAddr(1, 1, next, LAST_COL, true),
    ...(breaks.length > 0 ? { rowBreaks: breaks } : {}),
  };
  const sheet = s.done();
  sheet.charts = [chart];
  return sheet;
}

function writeChart(
  s: SheetDraft,
  rekap: RekapResult,
  blocks: Block[],
  start: number,
  tableSheet: string,
): { chart: ChartModel; breaks: number[]; next: number } {
  const table = `'${tableSheet.replace(/'/g, "''")}'!`;
  sectionTitle(s, start, "GRAFIK CAPAIAN PER KECAMATAN");
  // About 8 px per bar plus a gap per kecamatan, at 20 px a row, plus title and legend;
  // at most one printed page.
  const rows = Math.min(
    PAGE_ROWS - 1,
    Math.max(16, Math.ceil((rekap.kecamatan.length * (8 * blocks.length + 10)) / 20) + 6),
  );
  const top = start + 1;
  const dataStart = top + rows + 1;
  sectionTitle(s, dataStart, "DATA GRAFIK: CAPAIAN PER KECAMATAN");
  const h = dataStart + 1;
  const left = REKAP_COL.kecamatan;
  s.value(h, left, "Kecamatan", HEADER_STYLE);
  blocks.forEach((b, j) => s.value(h, left + 1 + j, b.label, HEADER_STYLE));
  s.height(h, heightFor(Math.max(...blocks.map((b, j) => linesFor(b.label, s.width(left + 1 + j))))));
  rekap.kecamatan.forEach((k, i) => {
    const r = h + 1 + i;
    s.value(r, left, k.kecamatan, body);
    blocks.forEach((b, j) => {
      const row = b.rowOf.get(k.fileName);
      const x = k.rows.find((y) => y.key === b.key);
      const style = { ...numeric, numFmt: "0.00%" };
      // Only where the core has a capaian: a reference to an empty capaian would plot as 0.
      if (row !== undefined && x?.capaian !== null && x !== undefined)
        s.formula(r, left + 1 + j, table + addr(row, REKAP_COL.capaian), style, x.capaian);
      else s.style(r, left + 1 + j, r, left + 1 + j, style);
    });
  });
  const last = h + rekap.kecamatan.length;
  const capaianOf = (fileName: string, key: string): number | null =>
    rekap.kecamatan.find((k) => k.fileName === fileName)?.rows.find((y) => y.key === key)?.capaian ?? null;
  const chart: ChartModel = {
    type: "barClustered",
    title: `Capaian IKU per Kecamatan Tahun ${String(rekap.tahun ?? "")}`.trim(),
    source: rangeAddr(h, left, last, left + blocks.length),
    valueFormat: "0%",
    from: { row: top, col: 1 },
    to: { row: top + rows, col: LAST_COL + 1 },
    cache: {
      series: blocks.map((b) => b.label),
      categories: rekap.kecamatan.map((k) => k.kecamatan),
      values: blocks.map((b) => rekap.kecamatan.map((k) => capaianOf(k.fileName, b.key))),
    },
  };
  // The data block gets a page of its own when it does not fit under the chart.
  const breaks = last - start + 1 <= PAGE_ROWS ? [] : [dataStart];
  return { chart, breaks, next: last };
}
