/**
 * `iku impor-survei` end to end on real files: a Google-Forms-style CSV with text answers, a
 * `;` CSV, a swapped U8/U9 export, an xlsx export; rows appended below the existing ones (a
 * second import), bad rows refused one by one, the numbered backup, the rest of the zip kept
 * byte for byte, `iku hitung` giving the core's IKM, and the OOXML checks.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { ikm } from "../../src/core/ikm";
import { buildWorkbook } from "../../src/core/workbook/build";
import { serialFromYmd } from "../../src/core/dates";
import { writeXlsx } from "../../src/xlsx/write";
import { ZipReader } from "../../src/xlsx/zip";
import { dropCachedResults, surveyTarget } from "../../src/xlsx/survey-patch";
import { listDir, runCli, tempDir } from "../helpers/cli-run";
import { withIkm } from "../helpers/rekap-files";
import { profileOf } from "../helpers/profiles";
import { ooxmlProblems } from "../ooxml/check";

jest.setTimeout(120_000);

const TEXT = ["Tidak Baik", "Kurang Baik", "Baik", "Sangat Baik"];
const QUESTIONS = [
  "Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?",
  "Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?",
  "Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?",
  "Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?",
  "Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?",
  "Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?",
  "Bagaimana pendapat saudara perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?",
  "Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?",
  "Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?",
];

/** Respondent answers (U1–U9 in regulation order). */
const A: number[][] = [
  [4, 3, 3, 4, 2, 4, 3, 3, 1],
  [3, 3, 4, 4, 3, 3, 3, 2, 2],
  [4, 4, 4, 4, 4, 4, 4, 4, 4],
  [2, 3, 3, 3, 3, 3, 2, 3, 3],
  [3, 2, 4, 4, 3, 4, 4, 3, 4],
];

