/**
 * Issue 11 in LibreOffice Calc: a Survei IKM sheet with skipped answers, the three bobot and
 * the IKM per jenis layanan, recalculated from the file, equals the core. Portable mode: the
 * whole summary (NRR, IKM, layanan) and the Laporan SKM's IKM; add-in mode (LibreOffice has no
 * add-in, IKU.* shows #NAME?): the cells that need no add-in — bobot, respondents, rows
 * without answers.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { isIkuError } from "../../src/core/errors";
import { ikm, ikmNrr, UNSUR_IKM } from "../../src/core/ikm";
import { ikmLayanan } from "../../src/core/ikm-layanan";
import type { Profile } from "../../src/core/profile";
import { buildWorkbook } from "../../src/core/workbook/build";
import { IKM_SHEET, IKM_SUMMARY } from "../../src/core/workbook/ikm-sheet";
import { LAPORAN_SKM_SHEET } from "../../src/core/workbook/laporan-skm";
import { PENGUKURAN_SHEET } from "../../src/core/workbook/pengukuran-sheet";
import { ikmTw } from "../../src/core/triwulan";
import type { FormulaMode, SheetModel } from "../../src/core/workbook/model";
import { cellValue } from "../../src/xlsx/read";
import { modelToExcelJs, writeExcelJs } from "../../src/xlsx/write";
import { tempDir } from "../helpers/cli-run";
import { FIRST_DATE, fillSurvey, fromUnsurTable, SKIPPED_TABLE, table29 } from "../helpers/ikm-tables";
import { convert, makeProfile } from "../helpers/libreoffice";
import { profileOf } from "../helpers/profiles";

jest.setTimeout(240_000);

const loProfile = makeProfile();
const SERVICES = ["KTP-el", "Surat Pindah", "Legalisir"];

type Rows = (number | null)[][];
const skipped = (): Rows => fromUnsurTable(SKIPPED_TABLE.sum, SKIPPED_TABLE.count);

/** Rows of the "IKM per Jenis Layanan" table (below its header), in both modes. */
function layananRows(sheet: SheetModel): number[] {
  const head = sheet.cells.find(
    (x) => x.col === IKM_SUMMARY.labelCol && String(x.value).startsWith("IKM per Jenis Layanan"),
  );
  if (!head) throw new Error("no layanan table");
  return Array.from({ length: 8 }, (_, i) => head.row + 1 + i);
}

/** Row label → value cell of the survey sheet's summary block. */
function summaryRow(sheet: SheetModel, label: string): number {
  const c = sheet.cells.find((x) => x.col === IKM_SUMMARY.labelCol && x.value === label);
  if (!c) throw new Error(`no summary row ${label}`);
  return c.row;
}

