/**
 * The Office.js renderer (through the fake Excel) and the xlsx writer (read back with ExcelJS)
 * draw the same workbook model identically, cell by cell: values, formulas, number formats,
 * fonts (name, size, bold, italic), wrap and alignment, fills, borders, merges, column widths
 * and row heights — both presets in both formula modes.
 */

import ExcelJS from "exceljs";
import { presetProfile } from "../../src/core/presets";
import { buildWorkbook } from "../../src/core/workbook/build";
import type { FormulaMode, WorkbookModel } from "../../src/core/workbook/model";
import { columnLetters, type Rect } from "../../src/core/a1";
import { renderWorkbook } from "../../src/excel/render";
import { writeXlsx } from "../../src/xlsx/write";
import { createFakeExcel, type FakeExcel } from "../fakes/fake-excel";
import type { FakeCell } from "../fakes/fake-state";
import { differences, normaliseExcelJs, normaliseFake } from "./normalise";

function modelOf(preset: string, mode: FormulaMode): WorkbookModel {
  const profile = presetProfile(preset);
  if (!profile) throw new Error(`preset ${preset} tidak ada`);
  return buildWorkbook(profile, mode);
}

async function bothSides(model: WorkbookModel): Promise<{ fake: FakeExcel; xlsx: ExcelJS.Workbook }> {
  const fake = createFakeExcel();
  await fake.run((ctx) => renderWorkbook(ctx, model));
  const xlsx = new ExcelJS.Workbook();
  const bytes = await writeXlsx(model);
  await xlsx.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return { fake, xlsx };
}

function allDifferences(fake: FakeExcel, xlsx: ExcelJS.Workbook): string[] {
  const out: string[] = [];
  if (JSON.stringify(fake.sheetNames()) !== JSON.stringify(xlsx.worksheets.map((w) => w.name))) {
    out.push(`sheets: ${fake.sheetNames().join(",")} ≠ ${xlsx.worksheets.map((w) => w.name).join(",")}`);
  }
  for (const ws of xlsx.worksheets) {
    const sheet = fake.sheet(ws.name);
    if (!sheet) out.push(`lembar ${ws.name} tidak ada di fake`);
    else out.push(...differences(normaliseFake(sheet), normaliseExcelJs(ws)));
  }
  return out;
}

describe("renderWorkbook equals the xlsx writer", () => {
  const cases: [string, FormulaMode][] = [
    ["randuagung-2025", "addin"],
    ["randuagung-2025", "portable"],
    ["sumbersuko-2020", "addin"],
    ["sumbersuko-2020", "portable"],
  ];
  test.each(cases)("%s %s: same cells, styles, merges, widths, heights and names", async (preset, mode) => {
    const model = modelOf(preset, mode);
    const { fake, xlsx } = await bothSides(model);
    expect(allDifferences(fake, xlsx)).toEqual([]);
    // Something substantial was compared: formulas and bordered cells on the IKU sheet.
    const iku = normaliseFake(fake.sheet(model.sheets[0].name) ?? fail("no IKU sheet"));
    expect(Object.values(iku.cells).filter((c) => c.formula !== null).length).toBeGreaterThan(3);
    expect(Object.values(iku.cells).filter((c) => c.border).length).toBeGreaterThan(20);
    const xlsxNames = xlsx.definedNames.model.map((n) => `${n.name}=${n.ranges.join(",")}`).sort();
    const fakeNames = [...fake.state.names.values()]
      .map(
        (n) =>
          `${n.name}=${n.sheet.name.includes(" ") ? `'${n.sheet.name}'` : n.sheet.name}!${absolute(n.rect)}`,
      )
      .sort();
    expect(fakeNames).toEqual(xlsxNames);
  });

  // Error rows: the comparison must notice a changed value, bold flag or missing merge.
  const mutations: [string, (f: FakeExcel) => void][] = [
    [
      "a changed value",
      (f) => (firstCell(f, (c) => typeof c.value === "string" && c.value !== "").value = "X"),
    ],
    ["a lost bold", (f) => (firstCell(f, (c) => c.font.bold).font.bold = false)],
    ["a lost merge", (f) => (f.state.sheets[0].merges = f.state.sheets[0].merges.slice(1))],
    ["a changed formula", (f) => (firstCell(f, (c) => c.formula !== null).formula = "=1")],
    ["a lost wrap", (f) => (firstCell(f, (c) => c.wrapText).wrapText = false)],
    ["a changed row height", (f) => f.state.sheets[0].rowHeights.set(1, 99)],
  ];
  test.each(mutations)("detects %s", async (_what, mutate) => {
    const { fake, xlsx } = await bothSides(modelOf("randuagung-2025", "addin"));
    mutate(fake);
    expect(allDifferences(fake, xlsx).length).toBeGreaterThan(0);
  });
});

function fail(message: string): never {
  throw new Error(message);
}

function firstCell(f: FakeExcel, pred: (c: FakeCell) => boolean): FakeCell {
  for (const c of f.state.sheets[0].cells.values()) if (pred(c)) return c;
  return fail("tidak ada sel yang cocok");
}

function absolute(r: Rect): string {
  const a = (row: number, col: number): string => `$${columnLetters(col)}$${row}`;
  return r.top === r.bottom && r.left === r.right
    ? a(r.top, r.left)
    : `${a(r.top, r.left)}:${a(r.bottom, r.right)}`;
}
