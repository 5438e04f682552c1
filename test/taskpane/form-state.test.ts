import {
  errorSummary,
  errorsByElement,
  messageNamesField,
  fieldElementId,
  formToProfile,
  nextJabatan,
  nextTanggal,
  profileToForm,
  targetLabel,
  type FormState,
} from "../../src/taskpane/form-state";
import { lumajangProfile } from "../../src/core/wilayah";
import { isIkuError } from "../../src/core/errors";
import type { Profile } from "../../src/core/profile";
import { preset } from "../helpers/profiles";

function lumajang(kec: string, tahun: number): Profile {
  const p = lumajangProfile(kec, tahun);
  if (isIkuError(p)) throw new Error(p.message);
  return p;
}

/** Randuagung's indicator list with these target texts typed. */
function tgt(texts: string[]): Pick<FormState, "indicators"> {
  const form = profileToForm(preset("randuagung-2025"), "randuagung-2025", "addin");
  return { indicators: form.indicators.map((d, i) => ({ ...d, target: texts[i] ?? d.target })) };
}

/** A valid Randuagung form: the preset with a signatory filled in. */
function randuagungForm(over: Partial<FormState> = {}): FormState {
  return { ...profileToForm(preset("randuagung-2025"), "randuagung-2025", "addin"), ...over };
}

describe("profile ↔ form round trip", () => {
  test.each(["randuagung-2025", "sumbersuko-2020"])("%s", (name) => {
    const p = preset(name);
    const form = profileToForm(p, name, "portable");
    expect(form.mode).toBe("portable");
    expect(form.indicators.map((d) => d.nama)).toEqual(p.indicators.map((i) => i.nama));
    const back = formToProfile(p, form);
    expect(back.errors).toEqual([]);
    expect(back.profile).toEqual(p);
  });

  test("Randuagung targets show as percentages", () => {
    expect(randuagungForm().indicators.map((d) => d.target)).toEqual(["84", "89"]);
  });

  test("Sumbersuko has no targets: empty inputs, null back", () => {
    const form = profileToForm(preset("sumbersuko-2020"), "sumbersuko-2020", "addin");
    expect(form.indicators.map((d) => d.target)).toEqual(["", "", ""]);
  });
});

