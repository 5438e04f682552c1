/**
 * `iku hitung FILE --triwulan [--json]` in-process: quarterly figures of a filled workbook
 * equal evaluateQuarters on the hand-filled data; rejected data and bad files give an
 * Indonesian message, exit code 1 and nothing on stdout.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { serialFromYmd } from "../../src/core/dates";
import { NAMES } from "../../src/core/workbook/model";
import { runCli, tempDir } from "../helpers/cli-run";
import { namedBlock } from "../helpers/sample-data";

const d = (y: number, m: number, day: number): number => serialFromYmd(y, m, day);

/** Writes `values` down the column of a defined name, from its first row. */
function fillColumn(wb: ExcelJS.Workbook, name: string, values: ExcelJS.CellValue[]): void {
  const b = namedBlock(wb, name);
  if (!b) throw new Error(`nama ${name} tidak ada`);
  values.forEach((v, i) => {
    b.ws.getCell(b.top + i, b.left).value = v;
  });
}

interface JsonRow {
  indikator: string;
  target: number | null;
  triwulan: {
    triwulan: number;
    label: string;
    sampai: string;
    realisasi: number | null;
    capaian: number | null;
    predikat: string | null;
  }[];
}

describe("iku hitung --triwulan (Randuagung 2025)", () => {
  const cwd = tempDir("iku-cli-tw-");
  const file = path.join(cwd, "randuagung.xlsx");

  // Fasilitasi: TW I 1 of 2 followed up; TW II + 1 yes; TW III nothing; TW IV + 1 no.
  const status = ["Ya", "Tidak", "Ya", "Tidak"];
  const tanggal = [d(2025, 1, 10), d(2025, 3, 31), d(2025, 6, 1), d(2025, 12, 31)];
  // Dokumen Desa, the first 2 of 12 desa: LPP 2 on time, RKP 1, APB 0 (the rest blank).
  const lpp = [d(2025, 3, 1), d(2025, 3, 31)];
  const rkp = [d(2025, 9, 30), d(2025, 10, 1)];
  const apb = [d(2026, 1, 2), null];

  beforeAll(async () => {
    const made = await runCli(["buat", "--preset", "randuagung-2025", "-o", file], cwd);
    expect(made.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    fillColumn(wb, NAMES.fasilitasiStatus, status);
    fillColumn(wb, NAMES.fasilitasiTanggal, tanggal);
    fillColumn(wb, NAMES.dokLpp, lpp);
    fillColumn(wb, NAMES.dokRkp, rkp);
    fillColumn(wb, NAMES.dokApb, apb);
    await wb.xlsx.writeFile(file);
  });

  test("--json: four quarters per indicator, cumulative, against the yearly target", async () => {
    const r = await runCli(["hitung", file, "--triwulan", "--json"], cwd);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as JsonRow[];
    expect(rows.map((x) => x.target)).toEqual([0.84, 0.89]);
    expect(rows[0].triwulan.map((q) => [q.triwulan, q.label, q.sampai])).toEqual([
      [1, "TW I", "2025-03-31"],
      [2, "TW II", "2025-06-30"],
      [3, "TW III", "2025-09-30"],
      [4, "TW IV", "2025-12-31"],
    ]);
    const want = [
      // [fasilitasi realisasi, dokdesa realisasi] per quarter; 12 desa
      [1 / 2, 2 / 12],
      [2 / 3, 2 / 12],
      [2 / 3, (2 + 1) / 24],
      [2 / 4, (2 + 1 + 0) / 36],
    ];
    want.forEach(([fas, dok], q) => {
      expect(rows[0].triwulan[q].realisasi as number).toBeCloseTo(fas, 12);
      expect(rows[0].triwulan[q].capaian as number).toBeCloseTo(fas / 0.84, 12);
      expect(rows[1].triwulan[q].realisasi as number).toBeCloseTo(dok, 12);
      expect(rows[1].triwulan[q].capaian as number).toBeCloseTo(dok / 0.89, 12);
    });
    // 59,52 % → Rendah; 79,37 % → Tinggi; 18,73 % → Sangat Rendah
    expect(rows[0].triwulan.map((q) => q.predikat)).toEqual(["Rendah", "Tinggi", "Tinggi", "Rendah"]);
    expect(rows[1].triwulan[0].predikat).toBe("Sangat Rendah");
  });

  test("text: one block per indicator with TW I–IV rows in Indonesian number format", async () => {
    const r = await runCli(["hitung", file, "--triwulan"], cwd);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Pengukuran kinerja triwulan Kecamatan Randuagung tahun 2025");
    expect(r.stdout).toMatch(/TW I\s+31\/03\/2025\s+50,00 %\s+59,52 %\s+Rendah/);
    expect(r.stdout).toMatch(/TW IV\s+31\/12\/2025\s+8,33 %\s+9,36 %\s+Sangat Rendah/);
    expect(r.stdout).toContain("Target tahunan: 84,00 %");
  });

  test("without --triwulan the yearly table is unchanged (TW IV figures)", async () => {
    const r = await runCli(["hitung", file, "--json"], cwd);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as { realisasi: number }[];
    expect(rows[0].realisasi).toBeCloseTo(2 / 4, 12);
    expect(rows[1].realisasi).toBeCloseTo(3 / 36, 12);
  });

  test("help names the option", async () => {
    const r = await runCli(["hitung", "--help"], cwd);
    expect(r.stdout).toMatch(/--triwulan/);
  });
});

describe("iku hitung --triwulan: bad input", () => {
  const cwd = tempDir("iku-cli-tw-bad-");
  test("a status without a date is refused with sheet, row and column", async () => {
    const file = path.join(cwd, "tanpa-tanggal.xlsx");
    expect((await runCli(["buat", "--preset", "randuagung-2025", "-o", file], cwd)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    fillColumn(wb, NAMES.fasilitasiStatus, ["Ya", "Tidak"]);
    fillColumn(wb, NAMES.fasilitasiTanggal, [d(2025, 2, 1)]);
    await wb.xlsx.writeFile(file);
    const r = await runCli(["hitung", file, "--triwulan"], cwd);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/Fasilitasi baris 6 kolom B: kosong, padahal status diisi/);
    // The yearly computation does not need dates and still works.
    expect((await runCli(["hitung", file], cwd)).code).toBe(0);
  });
  test.each([
    ["random bytes", Buffer.from("bukan xlsx sama sekali"), /bukan buku kerja Excel/],
    ["an xlsx without Profil", "empty", /lembar "Profil" tidak ditemukan/],
  ])("%s → exit 1", async (_, content, message) => {
    const file = path.join(cwd, `${String(_).replace(/\s+/g, "-")}.xlsx`);
    if (content === "empty") {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet("Lain").getCell("A1").value = 1;
      await wb.xlsx.writeFile(file);
    } else fs.writeFileSync(file, content);
    const r = await runCli(["hitung", file, "--triwulan", "--json"], cwd);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
  });
  test("--triwulan takes no value", async () => {
    const r = await runCli(["hitung", "x.xlsx", "--triwulan=2"], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/opsi --triwulan tidak memakai nilai/);
  });
});
