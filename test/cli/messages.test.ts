/**
 * Issue 13's command-line messages: the nearest option for a typo, next steps after
 * `iku buat`, "target belum diisi", and `iku hitung` explaining an empty result with the
 * real Profil cell.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { nextSteps } from "../../src/cli/buat";
import { isIkuError } from "../../src/core/errors";
import type { Profile } from "../../src/core/profile";
import { lumajangProfile } from "../../src/core/wilayah";
import { presetProfile } from "../../src/core/presets";
import { buildWorkbook } from "../../src/core/workbook/build";
import { writeXlsx } from "../../src/xlsx/write";
import { runCli, tempDir } from "../helpers/cli-run";

function tekung(): Profile {
  const p = lumajangProfile("Tekung", 2025);
  if (isIkuError(p)) throw new Error(p.message);
  return p;
}

test.each([
  [["buat", "--tmpa"], /opsi tidak dikenal: --tmpa \(maksud Anda --timpa\?\)/],
  [["buat", "--kecamatn", "Tekung"], /opsi tidak dikenal: --kecamatn \(maksud Anda --kecamatan\?\)/],
  [["rekap", "a.xlsx", "--outptu", "r.xlsx"], /--outptu \(maksud Anda --output\?\)/],
  [["hitung", "a.xlsx", "--jsno"], /--jsno \(maksud Anda --json\?\)/],
])("iku %j suggests the nearest option", async (argv, message) => {
  const r = await runCli(argv, tempDir());
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(message);
});

test("a far-off option gets no guess", async () => {
  const r = await runCli(["buat", "--zzzzzzzz"], tempDir());
  expect(r.stderr).toMatch(/opsi tidak dikenal: --zzzzzzzz\n/);
});

test("a generated kecamatan: no made-up signing date; iku hitung says it is empty", async () => {
  const dir = tempDir();
  expect((await runCli(["buat", "-k", "Tekung", "-t", "2025"], dir)).code).toBe(0);
  const r = await runCli(["hitung", "IKU-Tekung-2025.xlsx"], dir);
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(
    /tanggal penandatanganan belum diisi — isi di Profil baris "Penandatangan Tanggal"/,
  );
});

test("iku buat ends with the next steps", async () => {
  const r = await runCli(["buat", "-k", "Tekung", "-t", "2025"], tempDir());
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(
    // A generated kecamatan has no targets yet (not Randuagung's): the steps say so.
    /Langkah berikutnya:\n {2}1\. Isi lembar Fasilitasi dan Dokumen Desa di Excel; target belum diisi \(IKU 1, IKU 2\) dan tanggal penandatanganan belum diisi — isi di lembar Profil, lalu periksa penandatangan\.\n {2}2\. Hitung: iku hitung IKU-Tekung-2025\.xlsx\n$/,
  );
});

test("next steps name the Survei IKM sheet and say which targets are empty", () => {
  const p = presetProfile("sumbersuko-2020");
  if (!p) throw new Error("preset hilang");
  const someTargets = {
    ...p,
    indicators: p.indicators.map((ind, i) => ({ ...ind, target: i === 1 ? null : 0.8 })),
  };
  const text = nextSteps(someTargets, "IKU Sumbersuko.xlsx");
  expect(text).toMatch(
    /Isi lembar Fasilitasi, Dokumen Desa dan Survei IKM di Excel; target belum diisi \(IKU 2\) —/,
  );
  expect(text).toMatch(/iku hitung "IKU Sumbersuko\.xlsx"/);
  expect(text.trimEnd().split("\n")).toHaveLength(3);
});

test("iku hitung explains an empty result: data not filled, target empty at its real Profil cell", async () => {
  const p = tekung();
  const profile = {
    ...p,
    // IKU 1 gets a target, IKU 2 stays empty as generated.
    indicators: p.indicators.map((ind, i) => ({ ...ind, target: i === 1 ? null : 0.84 })),
  };
  const bytes = await writeXlsx(buildWorkbook(profile, "portable"));
  const cwd = tempDir();
  fs.writeFileSync(path.join(cwd, "x.xlsx"), bytes);
  // Where the writer put IKU 2's target in the Profil table, found independently of the reader.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  let header = 0;
  let row = 0;
  let col = "";
  wb.getWorksheet("Profil")?.eachRow((r, n) => {
    if (header === 0 && r.getCell(1).text.trim() === "No.") {
      header = n;
      r.eachCell((c) => {
        if (c.text.trim() === "Target") col = c.address.replace(/\d+$/, "");
      });
    } else if (header > 0 && row === 0 && r.getCell(1).value === 2) row = n;
  });
  expect(row).toBeGreaterThan(0);
  expect(col).toBe("G");
  const r = await runCli(["hitung", "x.xlsx"], cwd);
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/IKU 1: data belum diisi — realisasi belum dapat dihitung/);
  expect(r.stdout).toMatch(new RegExp(`target IKU 2 kosong — isi di Profil ${col}${row}\\n`));
  expect(r.stdout).not.toMatch(/target IKU 1 kosong/);
});