function q(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

function googleCsv(rows: number[][], day0: number): string {
  const head = ["Timestamp", ...QUESTIONS, "Alamat email"].map(q).join(",");
  const body = rows.map((r, i) =>
    [`${day0 + i}/09/2025 10:32:11`, ...r.map((n) => TEXT[n - 1]), "x@y.id"].map(q).join(","),
  );
  return [head, ...body].join("\r\n") + "\r\n";
}

async function book(dir: string, rows?: number): Promise<string> {
  const bytes = await writeXlsx(
    buildWorkbook(withIkm(profileOf("Senduro")), "portable", rows ? { surveiRows: rows } : {}),
  );
  fs.writeFileSync(path.join(dir, "BUKU.xlsx"), bytes);
  return "BUKU.xlsx";
}

async function surveyCells(file: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet("Survei IKM");
  if (!ws) throw new Error("Survei IKM hilang");
  // Columns found by their header caption (row 4), never by position: the layout may put
  // respondent columns between the date and U1.
  const header = (caption: string): number => {
    for (let c = 1; c <= 40; c++) {
      const v = ws.getCell(4, c).value;
      if (typeof v === "string" && v.trim().split(/\s/)[0] === caption) return c;
    }
    throw new Error(`kolom ${caption} tidak ada`);
  };
  const cols = [header("Tanggal"), ...Array.from({ length: 9 }, (_, i) => header(`U${i + 1}`))];
  const out: unknown[][] = [];
  for (let r = 5; r <= 20; r++) {
    const row: unknown[] = [];
    for (const c of cols) row.push(ws.getCell(r, c).value);
    if (row.some((v) => v !== null)) out.push([r, ...row]);
  }
  return out;
}

async function hitungIkm(dir: string): Promise<number> {
  const r = await runCli(["hitung", "BUKU.xlsx", "--json"], dir);
  expect(r.stderr).toBe("");
  const rows = JSON.parse(r.stdout) as { indikator: string; realisasi: number | null }[];
  const row = rows.find((x) => /IKM/i.test(x.indikator));
  if (!row || row.realisasi === null) throw new Error(r.stdout);
  return row.realisasi;
}

describe("iku impor-survei", () => {
  test("Google Forms CSV with text answers, then a second (`;`, swapped U8/U9) import appended below; backups numbered; hitung = core IKM", async () => {
    const dir = tempDir();
    await book(dir);
    const original = fs.readFileSync(path.join(dir, "BUKU.xlsx"));
    fs.writeFileSync(path.join(dir, "gf.csv"), "\ufeff" + googleCsv(A.slice(0, 3), 15));
    const r1 = await runCli(["impor-survei", "BUKU.xlsx", "gf.csv"], dir);
    expect(r1.stderr).toBe("");
    expect(r1.code).toBe(0);
    expect(r1.stdout).toMatch(
      / B "Bagaimana pendapat Saudara tentang kesesuaian persyaratan.*" → U1 Persyaratan/,
    );
    expect(r1.stdout).toMatch(
      / J "Bagaimana pendapat Saudara tentang kualitas sarana dan pr…" → U9 Sarana dan Prasarana/,
    );
    expect(r1.stdout).toMatch(/ K "Alamat email" \(tidak diimpor: tidak dikenal\)/);
    expect(r1.stdout).toMatch(/Diimpor 3 baris ke Survei IKM baris 5–7/);
    expect(r1.stdout).toMatch(/Langkah berikutnya: iku hitung BUKU\.xlsx/);
    expect(fs.readFileSync(path.join(dir, "BUKU.sebelum-impor.xlsx")).equals(original)).toBe(true);

    // Every zip entry but the worksheets is byte-identical; the other worksheets only lose the
    // (now stale) cached results of their formulas, and no formula keeps one.
    const before = new ZipReader(original);
    const after = new ZipReader(fs.readFileSync(path.join(dir, "BUKU.xlsx")));
    expect([...after.entries.keys()]).toEqual([...before.entries.keys()]);
    const changed = [...before.entries.keys()].filter(
      (n) => !Buffer.from(before.read(n) ?? []).equals(Buffer.from(after.read(n) ?? [])),
    );
    expect(changed.length).toBeGreaterThan(1);
    expect(changed.every((n) => n.startsWith("xl/worksheets/sheet"))).toBe(true);
    const target = surveyTarget(original);
    const survey = "part" in target ? target.part : "";
    expect(changed).toContain(survey);
    for (const n of changed) {
      const text = after.text(n) ?? "";
      expect(/<\/f><v>/.test(text)).toBe(false);
      if (n !== survey) expect(text === dropCachedResults(before.text(n) ?? "")).toBe(true);
    }
    expect(before.text(changed[0])).toMatch(/<\/f><v>/);

    // Second export: `;`, plain numbers, U8 and U9 swapped by position.
    const head = [
      "Tanggal",
      ...Array.from({ length: 7 }, (_, i) => `U${i + 1}`),
      "U9 Sarana dan Prasarana",
      "U8 Penanganan Pengaduan",
    ];
    const swapped = A.slice(3).map((r, i) => [`2025-10-0${i + 1}`, ...r.slice(0, 7), r[8], r[7]].join(";"));
    fs.writeFileSync(path.join(dir, "swap.csv"), [head.join(";"), ...swapped].join("\n"));
    const r2 = await runCli(["impor-survei", "BUKU.xlsx", "swap.csv"], dir);
    expect(r2.code).toBe(0);
    expect(r2.stdout).toMatch(/sudah terisi sampai baris 7/);
    expect(r2.stdout).toMatch(/Diimpor 2 baris ke Survei IKM baris 8–9/);
    expect(r2.stdout).toMatch(/BUKU\.sebelum-impor-2\.xlsx/);
    expect(listDir(dir)).toEqual([
      "BUKU.sebelum-impor-2.xlsx",
      "BUKU.sebelum-impor.xlsx",
      "BUKU.xlsx",
      "gf.csv",
      "swap.csv",
    ]);

    const cells = await surveyCells(path.join(dir, "BUKU.xlsx"));
    expect(cells.map((c) => c.slice(2))).toEqual(A);
    expect(cells.map((c) => c[0])).toEqual([5, 6, 7, 8, 9]);
    expect((cells[0][1] as Date).toISOString().slice(0, 10)).toBe("2025-09-15");
    expect((cells[4][1] as Date).toISOString().slice(0, 10)).toBe("2025-10-02");

    const expected = ikm(A, 1 / 9);
    expect(typeof expected).toBe("number");
    expect(await hitungIkm(dir)).toBeCloseTo(expected as number, 9);
    expect(await ooxmlProblems(fs.readFileSync(path.join(dir, "BUKU.xlsx")))).toEqual([]);
  });

  test("an xlsx export with a skipped answer, bad rows refused one by one, good rows kept", async () => {
    const dir = tempDir();
    await book(dir);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Form Responses 1");
    ws.addRow(["Timestamp", "Jenis Kelamin", ...QUESTIONS]);
    ws.addRow([new Date(Date.UTC(2025, 8, 15, 10, 32)), "L", ...A[0].map((n) => TEXT[n - 1])]);
    ws.addRow([new Date(Date.UTC(2025, 8, 16)), "P", 4, 9, 4, 4, 4, 4, 4, 4, "Lumayan"]);
    ws.addRow(["15/09/2025", "P", 3, 3, 3, null, 3, 3, 3, 3, 3]);
    ws.addRow(["99/09/2025", "P", 3, 3, 3, 3, 3, 3, 3, 3, 3]);
    ws.getColumn(1).numFmt = "dd/mm/yyyy hh:mm:ss";
    await wb.xlsx.writeFile(path.join(dir, "export.xlsx"));
    const r = await runCli(["impor-survei", "BUKU.xlsx", "export.xlsx"], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /baris 3, kolom "Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini\?": nilai "9" — nilai harus bilangan bulat 1–4/,
    );
    expect(r.stderr).toMatch(
      /baris 3, kolom "Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana\?": nilai "Lumayan" — jawaban tidak dikenal/,
    );
    expect(r.stderr).toMatch(
      /baris 5, kolom "Timestamp": nilai "99\/09\/2025" — tanggal 99\/9\/2025 tidak ada/,
    );
    // The survey layout (ikm-core) has the respondent columns: Jenis Kelamin is imported.
    expect(r.stdout).toMatch(/Jenis Kelamin"\s+→ Jenis Kelamin/);
    expect(r.stdout).toMatch(/Diimpor 2 baris ke Survei IKM baris 5–6 \(2 baris ditolak/);
    const cells = await surveyCells(path.join(dir, "BUKU.xlsx"));
    expect(cells.map((c) => c.slice(2))).toEqual([A[0], [3, 3, 3, null, 3, 3, 3, 3, 3]]);
    expect((cells[0][1] as Date).toISOString().slice(0, 10)).toBe("2025-09-15");
    expect(serialFromYmd(2025, 9, 15)).toBe(45915);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(path.join(dir, "BUKU.xlsx"));
    const sheet = back.getWorksheet("Survei IKM")!;
    const jk = [1, 2, 3, 4, 5, 6, 7, 8].find((c) => sheet.getCell(4, c).value === "Jenis Kelamin");
    expect(jk).toBeDefined();
    expect([5, 6, 7].map((row) => sheet.getCell(row, jk).value)).toEqual(["L", "P", null]);
  });

  test("--coba writes nothing; too few prepared rows refuses with how many fit; unmappable headers refused", async () => {
    const dir = tempDir();
    await book(dir, 2);
    const bytes = fs.readFileSync(path.join(dir, "BUKU.xlsx"));
    fs.writeFileSync(path.join(dir, "gf.csv"), googleCsv(A.slice(0, 2), 1));
    const dry = await runCli(["impor-survei", "BUKU.xlsx", "gf.csv", "--coba"], dir);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/--coba: akan mengisi baris 5–6; tidak ada yang ditulis/);
    expect(listDir(dir)).toEqual(["BUKU.xlsx", "gf.csv"]);
    fs.writeFileSync(path.join(dir, "big.csv"), googleCsv(A.slice(0, 3), 1));
    const big = await runCli(["impor-survei", "BUKU.xlsx", "big.csv"], dir);
    expect(big.code).toBe(1);
    expect(big.stderr).toMatch(/3 baris tidak muat: hanya 2 baris siap isi tersisa/);
    fs.writeFileSync(path.join(dir, "bad.csv"), "Tanggal,Waktu,U1,U2,U4,U5,U6,U7,U8,U9\n");
    const bad = await runCli(["impor-survei", "BUKU.xlsx", "bad.csv"], dir);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/"Waktu" cocok dengan beberapa kolom survei/);
    const fixed = await runCli(
      ["impor-survei", "BUKU.xlsx", "bad.csv", "--kolom", "U3=Waktu", "--coba"],
      dir,
    );
    expect(fixed.stderr).toMatch(/tidak ada baris yang dapat diimpor/);
    expect(fixed.stdout).toMatch(/"Waktu" → U3 Waktu Penyelesaian/);
    expect(fs.readFileSync(path.join(dir, "BUKU.xlsx")).equals(bytes)).toBe(true);
    expect(listDir(dir)).toEqual(["BUKU.xlsx", "bad.csv", "big.csv", "gf.csv"]);
  });

  test("an ANSI (Windows-1252) CSV as Excel for Windows saves it is read, not garbled", async () => {
    const dir = tempDir();
    await book(dir);
    const head = "Tanggal;U1;U2;U3;U4;U5;U6;U7;U8 Pengaduan \u2013 saran;U9";
    const bytes = Buffer.from(`${head}\r\n01/09/2025;4;4;4;4;4;4;4;3;3\r\n`, "latin1");
    // "–" (U+2013) is byte 0x96 in Windows-1252, which is not valid UTF-8.
    bytes[bytes.indexOf(0x13)] = 0x96;
    fs.writeFileSync(path.join(dir, "ansi.csv"), bytes);
    const r = await runCli(["impor-survei", "BUKU.xlsx", "ansi.csv", "--coba"], dir);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/"U8 Pengaduan – saran" → U8 Penanganan Pengaduan/);
  });
});
