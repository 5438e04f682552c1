import { ErrorKind, isIkuError } from "../../../src/core/errors";
import type { Profile } from "../../../src/core/profile";
import { PRESET_NAMES } from "../../../src/core/presets";
import { lumajangProfile } from "../../../src/core/wilayah";
import { buildWorkbook } from "../../../src/core/workbook/build";
import type { SheetModel } from "../../../src/core/workbook/model";
import { buildProfilSheet, readProfile } from "../../../src/core/workbook/profil-sheet";
import { validateProfile } from "../../../src/core/profile-validate";
import { profileOf } from "../../helpers/profiles";
import { gridOf, setTableCell, tableHeader } from "../../helpers/profil-grid";

/** Finds the row labelled `label` and sets its value cell. */
function setValue(grid: unknown[][], label: string, value: unknown): void {
  const row = grid.find((r) => r[0] === label);
  if (!row) throw new Error(`no row ${label}`);
  row[1] = value;
}

describe("readProfile round trip", () => {
  const senduro = lumajangProfile("Senduro", 2026);
  const cases: [string, Profile][] = [
    ...PRESET_NAMES.map((n) => [n, profileOf(n)] as [string, Profile]),
    [
      "lumajang Senduro 2026 (blank name and NIP)",
      isIkuError(senduro) ? profileOf("randuagung-2025") : senduro,
    ],
  ];
  test.each(cases)("%s", (_label, profile) => {
    const profil = buildWorkbook(profile, "portable").sheets.find((s) => s.kind === "profil");
    expect(profil?.name).toBe("Profil");
    const back = readProfile(gridOf(profil as SheetModel));
    expect(back).toEqual(profile);
  });
});

describe("readProfile: values as renderers deliver them", () => {
  const base = profileOf("randuagung-2025");
  const grid = (): unknown[][] => gridOf(buildProfilSheet(base, "addin").sheet);
  const cases: [string, (g: unknown[][]) => void, (p: Profile) => unknown, unknown][] = [
    [
      "tanggal as ISO text",
      (g) => setValue(g, "Penandatangan Tanggal", "2025-01-31"),
      (p) => p.penandatangan.tanggal,
      "2025-01-31",
    ],
    [
      "tanggal as dd/mm/yyyy",
      (g) => setValue(g, "Penandatangan Tanggal", "3/3/2020"),
      (p) => p.penandatangan.tanggal,
      "2020-03-03",
    ],
    [
      "tanggal as a serial",
      (g) => setValue(g, "Penandatangan Tanggal", 45688),
      (p) => p.penandatangan.tanggal,
      "2025-01-31",
    ],
    ["tahun as text", (g) => setValue(g, "Tahun", "2026"), (p) => p.tahun, 2026],
    [
      "NIP as a number",
      (g) => setValue(g, "Penandatangan NIP", 196809011992022000),
      (p) => typeof p.penandatangan.nip,
      "string",
    ],
    ["target as text 84%", (g) => setTableCell(g, 1, "Target", "84%"), (p) => p.indicators[0].target, 0.84],
    ["target as text 0,9", (g) => setTableCell(g, 1, "Target", "0,9"), (p) => p.indicators[0].target, 0.9],
    ["target cleared", (g) => setTableCell(g, 2, "Target", null), (p) => p.indicators[1].target, null],
    [
      "jenis in capitals",
      (g) => setTableCell(g, 1, "Jenis Pengukuran", " Daftar "),
      (p) => p.indicators[0].kind,
      "fasilitasi",
    ],
    ["a desa emptied is removed", (g) => setValue(g, "Desa 3", ""), (p) => p.desa.length, 11],
    [
      "label rows reordered above the table",
      (g) => {
        const end = tableHeader(g) - 1;
        g.splice(3, end - 3, ...g.slice(3, end).reverse());
      },
      (p) => [p.desa[0], p.indicators.length],
      ["Banyuputih Lor", 2],
    ],
  ];
  test.each(cases)("%s", (_label, edit, pickValue, expected) => {
    const g = grid();
    edit(g);
    const p = readProfile(g);
    if (isIkuError(p)) throw new Error(p.message);
    const got = pickValue(p);
    if (typeof expected === "number") expect(got).toBeCloseTo(expected, 10);
    else expect(got).toEqual(expected);
  });

  const errors: [string, (g: unknown[][]) => unknown[][], RegExp][] = [
    ["empty grid", () => [], /tidak dikenali/],
    [
      "not a Profil sheet",
      () => [
        ["No.", "Tanggal"],
        [1, 45000],
      ],
      /tidak dikenali/,
    ],
    [
      "tahun not a number",
      (g) => (setValue(g, "Tahun", "dua ribu"), g),
      /baris 7: Tahun harus bilangan bulat/,
    ],
    ["tahun 2025.5", (g) => (setValue(g, "Tahun", 2025.5), g), /Tahun harus bilangan bulat/],
    [
      "unknown jenis",
      (g) => (setTableCell(g, 2, "Jenis Pengukuran", "anggaran"), g),
      /sel C\d+: Jenis Pengukuran "anggaran" tidak dikenal/,
    ],
    ["unknown satuan", (g) => (setTableCell(g, 1, "Satuan", "%"), g), /sel H\d+: Satuan "%" tidak dikenal/],
    ["unknown polaritas", (g) => (setTableCell(g, 1, "Polaritas", "naik"), g), /sel I\d+: Polaritas/],
    ["target text", (g) => (setTableCell(g, 1, "Target", "tinggi"), g), /sel G\d+: Target harus angka/],
  ];
  test.each(errors)("error: %s", (_label, make, message) => {
    const p = readProfile(make(grid()));
    expect(isIkuError(p)).toBe(true);
    if (isIkuError(p)) {
      expect(p.kind).toBe(ErrorKind.Value);
      expect(p.message).toMatch(message);
    }
  });
});

