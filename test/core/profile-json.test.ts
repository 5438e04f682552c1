/**
 * The profile JSON (issue 10): profil.schema.json is a valid draft 2020-12 schema; every
 * fixture and every preset's JSON validates against it; the parser agrees with the schema,
 * reports every problem at once with its JSON path, and round-trips Profile ↔ JSON.
 */
import Ajv2020 from "ajv/dist/2020";
import * as fs from "fs";
import * as path from "path";
import { DEFAULT_PREDIKAT_SCALE } from "../../src/core/capaian";
import { PRESET_NAMES, presetProfile } from "../../src/core/presets";
import { BUILDABLE_KINDS, measureOf, type Profile } from "../../src/core/profile";
import {
  isBuildableJenis,
  parseProfileJson,
  profileFromJson,
  profileToJson,
  profileToJsonText,
} from "../../src/core/profile-json";
import { findKecamatan } from "../../src/core/wilayah";

const ROOT = path.resolve(__dirname, "../..");
const FIXTURES = path.join(ROOT, "test/fixtures/profil");
const schema = JSON.parse(fs.readFileSync(path.join(ROOT, "profil.schema.json"), "utf8")) as object;
const fixtureNames = fs.readdirSync(FIXTURES).filter((f) => f.endsWith(".json"));
const fixture = (f: string): Record<string, unknown> =>
  JSON.parse(fs.readFileSync(path.join(FIXTURES, f), "utf8")) as Record<string, unknown>;

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(schema);

function parsed(value: unknown): Profile {
  const r = profileFromJson(value, { requireBuildable: false });
  if (!r.ok) throw new Error(JSON.stringify(r.errors, null, 1));
  return r.profile;
}

/** expect.stringMatching, typed for toEqual objects. */
const matching = (re: RegExp): string => expect.stringMatching(re) as string;

/** A profile's JSON, loosely typed so a test can break it. */
interface LooseJson {
  [key: string]: unknown;
  penandatangan: Record<string, unknown>;
  indikator: Record<string, unknown>[];
}
const loose = (p: Profile): LooseJson => JSON.parse(profileToJsonText(p)) as LooseJson;

function preset(name: string): Profile {
  const p = presetProfile(name);
  if (!p) throw new Error(name);
  return p;
}

describe("profil.schema.json", () => {
  test("is a valid JSON Schema 2020-12 (strict mode)", () => {
    expect(ajv.validateSchema(schema)).toBe(true);
  });

  test("there are at least three fixtures of real kecamatan documents", () => {
    expect(fixtureNames.length).toBeGreaterThanOrEqual(3);
  });

  test.each(fixtureNames)("fixture %s validates against the schema", (f) => {
    expect(validate(fixture(f)) ? null : validate.errors).toBeNull();
  });

  test.each(PRESET_NAMES)("the JSON of preset %s validates against the schema", (name) => {
    const json = JSON.parse(profileToJsonText(preset(name))) as unknown;
    expect(validate(json) ? null : validate.errors).toBeNull();
  });
});

