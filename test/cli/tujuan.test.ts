/**
 * The measured Indikator Tujuan through the command line (issue 10): `iku buat --profil`
 * then `iku profil` gives the tujuan back (nilai of Pringsewu, survei-ikm of Sidemen); `iku
 * hitung` (text, --json, --triwulan, --triwulan --json) prints its realisasi, capaian and
 * predikat from the typed IKU_Masukan_Tujuan row.
 */
import Ajv2020 from "ajv/dist/2020";
import * as fs from "fs";
import * as path from "path";
import type { Profile } from "../../src/core/profile";
import { parseProfileJson } from "../../src/core/profile-json";
import { buildWorkbook } from "../../src/core/workbook/build";
import { modelToExcelJs } from "../../src/xlsx/write";
import { nextSteps } from "../../src/cli/buat";
import { runCli, tempDir } from "../helpers/cli-run";
import { preset } from "../helpers/profiles";
import { typeInputs } from "../helpers/typed-profile";
import { tujuanNilai } from "../helpers/tujuan-profiles";

jest.setTimeout(120_000);

const FIXTURES = path.resolve(__dirname, "../fixtures/profil");
const _ = null;

function parse(text: string): Profile {
  const r = parseProfileJson(text);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.profile;
}

describe("iku buat --profil, then iku profil: the tujuan comes back", () => {
  test.each([
    [
      "pringsewu-2026.json",
      {
        nama: "Indeks Pelayanan Publik",
        satuan: "nilai",
        target: 4,
        polaritas: "positif",
        pengukuran: { jenis: "nilai", desimal: 2 },
      },
    ],
    [
      "sidemen-2021.json",
      {
        nama: "Indeks Kepuasan Masyarakat",
        satuan: "indeks",
        target: 80,
        polaritas: "positif",
        pengukuran: { jenis: "survei-ikm" },
      },
    ],
  ])("%s", async (name, tujuan) => {
    const dir = tempDir();
    const file = path.join(FIXTURES, name);
    const built = await runCli(["buat", "--profil", file, "-o", "buku.xlsx"], dir);
    expect(built.stderr).toBe("");
    const printed = await runCli(["profil", "buku.xlsx"], dir);
    expect(printed.stderr).toBe("");
    expect((JSON.parse(printed.stdout) as { indikatorTujuan: unknown }).indikatorTujuan).toEqual(tujuan);
    expect(parse(printed.stdout)).toEqual(parse(fs.readFileSync(file, "utf8")));
  });
});

describe("JSON profile errors of the tujuan, with their paths", () => {
  const base = (): Record<string, unknown> =>
    JSON.parse(fs.readFileSync(path.join(FIXTURES, "pringsewu-2026.json"), "utf8")) as Record<
      string,
      unknown
    >;
  test.each([
    [{ nama: "IPP", target: 4 }, "indikatorTujuan.pengukuran", /wajib ada bila target/],
    [
      {
        nama: "IPP",
        satuan: "persen",
        target: 0.9,
        pengukuran: { jenis: "daftar", lembar: "X", kolomItem: "a", kolomStatus: "b" },
      },
      "indikatorTujuan.pengukuran.jenis",
      /harus nilai, rasio atau survei-ikm/,
    ],
    [
      {
        nama: "IPP",
        satuan: "persen",
        target: 90,
        pengukuran: { jenis: "rasio", pembilang: "a", penyebut: "b" },
      },
      "indikatorTujuan.target",
      /9000 %/,
    ],
    [
      { nama: "IPP", satuan: "persen", pengukuran: { jenis: "rasio", pembilang: "", penyebut: "b" } },
      "indikatorTujuan.pengukuran.pembilang",
      /./,
    ],
    [
      { nama: "IPP", polaritas: "naik", pengukuran: { jenis: "nilai" }, satuan: "nilai" },
      "indikatorTujuan.polaritas",
      /./,
    ],
  ])("%j → %s", (tujuan, at, message) => {
    const r = parseProfileJson(JSON.stringify({ ...base(), indikatorTujuan: tujuan }));
    expect(r.ok).toBe(false);
    const e = r.ok ? undefined : r.errors.find((x) => x.path === at);
    expect(e?.message).toMatch(message);
  });
});

describe("iku buat's next steps name the tujuan's sheet and empty target", () => {
  test("IKM tujuan without target in a workbook whose IKU do not measure IKM", () => {
    const p: Profile = {
      ...preset("randuagung-2025"),
      tujuanUkur: { kind: "ikm", target: null, satuan: "indeks", polaritas: "positif" },
    };
    const text = nextSteps(p, "buku.xlsx");
    expect(text).toMatch(
      /Isi lembar Fasilitasi, Dokumen Desa dan Survei IKM di Excel; target belum diisi \(Indikator Tujuan\)/,
    );
    expect(nextSteps(preset("randuagung-2025"), "buku.xlsx")).not.toMatch(/Survei IKM|Indikator Tujuan/);
  });
});

