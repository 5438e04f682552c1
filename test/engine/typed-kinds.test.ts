/**
 * The typed kinds rasio and nilai recalculated by LibreOffice Calc: in BOTH formula modes the
 * realisasi of the IKU sheet and of every quarter on Pengukuran Kinerja equal the core
 * (evaluateIndicators / evaluateQuarters on the same workbook read back) — their formulas are
 * built-in functions in either mode; in portable mode capaian and predikat too (add-in mode's
 * IKU.CAPAIAN/IKU.PREDIKAT exist only in Excel with the add-in). Refused input (a quarter
 * with only a pembilang) is an error on the sheet and in the core alike.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { isIkuError } from "../../src/core/errors";
import { evaluateIndicators } from "../../src/core/evaluate";
import { evaluateQuarters } from "../../src/core/evaluate-triwulan";
import { nilaiSampai, rasioSampai } from "../../src/core/masukan";
import { TRIWULAN } from "../../src/core/triwulan";
import { buildWorkbook } from "../../src/core/workbook/build";
import { IKU_COL } from "../../src/core/workbook/iku-sheet";
import { PENGUKURAN_LAYOUT, PENGUKURAN_SHEET, quarterCol } from "../../src/core/workbook/pengukuran-sheet";
import { cellValue, readIkuWorkbook } from "../../src/xlsx/read";
import { modelToExcelJs } from "../../src/xlsx/write";
import { tempDir } from "../helpers/cli-run";
import { convert, makeProfile } from "../helpers/libreoffice";
import { typeInputs, typedProfile } from "../helpers/typed-profile";

jest.setTimeout(180_000);

const _ = null;
const loProfile = makeProfile();

type Inputs = { rasio: (number | string | null)[][]; nilai: (number | string | null)[][] };
const CASES: [string, Inputs][] = [
  [
    "filled",
    {
      rasio: [
        [8, _, 12, 5],
        [10, _, 15, 5],
      ],
      nilai: [[61.5, _, 68.25, _]],
    },
  ],
  [
    "only TW I, nilai 0",
    {
      rasio: [
        [3, _, _, _],
        [4, _, _, _],
      ],
      nilai: [[0, _, _, _]],
    },
  ],
  [
    "pembilang without penyebut, negative nilai",
    {
      rasio: [
        [3, 2, _, _],
        [4, _, _, _],
      ],
      nilai: [[5, -1, _, _]],
    },
  ],
];

/** A number, null for an empty cell, or "error" for any error value. */
function shown(x: unknown): number | string | null {
  if (x === null || x === "" || x === undefined) return null;
  if (typeof x === "object" && x !== null && "error" in x) return "error";
  if (typeof x === "string" && x.startsWith("#")) return "error";
  return x as number | string;
}

function expectSame(got: number | string | null, want: number | null, error: boolean): void {
  if (error) expect(got).toBe("error");
  else if (want === null) expect(got).toBeNull();
  else expect(Math.abs((got as number) - want)).toBeLessThan(1e-9);
}

describe.each(["portable", "addin"] as const)("%s mode", (mode) => {
  test.each(CASES)("%s: LibreOffice = core", async (label, inputs) => {
    const profile = typedProfile();
    const model = buildWorkbook(profile, mode);
    const wb = modelToExcelJs(model);
    typeInputs(wb, 3, inputs.rasio);
    typeInputs(wb, 4, inputs.nilai);
    const dir = tempDir(`iku-engine-typed-${mode}-`);
    const input = path.join(dir, "typed.xlsx");
    await wb.xlsx.writeFile(input);
    const data = await readIkuWorkbook(fs.readFileSync(input));
    if (isIkuError(data)) throw new Error(data.message);
    const yearly = evaluateIndicators(data);
    const quarters = evaluateQuarters(data);
    const out = convert(input, path.join(dir, "out"), "xlsx", loProfile);
    const recalced = new ExcelJS.Workbook();
    await recalced.xlsx.readFile(out);
    const iku = recalced.worksheets[0];
    const tw = recalced.getWorksheet(PENGUKURAN_SHEET);
    if (!tw) throw new Error("lembar Pengukuran Kinerja hilang");
    const head = model.sheets[0].cells.find((c) => c.value === "Realisasi");
    if (!head) throw new Error("kolom Realisasi tidak ada");
    for (const i of [2, 3]) {
      const y = yearly[i];
      const bad = y.error !== undefined;
      const row = head.row + 1 + i;
      expectSame(shown(cellValue(iku.getCell(row, IKU_COL.realisasi))), y.realisasi, bad);
      if (mode === "portable") {
        expectSame(shown(cellValue(iku.getCell(row, IKU_COL.capaian))), y.capaian, bad);
        const p = shown(cellValue(iku.getCell(row, IKU_COL.predikat)));
        expect(p).toBe(bad ? "error" : y.predikat);
      }
      const qBad = quarters[i].error !== undefined;
      for (const q of TRIWULAN) {
        const r = PENGUKURAN_LAYOUT.firstIndicatorRow + i;
        const want = quarters[i].triwulan[q - 1];
        // A refused input makes the quarters from its own on an error on the sheet; the core
        // reports the indicator's error once (every quarter null), so a refused indicator is
        // compared quarter by quarter with the core rule itself.
        const cell = shown(cellValue(tw.getCell(r, quarterCol(q))));
        if (qBad) {
          const direct = i === 2 ? rasioSampai(inputs.rasio, q) : nilaiSampai(inputs.nilai, q);
          expectSame(cell, isIkuError(direct) ? null : direct, isIkuError(direct));
        } else expectSame(cell, want.realisasi, false);
        if (mode === "portable" && !qBad) {
          expectSame(shown(cellValue(tw.getCell(r, quarterCol(q) + 1))), want.capaian, false);
          expect(shown(cellValue(tw.getCell(r, quarterCol(q) + 2)))).toBe(want.predikat);
        }
      }
      if (label.startsWith("pembilang")) expect(bad).toBe(true);
      else expect(bad).toBe(false);
    }
  });
});
