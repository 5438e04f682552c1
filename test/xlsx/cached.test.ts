/**
 * Files that show their numbers before anyone recalculates (Protected View, previewers):
 * every formula cell we write carries a cached value, and the values read back WITHOUT
 * recalculating (raw <v> / ExcelJS `result`) are the core's — targets, realisasi, capaian,
 * predikat and counts of a fresh kecamatan workbook; capaian, predikat, the summary and the
 * chart data of the recap (chart caches included). fullCalcOnLoad stays on.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { columnLetters } from "../../src/core/a1";
import { tepatWaktu } from "../../src/core/dokdesa";
import { buildRekap } from "../../src/core/rekap";
import { buildWorkbook } from "../../src/core/workbook/build";
import { IKU_COL } from "../../src/core/workbook/iku-sheet";
import type { FormulaMode } from "../../src/core/workbook/model";
import { buildRekapWorkbook, REKAP_COL, REKAP_HEADER_ROW } from "../../src/core/workbook/rekap-sheet";
import { readIkuWorkbook } from "../../src/xlsx/read";
import { writeExcelJs, writeXlsx } from "../../src/xlsx/write";
import { coreExpected, profileOf } from "../helpers/profiles";
import { filledExcelJs, withIkm } from "../helpers/rekap-files";

jest.setTimeout(60_000);

/** Formula cells of every sheet part that have no cached <v>. */
async function uncached(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const out: string[] = [];
  for (const part of Object.keys(zip.files).filter((p) => /^xl\/worksheets\/[^/]+\.xml$/.test(p))) {
    const xml = (await zip.file(part)?.async("string")) ?? "";
    for (const m of xml.matchAll(/<c\b([^>]*)>([\s\S]*?)<\/c>/g))
      if (m[2].includes("<f") && !m[2].includes("<v")) out.push(`${part} ${/r="(\w+)"/.exec(m[1])?.[1]}`);
  }
  return out;
}

/** Cached results straight from the sheet XML (no recalculation, no library reading them). */
class Cached {
  private constructor(private readonly sheets: Map<string, string>) {}

  static async of(bytes: Uint8Array): Promise<Cached> {
    const zip = await JSZip.loadAsync(bytes);
    const text = async (p: string): Promise<string> => (await zip.file(p)?.async("string")) ?? "";
    const rels = await text("xl/_rels/workbook.xml.rels");
    const sheets = new Map<string, string>();
    for (const m of (await text("xl/workbook.xml")).matchAll(
      /<sheet\b[^>]*name="([^"]*)"[^>]*r:id="([^"]*)"/g,
    )) {
      const target = new RegExp(`Id="${m[2]}"[^>]*Target="([^"]*)"`).exec(rels)?.[1] ?? "";
      sheets.set(
        m[1].replace(/&apos;/g, "'").replace(/&amp;/g, "&"),
        await text(`xl/${target.replace(/^\/?xl\//, "")}`),
      );
    }
    return new Cached(sheets);
  }

  has(sheet: string): boolean {
    return this.sheets.has(sheet);
  }