describe("round trip Profile ↔ JSON", () => {
  test.each(PRESET_NAMES)("preset %s: JSON → Profile gives back the preset exactly", (name) => {
    const r = parseProfileJson(profileToJsonText(preset(name)));
    expect(r).toEqual({ ok: true, profile: preset(name) });
  });

  test.each(fixtureNames)("fixture %s: Profile → JSON → Profile is the same profile", (f) => {
    const p = parsed(fixture(f));
    const json = profileToJson(p);
    expect(validate(json) ? null : validate.errors).toBeNull();
    expect(parsed(json)).toEqual(p);
  });

  test("Sidemen's options are kept: APBDesa only, a Pengaduan log, bobot 0,111, target '100%'", () => {
    const p = parsed(fixture("sidemen-2021.json"));
    expect(p.ikmBobot).toBe(0.111);
    expect(p.indicators.map((i) => i.kind)).toEqual(["dokdesa", "fasilitasi", "ikm"]);
    expect(measureOf(p.indicators[0])).toEqual({ jenis: "dokumen-desa", dokumen: ["APBDesa"] });
    expect(measureOf(p.indicators[1])).toMatchObject({ lembar: "Pengaduan", kolomStatus: "Diselesaikan" });
    // The default survei-ikm measure stays implicit, as the presets write it.
    expect(p.indicators[2].pengukuran).toBeUndefined();
    expect(p.indicators[0].target).toBe(1);
    expect(p.indikatorTujuan).toBe("Indeks Kepuasan Masyarakat");
  });

  test("Pringsewu's own predikat scale: '90%' → 0.9, highest first; the default scale is left out", () => {
    const p = parsed(fixture("pringsewu-2026.json"));
    expect(p.skalaPredikat).toEqual([
      { min: 0.9, label: "Sangat Baik" },
      { min: 0.75, label: "Baik" },
      { min: 0.6, label: "Cukup" },
      { min: 0, label: "Kurang" },
    ]);
    const json = { ...profileToJson(preset("randuagung-2025")) };
    json.skalaPredikat = [...DEFAULT_PREDIKAT_SCALE]
      .reverse()
      .map((s) => ({ batas: s.min, predikat: s.label }));
    expect(parsed(json).skalaPredikat).toBeUndefined();
  });
});

describe("defaults", () => {
  test("a Lumajang kecamatan without desa gets its desa from the wilayah data", () => {
    const json: Record<string, unknown> = { ...profileToJson(preset("randuagung-2025")) };
    delete json.desa;
    expect(parsed(json).desa).toEqual(findKecamatan("Randuagung")?.desa);
    expect(parsed(json).desa.length).toBeGreaterThan(5);
  });

  test("another kabupaten without desa: the error names the desa key", () => {
    const json: Record<string, unknown> = { ...fixture("sempu-2026.json") };
    delete json.desa;
    const r = profileFromJson(json, { requireBuildable: false });
    expect(r.ok ? [] : r.errors.map((e) => e.path)).toEqual(["desa"]);
  });
});

describe("measurement kinds the registry has not built yet", () => {
  test.each([
    ["rasio", "pringsewu-2026.json", 0],
    ["nilai", "sempu-2026.json", 0],
  ] as const)("%s: refused with 'belum didukung' exactly while BUILDABLE_KINDS lacks it", (jenis, f, i) => {
    const json = fixture(f);
    const r = parseProfileJson(JSON.stringify(json));
    const inds = (json.indikator as { pengukuran: { jenis: string } }[]).map((x) => x.pengukuran.jenis);
    const at = inds.indexOf(jenis);
    expect(at).toBeGreaterThanOrEqual(i);
    const errs = r.ok ? [] : r.errors.filter((e) => e.path === `indikator[${at}].pengukuran.jenis`);
    if (BUILDABLE_KINDS.includes(jenis)) {
      expect(isBuildableJenis(jenis)).toBe(true);
      expect(errs).toEqual([]);
    } else {
      expect(isBuildableJenis(jenis)).toBe(false);
      expect(errs).toEqual([
        {
          path: `indikator[${at}].pengukuran.jenis`,
          message: matching(new RegExp(`^jenis pengukuran "${jenis}" belum didukung oleh versi ini`)),
        },
      ]);
    }
  });
});

