/**
 * `iku` in-process: every command and every bad-input case of the brief. Each bad input
 * must give an Indonesian message on stderr, an exit code ≠ 0, and write nothing.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { fasilitasi } from "../../src/core/fasilitasi";
import { dokDesaTanggal } from "../../src/core/dokdesa";
import { capaian, predikat } from "../../src/core/capaian";
import { isIkuError } from "../../src/core/errors";
import { listDir, runCli, tempDir } from "../helpers/cli-run";
import { fillSampleData, namedBlock } from "../helpers/sample-data";
import { NAMES } from "../../src/core/workbook/model";

async function loadXlsx(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function formulasOf(wb: ExcelJS.Workbook): string[] {
  const out: string[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) out.push(cell.formula);
      }),
    ),
  );
  return out;
}

describe("help and dispatch", () => {
  const cwd = tempDir();
  test.each([
    [[], 2, "stdout", /Pemakaian:\n {2}iku buat --kecamatan/],
    [["--help"], 0, "stdout", /Perintah:/],
    [["buat", "--help"], 0, "stdout", /--timpa\s+menimpa berkas/],
    [["buat", "-k", "X", "-h"], 0, "stdout", /iku buat — membuat/],
    [["daftar", "--help"], 0, "stdout", /iku daftar — preset/],
    [["hitung", "--help"], 0, "stdout", /--json\s+keluaran JSON/],
    [["--version"], 0, "stdout", /^iku \d+\.\d+\.\d+/],
    [["hapus"], 2, "stderr", /perintah tidak dikenal: hapus/],
    [["constructor"], 2, "stderr", /perintah tidak dikenal: constructor/],
    [["daftar", "--semua"], 2, "stderr", /iku daftar: opsi tidak dikenal: --semua\nLihat: iku daftar --help/],
    [["daftar", "ekstra"], 2, "stderr", /argumen tidak dikenal: ekstra/],
  ])("iku %j → exit %i", async (argv, code, stream, pattern) => {
    const r = await runCli(argv, cwd);
    expect(r.code).toBe(code);
    expect(stream === "stdout" ? r.stdout : r.stderr).toMatch(pattern);
    expect(listDir(cwd)).toEqual([]);
  });
});

describe("iku daftar", () => {
  test("presets and the 21 kecamatan with counts", async () => {
    const r = await runCli(["daftar"], tempDir());
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/randuagung-2025\s+Kecamatan Randuagung, tahun 2025, 2 IKU, 12 desa/);
    expect(r.stdout).toMatch(/sumbersuko-2020\s+Kecamatan Sumbersuko, tahun 2020, 3 IKU, 8 desa/);
    expect(r.stdout).toMatch(/Kecamatan di Kabupaten Lumajang \(21\)/);
    expect(r.stdout).toMatch(/Lumajang\s+35\.08\.\d\d\s+5 desa, 7 kelurahan/);
    expect(r.stdout).toMatch(/Randuagung\s+35\.08\.\d\d\s+12 desa\n/);
    expect(r.stdout.match(/^\s+\d+\. /gm)).toHaveLength(21);
  });
});

describe("iku buat", () => {
  test.each([
    [["--kecamatan", "Senduro", "--tahun", "2025"], "IKU-Senduro-2025.xlsx", "portable", "IKU 2025"],
    [
      ["-k", "kecamatan randu agung", "-t", "2026", "--formula", "addin"],
      "IKU-Randuagung-2026.xlsx",
      "addin",
      "IKU 2026",
    ],
    [["--preset", "randuagung-2025"], "IKU-Randuagung-2025.xlsx", "portable", "IKU 2025"],
    [["--preset=Sumbersuko-2020", "-f", "ADDIN"], "IKU-Sumbersuko-2020.xlsx", "addin", "IKU 2020"],
    [["--kecamatan", "Lumajang", "--tahun", "2025", "-o", "sub.xlsx"], "sub.xlsx", "portable", "IKU 2025"],
  ])("%j → %s", async (argv, file, mode, firstSheet) => {
    const cwd = tempDir();
    const r = await runCli(["buat", ...argv], cwd);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(path.join(cwd, file));
    expect(listDir(cwd)).toEqual([file]);
    const wb = await loadXlsx(path.join(cwd, file));
    expect(wb.worksheets[0].name).toBe(firstSheet);
    expect(wb.worksheets.map((w) => w.name)).toContain("Profil");
    const formulas = formulasOf(wb);
    expect(formulas.length).toBeGreaterThan(3);
    // The file stores add-in calls the way Excel does: _xldudf_IKU_NAME(.
    const usesAddin = formulas.some((f) => /\b_xldudf_IKU_[A-Z]/.test(f));
    expect(usesAddin).toBe(mode === "addin");
  });

  test("Kecamatan Lumajang gets its 5 desa, not the 7 kelurahan", async () => {
    const cwd = tempDir();
    expect((await runCli(["buat", "-k", "Lumajang", "-t", "2025"], cwd)).code).toBe(0);
    const wb = await loadXlsx(path.join(cwd, "IKU-Lumajang-2025.xlsx"));
    const desa = namedBlock(wb, NAMES.dokDesa);
    expect(desa ? desa.bottom - desa.top + 1 : 0).toBe(5);
  });

  test("an output path that is a folder is refused, even with --timpa", async () => {
    const cwd = tempDir();
    fs.mkdirSync(path.join(cwd, "hasil.xlsx"));
    const r = await runCli(["buat", "-k", "Tekung", "-t", "2025", "-o", "hasil.xlsx", "--timpa"], cwd);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/hasil\.xlsx adalah folder, bukan berkas/);
    expect(listDir(cwd)).toEqual(["hasil.xlsx"]);
    expect(fs.statSync(path.join(cwd, "hasil.xlsx")).isDirectory()).toBe(true);
  });

  test("--timpa replaces an existing file; without it the file is refused and kept", async () => {
    const cwd = tempDir();
    const file = path.join(cwd, "IKU-Tekung-2025.xlsx");
    fs.writeFileSync(file, "lama");
    const refused = await runCli(["buat", "-k", "Tekung", "-t", "2025"], cwd);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/sudah ada; pakai --timpa/);
    expect(fs.readFileSync(file, "utf8")).toBe("lama");
    const ok = await runCli(["buat", "-k", "Tekung", "-t", "2025", "--timpa"], cwd);
    expect(ok.code).toBe(0);
    expect(fs.readFileSync(file).subarray(0, 2).toString()).toBe("PK");
    expect(listDir(cwd)).toEqual(["IKU-Tekung-2025.xlsx"]);
  });

  test.each([
    [
      ["-k", "Randuagong", "-t", "2025"],
      2,
      /Kecamatan "Randuagong" tidak ada di Kabupaten Lumajang\. Mungkin maksud Anda: Randuagung/,
    ],
    [["-k", "Senduro", "-t", "abc"], 2, /--tahun "abc" bukan angka tahun/],
    [["-k", "Senduro", "-t", "2025.5"], 2, /--tahun "2025.5" bukan angka tahun/],
    [["-k", "Senduro", "-t", "1999"], 2, /--tahun 1999 di luar rentang 2000–2100/],
    [["-k", "Senduro", "-t", "2101"], 2, /--tahun 2101 di luar rentang 2000–2100/],
    [["-k", "Senduro"], 2, /sebutkan --tahun/],
    [["-t", "2025"], 2, /sebutkan --kecamatan/],
    [
      ["-k", "Senduro", "-t", "2025", "--formula", "excel"],
      2,
      /--formula "excel" tidak dikenal; pilih portable atau addin/,
    ],
    [
      ["--preset", "senduro-2025"],
      2,
      /preset "senduro-2025" tidak ada; pilihan: randuagung-2025, sumbersuko-2020/,
    ],
    [["--preset", "randuagung-2025", "-t", "2026"], 2, /jangan dipakai bersama --kecamatan\/--tahun/],
    [["-k", "Senduro", "-t", "2025", "--warna", "biru"], 2, /opsi tidak dikenal: --warna/],
    [["-k", "Senduro", "-t", "2025", "sisa"], 2, /argumen tidak dikenal: sisa/],
    [["-k", "Senduro", "-t", "2025", "-o", "tidak-ada/x.xlsx"], 1, /folder .*tidak-ada tidak ada/],
    [["-k", "Senduro", "-t", "2025", "-o", "iku.xls"], 2, /nama berkas iku\.xls harus berakhiran \.xlsx/],
  ])("bad input %j → exit %i, message, nothing written", async (argv, code, message) => {
    const cwd = tempDir();
    const r = await runCli(["buat", ...argv], cwd);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe("");
    expect(listDir(cwd)).toEqual([]);
  });
});

describe("iku hitung", () => {
  let cwd: string;
  let emptyFile: string;
  let filledFile: string;
  let sample: ReturnType<typeof fillSampleData>;
  beforeAll(async () => {
    cwd = tempDir();
    expect((await runCli(["buat", "--preset", "randuagung-2025"], cwd)).code).toBe(0);
    emptyFile = path.join(cwd, "IKU-Randuagung-2025.xlsx");
    const wb = await loadXlsx(emptyFile);
    sample = fillSampleData(wb, { seed: 7, tahun: 2025, fasilitasiRows: 52, surveiRows: 0 });
    filledFile = path.join(cwd, "terisi.xlsx");
    await wb.xlsx.writeFile(filledFile);
  });

  test("an unfilled workbook: targets only, realisasi null", async () => {
    const r = await runCli(["hitung", emptyFile, "--json"], cwd);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      {
        indikator: "Persentase hasil fasilitasi dan koordinasi yang ditindaklanjuti",
        target: 0.84,
        realisasi: null,
        capaian: null,
        predikat: null,
      },
      {
        indikator:
          "Rata-rata persentase desa yang menyusun dokumen administrasi pemerintahan desa tepat waktu",
        target: 0.89,
        realisasi: null,
        capaian: null,
        predikat: null,
      },
    ]);
  });

  test("a filled workbook: JSON equals the core functions on the same data", async () => {
    const r = await runCli(["hitung", "terisi.xlsx", "--json"], cwd);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(rows.map((x) => Object.keys(x))).toEqual([
      ["indikator", "target", "realisasi", "capaian", "predikat"],
      ["indikator", "target", "realisasi", "capaian", "predikat"],
    ]);
    const fas = fasilitasi(sample.fasilitasiStatus, null);
    const dok = dokDesaTanggal(2025, sample.dokRkp, sample.dokApb, sample.dokLpp);
    if (isIkuError(fas) || isIkuError(dok)) throw new Error("sample data rejected");
    for (const [row, real, target] of [
      [rows[0], fas, 0.84],
      [rows[1], dok, 0.89],
    ] as const) {
      const cap = capaian(real, target, "positif");
      if (isIkuError(cap)) throw new Error(cap.message);
      expect(row.realisasi as number).toBeCloseTo(real, 12);
      expect(row.capaian as number).toBeCloseTo(cap, 12);
      expect(row.predikat).toBe(predikat(cap, null));
    }
  });

  test("table output: Indonesian percentages", async () => {
    const r = await runCli(["hitung", filledFile], cwd);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^IKU Kecamatan Randuagung tahun 2025\n/);
    expect(r.stdout).toMatch(
      /84,00 %\s+\d+,\d\d %\s+\d+,\d\d %\s+(Sangat Tinggi|Tinggi|Sedang|Rendah|Sangat Rendah)/,
    );
  });

  test("a data cell the functions reject: sheet, row and what is wrong", async () => {
    const wb = await loadXlsx(filledFile);
    const status = namedBlock(wb, NAMES.fasilitasiStatus);
    if (!status) throw new Error("IKU_Fasilitasi_Status hilang");
    status.ws.getCell(status.top + 3, status.left).value = "Mungkin";
    const bad = path.join(cwd, "salah.xlsx");
    await wb.xlsx.writeFile(bad);
    const r = await runCli(["hitung", bad, "--json"], cwd);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    const columnLetters = String.fromCharCode(64 + status.left);
    expect(r.stderr).toContain(
      `${status.ws.name} baris ${status.top + 3} kolom ${columnLetters}: "Mungkin" bukan status`,
    );
  });

  test.each([
    [["hitung"], 2, /sebutkan berkas \.xlsx/],
    [["hitung", "a.xlsx", "b.xlsx"], 2, /hanya satu berkas/],
    [["hitung", "tidak-ada.xlsx"], 1, /tidak-ada\.xlsx: berkas tidak ditemukan/],
    [["hitung", "x.xlsx", "--csv"], 2, /opsi tidak dikenal: --csv/],
  ])("bad input %j", async (argv, code, message) => {
    const r = await runCli(argv, cwd);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe("");
  });

  test.each([
    [
      "random bytes",
      () => Buffer.from(Array.from({ length: 500 }, (_, i) => (i * 37) % 256)),
      /bukan buku kerja Excel \(\.xlsx\) yang utuh/,
    ],
    [
      "a truncated xlsx",
      () => fs.readFileSync(emptyFile).subarray(0, 3000),
      /bukan buku kerja Excel \(\.xlsx\) yang utuh/,
    ],
    ["a text file", () => Buffer.from("No;Kegiatan\n1;Rapat\n"), /bukan buku kerja Excel/],
  ])("not an xlsx: %s", async (_name, bytes, message) => {
    const file = path.join(cwd, "rusak.xlsx");
    fs.writeFileSync(file, bytes());
    const r = await runCli(["hitung", file], cwd);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
  });

  test("an xlsx that is not an IKU workbook", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").getCell("A1").value = "halo";
    const file = path.join(cwd, "lain.xlsx");
    await wb.xlsx.writeFile(file);
    const r = await runCli(["hitung", file], cwd);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bukan buku kerja IKU: lembar "Profil" tidak ditemukan/);
  });
});
