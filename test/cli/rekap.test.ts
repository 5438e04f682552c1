/**
 * `iku rekap` with real files made here: good kecamatan workbooks, and every kind of bad one
 * (truncated zip, random bytes, a random non-IKU xlsx, duplicate kecamatan, another year,
 * rejected data, `=HYPERLINK("http://x")` texts that must stay text in the recap).
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import JSZip from "jszip";
import * as path from "path";
import { seeded } from "../helpers/sample-data";
import { listDir, runCli, tempDir } from "../helpers/cli-run";
import { bytesOf, filledExcelJs, withIkm } from "../helpers/rekap-files";
import { profileOf } from "../helpers/profiles";

jest.setTimeout(60_000);

const EVIL = '=HYPERLINK("http://x")';

function write(dir: string, name: string, data: Uint8Array): string {
  fs.writeFileSync(path.join(dir, name), data);
  return name;
}

/** A Fasilitasi row's Kegiatan and an indicator name on Profil set to a formula-looking text. */
function plantEvilText(wb: ExcelJS.Workbook): void {
  const fas = wb.getWorksheet("Fasilitasi");
  if (!fas) throw new Error("lembar Fasilitasi hilang");
  fas.getCell("C5").value = EVIL;
  const profil = wb.getWorksheet("Profil");
  let planted = false;
  profil?.eachRow((row) =>
    row.eachCell((cell) => {
      if (!planted && cell.value === "Persentase hasil fasilitasi dan koordinasi yang ditindaklanjuti") {
        cell.value = `${EVIL} Persentase hasil fasilitasi dan koordinasi yang ditindaklanjuti`;
        planted = true;
      }
    }),
  );
  if (!planted) throw new Error("nama indikator fasilitasi tidak ditemukan di Profil");
}

/** The first data cell of the Ditindaklanjuti column set to `value` (data the core rejects). */
function badStatus(wb: ExcelJS.Workbook, value: string): void {
  const [ref] = wb.definedNames.getRanges("IKU_Fasilitasi_Status").ranges;
  const m = /!\$?([A-Z]+)\$?(\d+)/.exec(ref ?? "");
  if (!m) throw new Error("nama IKU_Fasilitasi_Status hilang");
  const ws = wb.getWorksheet("Fasilitasi");
  if (!ws) throw new Error("lembar Fasilitasi hilang");
  ws.getCell(`${m[1]}${Number(m[2])}`).value = value;
}

function randomBytes(n: number, seed: number): Uint8Array {
  const rnd = seeded(seed);
  return Uint8Array.from({ length: n }, () => Math.floor(rnd() * 256));
}

