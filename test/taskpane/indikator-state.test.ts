import {
  addIndicator,
  draftMeasure,
  draftOf,
  editIndicator,
  jenisAvailable,
  measureFields,
  measureProblems,
  moveIndicator,
  newDraft,
  removeIndicator,
  type IndicatorDraft,
} from "../../src/taskpane/indikator-state";
import { formToProfile, profileToForm, type FormState } from "../../src/taskpane/form-state";
import { BUILDABLE_KINDS, kindOfMeasure, measureOf, type Indicator } from "../../src/core/profile";
import { measureProblems as coreMeasureProblems } from "../../src/core/profile-validate";
import { MEASURE_KINDS } from "../../src/core/measure";
import { preset } from "../helpers/profiles";

function randuagung(): FormState {
  return profileToForm(preset("randuagung-2025"), "randuagung-2025", "addin");
}
const names = (list: readonly IndicatorDraft[]): string[] => list.map((d) => d.nama);

describe("list operations", () => {
  const list = profileToForm(preset("sumbersuko-2020"), "", "addin").indicators; // ikm, fasilitasi, dokdesa
  const [a, b, c] = names(list);

  test("add appends an empty indicator under the last one's sasaran, of a buildable kind", () => {
    const next = addIndicator(list);
    expect(next).toHaveLength(4);
    expect(list).toHaveLength(3); // pure: the input list is untouched
    expect(next[3].nama).toBe("");
    expect(next[3].sasaran).toBe(list[2].sasaran);
    expect(jenisAvailable(next[3].jenis)).toBe(true);
  });

  test("remove drops exactly that item", () => {
    expect(names(removeIndicator(list, 1))).toEqual([a, c]);
  });

  test("move up/down swaps neighbours; at either end nothing moves", () => {
    expect(names(moveIndicator(list, 1, -1))).toEqual([b, a, c]);
    expect(names(moveIndicator(list, 1, 1))).toEqual([a, c, b]);
    expect(names(moveIndicator(list, 0, -1))).toEqual([a, b, c]);
    expect(names(moveIndicator(list, 2, 1))).toEqual([a, b, c]);
  });

  test("edit patches one item only", () => {
    const next = editIndicator(list, 2, { nama: "Baru", target: "75" });
    expect(next[2]).toMatchObject({ nama: "Baru", target: "75" });
    expect(next[0]).toBe(list[0]);
  });
});

describe("measurement of a draft", () => {
  test("the presets' indicators keep kind and no pengukuran (the default)", () => {
    for (const ind of preset("sumbersuko-2020").indicators) {
      const f = measureFields(draftOf(ind, ""));
      expect(f).toEqual({ kind: ind.kind });
    }
  });

  test("options that differ from the kind's default become pengukuran", () => {
    const d: IndicatorDraft = { ...newDraft(), jenis: "dokumen-desa", dokumen: ["APBDesa"] };
    expect(measureFields(d)).toEqual({
      kind: "dokdesa",
      pengukuran: { jenis: "dokumen-desa", dokumen: ["APBDesa"] },
    });
    const log: IndicatorDraft = {
      ...newDraft(),
      jenis: "daftar",
      lembar: " Pengaduan ",
      kolomItem: "Pengaduan",
      kolomStatus: "Diselesaikan",
    };
    const m = measureFields(log);
    expect(m.kind).toBe("fasilitasi");
    expect(m.pengukuran).toEqual({
      jenis: "daftar",
      lembar: "Pengaduan",
      kolomItem: "Pengaduan",
      kolomStatus: "Diselesaikan",
    });
  });

  test("every kind maps to kindOfMeasure, and a kind's defaults give back measureOf", () => {
    for (const k of MEASURE_KINDS) {
      const d = { ...newDraft(), jenis: k.jenis };
      expect(measureFields(d).kind).toBe(kindOfMeasure(draftMeasure(d)));
      expect(measureFields(d).pengukuran).toBeUndefined();
      expect(draftMeasure(d)).toEqual(measureOf({ kind: measureFields(d).kind }));
    }
  });

  test("switching kinds keeps each kind's typed options", () => {
    const d: IndicatorDraft = { ...newDraft(), jenis: "rasio", pembilang: "Selesai", penyebut: "Diterima" };
    const away = { ...d, jenis: "daftar" as const };
    expect(draftMeasure({ ...away, jenis: "rasio" })).toEqual({
      jenis: "rasio",
      pembilang: "Selesai",
      penyebut: "Diterima",
    });
  });
});

/**
 * What the form reports about the options: the pane's own checks (measureProblems) and the
 * core's, which own the rules (profile-validate.ts), by the same field paths.
 */
function optionProblems(list: IndicatorDraft[]): { field: string; message: string }[] {
  const core = list.flatMap((d, i) =>
    coreMeasureProblems({ ...measureFields(d) } as Indicator, i).map(([option, message]) => ({
      field: `indicators.${i}.${option}`,
      message,
    })),
  );
  return [...measureProblems(list), ...core];
}

