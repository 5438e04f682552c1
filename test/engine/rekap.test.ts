/**
 * The recap of filled kecamatan workbooks, recalculated by LibreOffice Calc, shows the values
 * the core computes from each kecamatan's data: capaian and predikat per row, and the
 * MIN/MAX/AVERAGE summary per indicator (tolerance 1e-9). The chart is in the package and is
 * drawn when printed (PDF text has its title and legend; PNG kept in test-artifacts/).
 */
import { spawnSync } from "child_process";
import ExcelJS from "exceljs";
import * as fs from "fs";
import JSZip from "jszip";
import * as path from "path";
import type { Profile } from "../../src/core/profile";
import { buildRekap } from "../../src/core/rekap";
import { buildRekapWorkbook, REKAP_COL, REKAP_HEADER_ROW } from "../../src/core/workbook/rekap-sheet";
import { cellValue, readIkuWorkbook } from "../../src/xlsx/read";
import { writeXlsx } from "../../src/xlsx/write";
import { tempDir } from "../helpers/cli-run";
import { convert, makeProfile, pdfPagePng, pdfText } from "../helpers/libreoffice";
import { bytesOf, filledExcelJs, withIkm } from "../helpers/rekap-files";
import { profileOf, coreExpected } from "../helpers/profiles";
import type { SampleData } from "../helpers/sample-data";

jest.setTimeout(180_000);

const ARTIFACTS = path.join(__dirname, "..", "..", "test-artifacts");
const loProfile = makeProfile();

interface Expected {
  kecamatan: string;
  indikator: string;
  target: number | null;
  realisasi: number;
  capaian: number | null;
  predikat: string | null;
}

/** Core values straight from the sample data (not through evaluate.ts or the reader). */
function coreRows(profile: Profile, data: SampleData): Expected[] {
  return coreExpected(profile, data).map((e, i) => ({
    kecamatan: profile.kecamatan,
    indikator: profile.indicators[i].nama,
    target: profile.indicators[i].target,
    ...e,
  }));
}

function num(ws: ExcelJS.Worksheet, row: number, col: number): number | null {
  const x = cellValue(ws.getCell(row, col));
  if (x === null || x === "") return null;
  if (typeof x !== "number") throw new Error(`${ws.name}!R${row}C${col} = ${JSON.stringify(x)}`);
  return x;
}

const KECAMATAN: [string, number][] = [
  ["randuagung-2025", 31],
  ["Senduro", 32],
  ["Sumbersuko", 33],
  ["Lumajang", 34],
];