describe("profil.schema.json: the measured tujuan", () => {
  const schema = JSON.parse(
    fs.readFileSync(path.resolve(__dirname, "../../profil.schema.json"), "utf8"),
  ) as object;
  const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
  const base = JSON.parse(fs.readFileSync(path.join(FIXTURES, "pringsewu-2026.json"), "utf8")) as Record<
    string,
    unknown
  >;
  test("a measured tujuan with polaritas validates", () => {
    expect(validate(base)).toBe(true);
    const tujuan = {
      nama: "IKM",
      satuan: "indeks",
      target: 80,
      polaritas: "negatif",
      pengukuran: { jenis: "survei-ikm" },
    };
    expect(validate({ ...base, indikatorTujuan: tujuan })).toBe(true);
  });
  test("a daftar tujuan is refused by the schema as by the parser", () => {
    const tujuan = {
      nama: "X",
      pengukuran: { jenis: "daftar", lembar: "X", kolomItem: "a", kolomStatus: "b" },
    };
    expect(validate({ ...base, indikatorTujuan: tujuan })).toBe(false);
    expect(validate.errors?.some((e) => e.instancePath === "/indikatorTujuan/pengukuran/jenis")).toBe(true);
  });
});

describe("iku hitung prints the tujuan", () => {
  const profile: Profile = {
    ...preset("randuagung-2025"),
    ...tujuanNilai(),
  };
  let dir = "";
  beforeAll(async () => {
    dir = tempDir();
    const wb = modelToExcelJs(buildWorkbook(profile, "addin"));
    typeInputs(wb, 0, [[3.2, _, 3.8, _]]);
    await wb.xlsx.writeFile(path.join(dir, "ipp.xlsx"));
  });
  test("text", async () => {
    const r = await runCli(["hitung", "ipp.xlsx"], dir);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(
      /Indikator Tujuan: Indeks Pelayanan Publik\n {2}Target 4,00 {2}Realisasi 3,80 {2}Capaian 95,00 % {2}Predikat Sangat Tinggi/,
    );
  });
  test("--json: a last row marked tujuan", async () => {
    const r = await runCli(["hitung", "ipp.xlsx", "--json"], dir);
    const rows = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(rows).toHaveLength(3);
    expect(rows[2]).toMatchObject({
      indikator: "Indeks Pelayanan Publik",
      tujuan: true,
      target: 4,
      predikat: "Sangat Tinggi",
    });
    expect(rows[2].realisasi).toBeCloseTo(3.8, 12);
    expect(rows[2].capaian).toBeCloseTo(0.95, 12);
  });
  test("--triwulan (text and --json)", async () => {
    const t = await runCli(["hitung", "ipp.xlsx", "--triwulan"], dir);
    expect(t.stderr).toBe("");
    expect(t.stdout).toMatch(/\nT\. Indikator Tujuan: Indeks Pelayanan Publik\n {3}Target tahunan: 4,00\n/);
    expect(t.stdout).toMatch(/TW II .* 3,20 +80,00 % +Tinggi/);
    const j = await runCli(["hitung", "ipp.xlsx", "--triwulan", "--json"], dir);
    const rows = JSON.parse(j.stdout) as { tujuan?: boolean; triwulan: { realisasi: number | null }[] }[];
    expect(rows[2].tujuan).toBe(true);
    expect(rows[2].triwulan.map((q) => q.realisasi)).toEqual([3.2, 3.2, 3.8, 3.8]);
  });
  test("no target and nothing typed yet: said where to fill in", async () => {
    const d3 = tempDir();
    const open: Profile = {
      ...profile,
      tujuanUkur: { kind: "nilai", target: null, satuan: "nilai", polaritas: "positif" },
    };
    await modelToExcelJs(buildWorkbook(open, "portable")).xlsx.writeFile(path.join(d3, "kosong.xlsx"));
    const r = await runCli(["hitung", "kosong.xlsx"], d3);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/Target - {2}Realisasi - {2}Capaian - {2}Predikat -\n {2}data belum diisi/);
    expect(r.stdout).toMatch(/target kosong — isi di Profil baris "Indikator Tujuan Target"/);
  });
  test("text typed as the tujuan's figure: refused with its cell", async () => {
    const d2 = tempDir();
    const wb = modelToExcelJs(buildWorkbook(profile, "addin"));
    typeInputs(wb, 0, [[3.2, "tiga", _, _]]);
    await wb.xlsx.writeFile(path.join(d2, "bad.xlsx"));
    const r = await runCli(["hitung", "bad.xlsx"], d2);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /Indikator Tujuan "Indeks Pelayanan Publik":\n {4}Pengukuran Kinerja baris \d+ kolom E/,
    );
  });
});
