/**
 * What a fresh workbook prints, in LibreOffice: the pages a kecamatan hands in, not pages of
 * empty grid (Sumbersuko: 24 pages before, 8 now), and no page holding only the repeated
 * header and the signature (Sumbersuko's page 2 before): the page with the signature also
 * holds the last indicator. The seed's title line is printed. The identity block and the
 * signature are formulas over Profil: an edited Profil shows on the recalculated IKU sheet.
 */
import { spawnSync } from "child_process";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { buildWorkbook } from "../../src/core/workbook/build";
import { cellValue } from "../../src/xlsx/read";
import { writeExcelJs, writeXlsx } from "../../src/xlsx/write";
import { tempDir } from "../helpers/cli-run";
import { convert, makeProfile, pdfText } from "../helpers/libreoffice";
import { profileOf } from "../helpers/profiles";

jest.setTimeout(240_000);

const loProfile = makeProfile();

async function pages(name: string): Promise<string[]> {
  const dir = tempDir("iku-print-");
  const file = path.join(dir, `${name}.xlsx`);
  fs.writeFileSync(file, await writeXlsx(buildWorkbook(profileOf(name), "portable")));
  const pdf = convert(file, path.join(dir, "pdf"), "pdf", loProfile);
  const n = Number(/Pages:\s+(\d+)/.exec(spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout)?.[1] ?? 0);
  const out: string[] = [];
  for (let p = 1; p <= n; p++) out.push(pdfText(pdf, p).replace(/\s+/g, " "));
  return out;
}

describe.each([
  // [preset, pages at most, the last indicator's name]
  // Sumbersuko (IKM) also prints the two pages of its Laporan SKM.
  ["sumbersuko-2020", 10, "Rata-rata Persentase desa"],
  ["randuagung-2025", 7, "Rata-rata persentase desa"],
] as const)("%s printed", (name, most, lastIndicator) => {
  let text: string[] = [];
  beforeAll(async () => {
    text = await pages(name);
  });

  test(`at most ${most} pages; each data sheet on one page`, () => {
    expect(text.length).toBeGreaterThan(3);
    expect(text.length).toBeLessThanOrEqual(most);
    // The Fasilitasi header prints once: no pages of empty activity rows.
    expect(text.filter((t) => t.includes("Hasil/Output")).length).toBe(1);
  });

  test("the signature is printed with the last indicator row", () => {
    const sig = text.filter((t) => t.includes("NIP."));
    // Profil lists "Penandatangan NIP" too: the IKU page is the one with the table header.
    const iku = sig.filter((t) => t.includes("Sasaran Strategis"));
    expect(iku.length).toBe(1);
    expect(iku[0].replace(/\s+/g, " ")).toContain(lastIndicator.split(" ")[0]);
    expect(iku[0]).toContain(lastIndicator.split(" ").slice(1, 3).join(" "));
  });
});

test("Sumbersuko's title line as the document prints it", async () => {
  const text = await pages("sumbersuko-2020");
  expect(text[0]).toContain("ORGANISASI KERJA PERANGKAT DAERAH ( OPD )");
});

test("the IKU sheet's identity and signature follow the Profil sheet (recalculated)", async () => {
  const dir = tempDir("iku-profil-");
  const model = buildWorkbook(profileOf("sumbersuko-2020"), "portable");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await writeXlsx(model)) as unknown as ExcelJS.Buffer);
  const profil = wb.getWorksheet("Profil");
  if (!profil) throw new Error("Profil hilang");
  const rowOf = (label: string): number => {
    for (let r = 1; r <= profil.rowCount; r++) if (profil.getCell(r, 1).value === label) return r;
    throw new Error(`label ${label} tidak ada`);
  };
  profil.getCell(rowOf("Penandatangan Nama"), 2).value = "Drs. NAMA BARU";
  profil.getCell(rowOf("Instansi"), 2).value = "Kecamatan Uji";
  const file = path.join(dir, "edited.xlsx");
  fs.writeFileSync(file, await writeExcelJs(wb));
  const out = convert(file, path.join(dir, "out"), "xlsx", loProfile);
  const again = new ExcelJS.Workbook();
  await again.xlsx.readFile(out);
  const iku = again.worksheets[0];
  const texts: unknown[] = [];
  iku.eachRow((row) => row.eachCell((c) => texts.push(cellValue(c))));
  expect(texts).toContain("Drs. NAMA BARU");
  expect(texts).toContain(": Kecamatan Uji");
  // The date is rebuilt from the Profil date cell in Indonesian, whatever Excel's language.
  expect(texts).toContain("Sumbersuko, 3 Maret 2020");
  expect(texts).toContain("NIP. 19661114 199403 2 008");
});

test("a generated kecamatan prints a line for the signing date, not a made-up date (issue 13)", async () => {
  const text = await pages("Tekung");
  const iku = text.filter((t) => t.includes("Sasaran Strategis") && t.includes("NIP."));
  expect(iku).toHaveLength(1);
  expect(iku[0]).toContain("Lumajang, ....................");
  expect(iku[0]).not.toMatch(/Januari|Lumajang, 0\b/);
});
