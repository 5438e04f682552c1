/**
 * PORTABLE workbooks filled with data dated across the year, recalculated by LibreOffice
 * Calc (headless): every cell of the `Pengukuran Kinerja` sheet (realisasi, capaian,
 * predikat of TW I–IV) equals evaluateQuarters on the same data and `iku hitung --triwulan
 * --json` (tolerance 1e-9). Dates on the quarter boundaries, with a time of day, and outside
 * the year are included. The sheet prints on A4 landscape (PDF + PNG in test-artifacts/).
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { serialFromYmd } from "../../src/core/dates";
import { isIkuError } from "../../src/core/errors";
import { evaluateQuarters, QuarterResult } from "../../src/core/evaluate-triwulan";
import { TRIWULAN } from "../../src/core/triwulan";
import { buildWorkbook } from "../../src/core/workbook/build";
import { NAMES } from "../../src/core/workbook/model";
import { PENGUKURAN_LAYOUT, PENGUKURAN_SHEET, quarterCol } from "../../src/core/workbook/pengukuran-sheet";
import { cellValue, readIkuWorkbook } from "../../src/xlsx/read";
import { modelToExcelJs } from "../../src/xlsx/write";
import { runCli, tempDir } from "../helpers/cli-run";
import { convert, makeProfile, pdfPagePng, pdfPageSize, pdfText } from "../helpers/libreoffice";
import { fillSampleData, namedBlock } from "../helpers/sample-data";
import { profileOf } from "../helpers/profiles";

jest.setTimeout(180_000);

const ARTIFACTS = path.join(__dirname, "..", "..", "test-artifacts");
const TOLERANCE = 1e-9;

/**
 * Dates at the edges: exactly on a quarter's last day, the day after, a time of day on the
 * last day, before and after the year. The rows keep the statuses/answers the sample had.
 */
function moveDatesToEdges(wb: ExcelJS.Workbook, n: number): void {
  const edges = [
    serialFromYmd(n, 3, 31),
    serialFromYmd(n, 4, 1),
    serialFromYmd(n, 6, 30) + 0.75,
    serialFromYmd(n + 1, 1, 5),
    serialFromYmd(n - 1, 12, 31),
    serialFromYmd(n, 9, 30),
    serialFromYmd(n, 12, 31),
  ];
  for (const name of [NAMES.fasilitasiTanggal, NAMES.ikmTanggal]) {
    const b = namedBlock(wb, name);
    if (!b) continue;
    edges.forEach((v, i) => {
      const cell = b.ws.getCell(b.top + i, b.left);
      if (cell.value !== null) cell.value = v;
    });
  }
}

// name, seed, fasilitasi rows, survey rows, dates moved to the edges
const CASES = [
  ["randuagung-2025", 31, 60, 0, true],
  ["sumbersuko-2020", 32, 40, 150, true],
  ["senduro-2025", 33, 80, 0, false],
] as const;

const loProfile = makeProfile();

function numOrNull(x: unknown): number | null {
  if (x === null || x === "") return null;
  if (typeof x !== "number") throw new Error(`sel berisi ${JSON.stringify(x)}, bukan angka`);
  return x;
}

function expectClose(got: number | null, want: number | null): void {
  if (want === null) expect(got).toBeNull();
  else {
    expect(got).not.toBeNull();
    expect(Math.abs((got ?? NaN) - want)).toBeLessThan(TOLERANCE);
  }
}

