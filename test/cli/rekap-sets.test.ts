/**
 * `iku rekap` over workbooks with different indicator sets (test/helpers/rekap-sets.ts):
 * exit 0 (lacking an indicator is a remark, not a refusal), the printed summary has one
 * line per indicator with the number of kecamatan having it, the Catatan says who lacks
 * what, and the written Rekap sheet holds one block per indicator.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { indikatorKey } from "../../src/core/rekap";
import { cellValue } from "../../src/xlsx/read";
import { runCli, tempDir } from "../helpers/cli-run";
import { APBDES, differentSets } from "../helpers/rekap-sets";

jest.setTimeout(60_000);

test("iku rekap of four different indicator sets", async () => {
  const dir = tempDir("iku-rekap-sets-");
  const files = await differentSets();
  for (const f of files) fs.writeFileSync(path.join(dir, f.fileName), f.bytes);
  const r = await runCli(["rekap", ...files.map((f) => f.fileName), "-o", "kab.xlsx"], dir);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);

  const lines = r.stdout.split("\n");
  const start = lines.findIndex((l) => l.startsWith("Ringkasan per indikator"));
  const end = lines.indexOf("Catatan:");
  expect(start).toBeGreaterThan(0);
  const summary = lines.slice(start, end).join("\n");
  // Kecamatan count per indicator, from the profiles: fasilitasi 3, dokumen desa 2, IKM 1, APBDes 2.
  expect(summary).toMatch(/Persentase hasil fasilitasi dan\s+3\s/);
  expect(summary).toMatch(/Nilai IKM Kecamatan\s+1\s/);
  expect(summary).toMatch(/Persentase desa yang menyampaikan APBDes\s+2\s/);
  expect(summary).toMatch(/Rata-rata persentase desa yang menyusun\s+2\s/);
  const catatan = lines.slice(end).join("\n");
  expect(catatan).toMatch(
    /senduro\.xlsx: Kecamatan Senduro: tidak memiliki indikator .*"Persentase hasil fasilitasi dan koordinasi yang ditindaklanjuti"/,
  );
  expect(catatan).toMatch(/randuagung\.xlsx: Kecamatan Randuagung: tidak memiliki indikator .*APBDes/);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, "kab.xlsx"));
  const ws = wb.getWorksheet("Rekap 2025");
  if (!ws) throw new Error("lembar Rekap 2025 hilang");
  const apbdes: string[] = [];
  for (let row = 6; typeof cellValue(ws.getCell(row, 1)) === "number"; row++) {
    if (indikatorKey(String(cellValue(ws.getCell(row, 3)))) === indikatorKey(APBDES))
      apbdes.push(String(cellValue(ws.getCell(row, 2))));
  }
  expect(apbdes.sort()).toEqual(["Klakah", "Senduro"]);
});
