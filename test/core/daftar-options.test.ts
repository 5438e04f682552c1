/**
 * `daftar` with its own sheet name and column captions (issue 10; several logs:
 * multi-daftar.test.ts): the sheet, its names and `iku hitung` follow the options; validation refuses a
 * sheet name another sheet of the workbook uses or Excel cannot take.
 */
import * as path from "path";
import { evaluateIndicators } from "../../src/core/evaluate";
import type { Profile } from "../../src/core/profile";
import { OTHER_SHEETS, validateProfile } from "../../src/core/profile-validate";
import { buildWorkbook } from "../../src/core/workbook/build";
import { NAMES, daftarNames } from "../../src/core/workbook/model";
import { modelToExcelJs } from "../../src/xlsx/write";
import { runCli, tempDir } from "../helpers/cli-run";
import { preset } from "../helpers/profiles";
import { namedBlock } from "../helpers/sample-data";
import { typedProfile } from "../helpers/typed-profile";

// Writes workbooks and runs the CLI in-process: slow on a loaded machine, never timed.
jest.setTimeout(60_000);

function pengaduan(lembar = "Pengaduan"): Profile {
  const p = preset("randuagung-2025");
  return {
    ...p,
    indicators: p.indicators.map((ind) =>
      ind.kind === "fasilitasi"
        ? {
            ...ind,
            nama: "Persentase pengaduan masyarakat yang diselesaikan",
            pengukuran: { jenis: "daftar", lembar, kolomItem: "Pengaduan", kolomStatus: "Diselesaikan" },
          }
        : ind,
    ),
  };
}

test("the log is named and captioned from the options; names point at it", () => {
  const model = buildWorkbook(pengaduan(), "portable");
  const log = model.sheets.find((s) => s.kind === "fasilitasi");
  expect(log?.name).toBe("Pengaduan");
  const header = (log?.cells ?? []).filter((c) => c.row === 4).map((c) => c.value);
  expect(header).toEqual(expect.arrayContaining(["Pengaduan", "Diselesaikan"]));
  expect(header).not.toContain("Ditindaklanjuti");
  expect(model.sheets.some((s) => s.name === "Fasilitasi")).toBe(false);
  // Each log's names come from its sheet (issue 10); IKU_Fasilitasi_* belong to a "Fasilitasi" log.
  const status = model.names.find((n) => n.name === "IKU_Pengaduan_Status");
  expect(status?.sheet).toBe("Pengaduan");
  expect(model.names.some((n) => n.name === NAMES.fasilitasiStatus)).toBe(false);
  expect(String(log?.cells.find((c) => c.row === 2)?.value)).toContain("Kolom Diselesaikan");
});

test("the default options still build today's Fasilitasi sheet", () => {
  const model = buildWorkbook(preset("randuagung-2025"), "addin");
  expect(model.sheets.find((s) => s.kind === "fasilitasi")?.name).toBe("Fasilitasi");
});

test("iku hitung reads the renamed log and names its sheet in errors", async () => {
  const profile = pengaduan();
  const wb = modelToExcelJs(buildWorkbook(profile, "addin"));
  const s = namedBlock(wb, daftarNames("Pengaduan").status);
  if (!s) throw new Error("IKU_Pengaduan_Status tidak ada");
  ["Ya", "Ya", "Tidak", "mungkin"].forEach((v, r) => (s.ws.getCell(s.top + r, s.left).value = v));
  const dir = tempDir("iku-daftar-");
  const file = path.join(dir, "pengaduan.xlsx");
  await wb.xlsx.writeFile(file);
  const run = await runCli(["hitung", file, "--json"], dir);
  expect(run.stdout + run.stderr).toContain("Pengaduan baris 8 kolom F");
  // The core alone, with no data sheet at all: the missing sheet is called by its own name.
  expect(evaluateIndicators({ profile })[0].error?.message).toContain("Pengaduan");
});

describe("validation of the sheet name", () => {
  test.each([
    ["Profil", "sudah dipakai"],
    ["pengukuran kinerja", "sudah dipakai"],
    ["IKU 2025", "sudah dipakai"],
    ["Data [lama]", "1–31 karakter"],
    ["x".repeat(32), "1–31 karakter"],
  ])("%s refused", (lembar, why) => {
    const errs = validateProfile(pengaduan(lembar));
    expect(errs.find((e) => e.field === "indicators.0.lembar")?.message).toContain(why);
  });
  test("a good name passes", () => expect(validateProfile(pengaduan())).toEqual([]));
  test("OTHER_SHEETS lists every other sheet a workbook can have", () => {
    const sumbersuko = buildWorkbook(preset("sumbersuko-2020"), "addin").sheets.map((s) => s.name);
    const typed = buildWorkbook(typedProfile(), "addin").sheets.map((s) => s.name);
    const others = [...new Set([...sumbersuko, ...typed])].filter(
      (n) => !/^IKU \d{4}$/.test(n) && n !== "Fasilitasi",
    );
    expect([...others].sort()).toEqual([...OTHER_SHEETS].sort());
  });
});
