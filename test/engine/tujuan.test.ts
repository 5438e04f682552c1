/**
 * The measured Indikator Tujuan recalculated by LibreOffice Calc (issue 10): a nilai tujuan
 * (Indeks Pelayanan Publik typed per quarter) and a survei-ikm tujuan (IKM, in a workbook
 * where no IKU measures IKM) built in BOTH formula modes, filled, read back, recalculated:
 * the identity block's realisasi, capaian and predikat and the Pengukuran row "T" equal the
 * core (evaluateTujuan / evaluateTujuanQuarters). Add-in mode: only cells without IKU.*
 * calls can be computed outside Excel (the typed realisasi); the rest is compared in portable.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { isIkuError } from "../../src/core/errors";
import { evaluateTujuan, evaluateTujuanQuarters } from "../../src/core/evaluate-tujuan";
import type { Profile } from "../../src/core/profile";
import { TRIWULAN } from "../../src/core/triwulan";
import { buildWorkbook } from "../../src/core/workbook/build";
import { PENGUKURAN_SHEET, quarterCol } from "../../src/core/workbook/pengukuran-sheet";
import { gridOf } from "../../src/core/workbook/sheet-kit";
import { TUJUAN_VALUE_COL } from "../../src/core/workbook/iku-tujuan";
import { cellValue, readIkuWorkbook } from "../../src/xlsx/read";
import { modelToExcelJs } from "../../src/xlsx/write";
import { tempDir } from "../helpers/cli-run";
import { convert, makeProfile } from "../helpers/libreoffice";
import { fillSampleData } from "../helpers/sample-data";
import { preset } from "../helpers/profiles";
import { typeInputs } from "../helpers/typed-profile";
import { tujuanIkm, tujuanNilai } from "../helpers/tujuan-profiles";

jest.setTimeout(300_000);

const _ = null;
const loProfile = makeProfile();

function shown(x: unknown): number | string | null {
  if (x === null || x === "" || x === undefined) return null;
  if (typeof x === "object" && "error" in x) return "error";
  return x as number | string;
}

function near(got: unknown, want: number | null): void {
  if (want === null) expect(got).toBeNull();
  else expect(Math.abs((got as number) - want)).toBeLessThan(1e-9);
}

const base = preset("randuagung-2025");
const PROFILES: [string, Profile][] = [
  [
    "nilai",
    {
      ...base,
      ...tujuanNilai(),
    },
  ],
  [
    "survei-ikm (no IKU measures IKM)",
    {
      ...base,
      ...tujuanIkm(88),
    },
  ],
];

describe.each(["portable", "addin"] as const)("%s mode", (mode) => {
  test.each(PROFILES)("%s: LibreOffice = core", async (label, profile) => {
    const model = buildWorkbook(profile, mode);
    const wb = modelToExcelJs(model);
    fillSampleData(wb, { seed: 7, tahun: profile.tahun, fasilitasiRows: 20, surveiRows: 30 });
    if (profile.tujuanUkur?.kind === "nilai") typeInputs(wb, 0, [[3.2, _, 3.85, _]]);
    const dir = tempDir(`iku-engine-tujuan-${mode}-`);
    const input = path.join(dir, "tujuan.xlsx");
    await wb.xlsx.writeFile(input);
    const data = await readIkuWorkbook(fs.readFileSync(input));
    if (isIkuError(data)) throw new Error(data.message);
    expect(data.profile.tujuanUkur).toEqual(profile.tujuanUkur);
    const yearly = evaluateTujuan(data);
    const quarters = evaluateTujuanQuarters(data);
    if (!yearly || !quarters) throw new Error("tujuan tidak terukur");
    expect(yearly.error).toBeUndefined();
    expect(yearly.realisasi).not.toBeNull();
    expect(yearly.capaian).not.toBeNull();
    expect(quarters.triwulan.filter((q) => q.realisasi !== null).length).toBeGreaterThanOrEqual(2);

    const recalced = new ExcelJS.Workbook();
    await recalced.xlsx.readFile(convert(input, path.join(dir, "out"), "xlsx", loProfile));
    const iku = recalced.worksheets[0];
    const at = gridOf(model.sheets[0]).findIndex((r) => r[0] === "Realisasi Indikator Tujuan") + 1;
    expect(at).toBeGreaterThan(0);
    const cell = (r: number): unknown => shown(cellValue(iku.getCell(r, TUJUAN_VALUE_COL)));
    near(cell(at - 1), yearly.target);
    const typed = label === "nilai";
    if (mode === "portable" || typed) near(cell(at), yearly.realisasi);
    if (mode === "portable") {
      near(cell(at + 1), yearly.capaian);
      expect(cell(at + 2)).toBe(yearly.predikat);
    }

    const tw = recalced.getWorksheet(PENGUKURAN_SHEET);
    if (!tw) throw new Error("lembar Pengukuran Kinerja hilang");
    const peng = gridOf(model.sheets[1]);
    const row = peng.findIndex((r) => r[0] === "T") + 1;
    expect(peng[row - 1][1]).toBe(`Indikator Tujuan: ${profile.indikatorTujuan}`);
    let compared = 0;
    for (const q of TRIWULAN) {
      const want = quarters.triwulan[q - 1];
      const c = quarterCol(q);
      if (mode === "portable" || typed) {
        near(shown(cellValue(tw.getCell(row, c))), want.realisasi);
        compared++;
      }
      if (mode === "portable") {
        near(shown(cellValue(tw.getCell(row, c + 1))), want.capaian);
        expect(shown(cellValue(tw.getCell(row, c + 2)))).toBe(want.predikat);
      }
    }
    expect(compared).toBe(mode === "portable" || typed ? 4 : 0);
  });
});
