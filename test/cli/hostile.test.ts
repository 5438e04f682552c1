/**
 * Hostile and oversized files (issue 9), each built here: the real CLI runs as a child
 * process, and every run must end in bounded time with a peak under 500 MB, the right
 * Indonesian message, the other files of a recap processed, and nothing clobbered.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { isIkuError } from "../../src/core/errors";
import { ikm } from "../../src/core/ikm";
import { presetProfile } from "../../src/core/presets";
import type { Profile } from "../../src/core/profile";
import { lumajangProfile } from "../../src/core/wilayah";
import { buildCli, runBin } from "../helpers/bin-run";
import { tempDir } from "../helpers/cli-run";
import { surveyWorkbook } from "../helpers/survey-craft";
import { deflatedZeros, editPart, Parts, sheetPart, workbookParts, zipParts } from "../helpers/xlsx-craft";

jest.setTimeout(300_000);

const PEAK_MB = 500;

function profile(nama: string, change: Partial<Profile> = {}): Profile {
  const p = lumajangProfile(nama, 2025);
  if (isIkuError(p)) throw new Error(p.message);
  return { ...p, ...change };
}

async function parts(nama: string, change: Partial<Profile> = {}): Promise<Parts> {
  return workbookParts(profile(nama, change));
}

/** Adds a cell at XFD1048576 on the Profil sheet (46 KB file; ExcelJS walked the whole box). */
async function farCell(): Promise<Uint8Array> {
  const p = await parts("Tekung");
  editPart(p, sheetPart(p, "Profil"), (xml) =>
    xml.replace(
      "</sheetData>",
      '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>',
    ),
  );
  return zipParts(p);
}

/** IKU_Fasilitasi_Status widened to the last row of the sheet. */
async function hugeName(): Promise<Uint8Array> {
  const p = await parts("Pasirian");
  editPart(p, "xl/workbook.xml", (xml) =>
    xml.replace(/(<definedName name="IKU_Fasilitasi_Status"[^>]*>[^<]*?\$)(\d+)(<)/, "$11048576$3"),
  );
  return zipParts(p);
}

/** A part nobody references, declared 1.1 GB and really inflating to 250 MB of zeros. */
async function unreferencedBomb(): Promise<Uint8Array> {
  return zipParts(await parts("Senduro"), [
    { name: "xl/media/bom.bin", deflated: deflatedZeros(250), declaredSize: 1100 * 1024 * 1024 },
  ]);
}

/** The Profil sheet itself inflating to 250 MB while declaring 4 KB. */
async function lyingProfil(): Promise<Uint8Array> {
  const p = await parts("Yosowilangun");
  return zipParts(p, [{ name: sheetPart(p, "Profil"), deflated: deflatedZeros(250), declaredSize: 4096 }]);
}

/** The Profil sheet declaring 1.1 GB: refused before a byte is inflated. */
async function declaredHuge(): Promise<Uint8Array> {
  const p = await parts("Rowokangkung");
  const name = sheetPart(p, "Profil");
  return zipParts(p, [{ name, data: p.get(name), declaredSize: 1100 * 1024 * 1024 }]);
}

/** A kecamatan name of 10 MB. */
async function hugeString(): Promise<Uint8Array> {
  const p = await parts("Kunir", { kecamatan: "NAMAPENGGANTI" });
  editPart(p, "xl/sharedStrings.xml", (xml) => xml.replace(">NAMAPENGGANTI<", `>${"A".repeat(10_000_000)}<`));
  return zipParts(p);
}

beforeAll(() => {
  const b = buildCli();
  expect(b.output).not.toMatch(/error TS/);
  expect(b.status).toBe(0);
});