describe("formToProfile applies the form", () => {
  test("typed values replace the base's", () => {
    const form = randuagungForm({
      tahun: "2026",
      ...tgt(["85,5", "90 %"]),
      nama: "  Budi Santoso ",
      nip: "19700101 199001 1 001",
      tanggal: "2026-01-30",
    });
    const { profile, errors } = formToProfile(preset("randuagung-2025"), form);
    expect(errors).toEqual([]);
    expect(profile?.tahun).toBe(2026);
    expect(profile?.indicators[0].target).toBeCloseTo(0.855, 12);
    expect(profile?.indicators[1].target).toBeCloseTo(0.9, 12);
    expect(profile?.penandatangan.nama).toBe("Budi Santoso");
    expect(profile?.penandatangan.tanggal).toBe("2026-01-30");
  });

  test("another kecamatan takes that kecamatan's text and desa, keeps the form's indicators", () => {
    const form = randuagungForm({
      kecamatan: "lumajang ",
      ...tgt(["70", ""]),
    });
    const { profile, errors } = formToProfile(preset("randuagung-2025"), form);
    expect(errors).toEqual([]);
    expect(profile?.kecamatan).toBe("Lumajang");
    expect(profile?.instansi).toBe("Kecamatan Lumajang");
    expect(profile?.desa).toHaveLength(5);
    expect(profile?.indicators[0].target).toBeCloseTo(0.7, 12);
    expect(profile?.indicators[1].target).toBeNull();
  });

  test("an IKM target is read as an index", () => {
    const base = preset("sumbersuko-2020");
    const form = profileToForm(base, "sumbersuko-2020", "addin");
    form.indicators = form.indicators.map((d) => (d.jenis === "survei-ikm" ? { ...d, target: "82,25" } : d));
    const { profile, errors } = formToProfile(base, form);
    expect(errors).toEqual([]);
    const ikm = profile?.indicators.find((i) => i.kind === "ikm");
    expect(ikm?.target).toBeCloseTo(82.25, 12);
  });

  // Error rows: [case, form change, the field path that must be reported, text in the message or null]
  const errorRows: [string, Partial<FormState>, string, string | null][] = [
    ["empty kecamatan", { kecamatan: " " }, "kecamatan", "Pilih kecamatan"],
    ["misspelt kecamatan suggests the right one", { kecamatan: "Randuagong" }, "kecamatan", "Randuagung"],
    ["tahun not a number", { tahun: "20x5" }, "tahun", "Isi tahun"],
    ["tahun empty", { tahun: "" }, "tahun", "Isi tahun"],
    ["tahun out of range (core check)", { tahun: "1999" }, "tahun", null],
    ["tahun not whole (core check)", { tahun: "2025,5" }, "tahun", null],
    [
      "target not a number",
      {
        ...tgt(["delapan", "89"]),
      },
      "indicators.0.target",
      "84 atau 84,5",
    ],
    [
      "target zero (core check, in percent words)",
      {
        ...tgt(["84", "0"]),
      },
      "indicators.1.target",
      "dalam persen",
    ],
    [
      "target above 1000 % (core check)",
      {
        ...tgt(["1000,5", "89"]),
      },
      "indicators.0.target",
      "paling tinggi 1000",
    ],
    ["NIP too short (core check)", { nip: "123" }, "penandatangan.nip", null],
    ["impossible date (core check)", { tanggal: "2025-02-30" }, "penandatangan.tanggal", null],
  ];
  test.each(errorRows)("%s", (_name, change, field, text) => {
    const { profile, errors } = formToProfile(preset("randuagung-2025"), randuagungForm(change));
    expect(profile).toBeNull();
    const hit = errors.find((e) => e.field === field);
    expect(hit).toBeDefined();
    expect(hit?.message.length).toBeGreaterThan(5);
    if (text !== null) expect(hit?.message).toContain(text);
  });

  test("an IKM target out of 25–100 keeps the core's index message", () => {
    const base = preset("sumbersuko-2020");
    const form = profileToForm(base, "sumbersuko-2020", "addin");
    form.indicators = form.indicators.map((d) => (d.jenis === "survei-ikm" ? { ...d, target: "101" } : d));
    const { profile, errors } = formToProfile(base, form);
    expect(profile).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors[0].field).toBe("indicators.0.target");
    expect(errors[0].message).toContain("25 dan 100");
  });

  test("an unknown kecamatan does not hide the other problems", () => {
    const { profile, errors } = formToProfile(
      preset("randuagung-2025"),
      randuagungForm({ kecamatan: "Atlantis", nip: "123" }),
    );
    expect(profile).toBeNull();
    expect(errors.map((e) => e.field)).toEqual(["kecamatan", "penandatangan.nip"]);
  });

  test("a syntax error is reported once, not again by the core", () => {
    const { errors } = formToProfile(preset("randuagung-2025"), randuagungForm({ tahun: "abc" }));
    expect(errors.filter((e) => e.field === "tahun")).toHaveLength(1);
  });
});

describe("fieldElementId and errorsByElement", () => {
  const rows: [string, string | null][] = [
    ["kecamatan", "f-kecamatan"],
    ["tahun", "f-tahun"],
    ["indicators.0.target", "f-target-0"],
    ["indicators.12.target", "f-target-12"],
    ["penandatangan.nip", "f-nip"],
    ["penandatangan.tanggal", "f-tanggal"],
    ["desa", "f-kecamatan"],
    ["desa.3", "f-kecamatan"],
    // error rows: fields the form has no input for go to the summary
    ["kabupaten", null],
    ["", null],
    // the indicator editor's inputs (indikator-view.ts)
    ["indicators.0.nama", "f-ind-0-nama"],
    ["indicators.2.kind", "f-ind-2-kind"],
    ["indicators.1.dokumen", "f-ind-1-dokumen"],
  ];
  test.each(rows)("%p → %p", (field, id) => {
    expect(fieldElementId(field)).toBe(id);
  });

  test("groups messages per input, the rest under the summary key", () => {
    const grouped = errorsByElement([
      { field: "tahun", message: "a" },
      { field: "kabupaten", message: "b" },
      { field: "tahun", message: "c" },
    ]);
    expect(grouped.get("f-tahun")).toEqual(["a", "c"]);
    expect(grouped.get("")).toEqual(["b"]);
  });
});