describe.each([
  ["portable", undefined, skipped()],
  ["portable", 0.11, table29()],
  ["portable", 0.111, table29()],
  ["portable", undefined, table29()],
  ["addin", 0.11, skipped()],
] as const)("LibreOffice: Survei IKM %s, bobot %s", (mode: FormulaMode, bobot, rows: Rows) => {
  // Tahun 2025: the respondents' dates (45700… = February 2025) fall in its TW I.
  const profile: Profile = {
    ...profileOf("sumbersuko-2020"),
    tahun: 2025,
    ...(bobot ? { ikmBobot: bobot } : {}),
  };
  const b = bobot ?? null;
  const layanan = rows.map((_, i) => SERVICES[i % SERVICES.length]);
  let sheet: SheetModel;
  let got: (row: number, col: number, name?: string) => unknown;

  beforeAll(async () => {
    const dir = tempDir(`iku-ikm-skip-${mode}-`);
    const model = buildWorkbook(profile, mode, { surveiRows: 40 });
    sheet = model.sheets.find((s) => s.name === IKM_SHEET) as SheetModel;
    const wb = modelToExcelJs(model);
    const T = fillSurvey(wb, rows, layanan);
    // A row with a date but no answer: counted as a row to fix, never as a respondent.
    T.ws.getCell(T.top + rows.length + 1, T.left).value = 45800;
    // The layanan table: the services typed in its first rows.
    const table = layananRows(sheet);
    SERVICES.forEach((s, i) => (T.ws.getCell(table[i], IKM_SUMMARY.labelCol).value = s));
    const input = path.join(dir, `ikm-${mode}-${String(bobot ?? "exact")}.xlsx`);
    const charts = new Map(model.sheets.map((s) => [s.name, s.charts ?? []]));
    fs.writeFileSync(input, await writeExcelJs(wb, charts));
    const recalced = new ExcelJS.Workbook();
    await recalced.xlsx.readFile(convert(input, path.join(dir, "out"), "xlsx", loProfile));
    got = (row, col, name = IKM_SHEET) => cellValue(recalced.getWorksheet(name)!.getCell(row, col));
  });

  const V = IKM_SUMMARY.valueCol;

  test("bobot, respondents and rows without answers (no add-in needed)", () => {
    expect(got(summaryRow(sheet, "Bobot per unsur (Profil IKU_IKM_Bobot)"), V)).toBeCloseTo(b ?? 1 / 9, 12);
    expect(got(summaryRow(sheet, "Jumlah responden"), V)).toBe(rows.length);
    expect(got(summaryRow(sheet, "Baris berisi data responden tanpa jawaban (lengkapi atau hapus)"), V)).toBe(
      1,
    );
  });

  if (mode === "portable") {
    test("NRR per unsur over the answering respondents, and the IKM, equal the core", () => {
      const nrr = ikmNrr(rows) as number[];
      UNSUR_IKM.forEach((u, k) =>
        expect(got(summaryRow(sheet, `NRR U${k + 1} ${u}`), V)).toBeCloseTo(nrr[k], 9),
      );
      const want = ikm(rows, b) as number;
      expect(got(summaryRow(sheet, "Nilai IKM"), V)).toBeCloseTo(want, 9);
      // The published figures: 29 respondents → 91,48 / 91,38 / 90,56; Biaya skipped → 86,48.
      const published = rows.length === 24 ? 86.48 : bobot === 0.11 ? 90.56 : bobot === 0.111 ? 91.38 : 91.48;
      expect(Math.round(want * 100) / 100).toBe(published);
      // The Laporan SKM computes the same IKM from the same names.
      const skm = buildWorkbook(profile, mode, { surveiRows: 40 }).sheets.find(
        (s) => s.name === LAPORAN_SKM_SHEET,
      ) as SheetModel;
      const ikmRow = skm.cells.find((c) => c.value === "Nilai IKM = 25 × Σ (NRR × bobot)")?.row ?? 0;
      const ikmCell = skm.cells.find((c) => c.row === ikmRow && c.formula !== undefined);
      expect(got(ikmRow, ikmCell?.col ?? 0, LAPORAN_SKM_SHEET)).toBeCloseTo(want, 9);
    });

    test("Pengukuran Kinerja: the IKM of TW I–IV (all respondents in TW I) equals the core's IKU.IKM.TW", () => {
      const pengukuran = buildWorkbook(profile, "addin", { surveiRows: 40 }).sheets.find(
        (s) => s.name === PENGUKURAN_SHEET,
      ) as SheetModel;
      const cells = pengukuran.cells.filter((c) => c.formula?.includes("IKU.IKM.TW("));
      expect(cells).toHaveLength(4);
      const dates = rows.map((_, i) => [FIRST_DATE + i]);
      cells.forEach((c, q) => {
        const want = ikmTw(rows, dates, 2025, q + 1, b);
        if (isIkuError(want)) throw new Error(want.message);
        expect(got(c.row, c.col, PENGUKURAN_SHEET)).toBeCloseTo(want, 9);
      });
    });

    test("IKM per jenis layanan equals the core", () => {
      const table = layananRows(sheet);
      SERVICES.forEach((s, i) => {
        const want = ikmLayanan(
          rows,
          layanan.map((x) => [x]),
          s,
          b,
        );
        if (isIkuError(want)) throw new Error(want.message);
        expect(got(table[i], V)).toBeCloseTo(want, 9);
      });
      // The rows left without a name show nothing.
      expect([null, ""]).toContain(got(table[SERVICES.length], V));
    });
  }
});
