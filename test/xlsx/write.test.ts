/**
 * The ExcelJS writer renders every part of a workbook model: written to bytes, read back
 * with ExcelJS, and compared with the model. Uses a small hand-made model so a layout
 * change in the builder cannot hide a writer bug.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { presetProfile } from "../../src/core/presets";
import { buildWorkbook } from "../../src/core/workbook/build";
import type { WorkbookModel } from "../../src/core/workbook/model";
import { excelValue } from "../../src/xlsx/read";
import { quoteSheetName } from "../../src/core/a1";
import { modelToExcelJs, writeXlsx } from "../../src/xlsx/write";
import { toStoredFormula } from "../../src/core/workbook/stored-formula";

function sampleModel(): WorkbookModel {
  const profile = presetProfile("randuagung-2025");
  if (!profile) throw new Error("preset randuagung-2025 hilang");
  return {
    profile,
    mode: "portable",
    sheets: [
      {
        name: "IKU 2025",
        kind: "iku",
        columnWidths: [5, 30, 0, 12],
        rowHeights: { 1: 24, 3: 45 },
        cells: [
          {
            row: 1,
            col: 1,
            value: "INDIKATOR KINERJA UTAMA",
            style: { bold: true, hAlign: "center", fontSize: 12 },
          },
          { row: 3, col: 1, value: 0.84, style: { numFmt: "0.00%", border: true, fill: "D9E1F2" } },
          {
            row: 3,
            col: 2,
            formula: 'IF(COUNTA(IKU_Fasilitasi_Status)=0,"",A3*2)',
            style: { numFmt: "0.00%", italic: true, wrap: true, vAlign: "top" },
          },
          { row: 4, col: 1, value: 45688, style: { numFmt: "dd/mm/yyyy" } },
          { row: 4, col: 2, value: true },
          { row: 1, col: 3, style: { border: true, bold: true } },
        ],
        merges: ["A1:D1"],
        freeze: { rows: 2, cols: 1 },
        validations: [],
        page: {
          orientation: "landscape",
          paper: "A4",
          fitToWidth: true,
          printTitleRows: "2:2",
          printArea: "A1:D10",
        },
      },
      {
        name: "Survei IKM",
        kind: "ikm",
        columnWidths: [6],
        rowHeights: {},
        cells: [{ row: 1, col: 1, value: "No" }],
        merges: [],
        validations: [
          { range: "C5:K20", type: "whole", min: 1, max: 4, prompt: "Isi 1–4", error: "Nilai harus 1–4" },
          { range: "B5:B20", type: "date", min: 36526, error: "Tanggal tidak sah" },
          { range: "L5:L20", type: "list", list: ["Ya", "Tidak"] },
        ],
      },
    ],
    names: [
      { name: "IKU_Fasilitasi_Status", sheet: "Survei IKM", range: "$L$5:$L$20" },
      { name: "IKU_IKM_Jawaban", sheet: "Survei IKM", range: "$C$5:$K$20" },
    ],
  };
}

async function roundTrip(model: WorkbookModel): Promise<ExcelJS.Workbook> {
  const bytes = await writeXlsx(model);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

describe("writeXlsx → ExcelJS read back", () => {
  let wb: ExcelJS.Workbook;
  let iku: ExcelJS.Worksheet;
  let survei: ExcelJS.Worksheet;
  beforeAll(async () => {
    wb = await roundTrip(sampleModel());
    const a = wb.getWorksheet("IKU 2025");
    const b = wb.getWorksheet("Survei IKM");
    if (!a || !b) throw new Error("lembar hilang");
    iku = a;
    survei = b;
  });

  test("sheet order and names", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(["IKU 2025", "Survei IKM"]);
  });

  test.each([
    ["A1", "INDIKATOR KINERJA UTAMA"],
    ["A3", 0.84],
    ["B4", true],
  ])("value %s", (addr, expected) => {
    expect(iku.getCell(addr).value).toEqual(expected);
  });

  test("a date serial comes back as the same day with its date format", () => {
    const v = iku.getCell("A4").value;
    expect(v).toBeInstanceOf(Date);
    expect((v as Date).toISOString().slice(0, 10)).toBe("2025-01-31");
    expect(iku.getCell("A4").numFmt).toBe("dd/mm/yyyy");
  });

  test("formula without '=' and without a cached result", () => {
    const v = iku.getCell("B3").value as ExcelJS.CellFormulaValue;
    expect(v.formula).toBe('IF(COUNTA(IKU_Fasilitasi_Status)=0,"",A3*2)');
    expect(v.result).toBeUndefined();
  });

  test("the workbook asks Excel to recalculate on load (calcPr fullCalcOnLoad)", async () => {
    const zip = await JSZip.loadAsync(await writeXlsx(sampleModel()));
    const xml = await zip.file("xl/workbook.xml")?.async("string");
    expect(xml).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  test.each([
    ["A3", "0.00%"],
    ["B3", "0.00%"],
  ])("numFmt %s", (addr, fmt) => {
    expect(iku.getCell(addr).numFmt).toBe(fmt);
  });

  test("styles: font, alignment, border, fill", () => {
    expect(iku.getCell("A1").font).toMatchObject({ bold: true, size: 12 });
    expect(iku.getCell("A1").alignment).toMatchObject({ horizontal: "center" });
    expect(iku.getCell("B3").font).toMatchObject({ italic: true });
    expect(iku.getCell("B3").alignment).toMatchObject({ wrapText: true, vertical: "top" });
    expect(iku.getCell("A3").border.left?.style).toBe("thin");
    expect(iku.getCell("A3").fill).toMatchObject({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFD9E1F2" },
    });
    expect(iku.getCell("B4").font).toMatchObject({ name: "Arial", size: 11 });
  });

  test("merge, and a covered cell keeps the style the model gave it", () => {
    expect(iku.getCell("D1").isMerged).toBe(true);
    expect(iku.getCell("D1").master.address).toBe("A1");
    expect(iku.getCell("C1").border.top?.style).toBe("thin");
  });

  test.each([
    [1, 5],
    [2, 30],
    [4, 12],
  ])("column %i width %d", (col, width) => {
    expect(iku.getColumn(col).width).toBeCloseTo(width, 6);
  });

  test("a zero width leaves the column at its default", () => {
    expect(iku.getColumn(3).width).toBeUndefined();
  });

  test.each([
    [1, 24],
    [3, 45],
  ])("row %i height %d", (row, height) => {
    expect(iku.getRow(row).height).toBeCloseTo(height, 6);
  });

  test("frozen panes", () => {
    expect(iku.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 2 });
    expect((survei.views ?? []).some((v) => v.state === "frozen")).toBe(false);
  });

  test("page setup: A4 landscape, one page wide, print titles and area", () => {
    expect(iku.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(iku.pageSetup.printTitlesRow).toBe("2:2");
    expect(iku.pageSetup.printArea).toBe("A1:D10");
  });

  test("defined names with quoted sheet names", () => {
    expect(wb.definedNames.getRanges("IKU_IKM_Jawaban").ranges).toEqual(["'Survei IKM'!$C$5:$K$20"]);
    expect(wb.definedNames.getRanges("IKU_Fasilitasi_Status").ranges).toEqual(["'Survei IKM'!$L$5:$L$20"]);
    expect(wb.definedNames.getRanges("IKU_Tidak_Ada").ranges).toEqual([]);
  });

  test.each([
    [
      "D10",
      { type: "whole", operator: "between", formulae: [1, 4], prompt: "Isi 1–4", error: "Nilai harus 1–4" },
    ],
    ["L7", { type: "list", formulae: ['"Ya,Tidak"'] }],
    ["B5", { type: "date", operator: "greaterThanOrEqual" }],
  ])("validation at %s", (addr, expected) => {
    expect(survei.getCell(addr).dataValidation).toMatchObject(expected);
  });

  test("date validation bound is the model's serial (1 Jan 2000)", () => {
    const f = survei.getCell("B20").dataValidation.formulae[0] as unknown;
    const d = f instanceof Date ? f : new Date(String(f));
    expect(d.toISOString().slice(0, 10)).toBe("2000-01-01");
  });

  test("no validation outside the ranges", () => {
    expect(survei.getCell("C21").dataValidation).toBeUndefined();
  });
});

describe("quoteSheetName", () => {
  test.each([
    ["Profil", "Profil"],
    ["Survei IKM", "'Survei IKM'"],
    ["IKU 2025", "'IKU 2025'"],
    ["Desa'ku", "'Desa''ku'"],
    ["2025", "'2025'"],
  ])("%s → %s", (name, quoted) => {
    expect(quoteSheetName(name)).toBe(quoted);
  });
});

describe("modelToExcelJs", () => {
  test("title names the instansi and year", () => {
    expect(modelToExcelJs(sampleModel()).title).toBe("IKU Kecamatan Randuagung 2025");
  });
  test("an invalid merge range is an error, not a silent file", () => {
    const model = sampleModel();
    model.sheets[0].merges.push("A1:B2");
    expect(() => modelToExcelJs(model)).toThrow();
  });
});

describe.each([
  ["randuagung-2025", "portable"],
  ["sumbersuko-2020", "addin"],
] as const)("every part of the built model %s (%s) is in the file", (preset, mode) => {
  const profile = presetProfile(preset);
  if (!profile) throw new Error(`preset ${preset} hilang`);
  const model = buildWorkbook(profile, mode);
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await roundTrip(model);
  });

  test("sheets in order", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(model.sheets.map((s) => s.name));
  });

  test("every value and formula", () => {
    let checked = 0;
    for (const sheet of model.sheets) {
      const ws = wb.getWorksheet(sheet.name);
      if (!ws) throw new Error(`lembar ${sheet.name} hilang`);
      for (const c of sheet.cells) {
        const got = ws.getCell(c.row, c.col).value;
        if (c.formula !== undefined) {
          expect((got as ExcelJS.CellFormulaValue).formula).toBe(toStoredFormula(c.formula));
          checked++;
        } else if (c.value !== undefined && !ws.getCell(c.row, c.col).isMerged) {
          const v = excelValue(got);
          if (typeof c.value === "number") expect(v as number).toBeCloseTo(c.value, 9);
          else expect(v).toEqual(c.value);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  test("merges, widths, names, validations, page setup", () => {
    for (const sheet of model.sheets) {
      const ws = wb.getWorksheet(sheet.name);
      if (!ws) throw new Error(`lembar ${sheet.name} hilang`);
      for (const range of sheet.merges) {
        const [tl, br] = range.split(":");
        expect(ws.getCell(br ?? tl).master.address).toBe(tl);
      }
      sheet.columnWidths.forEach((w, i) => {
        if (w > 0) expect(ws.getColumn(i + 1).width).toBeCloseTo(w, 6);
      });
      for (const v of sheet.validations) {
        expect(ws.getCell(v.range.split(":")[0]).dataValidation?.type).toBe(v.type);
      }
      if (sheet.page) {
        expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: sheet.page.orientation });
        if (sheet.page.printArea) expect(ws.pageSetup.printArea).toBe(sheet.page.printArea);
      }
    }
    for (const n of model.names) {
      expect(wb.definedNames.getRanges(n.name).ranges).toEqual([`${quoteSheetName(n.sheet)}!${n.range}`]);
    }
  });
});
