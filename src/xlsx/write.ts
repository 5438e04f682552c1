/**
 * ExcelJS renderer of the workbook model (src/core/workbook/model.ts). It renders exactly
 * what the model says — the layout is decided once, in the core — so the CLI's xlsx and the
 * add-in's Office.js workbook cannot drift apart. No file I/O here: the same code runs in the
 * task pane (browser) and in the CLI.
 */

import ExcelJS from "exceljs";
import type { ChartModel } from "../core/workbook/chart-model";
import type { CellModel, CellStyle, SheetModel, SheetsModel, ValidationModel } from "../core/workbook/model";
import { addCharts } from "./chart";
import { fixPackage } from "./package-fix";
import { quoteSheetName } from "../core/a1";
import { toStoredFormula } from "../core/workbook/stored-formula";

/** ExcelJS paper size code of A4 (ECMA-376 ST_PaperSize 9). */
const PAPER_A4 = 9;

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };

/** Excel serial (1900 system, serial > 60) → the JS Date ExcelJS turns back into that serial. */
function dateFromSerial(serial: number): Date {
  return new Date(Math.round((serial - 25569) * 86400000));
}

function applyStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  const font: Partial<ExcelJS.Font> = { name: "Arial", size: style.fontSize ?? 11 };
  if (style.bold) font.bold = true;
  if (style.italic) font.italic = true;
  cell.font = font;
  if (style.wrap !== undefined || style.hAlign !== undefined || style.vAlign !== undefined) {
    const alignment: Partial<ExcelJS.Alignment> = {};
    if (style.wrap) alignment.wrapText = true;
    if (style.hAlign) alignment.horizontal = style.hAlign;
    if (style.vAlign) alignment.vertical = style.vAlign;
    cell.alignment = alignment;
  }
  if (style.numFmt) cell.numFmt = style.numFmt;
  if (style.border) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (style.fill) {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${style.fill.toUpperCase()}` } };
  }
}

function writeCell(ws: ExcelJS.Worksheet, model: CellModel): void {
  const cell = ws.getCell(model.row, model.col);
  if (model.formula !== undefined) {
    // The model keeps the typed form (IKU.FASILITASI); the file gets the form Excel itself
    // stores (_xldudf_IKU_FASILITASI), which binds to the add-in when it loads.
    // The cached result is what previewers show; Excel (fullCalcOnLoad) and LibreOffice still
    // recompute on opening.
    const formula = toStoredFormula(model.formula.replace(/^=/, ""));
    cell.value =
      model.cached === undefined
        ? { formula, date1904: false }
        : { formula, result: model.cached, date1904: false };
  } else if (model.runs !== undefined) {
    const size = model.style?.fontSize ?? 11;
    cell.value = {
      richText: model.runs.map((r) => ({
        text: r.text,
        font: { name: "Arial", size, ...(r.bold || model.style?.bold ? { bold: true } : {}) },
      })),
    };
  } else if (model.value !== undefined) {
    cell.value = model.value;
  }
  // Every model cell gets the workbook font, styled or not, so the sheet is one typeface.
  applyStyle(cell, model.style ?? {});
}

function validationOf(v: ValidationModel): ExcelJS.DataValidation {
  const messages = {
    allowBlank: true,
    showInputMessage: v.prompt !== undefined,
    prompt: v.prompt,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: "Isian tidak valid",
    error: v.error,
  } as const;
  if (v.type === "list") {
    // A list given inline is written as one quoted, comma-separated formula ("Ya,Tidak").
    return { ...messages, type: "list", formulae: [`"${(v.list ?? []).join(",")}"`] };
  }
  const bound = (x: number | undefined): number | Date | undefined =>
    x === undefined ? undefined : v.type === "date" ? dateFromSerial(x) : x;
  const min = bound(v.min);
  const max = bound(v.max);
  if (min !== undefined && max !== undefined) {
    return { ...messages, type: v.type, operator: "between", formulae: [min, max] };
  }
  if (min !== undefined)
    return { ...messages, type: v.type, operator: "greaterThanOrEqual", formulae: [min] };
  if (max !== undefined) return { ...messages, type: v.type, operator: "lessThanOrEqual", formulae: [max] };
  // No bounds: any value of the type (dates from 1 Jan 1900).
  return {
    ...messages,
    type: v.type,
    operator: "greaterThanOrEqual",
    formulae: [v.type === "date" ? dateFromSerial(61) : -1e307],
  };
}

function writeSheet(wb: ExcelJS.Workbook, sheet: SheetModel): void {
  const options: Partial<ExcelJS.AddWorksheetOptions> = {};
  if (sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.cols > 0)) {
    options.views = [{ state: "frozen", xSplit: sheet.freeze.cols, ySplit: sheet.freeze.rows }];
  }
  const ws = wb.addWorksheet(sheet.name, options);

  sheet.columnWidths.forEach((width, i) => {
    if (width > 0) ws.getColumn(i + 1).width = width;
  });
  for (const [row, height] of Object.entries(sheet.rowHeights)) {
    ws.getRow(Number(row)).height = height;
  }
  for (const cell of sheet.cells) writeCell(ws, cell);
  for (const range of sheet.merges) ws.mergeCells(range);
  // Merging copies the top-left cell's style onto the covered cells (so borders run round the
  // whole block); a covered cell the model styled on purpose gets its own style back.
  if (sheet.merges.length > 0) {
    for (const cell of sheet.cells) {
      const c = ws.getCell(cell.row, cell.col);
      if (cell.style && c.isMerged && c.master !== c) {
        // Merging shares the master's style object; copy it first so the master keeps its own.
        c.style = { ...c.style };
        applyStyle(c, cell.style);
      }
    }
  }
  // ExcelJS's typings omit worksheet.dataValidations (present since 4.0); adding by range
  // writes one <dataValidation sqref="F5:F204"> instead of one per cell.
  const validations = (
    ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }
  ).dataValidations;
  for (const v of sheet.validations) validations.add(v.range, validationOf(v));

  if (sheet.page) {
    const setup: Partial<ExcelJS.PageSetup> = {
      paperSize: PAPER_A4,
      orientation: sheet.page.orientation,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    };
    if (sheet.page.fitToWidth) {
      setup.fitToPage = true;
      setup.fitToWidth = 1;
      setup.fitToHeight = 0;
    }
    if (sheet.page.printArea) setup.printArea = sheet.page.printArea;
    if (sheet.page.printTitleRows) setup.printTitlesRow = sheet.page.printTitleRows;
    ws.pageSetup = { ...ws.pageSetup, ...setup };
    // ExcelJS breaks after a row; the model names the row that starts the new page.
    for (const row of sheet.page.rowBreaks ?? []) if (row > 1) ws.getRow(row - 1).addPageBreak();
  }
}

/**
 * Renders the whole workbook model with ExcelJS: values, formulas (with the core's cached results),
 * styles, widths, heights, merges, frozen panes, validations, page setup and defined names.
 * @param model a workbook model from buildWorkbook (src/core/workbook/build.ts).
 * @returns an ExcelJS workbook; formulas are recalculated by Excel/LibreOffice on opening.
 */
export function modelToExcelJs(model: SheetsModel): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "IKU untuk Excel";
  wb.title = model.profile
    ? `IKU ${model.profile.instansi} ${model.profile.tahun}`
    : `IKU ${model.sheets[0]?.name ?? ""}`.trim();
  // Cached values are the core's; still ask Excel to compute everything when it opens the file.
  wb.calcProperties.fullCalcOnLoad = true;
  for (const sheet of model.sheets) writeSheet(wb, sheet);
  for (const n of model.names) {
    wb.definedNames.add(`${quoteSheetName(n.sheet)}!${n.range}`, n.name);
  }
  return wb;
}

/**
 * Renders the model to the bytes of an .xlsx file (a Node Buffer in the CLI, a Uint8Array
 * in the browser — both satisfy the return type).
 * @param model a workbook model from buildWorkbook.
 */
export async function writeXlsx(model: SheetsModel): Promise<Uint8Array> {
  // ExcelJS cannot write charts: they are added to the finished package (./chart.ts).
  const charts = new Map<string, ChartModel[]>(model.sheets.map((s) => [s.name, s.charts ?? []]));
  return writeExcelJs(modelToExcelJs(model), charts);
}

/**
 * Writes an ExcelJS workbook (built from the model, or read and changed) to xlsx bytes the way
 * Excel wants them: print areas and titles fully absolute (./package-fix.ts) and the charts
 * added. Every xlsx the project writes goes through here.
 * @param wb the workbook.
 * @param charts per sheet name, the charts to draw (none by default).
 */
export async function writeExcelJs(
  wb: ExcelJS.Workbook,
  charts: ReadonlyMap<string, readonly ChartModel[]> = new Map(),
): Promise<Uint8Array> {
  // Typed as a Node Buffer, but in a browser bundle ExcelJS hands back an ArrayBuffer.
  const data: unknown = await wb.xlsx.writeBuffer();
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data as ArrayBuffer);
  return addCharts(await fixPackage(bytes), charts);
}
