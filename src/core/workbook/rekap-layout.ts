/**
 * Layout shared by the Rekap sheet's parts (./rekap-sheet.ts, ./rekap-chart.ts): columns,
 * widths, styles and the indicator blocks of the table.
 */

import type { Unit } from "../profile";
import { shortText } from "../rekap";
import type { CellStyle } from "./model";
import type { SheetDraft } from "./sheet-kit";

/** Columns of the table, 1-based. */
export const REKAP_COL = {
  no: 1,
  kecamatan: 2,
  indikator: 3,
  target: 4,
  realisasi: 5,
  capaian: 6,
  predikat: 7,
} as const;
export const WIDTHS = [5, 20, 52, 12, 12, 12, 16];
export const LAST_COL = REKAP_COL.predikat;
export const REKAP_HEADER_ROW = 5;
export const SECTION_FILL = "FCE4D6";

/**
 * The chart legend's name of the `i`-th indicator (0-based): numbered like the summary, so
 * two indicators with the same opening words stay apart, and cut (names are a sentence long).
 */
export function seriesLabel(i: number, nama: string): string {
  return `${i + 1}. ${shortText(nama, 36)}`;
}

/** Number format of an indicator's target/realisasi: percent, else (indeks, nilai) 2 decimals. */
export function unitFmt(satuan: Unit): string {
  return satuan === "persen" ? "0.00%" : "0.00";
}

export const body: CellStyle = { wrap: true, vAlign: "top", border: true };
export const numeric: CellStyle = { ...body, hAlign: "center" };

/** Where each block of the table lies, for the summary and the chart. */
export interface Block {
  /** The indicator's group key (RekapSummary.key) and its legend name. */
  key: string;
  label: string;
  first: number;
  last: number;
  /** Row of each kecamatan's capaian in this block, by fileName. */
  rowOf: Map<string, number>;
}

/** A shaded, merged section heading across the table's width (RINGKASAN, CATATAN, GRAFIK). */
export function sectionTitle(s: SheetDraft, row: number, text: string): void {
  s.value(row, 1, text, { bold: true, fill: SECTION_FILL, border: true });
  s.style(row, 2, row, LAST_COL, { fill: SECTION_FILL, border: true });
  s.merge(row, 1, row, LAST_COL);
}
