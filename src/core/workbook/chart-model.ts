/**
 * A chart in the workbook model, drawn by both renderers from the same description: the
 * xlsx writer as DrawingML (src/xlsx/chart.ts), the Office.js renderer with
 * `worksheet.charts.add`. Only what the recap needs: a clustered bar chart whose data is one
 * contiguous block of the sheet, series by columns.
 */

/** A cell position, 1-based. */
export interface CellPos {
  row: number;
  col: number;
}

export interface ChartModel {
  /** Horizontal clustered bars (Excel.ChartType.barClustered; DrawingML barDir "bar"). */
  type: "barClustered";
  title: string;
  /**
   * The data block on the same sheet, e.g. "B60:E81": its first row holds the series names,
   * its first column the category labels, every further column one series.
   */
  source: string;
  /** Number format of the value axis, e.g. "0%". */
  valueFormat?: string;
  /** Top-left cell of the chart's frame. */
  from: CellPos;
  /** The cell just past the frame's bottom-right corner (as in a DrawingML twoCellAnchor). */
  to: CellPos;
  /**
   * The values the source block shows (the core's), cached in the chart part so previewers
   * draw the bars without recalculating: series names, category labels, and per series one
   * value per category (null = no value).
   */
  cache?: { series: string[]; categories: string[]; values: (number | null)[][] };
}