  /** The cached result of a formula cell: number, text, boolean or { error }; throws if none. */
  result(sheet: string, row: number, col: number): unknown {
    const ref = `${columnLetters(col)}${row}`;
    const m = new RegExp(`<c r="${ref}"([^>]*)>([\\s\\S]*?)</c>`).exec(this.sheets.get(sheet) ?? "");
    if (!m || !m[2].includes("<f")) throw new Error(`${sheet}!${ref}: bukan formula`);
    const v = /<v>([^<]*)<\/v>/.exec(m[2]);
    const t = /\bt="(\w+)"/.exec(m[1])?.[1];
    if (!v) return t === "str" ? "" : undefined;
    if (t === "b") return v[1] === "1";
    if (t === "e") return { error: v[1] };
    if (t === "str") return v[1].replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
    return Number(v[1]);
  }
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

describe("a fresh kecamatan workbook caches the core's values", () => {
  test.each([
    ["randuagung-2025", "addin"],
    ["randuagung-2025", "portable"],
    ["sumbersuko-2020", "portable"],
    ["Senduro", "addin"],
  ] as [string, FormulaMode][])("%s %s", async (name, mode) => {
    const profile = profileOf(name);
    const bytes = await writeXlsx(buildWorkbook(profile, mode));
    expect(await uncached(bytes)).toEqual([]);
    const workbookXml = (await (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")?.async("string")) ?? "";
    expect(workbookXml).toMatch(/fullCalcOnLoad="1"/);
    const wb = await load(bytes);
    const cached = await Cached.of(bytes);
    const iku = wb.worksheets[0].name;
    let row = 1;
    while (wb.worksheets[0].getCell(row, IKU_COL.no).value !== 1) row++;
    const result = (sheet: string, r: number, c: number): unknown => cached.result(sheet, r, c);
    profile.indicators.forEach((ind, i) => {
      expect(result(iku, row + i, IKU_COL.target)).toBe(ind.target ?? "");
      // No data yet: realisasi, capaian and predikat show nothing (the core gives null).
      expect(result(iku, row + i, IKU_COL.realisasi)).toBe("");
      expect(result(iku, row + i, IKU_COL.capaian)).toBe("");
      expect(result(iku, row + i, IKU_COL.predikat)).toBe("");
    });
    const dok = "Dokumen Desa";
    if (cached.has(dok)) {
      // An empty date is not on time (core: tepatWaktu(…, null) = false) and the count is 0.
      expect(tepatWaktu("RKPDesa", profile.tahun + 1, null)).toBe(false);
      expect(result(dok, 5, 4)).toBe("Tidak");
      expect(result(dok, 5 + profile.desa.length, 4)).toBe(0);
    }
  });
});

describe("the recap caches the core's values", () => {
  let rekap: ExcelJS.Worksheet;
  let bytes: Uint8Array;
  let cached: Cached;
  const result = (_ws: ExcelJS.Worksheet, r: number, c: number): unknown => cached.result(rekap.name, r, c);
  const expected: {
    kecamatan: string;
    indikator: string;
    capaian: number | null;
    predikat: string | null;
    realisasi: number;
  }[] = [];

  beforeAll(async () => {
    const inputs = [];
    for (const [name, seed] of [
      ["randuagung-2025", 11],
      ["Senduro", 12],
      ["Klakah", 13],
    ] as const) {
      const profile = name === "randuagung-2025" ? profileOf(name) : withIkm(profileOf(name));
      const { wb, data } = filledExcelJs(profile, seed);
      coreExpected(profile, data).forEach((e, i) =>
        expected.push({ kecamatan: profile.kecamatan, indikator: profile.indicators[i].nama, ...e }),
      );
      inputs.push({ fileName: `${name}.xlsx`, data: await readIkuWorkbook(await writeExcelJs(wb)) });
    }
    bytes = await writeXlsx(buildRekapWorkbook(buildRekap(inputs)));
    rekap = (await load(bytes)).worksheets[0];
    cached = await Cached.of(bytes);
  });

  test("every formula cell has a cached value", async () => {
    expect(await uncached(bytes)).toEqual([]);
  });

  test("capaian and predikat per row = core", () => {
    let rows = 0;
    for (let r = REKAP_HEADER_ROW + 1; typeof rekap.getCell(r, REKAP_COL.no).value === "number"; r++) {
      const e = expected.find(
        (x) =>
          x.kecamatan === rekap.getCell(r, REKAP_COL.kecamatan).value &&
          x.indikator === rekap.getCell(r, REKAP_COL.indikator).value,
      );
      if (!e) throw new Error(`baris ${r} tidak diharapkan`);
      const cap = result(rekap, r, REKAP_COL.capaian);
      if (e.capaian === null) expect(cap).toBe("");
      else expect(cap as number).toBeCloseTo(e.capaian, 12);
      expect(result(rekap, r, REKAP_COL.predikat)).toBe(e.predikat ?? "");
      rows++;
    }
    expect(rows).toBe(expected.length);
  });

  test("summary MIN/MAX/AVERAGE and counts = core", () => {
    let checked = 0;
    for (let r = 1; r <= rekap.rowCount; r++) {
      if (rekap.getCell(r, 4).value !== "Minimum") continue;
      const group = expected.filter((e) => e.indikator === rekap.getCell(r, 2).value);
      const caps = group.map((e) => e.capaian).filter((x): x is number => x !== null);
      const reals = group.map((e) => e.realisasi);
      const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
      const want: [number, number, number][] = [
        [r, Math.min(...reals), Math.min(...caps)],
        [r + 1, Math.max(...reals), Math.max(...caps)],
        [r + 2, mean(reals), mean(caps)],
      ];
      for (const [row, real, cap] of want) {
        expect(result(rekap, row, REKAP_COL.realisasi) as number).toBeCloseTo(real, 12);
        expect(result(rekap, row, REKAP_COL.capaian) as number).toBeCloseTo(cap, 12);
      }
      expect(result(rekap, r, 7)).toBe(caps.length);
      checked++;
    }
    expect(checked).toBe(3);
  });

  test("the chart part caches names, kecamatan and capaian", async () => {
    const xml = (await (await JSZip.loadAsync(bytes)).file("xl/charts/chart1.xml")?.async("string")) ?? "";
    const series = [...xml.matchAll(/<c:ser>[\s\S]*?<\/c:ser>/g)].map((m) => m[0]);
    expect(series.length).toBe(3);
    for (const ser of series) {
      const name = /<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/.exec(ser)?.[1];
      const cats = [
        ...(/<c:cat>([\s\S]*?)<\/c:cat>/.exec(ser)?.[1] ?? "").matchAll(/<c:v>([^<]*)<\/c:v>/g),
      ].map((m) => m[1]);
      expect([...cats].sort()).toEqual(["Klakah", "Randuagung", "Senduro"]);
      const vals = /<c:val>([\s\S]*?)<\/c:val>/.exec(ser)?.[1] ?? "";
      const points = [...vals.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v>/g)];
      expect(points.length).toBeGreaterThan(0);
      for (const [, idx, v] of points) {
        const kec = cats[Number(idx)];
        const e = expected.find(
          (x) =>
            x.kecamatan === kec &&
            (name ?? "").length > 0 &&
            x.capaian !== null &&
            Math.abs(x.capaian - Number(v)) < 1e-12,
        );
        expect(e).toBeDefined();
      }
    }
  });
});
