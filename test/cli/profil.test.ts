/**
 * `iku buat --profil PROFIL.json` and `iku profil BUKU.xlsx` (issue 10): a workbook built
 * from a JSON profile prints that profile back; a bad file prints every error with its JSON
 * path, exits 1 and writes nothing.
 */
import * as fs from "fs";
import * as path from "path";
import { presetProfile } from "../../src/core/presets";
import type { Profile } from "../../src/core/profile";
import { parseProfileJson, profileToJson } from "../../src/core/profile-json";
import { unkeptFields } from "../../src/core/profile-json-carry";
import { buildWorkbook } from "../../src/core/workbook/build";
import { listDir, runCli, tempDir } from "../helpers/cli-run";

jest.setTimeout(120_000);

const FIXTURES = path.resolve(__dirname, "../fixtures/profil");

function parse(text: string): Profile {
  const r = parseProfileJson(text);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.profile;
}

/** A Lumajang kecamatan written by hand: no desa (wilayah default), targets as "84%", bobot 0,11. */
function senduroJson(): Record<string, unknown> {
  const p = presetProfile("randuagung-2025");
  if (!p) throw new Error("preset");
  const json: Record<string, unknown> = JSON.parse(JSON.stringify(profileToJson(p))) as Record<
    string,
    unknown
  >;
  Object.assign(json, { kecamatan: "Senduro", instansi: "Kecamatan Senduro", tahun: 2026, bobotIkm: 0.11 });
  delete json.desa;
  const inds = json.indikator as Record<string, unknown>[];
  inds[0].target = "85%";
  inds[1].target = null;
  inds.push({
    sasaran: "Meningkatnya kualitas pelayanan publik",
    nama: "Indeks Kepuasan Masyarakat",
    rumus: "Nilai IKM",
    penjelasan: "",
    target: 82.5,
    satuan: "indeks",
    polaritas: "positif",
    sumberData: "Hasil Survei Kepuasan Masyarakat",
    penanggungJawab: "Camat",
    pengukuran: { jenis: "survei-ikm" },
  });
  return json;
}

describe("iku buat --profil, then iku profil", () => {
  test("the workbook's profile printed as JSON equals the profile it was built from", async () => {
    const dir = tempDir();
    const text = JSON.stringify(senduroJson(), null, 2);
    fs.writeFileSync(path.join(dir, "senduro.json"), text);
    const built = await runCli(["buat", "--profil", "senduro.json", "--keluar", "senduro.xlsx"], dir);
    expect(built.stderr).toBe("");
    expect(built.code).toBe(0);
    expect(built.stdout).toMatch(
      /Kecamatan Senduro tahun 2026 \(\d+ desa, formula portable\) ditulis ke .*senduro\.xlsx/,
    );
    expect(built.stdout).toMatch(/Langkah berikutnya:[\s\S]*target belum diisi \(IKU 2\)/);

    const printed = await runCli(["profil", "senduro.xlsx"], dir);
    expect(printed.stderr).toBe("");
    expect(printed.code).toBe(0);
    // The same Profile, and the same JSON once the input's defaults are written out
    // (desa from the wilayah data, "85%" as 0.85): see README "Menulis IKU sendiri dalam JSON".
    expect(parse(printed.stdout)).toEqual(parse(text));
    expect(JSON.parse(printed.stdout)).toEqual(profileToJson(parse(text)));
    expect((JSON.parse(printed.stdout) as { bobotIkm: unknown }).bobotIkm).toBe(0.11);
    expect((JSON.parse(printed.stdout) as { desa: string[] }).desa.length).toBeGreaterThan(5);

    // --timpa rule as for every iku buat: an existing file is kept without it.
    const again = await runCli(["buat", "--profil", "senduro.json", "--keluar", "senduro.xlsx"], dir);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/--timpa/);
  });

  test("Sidemen (APBDesa only, a Pengaduan log): built and printed back when the workbook keeps them, else refused", async () => {
    const dir = tempDir();
    const file = path.join(FIXTURES, "sidemen-2021.json");
    const profile = parse(fs.readFileSync(file, "utf8"));
    const kept = unkeptFields(profile, buildWorkbook(profile, "portable").sheets).length === 0;
    const r = await runCli(["buat", "--profil", file, "-o", "sidemen.xlsx"], dir);
    if (kept) {
      expect(r.code).toBe(0);
      const printed = await runCli(["profil", "sidemen.xlsx"], dir);
      expect(parse(printed.stdout)).toEqual(profile);
    } else {
      // This version's Profil sheet cannot store the options: refused, not silently dropped.
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/indikator\[0\]\.pengukuran: pilihan pengukuran .*"APBDesa"/);
      expect(r.stderr).toMatch(/indikator\[1\]\.pengukuran: pilihan pengukuran .*"Pengaduan"/);
      expect(listDir(dir)).toEqual([]);
    }
  });

  test("a bad file: every error with its JSON path, exit 1, nothing written", async () => {
    const dir = tempDir();
    const json = senduroJson();
    json.tahun = "2026";
    json.kabupaten = "Banyuwangi"; // not Lumajang: desa now required
    (json.indikator as Record<string, unknown>[])[0].pengukuran = { jenis: "rasio", pembilang: "A" };
    (json.penandatangan as Record<string, unknown>).tanggal = "31-01-2026";
    fs.writeFileSync(path.join(dir, "salah.json"), JSON.stringify(json));
    const r = await runCli(["buat", "--profil", "salah.json"], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    const lines = r.stderr.split("\n").filter((l) => l.startsWith("  "));
    expect(lines.map((l) => l.trim().split(":")[0]).sort()).toEqual(
      ["tahun", "desa", "indikator[0].pengukuran.penyebut", "penandatangan.tanggal"].sort(),
    );
    expect(r.stderr).toMatch(/^iku buat: salah\.json: profil tidak valid \(4 masalah\):\n/);
    expect(listDir(dir)).toEqual(["salah.json"]);
  });

  test("not JSON, a missing file, --profil with --preset", async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "rusak.json"), '{ "kecamatan": ');
    const bad = await runCli(["buat", "--profil", "rusak.json"], dir);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(
      /rusak\.json: profil tidak valid \(1 masalah\):\n {2}\(berkas\): bukan JSON yang sah/,
    );
    const missing = await runCli(["buat", "--profil", "tidak-ada.json"], dir);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/tidak-ada\.json: berkas tidak ditemukan/);
    const both = await runCli(["buat", "--profil", "rusak.json", "--preset", "randuagung-2025"], dir);
    expect(both.code).toBe(2);
    expect(listDir(dir)).toEqual(["rusak.json"]);
  });

  test("iku profil of a file that is no IKU workbook, and without a file", async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "bukan.xlsx"), "bukan zip");
    const r = await runCli(["profil", "bukan.xlsx"], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^iku profil: bukan\.xlsx: Berkas bukan buku kerja Excel/);
    expect((await runCli(["profil"], dir)).code).toBe(2);
    expect((await runCli(["profil", "--help"], dir)).stdout).toMatch(/iku profil BUKU\.xlsx/);
  });
});
