/**
 * PORTABLE workbooks recalculated by LibreOffice Calc (headless) must show on their IKU
 * sheet the same Realisasi, Capaian and Predikat as `iku hitung --json` and as the core
 * functions on the same data (tolerance 1e-9). Also: the IKU sheet prints with all ten
 * table headers on page 1 (PDF + PNG kept in test-artifacts/ for a human look).
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { tepatWaktu } from "../../src/core/dokdesa";
import { isIkuError } from "../../src/core/errors";
import { ikm, ikmKinerja, ikmMutu, ikmNrr, ikmSampel } from "../../src/core/ikm";
import type { Profile } from "../../src/core/profile";
import { buildWorkbook } from "../../src/core/workbook/build";
import { NAMES, SheetModel } from "../../src/core/workbook/model";
import { cellValue } from "../../src/xlsx/read";
import { modelToExcelJs } from "../../src/xlsx/write";
import { runCli, tempDir } from "../helpers/cli-run";
import { convert, makeProfile, pdfPagePng, pdfPageSize, pdfText } from "../helpers/libreoffice";
import { fillSampleData, namedBlock, SampleData } from "../helpers/sample-data";
import { profileOf, coreExpected } from "../helpers/profiles";

jest.setTimeout(180_000);

const ARTIFACTS = path.join(__dirname, "..", "..", "test-artifacts");

/** Where the IKU table's computed columns are, from the model (header texts, formula rows). */
function ikuLayout(sheet: SheetModel): {
  rows: number[];
  target: number;
  realisasi: number;
  capaian: number;
  predikat: number;
} {
  const header = (text: RegExp): { row: number; col: number } => {
    const c = sheet.cells.find((x) => typeof x.value === "string" && text.test(x.value));
    if (!c) throw new Error(`kolom ${String(text)} tidak ada di lembar IKU`);
    return c;
  };
  const real = header(/^Realisasi$/);
  const rows = sheet.cells.filter((c) => c.col === real.col && c.formula !== undefined).map((c) => c.row);
  return {
    rows,
    target: header(/^Target Tahun/).col,
    realisasi: real.col,
    capaian: header(/^Capaian$/).col,
    predikat: header(/^Predikat$/).col,
  };
}

/** Number or null from a recalculated cell ("" shown for "not yet" becomes null). */
function numOrNull(cell: ExcelJS.Cell): number | null {
  const x = cellValue(cell);
  if (x === null || x === "") return null;
  if (typeof x !== "number") throw new Error(`sel berisi ${JSON.stringify(x)}, bukan angka`);
  return x;
}

function textOrNull(cell: ExcelJS.Cell): string | null {
  const x = cellValue(cell);
  if (x === null || x === "") return null;
  return typeof x === "string" ? x : JSON.stringify(x);
}

const CASES = [
  ["randuagung-2025", 11, 52, 0],
  ["sumbersuko-2020", 12, 30, 120],
  ["senduro-2025", 13, 75, 0],
] as const;

const loProfile = makeProfile();
const POPULASI = 1200;

