/**
 * Charts and manual page breaks of a SheetModel through Office.js (queued only, no sync):
 * the twin of src/xlsx/chart.ts. A chart is `worksheet.charts.add` over the model's source
 * block, series by columns (first row = series names, first column = categories), with its
 * title, legend at the bottom and the frame between the model's anchor cells — all ExcelApi
 * 1.1. Page breaks need ExcelApi 1.9 (the caller passes whether page layout is available).
 */

import type { ChartModel } from "../core/workbook/chart-model";
import { cellAddress } from "../core/a1";

/** Queues one model chart on `ws`. String enum values: the Excel global is absent in tests. */
export function queueChart(ws: Excel.Worksheet, chart: ChartModel): Excel.Chart {
  const c = ws.charts.add("BarClustered", ws.getRange(chart.source), "Columns");
  c.title.text = chart.title;
  c.legend.position = "Bottom";
  // The model's `to` is the cell just past the frame; Office.js wants the last covered cell.
  c.setPosition(
    cellAddress(chart.from.row, chart.from.col),
    cellAddress(Math.max(chart.from.row, chart.to.row - 1), Math.max(chart.from.col, chart.to.col - 1)),
  );
  return c;
}

/**
 * Queues every chart of a sheet and, when page layout is supported, its manual page breaks
 * (a new printed page starts at each row).
 * @returns Indonesian notes for what could not be done.
 */
export function queueChartsAndBreaks(
  ws: Excel.Worksheet,
  sheet: { name: string; charts?: readonly ChartModel[]; page?: { rowBreaks?: readonly number[] } },
  pageLayout: boolean,
): string[] {
  for (const chart of sheet.charts ?? []) queueChart(ws, chart);
  const breaks = sheet.page?.rowBreaks ?? [];
  if (breaks.length === 0) return [];
  if (!pageLayout) {
    return [
      `Pemisah halaman cetak lembar "${sheet.name}" tidak dipasang (Excel ini belum mendukung ExcelApi 1.9).`,
    ];
  }
  for (const row of breaks) ws.horizontalPageBreaks.add(`A${row}`);
  return [];
}
