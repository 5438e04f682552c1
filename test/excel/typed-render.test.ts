/**
 * The Office.js renderer (fake Excel) builds a profile with the typed kinds rasio and nilai:
 * the same cells, styles and names as the xlsx writer (both modes), the input block with
 * its decimal validation, and IKU_Masukan_<n> on the Pengukuran Kinerja sheet.
 */
import ExcelJS from "exceljs";
import { buildWorkbook } from "../../src/core/workbook/build";
import { PENGUKURAN_SHEET } from "../../src/core/workbook/pengukuran-sheet";
import { renderWorkbook } from "../../src/excel/render";
import { writeXlsx } from "../../src/xlsx/write";
import { createFakeExcel } from "../fakes/fake-excel";
import { typedProfile } from "../helpers/typed-profile";
import { differences, normaliseExcelJs, normaliseFake } from "./normalise";

test.each(["addin", "portable"] as const)(
  "%s: rasio and nilai rendered like the xlsx writer",
  async (mode) => {
    const model = buildWorkbook(typedProfile(), mode);
    const fake = createFakeExcel();
    await fake.run((ctx) => renderWorkbook(ctx, model));
    const xlsx = new ExcelJS.Workbook();
    const bytes = await writeXlsx(model);
    await xlsx.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
    expect(fake.sheetNames()).toEqual(xlsx.worksheets.map((w) => w.name));
    for (const ws of xlsx.worksheets) {
      const sheet = fake.sheet(ws.name);
      if (!sheet) throw new Error(`lembar ${ws.name} tidak ada di fake`);
      expect(differences(normaliseFake(sheet), normaliseExcelJs(ws))).toEqual([]);
    }
    const names = [...fake.state.names.values()].filter((n) => n.name.startsWith("IKU_Masukan_"));
    expect(names.map((n) => [n.name, n.sheet.name]).sort()).toEqual([
      ["IKU_Masukan_3", PENGUKURAN_SHEET],
      ["IKU_Masukan_4", PENGUKURAN_SHEET],
    ]);
    const tw = fake.sheet(PENGUKURAN_SHEET);
    const captions = [...(tw?.cells.values() ?? [])].map((c) => c.value);
    expect(captions).toContain("Pembilang: Pengaduan yang diselesaikan");
    const formulas = [...(tw?.cells.values() ?? [])].map((c) => String(c.formula ?? ""));
    expect(formulas.some((f) => f.includes("SUM('Pengukuran Kinerja'!$D$"))).toBe(true);
  },
);