/** Core value of a data-sheet cell, identified by the add-in formula at the same place. */
function expectedOf(formula: string, profile: Profile, data: SampleData, firstDataRow: number): unknown {
  const tw = /^IF\(IKU\.TEPATWAKTU\("(\w+)",IKU_Tahun([+-]1),[A-Z]+(\d+)\),"Ya","Tidak"\)$/.exec(formula);
  if (tw) {
    const i = Number(tw[3]) - firstDataRow;
    const dates = tw[1] === "RKPDesa" ? data.dokRkp : tw[1] === "APBDesa" ? data.dokApb : data.dokLpp;
    const onTime = tepatWaktu(tw[1], profile.tahun + Number(tw[2]), dates[i]?.[0] ?? null);
    // The sheet shows Ya/Tidak for the core's boolean.
    return isIkuError(onTime) ? onTime : onTime ? "Ya" : "Tidak";
  }
  const nrr = /INDEX\(IKU\.IKM\.NRR\(IKU_IKM_Jawaban\),1,(\d)\)/.exec(formula);
  if (nrr) {
    const all = ikmNrr(data.ikmJawaban);
    return isIkuError(all) ? all : all[Number(nrr[1]) - 1];
  }
  // The survey sheet passes the Profil bobot (issue 11); its default is exactly 1/9.
  if (/IKU\.IKM\(IKU_IKM_Jawaban(,IKU_IKM_Bobot)?\)/.test(formula))
    return ikm(data.ikmJawaban, profile.ikmBobot ?? null);
  const nilai = ikm(data.ikmJawaban, null);
  if (/IKU\.IKM\.MUTU\(/.test(formula)) return ikmMutu(nilai);
  if (/IKU\.IKM\.KINERJA\(/.test(formula)) return ikmKinerja(nilai);
  if (/IKU\.IKM\.SAMPEL\(/.test(formula)) return ikmSampel(POPULASI);
  return undefined;
}

describe.each(CASES)("LibreOffice recalculation: %s", (name, seed, fasilitasiRows, surveiRows) => {
  const profile = profileOf(name);
  const model = buildWorkbook(profile, "portable");
  const layout = ikuLayout(model.sheets[0]);
  const dir = tempDir(`iku-engine-${name}-`);
  const input = path.join(dir, `${name}.xlsx`);
  let data: SampleData;
  let recalced: ExcelJS.Workbook;
  let hitung: Record<string, unknown>[];

  beforeAll(async () => {
    const wb = modelToExcelJs(model);
    data = fillSampleData(wb, { seed, tahun: profile.tahun, fasilitasiRows, surveiRows });
    const populasi = namedBlock(wb, NAMES.ikmPopulasi);
    if (populasi) populasi.ws.getCell(populasi.top, populasi.left).value = POPULASI;
    // A stale cached result that only a real recalculation replaces (LibreOffice keeps
    // cached values of xlsx files by default).
    wb.addWorksheet("Uji").getCell("A1").value = {
      formula: "ROWS(IKU_Dok_Desa)*1000+COUNTA(IKU_Fasilitasi_Status)",
      result: -1,
    };
    await wb.xlsx.writeFile(input);
    const out = convert(input, path.join(dir, "out"), "xlsx", loProfile);
    recalced = new ExcelJS.Workbook();
    await recalced.xlsx.readFile(out);
    const cli = await runCli(["hitung", input, "--json"], dir);
    expect(cli.stderr).toBe("");
    hitung = JSON.parse(cli.stdout) as Record<string, unknown>[];
  });

  test("the stale cached value was recalculated", () => {
    const uji = recalced.getWorksheet("Uji");
    const v = uji ? cellValue(uji.getCell("A1")) : undefined;
    expect(v).toBe(profile.desa.length * 1000 + data.fasilitasiStatus.length);
  });

  test("IKU sheet = iku hitung --json = core functions", () => {
    const ws = recalced.worksheets[0];
    expect(ws.name).toBe(model.sheets[0].name);
    expect(layout.rows).toHaveLength(profile.indicators.length);
    const expected = coreExpected(profile, data);
    layout.rows.forEach((row, i) => {
      const sheet = {
        target: numOrNull(ws.getCell(row, layout.target)),
        realisasi: numOrNull(ws.getCell(row, layout.realisasi)),
        capaian: numOrNull(ws.getCell(row, layout.capaian)),
        predikat: textOrNull(ws.getCell(row, layout.predikat)),
      };
      const cli = hitung[i];
      const exp = expected[i];
      expect(cli.indikator).toBe(profile.indicators[i].nama);
      expect(sheet.target).toEqual(cli.target);
      for (const key of ["realisasi", "capaian"] as const) {
        const e = exp[key];
        if (e === null) {
          expect(sheet[key]).toBeNull();
          expect(cli[key]).toBeNull();
        } else {
          expect(sheet[key]).not.toBeNull();
          expect(Math.abs((sheet[key] ?? NaN) - e)).toBeLessThan(1e-9);
          expect(Math.abs((cli[key] as number) - e)).toBeLessThan(1e-9);
        }
      }
      expect(sheet.predikat).toBe(exp.predikat);
      expect(cli.predikat).toBe(exp.predikat);
    });
  });

  test("data-sheet formulas (TEPATWAKTU per desa, IKM summary) = core functions", () => {
    // The add-in model marks which cell computes what; the portable file has the same layout.
    const addin = buildWorkbook(profile, "addin");
    let checked = 0;
    let counts = 0;
    const ya = new Map<number, number>();
    for (const sheet of addin.sheets.filter((x) => x.kind === "dokdesa" || x.kind === "ikm")) {
      const ws = recalced.getWorksheet(sheet.name);
      if (!ws) throw new Error(`lembar ${sheet.name} hilang`);
      const firstDataRow =
        namedBlock(recalced, sheet.kind === "ikm" ? NAMES.ikmJawaban : NAMES.dokRkp)?.top ?? 0;
      for (const c of sheet.cells) {
        if (c.formula === undefined || !/IKU\.(TEPATWAKTU|IKM)/.test(c.formula)) continue;
        const exp = expectedOf(c.formula, profile, data, firstDataRow);
        if (exp === undefined) continue;
        if (isIkuError(exp)) throw new Error(`${sheet.name} ${c.row}/${c.col}: ${exp.message}`);
        const got = cellValue(ws.getCell(c.row, c.col));
        if (typeof exp === "number") expect(Math.abs((got as number) - exp)).toBeLessThan(1e-9);
        else expect([sheet.name, c.row, c.col, got]).toEqual([sheet.name, c.row, c.col, exp]);
        if (exp === "Ya") ya.set(c.col, (ya.get(c.col) ?? 0) + 1);
        checked++;
      }
      // "Jumlah tepat waktu" counts the Ya cells: the core's count of on-time desa.
      for (const c of sheet.cells.filter((x) => x.formula?.startsWith("COUNTIF("))) {
        expect([c.col, cellValue(ws.getCell(c.row, c.col))]).toEqual([c.col, ya.get(c.col) ?? 0]);
        counts++;
      }
    }
    const hasIkm = profile.indicators.some((i) => i.kind === "ikm");
    expect(checked).toBe(3 * profile.desa.length + (hasIkm ? 9 + 4 : 0));
    expect(counts).toBe(3);
  });

  test("the recalculated file still reads as an IKU workbook with the same results", async () => {
    const cli = await runCli(["hitung", path.join(dir, "out", `${name}.xlsx`), "--json"], dir);
    expect(cli.code).toBe(0);
    const again = JSON.parse(cli.stdout) as Record<string, unknown>[];
    again.forEach((row, i) => {
      expect(row.predikat).toBe(hitung[i].predikat);
      if (typeof row.realisasi === "number")
        expect(row.realisasi).toBeCloseTo(hitung[i].realisasi as number, 9);
      else expect(row.realisasi).toBe(hitung[i].realisasi);
    });
  });

  test("printed IKU sheet: all ten table headers on page 1 (PDF, PNG in test-artifacts/)", () => {
    const pdf = convert(input, path.join(dir, "pdf"), "pdf", loProfile);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    fs.copyFileSync(pdf, path.join(ARTIFACTS, `${name}.pdf`));
    const text = pdfText(pdf, 1).replace(/\s+/g, " ");
    const headers = [
      "No.",
      "Sasaran Strategis",
      "Indikator Kinerja Utama",
      "Rumus/Formula",
      `Target Tahun ${profile.tahun}`,
      "Realisasi",
      "Capaian",
      "Predikat",
      "Sumber Data",
      "Penanggung Jawab",
    ];
    const raw = pdfText(pdf, 1);
    for (const h of headers) {
      // A wrapped header cell may break between words: every word must be on page 1.
      for (const word of h.split(" ")) expect(raw.includes(word) || text.includes(word)).toBe(true);
    }
    expect(text).toContain("INDIKATOR KINERJA UTAMA");
    // A4 landscape: 842 × 595 pt.
    const size = pdfPageSize(pdf, 1);
    expect(size.width).toBeCloseTo(841.89, 0);
    expect(size.height).toBeCloseTo(595.3, 0);
    const png = pdfPagePng(pdf, path.join(ARTIFACTS, `${name}-hal1`));
    expect(fs.statSync(png).size).toBeGreaterThan(10_000);
  });
});
