/**
 * The Rekap sheet's chart part: a clustered bar chart of capaian per kecamatan (one series per
 * indicator) on a printed page of its own, over a data block of formulas pointing into the table.
 */

import type { RekapResult } from "../rekap";
import type { ChartModel } from "./chart-model";
import { body, LAST_COL, numeric, REKAP_COL, sectionTitle, SHORT, type Block } from "./rekap-layout";
import { addr, heightFor, linesFor, rangeAddr, type SheetDraft, HEADER_STYLE } from "./sheet-kit";

/** Rows a printed A4 landscape page holds below the repeated table header (15 pt rows). */
const PAGE_ROWS = 28;

/**
 * The chart (on a page of its own when printed) and, below it, its data block: kecamatan ×
 * indicator capaian as formulas pointing into the table.
 */
export function writeChart(
  s: SheetDraft,
  rekap: RekapResult,
  blocks: Block[],
  start: number,
): { chart: ChartModel; breaks: number[]; next: number } | null {
  if (blocks.length === 0 || rekap.kecamatan.length === 0) return null;
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
  blocks.forEach((b, j) => s.value(h, left + 1 + j, SHORT[b.kind], HEADER_STYLE));
  s.height(h, heightFor(Math.max(...blocks.map((b, j) => linesFor(SHORT[b.kind], s.width(left + 1 + j))))));
  rekap.kecamatan.forEach((k, i) => {
    const r = h + 1 + i;
    s.value(r, left, k.kecamatan, body);
    blocks.forEach((b, j) => {
      const row = b.rowOf.get(k.fileName);
      const x = k.rows.find((y) => y.kind === b.kind);
      const style = { ...numeric, numFmt: "0.00%" };
      // Only where the core has a capaian: a reference to an empty capaian would plot as 0.
      if (row !== undefined && x?.capaian !== null && x !== undefined)
        s.formula(r, left + 1 + j, addr(row, REKAP_COL.capaian), style, x.capaian);
      else s.style(r, left + 1 + j, r, left + 1 + j, style);
    });
  });
  const last = h + rekap.kecamatan.length;
  const capaianOf = (fileName: string, kind: Block["kind"]): number | null =>
    rekap.kecamatan.find((k) => k.fileName === fileName)?.rows.find((y) => y.kind === kind)?.capaian ?? null;
  const chart: ChartModel = {
    type: "barClustered",
    title: `Capaian IKU per Kecamatan Tahun ${String(rekap.tahun ?? "")}`.trim(),
    source: rangeAddr(h, left, last, left + blocks.length),
    valueFormat: "0%",
    from: { row: top, col: 1 },
    to: { row: top + rows, col: LAST_COL + 1 },
    cache: {
      series: blocks.map((b) => SHORT[b.kind]),
      categories: rekap.kecamatan.map((k) => k.kecamatan),
      values: blocks.map((b) => rekap.kecamatan.map((k) => capaianOf(k.fileName, b.kind))),
    },
  };
  // The chart starts a printed page; its data block another when the two do not fit together.
  const breaks = last - start + 1 <= PAGE_ROWS ? [start] : [start, dataStart];
  return { chart, breaks, next: last };
}
