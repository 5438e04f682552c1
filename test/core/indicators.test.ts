/**
 * The indicator registry: one module per buildable kind, the reader's names and the data
 * sheets come from it; the IKM module computes with the profile's bobot in `iku hitung`
 * (yearly and --triwulan), as the sheet's IKU.IKM(IKU_IKM_Jawaban,IKU_IKM_Bobot) does.
 */
import * as path from "path";
import { REGISTRY, moduleOf } from "../../src/core/indicators";
import { evaluateIndicators } from "../../src/core/evaluate";
import { serialFromYmd } from "../../src/core/dates";
import { BUILDABLE_KINDS } from "../../src/core/profile";
import type { Profile } from "../../src/core/profile";
import { buildWorkbook } from "../../src/core/workbook/build";
import { NAMES } from "../../src/core/workbook/model";
import { modelToExcelJs } from "../../src/xlsx/write";
import { runCli, tempDir } from "../helpers/cli-run";
import { preset } from "../helpers/profiles";
import { namedBlock } from "../helpers/sample-data";

// Writes workbooks and runs the CLI in-process: slow on a loaded machine, never timed.
jest.setTimeout(60_000);

test("every buildable kind has exactly one module", () => {
  expect(REGISTRY.map((m) => m.kind).sort()).toEqual([...BUILDABLE_KINDS].sort());
  for (const k of BUILDABLE_KINDS) expect(moduleOf(k).kind).toBe(k);
  const names = REGISTRY.flatMap((m) => m.dataNames.map(([, n]) => n));
  expect(new Set(names).size).toBe(names.length);
});

test("the workbook's data sheets are the modules' sheets, in registry order", () => {
  const model = buildWorkbook(preset("sumbersuko-2020"), "addin");
  const kinds = model.sheets.map((s) => s.kind);
  expect(kinds.indexOf("fasilitasi")).toBeLessThan(kinds.indexOf("dokdesa"));
  expect(kinds.indexOf("dokdesa")).toBeLessThan(kinds.indexOf("ikm"));
  for (const m of REGISTRY)
    for (const [, n] of m.dataNames.slice(0, 1)) {
      expect(model.names.some((x) => x.name === n)).toBe(true);
    }
});

/** `iku hitung --json` (and --triwulan) of a Sumbersuko workbook with 5 respondents all 4. */
async function hitungIkm(profile: Profile): Promise<{ yearly: number; tw4: number }> {
  const wb = modelToExcelJs(buildWorkbook(profile, "portable"));
  const j = namedBlock(wb, NAMES.ikmJawaban);
  const t = namedBlock(wb, NAMES.ikmTanggal);
  if (!j || !t) throw new Error("rentang survei tidak ada");
  for (let r = 0; r < 5; r++) {
    for (let c = 0; c < 9; c++) j.ws.getCell(j.top + r, j.left + c).value = 4;
    t.ws.getCell(t.top + r, t.left).value = serialFromYmd(profile.tahun, 2, 1 + r);
  }
  const dir = tempDir("iku-bobot-");
  const file = path.join(dir, "bobot.xlsx");
  await wb.xlsx.writeFile(file);
  const ikmRow = profile.indicators.findIndex((x) => x.kind === "ikm");
  const y = await runCli(["hitung", file, "--json"], dir);
  const q = await runCli(["hitung", file, "--triwulan", "--json"], dir);
  expect(y.stderr).toBe("");
  expect(q.stderr).toBe("");
  const yearly = (JSON.parse(y.stdout) as { realisasi: number }[])[ikmRow].realisasi;
  const tw = (JSON.parse(q.stdout) as { triwulan: { realisasi: number }[] }[])[ikmRow].triwulan;
  return { yearly, tw4: tw[3].realisasi };
}

test("iku hitung uses the profile's IKM bobot: 0,11 gives 99, exact 1/9 gives 100", async () => {
  const base = preset("sumbersuko-2020");
  const exact = await hitungIkm({ ...base, ikmBobot: undefined });
  const rounded = await hitungIkm({ ...base, ikmBobot: 0.11 });
  expect(exact.yearly).toBeCloseTo(100, 9);
  expect(exact.tw4).toBeCloseTo(100, 9);
  expect(rounded.yearly).toBeCloseTo(99, 9);
  expect(rounded.tw4).toBeCloseTo(99, 9);
});

test("a survey row with respondent data but no answer is refused by the IKM indicator (hitung and rekap alike)", () => {
  const profile = preset("sumbersuko-2020");
  const range = (left: number, values: unknown[][]) => ({ sheet: "Survei IKM", top: 5, left, values });
  const data = {
    profile,
    ikmJawaban: range(8, [
      [4, 4, 4, 4, 4, 4, 4, 4, 4],
      [null, null, null, null, null, null, null, null, null],
    ]),
    ikmLayanan: range(3, [["KTP"], ["KK"]]),
  };
  const ikmRow = evaluateIndicators(data).find((r) => r.kind === "ikm");
  expect(ikmRow?.error?.message).toMatch(/^Survei IKM baris 6\b.*tidak ada satu pun unsur/);
  // Without the stray service name the row is just blank: IKM 100.
  const ok = evaluateIndicators({ ...data, ikmLayanan: range(3, [["KTP"], [null]]) });
  expect(ok.find((r) => r.kind === "ikm")?.realisasi).toBe(100);
});