describe("errorSummary: the form's order, each label at most once", () => {
  const order = [
    "f-preset",
    "f-kecamatan",
    "f-tahun",
    "f-target-0",
    "f-target-1",
    "f-nama",
    "f-nip",
    "f-tanggal",
  ];
  const labels: Record<string, string> = {
    "f-kecamatan": "Kecamatan",
    "f-tahun": "Tahun kinerja",
    "f-target-0": "Target IKU 1 (%)",
    "f-target-1": "Target IKU 2 (%)",
    "f-nip": "NIP",
    "f-tanggal": "Tanggal",
  };
  const labelOf = (id: string): string => labels[id] ?? "";

  test("errors reported out of order come back in the order of the form", () => {
    const lines = errorSummary(
      [
        { field: "penandatangan.nip", message: "NIP harus 18 angka." },
        { field: "kabupaten", message: "Profil rusak." },
        { field: "indicators.1.target", message: "Isi dengan angka, mis. 84." },
        { field: "tahun", message: "Isi tahun dengan angka, mis. 2025." },
        { field: "kecamatan", message: 'Kecamatan "Randuagong" tidak ada.' },
      ],
      order,
      labelOf,
    );
    expect(lines).toEqual([
      'Kecamatan "Randuagong" tidak ada.',
      "Isi tahun dengan angka, mis. 2025.",
      "Target IKU 2 (%): Isi dengan angka, mis. 84.",
      "NIP harus 18 angka.",
      "Profil rusak.",
    ]);
  });

  test("two messages of one field: one line, the label once", () => {
    const lines = errorSummary(
      [
        { field: "indicators.0.target", message: "Isi dengan angka." },
        { field: "indicators.0.target", message: "Paling tinggi 1000." },
      ],
      order,
      labelOf,
    );
    expect(lines).toEqual(["Target IKU 1 (%): Isi dengan angka. Paling tinggi 1000."]);
  });

  const named: [string, string, boolean][] = [
    ["NIP", "NIP harus 18 angka", true],
    ["Target IKU 2 (%)", "Target IKU ke-2 harus lebih dari 0", true],
    ["Tanggal", "Tanggal penandatanganan tidak sah", true],
    // error rows: the message names another target, or no field at all
    ["Target IKU 2 (%)", "Target IKU 1 harus lebih dari 0", false],
    ["Target IKU 1 (%)", "Isi dengan angka, mis. 84.", false],
    ["Nama", "Wajib diisi.", false],
  ];
  test.each(named)("messageNamesField(%p, %p) = %p", (label, message, expected) => {
    expect(messageNamesField(label, message)).toBe(expected);
  });

  test("the pane's real form: a bad kecamatan, tahun and target summarised in form order", () => {
    const p = preset("randuagung-2025");
    const form = { ...profileToForm(p, "", "addin"), kecamatan: "Randuagong", tahun: "20x5", nip: "123" };
    form.indicators = form.indicators.map((d, i) => (i === 1 ? { ...d, target: "abc" } : d));
    const { errors } = formToProfile(p, form);
    const lines = errorSummary(errors, order, labelOf);
    expect(lines.map((l) => l.split(/[ :]/)[0])).toEqual(["Kecamatan", "Isi", "Target", "NIP"]);
    expect(lines.filter((l) => /^(\S+).*: \1/.test(l))).toEqual([]);
  });
});

describe("labels and jabatan", () => {
  test("target labels name the unit", () => {
    const [a, b, c] = preset("sumbersuko-2020").indicators;
    expect(targetLabel(a, 0)).toMatch(/^Target IKU 1 \(indeks 25–100\) — /);
    expect(targetLabel(b, 1)).toMatch(/^Target IKU 2 \(%\) — /);
    expect(targetLabel(c, 2)).toContain(c.nama);
  });

  const rows: [string, string, string, string][] = [
    ["", "Randuagung", "Tempeh", "Camat Tempeh"],
    ["Camat Randuagung", "Randuagung", "Tempeh", "Camat Tempeh"],
    ["camat randuagung", "Randuagung", "Tempeh", "Camat Tempeh"],
    ["Plt. Camat Randuagung", "Randuagung", "Tempeh", "Plt. Camat Randuagung"],
  ];
  test.each(rows)("jabatan %p (%s → %s) → %p", (current, from, to, expected) => {
    expect(nextJabatan(current, from, to)).toBe(expected);
  });

  test("a kecamatan default profile fills a form with its jabatan", () => {
    const form = profileToForm(lumajang("Tempeh", 2026), "", "addin");
    expect(form.jabatan).toBe("Camat Tempeh");
    expect(form.tanggal).toBe(""); // no made-up signing date
    expect(form.tahun).toBe("2026");
  });
});

describe("nextTanggal", () => {
  const rows: [string, string, string, string][] = [
    ["2025-01-31", "2025", "2026", "2026-01-31"],
    ["", "2025", "2026", ""], // an empty date is not made up
    ["2025-02-15", "2025", "2026", "2025-02-15"], // a date the user chose stays
    // error rows: a tahun that is not a year leaves the date alone
    ["2025-01-31", "2025", "20x6", "2025-01-31"],
    ["2025-01-31", "2025", "", "2025-01-31"],
    ["2025-01-31", "2025", "2026,5", "2025-01-31"],
  ];
  test.each(rows)("%p (%s → %p) → %p", (current, from, to, expected) => {
    expect(nextTanggal(current, from, to)).toBe(expected);
  });
});
