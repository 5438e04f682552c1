/**
 * Validation of several daftar logs (issue 10): two logs on one sheet, sheet names whose
 * defined names collide (IKU_<Lembar>_Status with every char outside [A-Za-z0-9] as "_"), or a
 * log on a sheet the workbook builds anyway — reported under indicators.N.lembar by
 * validateProfile, under the JSON path by the JSON reader, next to the field in the pane.
 */
import * as fs from "fs";
import * as path from "path";
import type { Indicator, Profile } from "../../src/core/profile";
import { parseProfileJson } from "../../src/core/profile-json";
import { evaluateIndicators } from "../../src/core/evaluate";
import { validateProfile, validateWorkbookProfile } from "../../src/core/profile-validate";
import { fieldElementId, formToProfile, profileToForm } from "../../src/taskpane/form-state";
import { preset } from "../helpers/profiles";

/** Randuagung 2025 with its Fasilitasi log plus logs on the sheets `lembar`. */
function withLogs(...lembar: string[]): Profile {
  const p = preset("randuagung-2025");
  const fas = p.indicators[0];
  const logs = lembar.map((l, k): Indicator => ({
    ...fas,
    nama: `Persentase pengaduan ${k + 1} yang diselesaikan`,
    pengukuran: { jenis: "daftar", lembar: l, kolomItem: "Pengaduan", kolomStatus: "Diselesaikan" },
  }));
  return { ...p, indicators: [...p.indicators, ...logs] };
}

const lembarErrors = (p: Profile) => validateProfile(p).filter((e) => e.field.endsWith(".lembar"));

test("two logs on different sheets are valid", () => {
  expect(validateProfile(withLogs("Pengaduan", "Musrenbang"))).toEqual([]);
});

test.each([
  [
    ["Pengaduan", "pengaduan"],
    "indicators.3.lembar",
    'Lembar "pengaduan" IKU ke-4 sudah dipakai daftar IKU ke-3',
  ],
  [["FASILITASI"], "indicators.2.lembar", "sudah dipakai daftar IKU ke-1"],
  [["Pengaduan-1", "Pengaduan 1"], "indicators.3.lembar", "nama rentang yang sama (IKU_Pengaduan_1_Status"],
  [["Data.Desa", "Data Desa"], "indicators.3.lembar", "nama rentang yang sama"],
  [["IKM"], "indicators.2.lembar", "bentrok dengan nama rentang lembar Survei IKM (IKU_IKM_Tanggal)"],
  [["Survei IKM"], "indicators.2.lembar", "sudah dipakai lembar lain"],
  [["laporan skm"], "indicators.2.lembar", "sudah dipakai lembar lain"],
  [["Dokumen Desa"], "indicators.2.lembar", "sudah dipakai lembar lain"],
  [["iku 2025"], "indicators.2.lembar", "sudah dipakai lembar lain"],
])("%j → %s", (lembar, field, message) => {
  const errs = lembarErrors(withLogs(...lembar));
  expect(errs).toEqual([{ field, message: expect.stringContaining(message) as unknown }]);
});

test("two indicators of the default log (no options) share the Fasilitasi sheet: refused", () => {
  const p = preset("randuagung-2025");
  const twice = { ...p, indicators: [...p.indicators, { ...p.indicators[0], nama: "Lagi" }] };
  expect(lembarErrors(twice).map((e) => e.field)).toEqual(["indicators.2.lembar"]);
});

test("the JSON reader reports it at the option's JSON path, nothing is built", () => {
  const file = path.join(__dirname, "..", "fixtures", "profil", "asembagus-2026.json");
  const json = JSON.parse(fs.readFileSync(file, "utf8")) as {
    indikator: { pengukuran: { lembar?: string } }[];
  };
  json.indikator[1].pengukuran.lembar = "fasilitasi";
  const parsed = parseProfileJson(JSON.stringify(json));
  expect(parsed.ok).toBe(false);
  if (parsed.ok) return;
  expect(parsed.errors).toEqual([
    expect.objectContaining({
      path: "indikator[1].pengukuran.lembar",
      message: expect.stringContaining("sudah dipakai daftar IKU ke-1") as unknown,
    }),
  ]);
});

test("the pane shows the core's name clash next to the sheet-name input", () => {
  const p = withLogs("Pengaduan-1", "Pengaduan 1");
  const form = profileToForm(p, "", "addin");
  const { profile, errors } = formToProfile(p, form);
  expect(profile).toBeNull();
  const clash = errors.find((e) => e.message.includes("nama rentang yang sama"));
  expect(clash?.field).toBe("indicators.3.lembar");
  expect(fieldElementId(clash?.field ?? "")).toBe("f-ind-3-lembar");
});

test("iku hitung of a Profil with two logs on one sheet: the later one is refused, not computed twice", () => {
  const p = preset("randuagung-2025");
  const profile = { ...p, indicators: [...p.indicators, { ...p.indicators[0], nama: "Lagi" }] };
  const status = { sheet: "Fasilitasi", top: 5, left: 6, values: [["Ya"], ["Tidak"]] };
  const r = evaluateIndicators({ profile, daftar: { Fasilitasi: { status } } });
  expect(r[0].realisasi).toBe(0.5);
  expect(r[2].realisasi).toBeNull();
  expect(r[2].error?.message).toMatch(
    /^Profil, tabel indikator No\. 3 kolom "Daftar: Nama Lembar": Lembar "Fasilitasi"/,
  );
  expect(validateWorkbookProfile(profile).map((e) => e.field)).toEqual(["indicators.2.lembar"]);
});
