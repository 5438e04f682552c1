/**
 * Two daftar logs in one workbook (issue 10), recalculated by LibreOffice Calc in BOTH formula
 * modes: with hand-checked data in the Fasilitasi and Pengaduan logs and in an APBDesa-only and
 * an LPPDesa-only indicator sharing the Dokumen Desa sheet, each IKU's realisasi on the IKU
 * sheet (portable: and every quarter on Pengukuran Kinerja) equals the core's, and the two logs
 * give their own, different numbers. Add-in mode: IKU.* cells need Excel's add-in, so only the
 * built-in formulas (document subsets, nilai) are computed here.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { isIkuError } from "../../src/core/errors";
import { evaluateQuarters } from "../../src/core/evaluate-triwulan";
import { TRIWULAN } from "../../src/core/triwulan";
import { buildWorkbook } from "../../src/core/workbook/build";
import { IKU_COL } from "../../src/core/workbook/iku-sheet";
import { PENGUKURAN_LAYOUT, PENGUKURAN_SHEET, quarterCol } from "../../src/core/workbook/pengukuran-sheet";
import { cellValue, readIkuWorkbook } from "../../src/xlsx/read";
import { convert, makeProfile } from "../helpers/libreoffice";
import { YEARLY, asembagus, filledFile } from "../helpers/multi-daftar";

jest.setTimeout(300_000);

const loProfile = makeProfile();

function num(x: unknown): number | null {
  return typeof x === "number" ? x : null;
}

describe.each(["portable", "addin"] as const)("%s mode", (mode) => {
  let iku: ExcelJS.Worksheet;
  let pengukuran: ExcelJS.Worksheet | undefined;
  let input = "";

  beforeAll(async () => {
    input = await filledFile(mode);
    const recalced = new ExcelJS.Workbook();
    await recalced.xlsx.readFile(convert(input, path.join(path.dirname(input), "out"), "xlsx", loProfile));
    iku = recalced.worksheets[0];
    pengukuran = recalced.getWorksheet(PENGUKURAN_SHEET);
  });

  test("IKU sheet: each realisasi = the core's", () => {
    const head = buildWorkbook(asembagus(), mode).sheets[0].cells.find((c) => c.value === "Realisasi");
    if (!head) throw new Error("kolom Realisasi tidak ada");
    const got = YEARLY.map((_, i) => num(cellValue(iku.getCell(head.row + 1 + i, IKU_COL.realisasi))));
    if (mode === "portable") {
      YEARLY.forEach((want, i) => expect(Math.abs((got[i] ?? NaN) - want)).toBeLessThan(1e-9));
      expect(got[0]).not.toBe(got[1]); // the two logs, each from its own sheet
    } else {
      // Document subsets and nilai are built-in formulas in both modes.
      [2, 3, 4].forEach((i) => expect(Math.abs((got[i] ?? NaN) - YEARLY[i])).toBeLessThan(1e-9));
    }
  });

  if (mode === "portable")
    test("Pengukuran Kinerja: every quarter of every indicator = evaluateQuarters", async () => {
      const data = await readIkuWorkbook(fs.readFileSync(input));
      if (isIkuError(data)) throw new Error(data.message);
      const expected = evaluateQuarters(data);
      expect(expected.filter((r) => r.error)).toEqual([]);
      if (!pengukuran) throw new Error("lembar Pengukuran Kinerja hilang");
      const sheet = pengukuran;
      expected.forEach((ind, i) =>
        TRIWULAN.forEach((q) => {
          const cell = cellValue(sheet.getCell(PENGUKURAN_LAYOUT.firstIndicatorRow + i, quarterCol(q)));
          const want = ind.triwulan[q - 1].realisasi;
          if (want === null) expect(cell === null || cell === "").toBe(true);
          else expect(Math.abs((num(cell) ?? NaN) - want)).toBeLessThan(1e-9);
        }),
      );
      // The logs differ by quarter: Fasilitasi 1/2 in TW I, Pengaduan 0.
      expect(expected[0].triwulan[0].realisasi).toBeCloseTo(1 / 2, 12);
      expect(expected[1].triwulan[0].realisasi).toBe(0);
    });
});
