/**
 * `iku hitung` and the survey (issue 11): skipped answers accepted, the IKM per jenis layanan
 * printed under the table with the profile's bobot, and a row with respondent data but no
 * answer refused by its sheet row.
 */
import ExcelJS from "exceljs";
import * as path from "path";
import { isIkuError } from "../../src/core/errors";
import { ikmLayanan } from "../../src/core/ikm-layanan";
import { NAMES } from "../../src/core/workbook/model";
import { decimalId } from "../../src/cli/format";
import { runCli, tempDir } from "../helpers/cli-run";
import { fillSurvey, fromUnsurTable, SKIPPED_TABLE } from "../helpers/ikm-tables";
import { namedBlock } from "../helpers/sample-data";
import type { Profile } from "../../src/core/profile";
import { buildWorkbook } from "../../src/core/workbook/build";
import { modelToExcelJs } from "../../src/xlsx/write";
import { preset } from "../helpers/profiles";
import { tujuanIkm } from "../helpers/tujuan-profiles";

const rows = fromUnsurTable(SKIPPED_TABLE.sum, SKIPPED_TABLE.count);
const layanan = rows.map((_, i) => (i % 3 === 0 ? "Surat Pindah" : i % 3 === 1 ? "KTP-el" : "ktp-EL"));

async function workbook(cwd: string, name: string, extra?: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const file = path.join(cwd, name);
  const made = await runCli(["buat", "--preset", "sumbersuko-2020", "-o", file], cwd);
  expect(made.code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  fillSurvey(wb, rows, layanan);
  extra?.(wb);
  await wb.xlsx.writeFile(file);
  return file;
}

describe("iku hitung with skipped answers and jenis layanan (Sumbersuko 2020)", () => {
  const cwd = tempDir("iku-cli-ikm-");

  test("prints the IKM per jenis layanan (names grouped case-insensitively) equal to the core", async () => {
    const file = await workbook(cwd, "layanan.xlsx");
    const r = await runCli(["hitung", file], cwd);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("IKM per jenis layanan (bobot tepat 1/9):");
    const col = layanan.map((x) => [x]);
    for (const [shown, n] of [
      ["Surat Pindah", 8],
      ["KTP-el", 16],
    ] as const) {
      const want = ikmLayanan(rows, col, shown, null);
      if (isIkuError(want)) throw new Error(want.message);
      expect(r.stdout).toContain(`"${shown}" — ${n} responden: ${decimalId(want)}`);
    }
    // The total IKM of the table with Biaya skipped by 15 of 24: 86,48.
    expect(r.stdout).toContain("86,48");
    expect(r.stdout).not.toContain("ktp-EL");
  });

  test("--json carries the IKM per jenis layanan on the IKM indicator's row only", async () => {
    const file = await workbook(cwd, "layanan-json.xlsx");
    const r = await runCli(["hitung", file, "--json"], cwd);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { indikator: string; ikmPerLayanan?: unknown[] }[];
    const withLayanan = out.filter((x) => x.ikmPerLayanan !== undefined);
    expect(withLayanan).toHaveLength(1);
    expect(withLayanan[0].indikator).toBe("Nilai IKM Kecamatan");
    const col = layanan.map((x) => [x]);
    const want = (["Surat Pindah", "KTP-el"] as const).map((shown) => {
      const v = ikmLayanan(rows, col, shown, null);
      if (isIkuError(v)) throw new Error(v.message);
      return { layanan: shown, responden: shown === "KTP-el" ? 16 : 8, ikm: v };
    });
    const got = withLayanan[0].ikmPerLayanan as { layanan: string; responden: number; ikm: number }[];
    expect(got.map((x) => x.layanan)).toEqual(want.map((x) => x.layanan));
    got.forEach((x, i) => {
      expect(x.responden).toBe(want[i].responden);
      expect(x.ikm).toBeCloseTo(want[i].ikm, 12);
    });
  });

  test("--json: an IKM Indikator Tujuan (no IKU measures IKM) carries the per-layanan figures", async () => {
    const profile: Profile = {
      ...preset("randuagung-2025"),
      ...tujuanIkm(80),
    };
    const wb = modelToExcelJs(buildWorkbook(profile, "addin", { surveiRows: 40 }));
    fillSurvey(wb, rows, layanan);
    const file = path.join(cwd, "tujuan-ikm.xlsx");
    await wb.xlsx.writeFile(file);
    const r = await runCli(["hitung", file, "--json"], cwd);
    expect(r.stderr).toBe("");
    const out = JSON.parse(r.stdout) as { tujuan?: boolean; ikmPerLayanan?: { layanan: string }[] }[];
    expect(out.filter((x) => x.ikmPerLayanan !== undefined)).toHaveLength(1);
    expect(out[out.length - 1].tujuan).toBe(true);
    expect(out[out.length - 1].ikmPerLayanan?.map((x) => x.layanan)).toEqual(["Surat Pindah", "KTP-el"]);
  });

  test("a row with a date but no answer is refused by its sheet row", async () => {
    let sheetRow = 0;
    const file = await workbook(cwd, "tanpa-jawaban.xlsx", (wb) => {
      const T = namedBlock(wb, NAMES.ikmTanggal);
      if (!T) throw new Error("no dates");
      sheetRow = T.top + rows.length + 2;
      T.ws.getCell(sheetRow, T.left).value = 45800;
    });
    const r = await runCli(["hitung", file], cwd);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(
      `Survei IKM baris ${sheetRow}: data responden diisi tetapi tidak ada satu pun unsur U1–U9 yang dijawab`,
    );
  });
});
