/**
 * A workbook patched by `iku impor-survei` opens in LibreOffice Calc, and its survey summary
 * recalculated there equals the core's IKM of the imported answers.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ikm } from "../../src/core/ikm";
import { buildWorkbook } from "../../src/core/workbook/build";
import { cellValue } from "../../src/xlsx/read";
import { writeXlsx } from "../../src/xlsx/write";
import { runCli, tempDir } from "../helpers/cli-run";
import { convert, makeProfile } from "../helpers/libreoffice";
import { withIkm } from "../helpers/rekap-files";
import { profileOf } from "../helpers/profiles";

jest.setTimeout(180_000);

const A: number[][] = [
  [4, 3, 3, 4, 2, 4, 3, 3, 1],
  [3, 3, 4, 4, 3, 3, 3, 2, 2],
  [4, 4, 4, 4, 4, 4, 4, 4, 4],
  [2, 3, 3, 3, 3, 3, 2, 3, 3],
];
const TEXT = ["Tidak Baik", "Kurang Baik", "Baik", "Sangat Baik"];

/**
 * Two LibreOffice profiles: one that always recalculates, and LibreOffice's default (what a
 * kecamatan office has), which keeps cached results it trusts. The import drops the formulas'
 * stale cached results (test/cli/impor-survei.test.ts), so the default shows the new IKM too.
 * (Not proven here: a workbook whose stale result LibreOffice would have kept — a fresh book's
 * cached "" and fullCalcOnLoad make LibreOffice compute anyway.)
 */
const PROFILES: [string, () => string][] = [
  ["selalu hitung ulang", makeProfile],
  ["bawaan LibreOffice", () => fs.mkdtempSync(path.join(os.tmpdir(), "iku-lo-default-"))],
];

test.each(PROFILES)(
  "patched workbook opened in LibreOffice (%s) gives the core's IKM",
  async (_, profile) => {
    const dir = tempDir();
    const bytes = await writeXlsx(buildWorkbook(withIkm(profileOf("Senduro")), "portable"));
    fs.writeFileSync(path.join(dir, "BUKU.xlsx"), bytes);
    const head = ["Timestamp", ...Array.from({ length: 9 }, (_, i) => `U${i + 1}`)].join(",");
    const rows = A.map((r, i) => [`0${i + 1}/09/2025 08:00:00`, ...r.map((n) => TEXT[n - 1])].join(","));
    fs.writeFileSync(path.join(dir, "s.csv"), [head, ...rows].join("\n"));
    const r = await runCli(["impor-survei", "BUKU.xlsx", "s.csv"], dir);
    expect(r.code).toBe(0);

    const out = convert(path.join(dir, "BUKU.xlsx"), path.join(dir, "lo"), "xlsx", profile());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("Survei IKM");
    if (!ws) throw new Error("Survei IKM hilang");
    // Where the summary and U1 sit is the survey layout's business: found by their labels.
    let value: unknown = undefined;
    let u1 = 0;
    for (let row = 4; row <= 30; row++) {
      for (let col = 1; col <= 40; col++) {
        const label = cellValue(ws.getCell(row, col));
        if (String(label).startsWith("Nilai IKM") && value === undefined)
          value = cellValue(ws.getCell(row, col + 1));
        if (row === 4 && label === "U1 Persyaratan") u1 = col;
      }
    }
    const expected = ikm(A, 1 / 9);
    expect(typeof value).toBe("number");
    expect(value as number).toBeCloseTo(expected as number, 9);
    // The answers LibreOffice read back are the imported ones.
    expect(u1).toBeGreaterThan(0);
    const got = A.map((_, i) => A[0].map((__, j) => cellValue(ws.getCell(5 + i, u1 + j))));
    expect(got).toEqual(A);
  },
);
