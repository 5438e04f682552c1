import { isIkuError } from "../../src/core/errors";
import {
  editDistance,
  findKecamatan,
  listKecamatan,
  lumajangProfile,
  suggestKecamatan,
} from "../../src/core/wilayah";
import { presetProfile } from "../../src/core/presets";

describe("listKecamatan", () => {
  const all = listKecamatan();
  test("21 kecamatan in code order, 198 desa and 7 kelurahan", () => {
    expect(all).toHaveLength(21);
    expect(all[0]).toMatchObject({ nama: "Tempursari", kode: "35.08.01" });
    expect(all[20]).toMatchObject({ nama: "Sumbersuko", kode: "35.08.21" });
    expect(all.map((k) => k.kode)).toEqual([...all.map((k) => k.kode)].sort());
    expect(all.reduce((n, k) => n + k.desa.length, 0)).toBe(198);
    expect(all.reduce((n, k) => n + k.kelurahan.length, 0)).toBe(7);
  });
  test("returns copies", () => {
    all[0].desa.push("X");
    expect(listKecamatan()[0].desa).not.toContain("X");
  });
});

describe("findKecamatan", () => {
  const cases: [string, string | undefined, number | undefined][] = [
    ["Randuagung", "Randuagung", 12],
    ["  randuagung ", "Randuagung", 12],
    ["Kecamatan Sumbersuko", "Sumbersuko", 8],
    ["kec. Randu Agung", "Randuagung", 12],
    ["LUMAJANG", "Lumajang", 5],
    ["Pasrujambe", "Pasrujambe", 7],
    // error rows
    ["Randuagong", undefined, undefined],
    ["", undefined, undefined],
    ["Kecamatan", undefined, undefined],
  ];
  test.each(cases)("%j → %s", (input, nama, desa) => {
    const k = findKecamatan(input);
    expect(k?.nama).toBe(nama);
    expect(k?.desa.length).toBe(desa);
  });
  test("Lumajang: 5 desa, 7 kelurahan kept apart", () => {
    const k = findKecamatan("Lumajang");
    expect(k?.kelurahan).toHaveLength(7);
    expect(k?.desa).toEqual(["Banjarwaru", "Labruk Lor", "Denok", "Blukon", "Boreng"]);
  });
});

describe("suggestKecamatan", () => {
  const cases: [string, number, string][] = [
    ["Randuagong", 3, "Randuagung"],
    ["sumbersuka", 3, "Sumbersuko"],
    ["Senduru", 1, "Senduro"],
    ["Kecamatan Lumajan", 2, "Lumajang"],
  ];
  test.each(cases)("%s → first %s", (input, n, first) => {
    const s = suggestKecamatan(input, n);
    expect(s).toHaveLength(n);
    expect(s[0]).toBe(first);
  });
  test("n = 0 gives nothing, default is 3", () => {
    expect(suggestKecamatan("x", 0)).toEqual([]);
    expect(suggestKecamatan("x")).toHaveLength(3);
  });
  test.each([
    ["", "", 0],
    ["abc", "", 3],
    ["kitten", "sitting", 3],
    ["randuagong", "randuagung", 1],
  ])("editDistance(%j, %j) = %d", (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });
});

describe("lumajangProfile", () => {
  test("Senduro 2026: Randuagung text, own name, desa, blank signatory", () => {
    const p = lumajangProfile("senduro", 2026);
    if (isIkuError(p)) throw new Error(p.message);
    const base = presetProfile("randuagung-2025");
    expect(p.kecamatan).toBe("Senduro");
    expect(p.instansi).toBe("Kecamatan Senduro");
    expect(p.tahun).toBe(2026);
    expect(p.desa).toHaveLength(12);
    expect(p.fungsi).toEqual(base?.fungsi);
    // Randuagung's targets are not Senduro's: left empty.
    expect(p.indicators.map((i) => i.target)).toEqual([null, null]);
    expect(p.indicators[0].sumberData).toBe("Seluruh seksi dan subbag di Kecamatan Senduro");
    expect(JSON.stringify(p)).not.toContain("Randuagung");
    expect(p.penandatangan).toEqual({
      tempat: "Lumajang",
      tanggal: "", // no made-up signing date (issue 13)
      jabatan: "Camat Senduro",
      nama: "",
      nip: "",
    });
  });
  test("Kecamatan Lumajang counts its 5 desa only", () => {
    const p = lumajangProfile("Kecamatan Lumajang", 2025);
    expect(isIkuError(p) ? p.message : p.desa.length).toBe(5);
  });
  const errors: [string, number, RegExp][] = [
    ["Randuagong", 2025, /tidak ada di Kabupaten Lumajang.*Randuagung/],
    ["", 2025, /tidak ada/],
    ["Senduro", 1999, /2000–2100/],
    ["Senduro", 2025.5, /bilangan bulat/],
    ["Senduro", Number.NaN, /Tahun/],
  ];
  test.each(errors)("error: %j %d", (kec, tahun, message) => {
    const p = lumajangProfile(kec, tahun);
    expect(isIkuError(p)).toBe(true);
    if (isIkuError(p)) expect(p.message).toMatch(message);
  });
});