describe("recap recalculated in LibreOffice = core", () => {
  const dir = tempDir("iku-rekap-engine-");
  const expected: Expected[] = [];
  let recalced: ExcelJS.Worksheet;
  let grafik: ExcelJS.Worksheet | undefined;
  let rekapFile: string;

  beforeAll(async () => {
    const inputs = [];
    for (const [name, seed] of KECAMATAN) {
      // Senduro and Sumbersuko get the IKM too, so all three indicators are summarised.
      const profile =
        name === "randuagung-2025" || name === "Lumajang" ? profileOf(name) : withIkm(profileOf(name));
      const { wb, data } = filledExcelJs(profile, seed);
      expected.push(...coreRows(profile, data));
      inputs.push({ fileName: `${name}.xlsx`, data: await readIkuWorkbook(await bytesOf(wb)) });
    }
    const rekap = buildRekap(inputs);
    expect(rekap.catatan.filter((n) => n.ditolak)).toEqual([]);
    rekapFile = path.join(dir, "Rekap-2025.xlsx");
    fs.writeFileSync(rekapFile, await writeXlsx(buildRekapWorkbook(rekap)));
    const out = convert(rekapFile, path.join(dir, "out"), "xlsx", loProfile);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("Rekap 2025");
    if (!ws) throw new Error("lembar Rekap 2025 hilang");
    recalced = ws;
    grafik = wb.getWorksheet("Grafik Rekap 2025");
  });

  test("the chart sheet's data block reads the recalculated capaian of the table", () => {
    if (!grafik) throw new Error("lembar Grafik Rekap 2025 hilang");
    let checked = 0;
    grafik.eachRow((row, r) => {
      const kec = cellValue(row.getCell(2));
      const e = expected.find((x) => x.kecamatan === kec && /fasilitasi/i.test(x.indikator));
      if (!e || e.capaian === null) return; // the title, header and kecamatan without one
      const fas = num(grafik as ExcelJS.Worksheet, r, 3);
      expect(fas).toBeCloseTo(e.capaian, 9);
      checked++;
    });
    expect(checked).toBeGreaterThan(0);
  });

  test("every row: target, realisasi, and recalculated capaian/predikat = core", () => {
    let rows = 0;
    for (
      let r = REKAP_HEADER_ROW + 1;
      typeof cellValue(recalced.getCell(r, REKAP_COL.no)) === "number";
      r++
    ) {
      const kec = cellValue(recalced.getCell(r, REKAP_COL.kecamatan));
      const ind = cellValue(recalced.getCell(r, REKAP_COL.indikator));
      const e = expected.find((x) => x.kecamatan === kec && x.indikator === ind);
      if (!e) throw new Error(`baris ${r}: ${String(kec)} / ${String(ind)} tidak diharapkan`);
      expect(num(recalced, r, REKAP_COL.target)).toBe(e.target);
      expect(num(recalced, r, REKAP_COL.realisasi)).toBeCloseTo(e.realisasi, 9);
      const cap = num(recalced, r, REKAP_COL.capaian);
      if (e.capaian === null) expect(cap).toBeNull();
      else expect(cap).toBeCloseTo(e.capaian, 9);
      expect(cellValue(recalced.getCell(r, REKAP_COL.predikat)) || null).toBe(e.predikat);
      rows++;
    }
    expect(rows).toBe(expected.length);
  });

  test("summary MIN/MAX/AVERAGE per indicator = core statistics", () => {
    let checked = 0;
    for (let r = 1; r <= recalced.rowCount; r++) {
      if (cellValue(recalced.getCell(r, 4)) !== "Minimum") continue;
      const nama = cellValue(recalced.getCell(r, 2));
      const group = expected.filter((e) => e.indikator === nama);
      expect(group.length).toBeGreaterThan(0);
      const caps = group.map((e) => e.capaian).filter((x): x is number => x !== null);
      const reals = group.map((e) => e.realisasi);
      const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
      const want: [number, number, number][] = [
        [r, Math.min(...reals), Math.min(...caps)],
        [r + 1, Math.max(...reals), Math.max(...caps)],
        [r + 2, mean(reals), mean(caps)],
      ];
      for (const [row, real, cap] of want) {
        expect(num(recalced, row, REKAP_COL.realisasi)).toBeCloseTo(real, 9);
        expect(num(recalced, row, REKAP_COL.capaian)).toBeCloseTo(cap, 9);
      }
      expect(num(recalced, r, 7)).toBe(caps.length);
      checked++;
    }
    expect(checked).toBe(3);
  });

  test("the chart is in the package and drawn in the PDF (PNG in test-artifacts/)", async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(rekapFile));
    expect(zip.file("xl/charts/chart1.xml")).not.toBeNull();
    expect(zip.file("xl/drawings/drawing1.xml")).not.toBeNull();
    const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
    expect(types).toContain("/xl/charts/chart1.xml");
    const pdf = convert(rekapFile, path.join(dir, "pdf"), "pdf", loProfile);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    fs.copyFileSync(pdf, path.join(ARTIFACTS, "rekap-2025.pdf"));
    const info = /Pages:\s+(\d+)/.exec(spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout);
    const pages = Number(info?.[1] ?? 1);
    let chartPage = 0;
    for (let p = 1; p <= pages && chartPage === 0; p++) {
      const text = pdfText(pdf, p);
      if (text.includes("Capaian IKU per Kecamatan") && text.includes("Persentase hasil")) chartPage = p;
    }
    expect(chartPage).toBeGreaterThan(0);
    // The chart sheet prints after the table and the Catatan, and its page starts with the
    // chart's own title: not with the table's repeated header row (issue 13).
    const chartText = pdfText(pdf, chartPage);
    expect(chartText).not.toContain("CATATAN");
    expect(chartText).not.toContain("Indikator Kinerja Utama");
    expect(chartText.trimStart().startsWith("GRAFIK CAPAIAN PER KECAMATAN")).toBe(true);
    expect(pdfText(pdf, chartPage - 1)).toContain("CATATAN");
    expect(fs.statSync(pdfPagePng(pdf, path.join(ARTIFACTS, "rekap-2025-hal1"), 1)).size).toBeGreaterThan(
      10_000,
    );
    const png = pdfPagePng(pdf, path.join(ARTIFACTS, "rekap-2025-grafik"), chartPage);
    expect(fs.statSync(png).size).toBeGreaterThan(10_000);
  });
});