describe("iku hitung on one hostile file: bounded, with its reason", () => {
  test.each([
    ["a cell at XFD1048576 on Profil", farCell, 0, /IKU Kecamatan Tekung tahun 2025/],
    [
      "a name down to row 1 048 576",
      hugeName,
      1,
      /IKU_Fasilitasi_Status .*paling banyak 100 000 baris × 20 kolom/,
    ],
    ["an unreferenced part declared 1.1 GB", unreferencedBomb, 0, /IKU Kecamatan Senduro/],
    ["a Profil part that inflates past its size", lyingProfil, 1, /mengembang melebihi 200 MB/],
    [
      "a Profil part declared 1.1 GB",
      declaredHuge,
      1,
      /berukuran 1100 MB setelah diekstrak, paling banyak 200 MB/,
    ],
  ] as const)("%s", async (_name, make, code, message) => {
    const cwd = tempDir();
    fs.writeFileSync(path.join(cwd, "x.xlsx"), await make());
    const r = runBin(["hitung", "x.xlsx"], cwd);
    expect(r.status).toBe(code);
    expect(code === 0 ? r.stdout : r.stderr).toMatch(message);
    expect(r.stderr + r.stdout).not.toMatch(/heap|RangeError|at .*\.js:\d+/);
    expect(r.peakMB).toBeLessThan(PEAK_MB);
  });

  test("a device, a FIFO and a folder are refused by name, never read", () => {
    const cwd = tempDir();
    execFileSync("mkfifo", [path.join(cwd, "pipa.xlsx")]);
    fs.mkdirSync(path.join(cwd, "folder.xlsx"));
    for (const [file, why] of [
      ["/dev/zero", /\/dev\/zero: bukan berkas biasa \(perangkat, pipa atau soket\)/],
      ["pipa.xlsx", /pipa\.xlsx: bukan berkas biasa/],
      ["folder.xlsx", /folder\.xlsx: ini folder, bukan berkas \.xlsx/],
    ] as const) {
      const r = runBin(["hitung", file], cwd);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(why);
      expect(r.peakMB).toBeLessThan(PEAK_MB);
    }
  });
});

test("iku hitung of 100 000 survey rows (46 MB of sheet XML) streams: peak under 200 MB, the core's IKM", async () => {
  const preset = presetProfile("sumbersuko-2020");
  if (!preset) throw new Error("preset hilang");
  const made = await surveyWorkbook(preset, 100_000, "plain");
  const cwd = tempDir();
  fs.writeFileSync(path.join(cwd, "survei.xlsx"), made.bytes);
  const r = runBin(["hitung", "survei.xlsx", "--json"], cwd);
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  const rows = JSON.parse(r.stdout) as { realisasi: number | null }[];
  expect(rows.map((x) => x.realisasi)).toContain(ikm(made.jawaban, null));
  // The whole-part reader peaked at 302–311 MB here (the sheet as one string, then regex matches).
  expect(r.peakMB).toBeLessThan(200);
});

test("iku rekap: every hostile file is listed with its reason and the others are recapped", async () => {
  const cwd = tempDir();
  const files: [string, Uint8Array | null][] = [
    ["senduro.xlsx", zipParts(await parts("Senduro"))],
    ["jauh.xlsx", await farCell()],
    ["nama-besar.xlsx", await hugeName()],
    ["bom.xlsx", await lyingProfil()],
    ["teks-10mb.xlsx", await hugeString()],
    ["mirip.xlsx", zipParts(await parts("Randuagung", { kecamatan: "Kec. R\u0430ndu\u0430gung\u200b" }))],
    ["kosong.xlsx", zipParts(await parts("Tempeh", { kecamatan: "" }))],
    ["folder.xlsx", null],
  ];
  for (const [name, bytes] of files) {
    if (bytes) fs.writeFileSync(path.join(cwd, name), bytes);
    else fs.mkdirSync(path.join(cwd, name));
  }
  const r = runBin(["rekap", ...files.map(([n]) => n), "/dev/zero", "-o", "rekap.xlsx"], cwd);
  expect(r.status).toBe(1);
  expect(r.peakMB).toBeLessThan(PEAK_MB);
  expect(fs.existsSync(path.join(cwd, "rekap.xlsx"))).toBe(true);
  expect(r.stdout).toMatch(/Rekap 3 kecamatan tahun 2025/);
  for (const k of ["Senduro", "Tekung", "Randuagung"]) expect(r.stdout).toMatch(k);
  const refused = (file: string): string =>
    r.stdout.split("\n").find((l) => l.includes(`DITOLAK ${file}:`)) ?? "";
  expect(refused("nama-besar.xlsx")).toMatch(/paling banyak 100 000 baris/);
  expect(refused("bom.xlsx")).toMatch(/mengembang melebihi/);
  expect(refused("teks-10mb.xlsx")).toMatch(/kecamatan "A{40}…" di lembar Profil bukan salah satu dari 21/);
  expect(refused("teks-10mb.xlsx").length).toBeLessThan(400);
  expect(refused("kosong.xlsx")).toMatch(/nama kecamatan di lembar Profil kosong/);
  expect(refused("folder.xlsx")).toMatch(/ini folder/);
  expect(refused("/dev/zero")).toMatch(/bukan berkas biasa/);
});
