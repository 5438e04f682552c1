import { PRESET_NAMES, presetProfile } from "../../src/core/presets";
import { validateProfile } from "../../src/core/profile-validate";

/** Typos of the source documents (DOMAIN.md) that a generated profile must not repeat. */
const TYPOS = [
  "apemberdayaan",
  "pelayananh",
  "akegiatan",
  "pemerinbtah",
  "Desa/.Kelurahan",
  "Startegis",
  "RPKDesa",
];

describe("presetProfile", () => {
  test("two presets, in this order", () => {
    expect(PRESET_NAMES).toEqual(["randuagung-2025", "sumbersuko-2020"]);
  });

  const cases: [string, string | undefined, number | undefined, number | undefined][] = [
    ["randuagung-2025", "Randuagung", 2025, 12],
    ["Sumbersuko-2020", "Sumbersuko", 2020, 8],
    [" randuagung-2025 ", "Randuagung", 2025, 12],
    // error rows: unknown names give undefined
    ["randuagung-2024", undefined, undefined, undefined],
    ["", undefined, undefined, undefined],
    ["constructor", undefined, undefined, undefined],
  ];
  test.each(cases)("%j", (name, kecamatan, tahun, desa) => {
    const p = presetProfile(name);
    expect(p?.kecamatan).toBe(kecamatan);
    expect(p?.tahun).toBe(tahun);
    expect(p?.desa.length).toBe(desa);
  });

  test.each(PRESET_NAMES.map((n) => [n]))("%s is valid and free of the source typos", (name) => {
    const p = presetProfile(name);
    expect(p).toBeDefined();
    if (!p) return;
    expect(validateProfile(p)).toEqual([]);
    const text = JSON.stringify(p);
    for (const typo of TYPOS) expect(text).not.toContain(typo);
  });

  test("Randuagung 2025: fungsi a–j, targets 84 % and 89 %, signatory", () => {
    const p = presetProfile("randuagung-2025");
    expect(p?.fungsi).toHaveLength(10);
    expect(p?.tugasLabel).toBe("Tugas Pokok");
    expect(p?.indicators.map((i) => i.kind)).toEqual(["fasilitasi", "dokdesa"]);
    expect(p?.indicators[0].target).toBeCloseTo(0.84, 12);
    expect(p?.indicators[1].target).toBeCloseTo(0.89, 12);
    expect(p?.penandatangan).toEqual({
      tempat: "Lumajang",
      tanggal: "2025-01-31",
      jabatan: "Camat Randuagung",
      nama: "Dra. MAWI MUJAYANTI",
      nip: "19680901 199202 2 002",
    });
  });

  test("Sumbersuko 2020: Tugas, one sasaran with 3 IKU, no targets, APBDesa tepat waktu", () => {
    const p = presetProfile("sumbersuko-2020");
    expect(p?.tugasLabel).toBe("Tugas");
    expect(p?.fungsi).toHaveLength(9);
    expect(p?.indicators.map((i) => i.kind)).toEqual(["ikm", "fasilitasi", "dokdesa"]);
    expect(new Set(p?.indicators.map((i) => i.sasaran)).size).toBe(1);
    expect(p?.indicators.map((i) => i.target)).toEqual([null, null, null]);
    expect(p?.indicators[0].satuan).toBe("indeks");
    expect(p?.indicators[2].rumus).toContain("APBDesa tepat waktu");
    expect(p?.indicators[2].rumus).toContain("RKPDesa tepat waktu");
    expect(p?.penandatangan.nip).toBe("19661114 199403 2 008");
  });

  test("each call is a fresh copy", () => {
    const a = presetProfile("randuagung-2025");
    a?.desa.push("Baru");
    a?.fungsi.pop();
    expect(presetProfile("randuagung-2025")?.desa).toHaveLength(12);
    expect(presetProfile("randuagung-2025")?.fungsi).toHaveLength(10);
  });
});
