/**
 * A profile with its own predikat scale (Profile.skalaPredikat): the PORTABLE workbook's IKU
 * and Pengukuran Kinerja predikat cells, recalculated by LibreOffice Calc, equal
 * evaluateIndicators / evaluateQuarters on the same data with that scale — and at least one
 * predikat is a label only the own scale has.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { isIkuError } from "../../src/core/errors";
import { evaluateIndicators } from "../../src/core/evaluate";
import { evaluateQuarters } from "../../src/core/evaluate-triwulan";
import { TRIWULAN } from "../../src/core/triwulan";
import { buildWorkbook } from "../../src/core/workbook/build";
import { IKU_COL } from "../../src/core/workbook/iku-sheet";
import { PENGUKURAN_LAYOUT, PENGUKURAN_SHEET, quarterCol } from "../../src/core/workbook/pengukuran-sheet";
import { cellValue, readIkuWorkbook } from "../../src/xlsx/read";
import { modelToExcelJs } from "../../src/xlsx/write";
import { tempDir } from "../helpers/cli-run";
import { convert, makeProfile } from "../helpers/libreoffice";
import { profileOf } from "../helpers/profiles";
import { fillSampleData } from "../helpers/sample-data";
import { OWN_SCALE, addSkalaRange } from "../helpers/skala-model";

jest.setTimeout(180_000);

test("own predikat scale: LibreOffice (portable) = core, IKU and Pengukuran sheets", async () => {
  const profile = { ...profileOf("randuagung-2025"), skalaPredikat: OWN_SCALE };
  const model = buildWorkbook(profile, "portable");
  addSkalaRange(model, OWN_SCALE);
  const dir = tempDir("iku-engine-skala-");
  const input = path.join(dir, "skala.xlsx");
  const wb = modelToExcelJs(model);
  fillSampleData(wb, { seed: 41, tahun: profile.tahun, fasilitasiRows: 50, surveiRows: 60 });
  await wb.xlsx.writeFile(input);
  const data = await readIkuWorkbook(fs.readFileSync(input));
  if (isIkuError(data)) throw new Error(data.message);
  // The Profil rows are the profil-table branch's; here the scale is given to the core directly.
  data.profile = { ...data.profile, skalaPredikat: OWN_SCALE };
  const yearly = evaluateIndicators(data);
  const quarters = evaluateQuarters(data);
  const out = convert(input, path.join(dir, "out"), "xlsx", makeProfile());
  const recalced = new ExcelJS.Workbook();
  await recalced.xlsx.readFile(out);
  const iku = recalced.worksheets[0];
  const tw = recalced.getWorksheet(PENGUKURAN_SHEET);
  if (!tw) throw new Error("lembar Pengukuran Kinerja hilang");
  const head = model.sheets[0].cells.find((c) => c.value === "Predikat");
  if (!head) throw new Error("kolom Predikat tidak ada");
  const seen: string[] = [];
  yearly.forEach((r, i) => {
    expect(r.error).toBeUndefined();
    const got = cellValue(iku.getCell(head.row + 1 + i, IKU_COL.predikat));
    expect(got === "" ? null : got).toBe(r.predikat);
    if (r.predikat) seen.push(r.predikat);
    for (const q of TRIWULAN) {
      const want = quarters[i].triwulan[q - 1].predikat;
      const cell = cellValue(tw.getCell(PENGUKURAN_LAYOUT.firstIndicatorRow + i, quarterCol(q) + 2));
      expect(cell === "" ? null : cell).toBe(want);
      if (want) seen.push(want);
    }
  });
  const ownOnly = new Set(["Sangat Baik", "Baik", "Cukup", "Kurang"]);
  expect(seen.length).toBeGreaterThan(0);
  expect(seen.every((p) => ownOnly.has(p))).toBe(true);
});