describe.each(CASES)(
  "LibreOffice recalculation of Pengukuran Kinerja: %s",
  (name, seed, fasRows, surveiRows, edges) => {
    const profile = profileOf(name);
    const model = buildWorkbook(profile, "portable");
    const dir = tempDir(`iku-engine-tw-${name}-`);
    const input = path.join(dir, `${name}.xlsx`);
    let sheet: ExcelJS.Worksheet;
    let iku: ExcelJS.Worksheet;
    let expected: QuarterResult[];
    let cliRows: { indikator: string; target: number | null; triwulan: Record<string, unknown>[] }[];

    beforeAll(async () => {
      const wb = modelToExcelJs(model);
      fillSampleData(wb, { seed, tahun: profile.tahun, fasilitasiRows: fasRows, surveiRows });
      if (edges) moveDatesToEdges(wb, profile.tahun);
      await wb.xlsx.writeFile(input);
      const data = await readIkuWorkbook(fs.readFileSync(input));
      if (isIkuError(data)) throw new Error(data.message);
      expected = evaluateQuarters(data);
      const out = convert(input, path.join(dir, "out"), "xlsx", loProfile);
      const recalced = new ExcelJS.Workbook();
      await recalced.xlsx.readFile(out);
      const ws = recalced.getWorksheet(PENGUKURAN_SHEET);
      if (!ws) throw new Error("lembar Pengukuran Kinerja hilang");
      sheet = ws;
      iku = recalced.worksheets[0];
      const cli = await runCli(["hitung", input, "--triwulan", "--json"], dir);
      expect(cli.stderr).toBe("");
      cliRows = JSON.parse(cli.stdout) as typeof cliRows;
    });

    test("the sheet follows the IKU sheet and the data is valid", () => {
      expect(model.sheets[1].name).toBe(PENGUKURAN_SHEET);
      expect(expected.every((r) => r.error === undefined)).toBe(true);
      // Sample data produce a figure for every quarter of at least one indicator.
      expect(expected.some((r) => r.triwulan.every((q) => q.realisasi !== null))).toBe(true);
    });

    test("every quarter on the sheet = evaluateQuarters = iku hitung --triwulan --json", () => {
      expect(cliRows).toHaveLength(profile.indicators.length);
      expected.forEach((ind, i) => {
        const row = PENGUKURAN_LAYOUT.firstIndicatorRow + i;
        expect(numOrNull(cellValue(sheet.getCell(row, 3)))).toEqual(ind.target);
        expect(cliRows[i].indikator).toBe(ind.indikator);
        for (const q of TRIWULAN) {
          const c = quarterCol(q);
          const want = ind.triwulan[q - 1];
          const cli = cliRows[i].triwulan[q - 1];
          expectClose(numOrNull(cellValue(sheet.getCell(row, c))), want.realisasi);
          expectClose(numOrNull(cellValue(sheet.getCell(row, c + 1))), want.capaian);
          const pred = cellValue(sheet.getCell(row, c + 2));
          expect(pred === "" ? null : pred).toBe(want.predikat);
          expectClose(cli.realisasi as number | null, want.realisasi);
          expectClose(cli.capaian as number | null, want.capaian);
          expect(cli.predikat).toBe(want.predikat);
        }
      });
    });

    if (!edges) {
      test("all dates in the year: TW IV = the IKU sheet's yearly realisasi", () => {
        const ikuModel = model.sheets[0];
        const head = ikuModel.cells.find((c) => c.value === "Realisasi");
        if (!head) throw new Error("kolom Realisasi tidak ada di lembar IKU");
        const rows = ikuModel.cells
          .filter((c) => c.col === head.col && c.formula !== undefined)
          .map((c) => c.row);
        expect(rows).toHaveLength(expected.length);
        expected.forEach((ind, i) => {
          const yearly = numOrNull(cellValue(iku.getCell(rows[i], head.col)));
          expect(yearly).not.toBeNull();
          expectClose(ind.triwulan[3].realisasi, yearly);
          const tw4 = numOrNull(
            cellValue(sheet.getCell(PENGUKURAN_LAYOUT.firstIndicatorRow + i, quarterCol(4))),
          );
          expectClose(tw4, yearly);
        });
      });
    }

    test("prints on A4 landscape with every quarter heading on one page (PDF, PNG in test-artifacts/)", () => {
      const pdf = convert(input, path.join(dir, "pdf"), "pdf", loProfile);
      const pages = pdfText(pdf, 1, 99).split("\f");
      const index = pages.findIndex((p) => p.includes("PENGUKURAN KINERJA TRIWULAN"));
      expect(index).toBeGreaterThanOrEqual(0);
      const text = pages[index].replace(/\s+/g, " ");
      for (const h of ["TW I (s.d.", "TW II (s.d.", "TW III (s.d.", "TW IV (s.d.", "Realisasi", "Predikat"]) {
        expect(text).toContain(h);
      }
      for (const ind of profile.indicators) expect(text).toContain(ind.nama.split(" ").slice(0, 3).join(" "));
      const size = pdfPageSize(pdf, index + 1);
      expect(size.width).toBeCloseTo(841.89, 0);
      expect(size.height).toBeCloseTo(595.3, 0);
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      const png = pdfPagePng(pdf, path.join(ARTIFACTS, `${name}-pengukuran`), index + 1);
      expect(fs.statSync(png).size).toBeGreaterThan(10_000);
    });
  },
);