describe("measureProblems", () => {
  const base = (over: Partial<IndicatorDraft>): IndicatorDraft => ({ ...newDraft(), ...over });
  const rows: [string, IndicatorDraft[], string, string][] = [
    [
      "no document chosen",
      [base({ jenis: "dokumen-desa", dokumen: [] })],
      "indicators.0.dokumen",
      "sedikitnya satu dokumen",
    ],
    ["empty sheet name", [base({ jenis: "daftar", lembar: " " })], "indicators.0.lembar", "1–31 karakter"],
    [
      "sheet name Excel refuses",
      [base({ jenis: "daftar", lembar: "A/B" })],
      "indicators.0.lembar",
      "1–31 karakter",
    ],
    [
      "sheet name of a built sheet",
      [base({ jenis: "daftar", lembar: "Profil" })],
      "indicators.0.lembar",
      "sudah dipakai",
    ],
    [
      "sheet name of the IKU sheet",
      [base({ jenis: "daftar", lembar: "IKU 2026" })],
      "indicators.0.lembar",
      "sudah dipakai",
    ],
    [
      "two logs on one sheet",
      [base({ jenis: "daftar", lembar: "Pengaduan" }), base({ jenis: "daftar", lembar: "pengaduan" })],
      "indicators.1.lembar",
      "sudah dipakai IKU ke-1",
    ],
    [
      "empty item caption",
      [base({ jenis: "daftar", kolomItem: "" })],
      "indicators.0.kolomItem",
      "wajib diisi",
    ],
    [
      "empty status caption",
      [base({ jenis: "daftar", kolomStatus: "" })],
      "indicators.0.kolomStatus",
      "wajib diisi",
    ],
    ["empty pembilang", [base({ jenis: "rasio", pembilang: "" })], "indicators.0.pembilang", "pembilang"],
    ["empty penyebut", [base({ jenis: "rasio", penyebut: "" })], "indicators.0.penyebut", "penyebut"],
    [
      "desimal not a whole number",
      [base({ jenis: "nilai", desimal: "2,5" })],
      "indicators.0.desimal",
      "bilangan bulat",
    ],
    ["desimal over 10", [base({ jenis: "nilai", desimal: "11" })], "indicators.0.desimal", "0–10"],
  ];
  test.each(rows)("%s", (_n, list, field, text) => {
    const hit = optionProblems(list).find((e) => e.field === field);
    expect(hit?.message).toContain(text);
  });

  test("valid options of every buildable kind: no problem", () => {
    const list = MEASURE_KINDS.filter((k) => jenisAvailable(k.jenis)).map((k) => base({ jenis: k.jenis }));
    expect(measureProblems(list)).toEqual([]);
  });

  test("a kind this version cannot build is refused under the field validateProfile uses", () => {
    const missing = MEASURE_KINDS.filter(
      (k) => !BUILDABLE_KINDS.includes(kindOfMeasure({ jenis: k.jenis } as never)),
    );
    for (const k of missing) {
      const errs = measureProblems([base({ jenis: k.jenis })]);
      expect(errs.find((e) => e.field === "indicators.0.kind")?.message).toContain("belum tersedia");
    }
  });
});

describe("the form builds the edited indicator list", () => {
  test("added, reordered and retyped indicators reach the profile", () => {
    const form = randuagung();
    let list = addIndicator(form.indicators);
    list = editIndicator(list, 2, {
      nama: "Persentase desa yang menyampaikan APBDes tepat waktu",
      jenis: "dokumen-desa",
      dokumen: ["APBDesa"],
      target: "75",
      polaritas: "positif",
    });
    list = moveIndicator(list, 2, -1);
    const { profile, errors } = formToProfile(preset("randuagung-2025"), { ...form, indicators: list });
    expect(errors).toEqual([]);
    expect(profile?.indicators.map((i) => i.kind)).toEqual(["fasilitasi", "dokdesa", "dokdesa"]);
    expect(profile?.indicators[1]).toMatchObject({
      nama: "Persentase desa yang menyampaikan APBDes tepat waktu",
      target: 0.75,
      pengukuran: { jenis: "dokumen-desa", dokumen: ["APBDesa"] },
    });
    expect(profile?.indicators[2].pengukuran).toBeUndefined();
  });

  test("every problem of a new indicator is reported by field, then fixed", () => {
    const form = randuagung();
    const bad = editIndicator(addIndicator(form.indicators), 2, {
      jenis: "dokumen-desa",
      dokumen: [],
      target: "x",
    });
    const r = formToProfile(preset("randuagung-2025"), { ...form, indicators: bad });
    expect(r.profile).toBeNull();
    expect(r.errors.map((e) => e.field).sort()).toEqual([
      "indicators.2.dokumen",
      "indicators.2.nama",
      "indicators.2.target",
    ]);
    const fixed = editIndicator(bad, 2, { nama: "Desa tertib APBDes", dokumen: ["APBDesa"], target: "80" });
    expect(formToProfile(preset("randuagung-2025"), { ...form, indicators: fixed }).errors).toEqual([]);
  });

  test("an empty list is refused by the core's rule", () => {
    const form = randuagung();
    const r = formToProfile(preset("randuagung-2025"), { ...form, indicators: [] });
    expect(r.errors.map((e) => e.field)).toEqual(["indicators"]);
  });
});