describe("errors: all at once, each with its JSON path", () => {
  test("a file with many problems reports every one of them", () => {
    const bad = loose(preset("randuagung-2025"));
    bad.tahun = 1999;
    bad.kecamtan = "x"; // typo of a key
    bad.desa = ["Ranuwurung", "Ranuwurung"];
    bad.bobotIkm = 0.2;
    bad.penandatangan.nip = "123";
    bad.indikator[0].target = "84"; // no % sign: ambiguous
    bad.indikator[1].pengukuran = { jenis: "rasio", pembilang: "Musrenbang yang dihadiri" };
    bad.indikator.push({ ...bad.indikator[0], target: 0.5, pengukuran: { jenis: "hitung" } });
    bad.indikator[0].polaritas = "naik";
    const r = profileFromJson(bad);
    expect(r.ok).toBe(false);
    const paths = r.ok ? [] : r.errors.map((e) => e.path).sort();
    expect(paths).toEqual(
      [
        "kecamtan",
        "tahun",
        "desa[1]",
        "bobotIkm",
        "penandatangan.nip",
        "indikator[0].target",
        "indikator[0].polaritas",
        "indikator[1].pengukuran.penyebut",
        "indikator[2].pengukuran.jenis",
      ].sort(),
    );
    const msg = (p: string): string => (r.ok ? "" : (r.errors.find((e) => e.path === p)?.message ?? ""));
    expect(msg("kecamtan")).toBe('kunci "kecamtan" tidak dikenal (maksud Anda "kecamatan"?).');
    expect(msg("indikator[1].pengukuran.penyebut")).toBe('kunci "penyebut" wajib ada.');
    expect(msg("indikator[0].target")).toMatch(/"84" bukan angka: tulis pecahan \(0.84\), "84%"/);
    expect(msg("indikator[2].pengukuran.jenis")).toMatch(
      /"hitung" tidak dikenal; pilih "daftar", "dokumen-desa"/,
    );
    expect(msg("tahun")).toMatch(/antara 2000 dan 2100/);
    expect(msg("desa[1]")).toMatch(/lebih dari sekali/);
    // The schema refuses the same file.
    expect(validate(bad)).toBe(false);
  });

  test("semantic checks of validateProfile come with JSON paths: a persen target of 84", () => {
    const bad = loose(preset("randuagung-2025"));
    bad.indikator[1].target = 84;
    const r = profileFromJson(bad);
    expect(r.ok ? [] : r.errors).toEqual([
      {
        path: "indikator[1].target",
        message: matching(/ketik 84 % \(dengan tanda %\) atau 0,84/),
      },
    ]);
  });

  test("daftar options: sheet name rules, empty captions; dokumen unknown and repeated", () => {
    const bad = loose(preset("randuagung-2025"));
    bad.indikator[0].pengukuran = {
      jenis: "daftar",
      lembar: "Pengaduan/Aduan",
      kolomItem: " ",
      kolomStatus: "Selesai",
    };
    bad.indikator[1].pengukuran = { jenis: "dokumen-desa", dokumen: ["APBDes", "LPPDesa", "LPPDesa"] };
    const r = profileFromJson(bad);
    expect(r.ok ? [] : r.errors.map((e) => e.path)).toEqual([
      "indikator[0].pengukuran.lembar",
      "indikator[0].pengukuran.kolomItem",
      "indikator[1].pengukuran.dokumen[0]",
      "indikator[1].pengukuran.dokumen[2]",
    ]);
    expect(validate(bad)).toBe(false);
  });

  test("an option validateProfile refuses is reported under pengukuran: a log named like the Profil sheet", () => {
    const bad = loose(preset("randuagung-2025"));
    bad.indikator[0].pengukuran = {
      jenis: "daftar",
      lembar: "Profil",
      kolomItem: "Aduan",
      kolomStatus: "Selesai",
    };
    const r = profileFromJson(bad);
    expect(r.ok ? [] : r.errors).toEqual([
      { path: "indikator[0].pengukuran.lembar", message: matching(/sudah dipakai lembar lain/) },
    ]);
  });

  test("kabupaten missing: that is the error, not a made-up one about the desa", () => {
    const bad = loose(preset("randuagung-2025"));
    delete bad.kabupaten;
    delete bad.desa;
    const r = profileFromJson(bad);
    expect(r.ok ? [] : r.errors.map((e) => e.path)).toEqual(["kabupaten"]);
  });

  test("a syntax error is one error with its line and column; a BOM is accepted", () => {
    const r = parseProfileJson('{\n  "kecamatan": "Senduro",\n  "tahun": 2026,,\n}');
    expect(r.ok ? [] : r.errors).toEqual([
      { path: "", message: matching(/^bukan JSON yang sah: baris 3 kolom 17 /) },
    ]);
    expect(parseProfileJson("\uFEFF" + profileToJsonText(preset("sumbersuko-2020"))).ok).toBe(true);
  });

  test("not an object at the top", () => {
    const r = parseProfileJson("[]");
    expect(r.ok ? [] : r.errors).toEqual([{ path: "", message: "harus objek { … }, bukan daftar." }]);
  });
});