describe("Bobot IKM per Unsur (profile setting)", () => {
  const LABEL = "Bobot IKM per Unsur";
  const grid = (): unknown[][] => {
    const profil = buildWorkbook(profileOf("randuagung-2025"), "portable").sheets.find(
      (s) => s.kind === "profil",
    );
    return gridOf(profil as SheetModel);
  };

  test("the row holds exact 1/9 by default and IKU_IKM_Bobot points at it", () => {
    const wb = buildWorkbook(profileOf("randuagung-2025"), "addin");
    const g = grid();
    const row = g.findIndex((r) => r[0] === LABEL);
    expect(g[row][1]).toBe(1 / 9);
    expect(wb.names.find((n) => n.name === "IKU_IKM_Bobot")).toMatchObject({
      sheet: "Profil",
      range: `$B$${row + 1}`,
    });
  });

  test.each([
    [0.111, 0.111],
    [0.11, 0.11],
    ["0,11", 0.11],
    [0.11111111111111, undefined], // within rounding noise of 1/9: the default, left out
  ])("%p is read as %p", (typed, expected) => {
    const g = grid();
    setValue(g, LABEL, typed);
    const back = readProfile(g);
    expect(isIkuError(back)).toBe(false);
    expect((back as Profile).ikmBobot).toBe(expected);
  });

  test.each([[0.1], ["1/9"], [0.2]])("%p is refused with the row number", (typed) => {
    const g = grid();
    setValue(g, LABEL, typed);
    const back = readProfile(g);
    expect(isIkuError(back) && back.kind).toBe(ErrorKind.Value);
    expect(isIkuError(back) && back.message).toMatch(/Lembar Profil baris \d+: Bobot IKM harus/);
  });

  test("a profile with another bobot survives the round trip and validation refuses nonsense", () => {
    const profile = { ...profileOf("randuagung-2025"), ikmBobot: 0.11 };
    const profil = buildWorkbook(profile, "portable").sheets.find((s) => s.kind === "profil");
    expect(readProfile(gridOf(profil as SheetModel))).toEqual(profile);
    expect(validateProfile({ ...profile, ikmBobot: 0.5 }).map((e) => e.field)).toContain("ikmBobot");
    expect(validateProfile(profile).map((e) => e.field)).not.toContain("ikmBobot");
  });
});
