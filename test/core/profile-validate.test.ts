import type { Profile } from "../../src/core/profile";
import { presetProfile } from "../../src/core/presets";
import { FieldError, isIsoDate, validateProfile } from "../../src/core/profile-validate";

function base(): Profile {
  const p = presetProfile("randuagung-2025");
  if (!p) throw new Error("preset missing");
  return p;
}

/** A profile changed by `edit`. */
function edited(edit: (p: Profile) => void): Profile {
  const p = base();
  edit(p);
  return p;
}

describe("validateProfile: valid profiles", () => {
  const cases: [string, Profile][] = [
    ["Randuagung preset", base()],
    ["Sumbersuko preset (targets null)", presetProfile("sumbersuko-2020") as Profile],
    [
      "empty NIP and name (to be filled)",
      edited((p) => Object.assign(p.penandatangan, { nip: "", nama: "" })),
    ],
    ["NIP without spaces", edited((p) => (p.penandatangan.nip = "196809011992022002"))],
    ["tahun 2000 and 2100", edited((p) => (p.tahun = 2100))],
    ["persen target 10 (1000 %)", edited((p) => (p.indicators[0].target = 10))],
    ["indeks target 25", edited((p) => Object.assign(p.indicators[0], { satuan: "indeks", target: 25 }))],
    ["leap day", edited((p) => (p.penandatangan.tanggal = "2024-02-29"))],
  ];
  test.each(cases)("%s", (_label, p) => {
    expect(validateProfile(p)).toEqual([]);
  });
});

describe("validateProfile: errors", () => {
  const cases: [string, Profile, string][] = [
    ["tahun 1999", edited((p) => (p.tahun = 1999)), "tahun"],
    ["tahun 2101", edited((p) => (p.tahun = 2101)), "tahun"],
    ["tahun 2025.5", edited((p) => (p.tahun = 2025.5)), "tahun"],
    ["tahun NaN", edited((p) => (p.tahun = Number.NaN)), "tahun"],
    ["kecamatan blank", edited((p) => (p.kecamatan = "  ")), "kecamatan"],
    ["instansi blank", edited((p) => (p.instansi = "")), "instansi"],
    ["no desa", edited((p) => (p.desa = [])), "desa"],
    ["duplicate desa (case/space)", edited((p) => p.desa.push(" tunjung ")), "desa.12"],
    ["blank desa name", edited((p) => (p.desa[3] = "")), "desa.3"],
    ["NIP 17 digits", edited((p) => (p.penandatangan.nip = "19680901 199202 2 00")), "penandatangan.nip"],
    ["NIP with letters", edited((p) => (p.penandatangan.nip = "19680901 199202 2 00X")), "penandatangan.nip"],
    ["tanggal 31 Feb", edited((p) => (p.penandatangan.tanggal = "2025-02-31")), "penandatangan.tanggal"],
    ["tanggal dd/mm/yyyy", edited((p) => (p.penandatangan.tanggal = "31/01/2025")), "penandatangan.tanggal"],
    ["persen target 0", edited((p) => (p.indicators[1].target = 0)), "indicators.1.target"],
    ["persen target 84 (meant 0.84)", edited((p) => (p.indicators[0].target = 84)), "indicators.0.target"],
    ["persen target negative", edited((p) => (p.indicators[0].target = -0.5)), "indicators.0.target"],
    [
      "indeks target 24.9",
      edited((p) => Object.assign(p.indicators[1], { satuan: "indeks", target: 24.9 })),
      "indicators.1.target",
    ],
    [
      "indeks target 101",
      edited((p) => Object.assign(p.indicators[1], { satuan: "indeks", target: 101 })),
      "indicators.1.target",
    ],
    ["target Infinity", edited((p) => (p.indicators[0].target = Infinity)), "indicators.0.target"],
    ["no indicators", edited((p) => (p.indicators = [])), "indicators"],
    ["blank indicator name", edited((p) => (p.indicators[0].nama = "")), "indicators.0.nama"],
  ];
  test.each(cases)("%s → %s", (_label, p, field) => {
    const errors: FieldError[] = validateProfile(p);
    expect(errors.map((e) => e.field)).toEqual([field]);
    expect(errors[0].message.length).toBeGreaterThan(10);
  });

  test("every problem is reported, not only the first", () => {
    const p = edited((q) => {
      q.tahun = 1990;
      q.penandatangan.nip = "123";
      q.indicators[1].target = 89;
    });
    expect(validateProfile(p).map((e) => e.field)).toEqual([
      "tahun",
      "penandatangan.nip",
      "indicators.1.target",
    ]);
  });
});

describe("isIsoDate", () => {
  test.each([
    ["2025-01-31", true],
    ["2024-02-29", true],
    ["2025-02-29", false],
    ["2025-13-01", false],
    ["2025-1-31", false],
    ["", false],
  ])("%j → %s", (s, ok) => {
    expect(isIsoDate(s)).toBe(ok);
  });
});
