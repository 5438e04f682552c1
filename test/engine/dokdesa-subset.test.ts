/**
 * `dokumen-desa` with a subset (APBDesa + LPPDesa) recalculated by LibreOffice Calc: in both
 * formula modes (the subset's formulas are built-in functions) the IKU sheet's realisasi and
 * every quarter on Pengukuran Kinerja equal the core on the same data; capaian and predikat
 * too in portable mode.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { serialFromYmd } from "../../src/core/dates";
import { isIkuError } from "../../src/core/errors";
import { evaluateIndicators } from "../../src/core/evaluate";
import { evaluateQuarters } from "../../src/core/evaluate-triwulan";
import { TRIWULAN } from "../../src/core/triwulan";
import { buildWorkbook } from "../../src/core/workbook/build";
import { IKU_COL } from "../../src/core/workbook/iku-sheet";
import { NAMES } from "../../src/core/workbook/model";
import { PENGUKURAN_LAYOUT, PENGUKURAN_SHEET, quarterCol } from "../../src/core/workbook/pengukuran-sheet";
import { cellValue, readIkuWorkbook } from "../../src/xlsx/read";
import { modelToExcelJs } from "../../src/xlsx/write";
import { tempDir } from "../helpers/cli-run";
import { convert, makeProfile } from "../helpers/libreoffice";
import { namedBlock, seeded } from "../helpers/sample-data";
import { withDokumen } from "../helpers/typed-profile";

jest.setTimeout(180_000);

const loProfile = makeProfile();

function num(x: unknown): number | null {
  if (x === null || x === "" || x === undefined) return null;
  if (typeof x !== "number") throw new Error(`sel berisi ${JSON.stringify(x)}`);
  return x;
}

function close(got: number | null, want: number | null): void {
  if (want === null) expect(got).toBeNull();
  else expect(Math.abs((got ?? NaN) - want)).toBeLessThan(1e-9);
}

test.each(["portable", "addin"] as const)("%s: APBDesa + LPPDesa, LibreOffice = core", async (mode) => {
  const profile = withDokumen(["APBDesa", "LPPDesa"]);
  const model = buildWorkbook(profile, mode);
  const wb = modelToExcelJs(model);
  const rnd = seeded(57);
  for (const [name, deadline] of [
    [NAMES.dokApb, serialFromYmd(2025, 12, 31)],
    [NAMES.dokLpp, serialFromYmd(2025, 3, 31)],
  ] as const) {
    const b = namedBlock(wb, name);
    if (!b) throw new Error(`${name} tidak ada`);
    for (let r = b.top; r <= b.bottom; r++) {
      const x = rnd();
      if (x > 0.15) b.ws.getCell(r, b.left).value = deadline + Math.floor(rnd() * 30) - 20;
    }
  }
  const dir = tempDir(`iku-engine-dok-${mode}-`);
  const input = path.join(dir, "dok.xlsx");
  await wb.xlsx.writeFile(input);
  const data = await readIkuWorkbook(fs.readFileSync(input));
  if (isIkuError(data)) throw new Error(data.message);
  data.profile = profile; // the Profil sheet does not carry `pengukuran` yet (profil-table)
  const yearly = evaluateIndicators(data)[1];
  const quarters = evaluateQuarters(data)[1];
  expect(yearly.error).toBeUndefined();
  expect(yearly.realisasi).not.toBeNull();
  const out = convert(input, path.join(dir, "out"), "xlsx", loProfile);
  const recalced = new ExcelJS.Workbook();
  await recalced.xlsx.readFile(out);
  const iku = recalced.worksheets[0];
  const tw = recalced.getWorksheet(PENGUKURAN_SHEET);
  if (!tw) throw new Error("lembar Pengukuran Kinerja hilang");
  const head = model.sheets[0].cells.find((c) => c.value === "Realisasi");
  if (!head) throw new Error("kolom Realisasi tidak ada");
  const row = head.row + 2;
  close(num(cellValue(iku.getCell(row, IKU_COL.realisasi))), yearly.realisasi);
  if (mode === "portable") {
    close(num(cellValue(iku.getCell(row, IKU_COL.capaian))), yearly.capaian);
    expect(cellValue(iku.getCell(row, IKU_COL.predikat))).toBe(yearly.predikat);
  }
  for (const q of TRIWULAN) {
    const r = PENGUKURAN_LAYOUT.firstIndicatorRow + 1;
    close(num(cellValue(tw.getCell(r, quarterCol(q)))), quarters.triwulan[q - 1].realisasi);
    if (mode === "portable")
      close(num(cellValue(tw.getCell(r, quarterCol(q) + 1))), quarters.triwulan[q - 1].capaian);
  }
  // TW I–II count LPPDesa only, TW IV both: different figures prove the quarter rule is used.
  expect(quarters.triwulan[0].realisasi).not.toBeNull();
  expect(quarters.triwulan[3].realisasi).toBe(yearly.realisasi);
});