describe("iku rekap with good and bad files", () => {
  const dir = tempDir("iku-rekap-cli-");
  const files: Record<string, string> = {};
  let run: Awaited<ReturnType<typeof runCli>>;

  beforeAll(async () => {
    const randu = await bytesOf(filledExcelJs(profileOf("randuagung-2025"), 41).wb);
    const senduro = filledExcelJs(withIkm(profileOf("Senduro")), 42).wb;
    plantEvilText(senduro);
    const sumbersuko = await bytesOf(filledExcelJs(withIkm(profileOf("Sumbersuko")), 43).wb);
    const random = new ExcelJS.Workbook();
    random.addWorksheet("Data").addRow(["Nama", "Nilai"]).commit();
    random.getWorksheet("Data")?.addRow(["Budi", 3]);
    const pasirianBad = filledExcelJs(profileOf("Pasirian"), 44).wb;
    badStatus(pasirianBad, EVIL);

    files.randu = write(dir, "IKU-Randuagung-2025.xlsx", randu);
    files.senduro = write(dir, "IKU-Senduro-2025.xlsx", await bytesOf(senduro));
    files.sumbersuko = write(dir, "IKU-Sumbersuko-2025.xlsx", sumbersuko);
    files.truncated = write(dir, "terpotong.xlsx", randu.subarray(0, Math.floor(randu.length / 2)));
    files.random = write(dir, "acak.xlsx", randomBytes(4096, 7));
    files.notIku = write(dir, "bukan-iku.xlsx", await bytesOf(random));
    files.duplicate = write(
      dir,
      "IKU-Senduro-2025-kedua.xlsx",
      await bytesOf(filledExcelJs(profileOf("Senduro"), 45).wb),
    );
    files.otherYear = write(
      dir,
      "IKU-Tempeh-2024.xlsx",
      await bytesOf(filledExcelJs(profileOf("Tempeh", 2024), 46).wb),
    );
    files.badData = write(dir, "IKU-Pasirian-2025.xlsx", await bytesOf(pasirianBad));
    run = await runCli(["rekap", ...Object.values(files)], dir);
  });

  test("exit code 1, the recap of the valid files is written as Rekap-2025.xlsx", () => {
    expect(run.code).toBe(1);
    expect(listDir(dir)).toContain("Rekap-2025.xlsx");
    expect(run.stdout).toMatch(/ditulis ke .*Rekap-2025\.xlsx/);
  });

  const refusals: [string, RegExp][] = [
    ["terpotong.xlsx", /bukan buku kerja Excel/],
    ["acak.xlsx", /bukan buku kerja Excel/],
    ["bukan-iku.xlsx", /lembar "Profil" tidak ditemukan/],
    ["IKU-Senduro-2025-kedua.xlsx", /sudah direkap dari berkas IKU-Senduro-2025\.xlsx/],
    ["IKU-Tempeh-2024.xlsx", /tahun 2024 berbeda dari tahun rekap 2025/],
    ["IKU-Pasirian-2025.xlsx", /data ditolak.*Fasilitasi baris \d+/],
  ];
  test.each(refusals)(
    "error row: %s refused once, in Catatan (stdout and sheet); stderr only counts",
    async (file, why) => {
      const line = run.stdout.split("\n").find((l) => l.includes(`DITOLAK ${file}`));
      expect(line).toMatch(why);
      expect(run.stderr).not.toContain(file);
      expect(run.stderr).toMatch(/\d+ berkas ditolak — alasannya di Catatan di atas/);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path.join(dir, "Rekap-2025.xlsx"));
      const texts: string[] = [];
      wb.worksheets[0].eachRow((row) =>
        row.eachCell((c) => void (typeof c.value === "string" && texts.push(c.value))),
      );
      expect(texts.some((t) => t.includes(file) || why.test(t))).toBe(true);
    },
  );

  test("accepted kecamatan in official order in the table", () => {
    const order = ["Senduro", "Randuagung", "Sumbersuko"].map((k) => run.stdout.indexOf(`\n${k} `));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(run.stdout).toContain("Ringkasan per indikator");
  });

  test("formula-looking texts stay text: no formula with HYPERLINK anywhere in the package", async () => {
    const bytes = fs.readFileSync(path.join(dir, "Rekap-2025.xlsx"));
    const zip = await JSZip.loadAsync(bytes);
    const sheets = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    expect(sheets.length).toBe(2); // the table and its chart sheet
    for (const name of sheets) {
      const xml = (await zip.file(name)?.async("string")) ?? "";
      const formulas = [...xml.matchAll(/<f>([^<]*)<\/f>/g)].map((m) => m[1]);
      expect(formulas.length).toBeGreaterThan(2);
      expect(formulas.filter((f) => /HYPERLINK/i.test(f))).toEqual([]);
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const evil: ExcelJS.Cell[] = [];
    wb.worksheets[0].eachRow((row) =>
      row.eachCell((c) => {
        // Cells covered by a merge report the merge's value; only the top-left cell holds it.
        if (
          c.type !== ExcelJS.ValueType.Merge &&
          (c.text.includes("HYPERLINK") || (c.formula ?? "").includes("HYPERLINK"))
        )
          evil.push(c);
      }),
    );
    // The indicator name (table + summary) and the rejected status in the Catatan.
    expect(evil.length).toBeGreaterThanOrEqual(2);
    for (const c of evil) expect(c.type).toBe(ExcelJS.ValueType.String);
  });

  test("refuses to overwrite without --timpa; --timpa overwrites", async () => {
    const again = await runCli(["rekap", files.randu, files.sumbersuko], dir);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/sudah ada; pakai --timpa/);
    const forced = await runCli(["rekap", files.randu, files.sumbersuko, "--timpa"], dir);
    expect(forced.stderr).toBe("");
    expect(forced.code).toBe(0);
  });
});

describe("iku rekap: nothing valid, usage errors, output name", () => {
  test("error: no valid file → exit 1 and nothing written", async () => {
    const dir = tempDir("iku-rekap-none-");
    fs.writeFileSync(path.join(dir, "a.xlsx"), randomBytes(100, 1));
    const r = await runCli(["rekap", "a.xlsx", "tidak-ada.xlsx"], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/tidak-ada\.xlsx: ditolak — berkas tidak ditemukan/);
    expect(r.stderr).toMatch(/rekap tidak ditulis/);
    expect(listDir(dir)).toEqual(["a.xlsx"]);
  });

  test.each([
    [["rekap"], /sebutkan berkas/],
    [["rekap", "a.xlsx", "-o", "rekap.txt"], /harus berakhiran \.xlsx/],
    [["rekap", "a.xlsx", "--tahun", "2025"], /opsi tidak dikenal/],
  ])("error row: usage %j → exit 2", async (argv, why) => {
    const r = await runCli(argv, tempDir());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(why);
  });

  test("all files valid → exit 0, -o names the output", async () => {
    const dir = tempDir("iku-rekap-ok-");
    fs.writeFileSync(path.join(dir, "a.xlsx"), await bytesOf(filledExcelJs(profileOf("Klakah"), 51).wb));
    const r = await runCli(["rekap", "a.xlsx", "-o", "kab.xlsx"], dir);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(listDir(dir)).toEqual(["a.xlsx", "kab.xlsx"]);
    expect(r.stdout).toMatch(/Klakah +Persentase hasil fasilitasi/);
  });
});
