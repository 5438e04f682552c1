/**
 * The pane's Indikator Tujuan part as data (issue 10): a profile's tujuan fills the form and
 * comes back unchanged; typed values become Profile.tujuanUkur; the core's "tujuanUkur.*"
 * findings and the form's own (a target that is not a number) land next to the f-tujuan-*
 * inputs.
 */
import type { Profile } from "../../src/core/profile";
import { fieldElementId, formToProfile, profileToForm, type FormState } from "../../src/taskpane/form-state";
import type { TujuanDraft } from "../../src/taskpane/indikator-tujuan";
import { preset } from "../helpers/profiles";
import { tujuanRasio } from "../helpers/tujuan-profiles";

const measured: Profile = {
  ...preset("randuagung-2025"),
  ...tujuanRasio(),
};

function form(p: Profile, tujuan?: Partial<TujuanDraft>): FormState {
  const f = profileToForm(p, "", "addin");
  return tujuan && f.tujuan ? { ...f, tujuan: { ...f.tujuan, ...tujuan } } : f;
}

describe("profile ↔ form: the tujuan", () => {
  test("a measured tujuan shows its target in percent and comes back unchanged", () => {
    const f = form(measured);
    expect(f.tujuan).toMatchObject({
      jenis: "rasio",
      target: "90",
      satuan: "persen",
      pembilang: "Layanan tepat waktu",
    });
    expect(formToProfile(measured, f)).toEqual({ profile: measured, errors: [] });
  });
  test("a name-only tujuan stays a name only", () => {
    const p = preset("randuagung-2025");
    expect(form(p).tujuan?.jenis).toBe("");
    expect(formToProfile(p, form(p)).profile).toEqual(p);
  });
  test("choosing nilai with a target measures it; choosing 'name only' drops the measure", () => {
    const p = preset("randuagung-2025");
    const r = formToProfile(p, form(p, { jenis: "nilai", satuan: "nilai", target: "4,25", desimal: "2" }));
    expect(r.errors).toEqual([]);
    expect(r.profile?.tujuanUkur).toEqual({
      kind: "nilai",
      pengukuran: { jenis: "nilai", desimal: 2 },
      target: 4.25,
      satuan: "nilai",
      polaritas: "positif",
    });
    expect(formToProfile(measured, form(measured, { jenis: "" })).profile?.tujuanUkur).toBeUndefined();
  });
  test("no tujuan in the form state (older callers): the base's tujuan is kept", () => {
    const rest: FormState = { ...form(measured) };
    delete rest.tujuan;
    expect(formToProfile(measured, rest).profile?.tujuanUkur).toEqual(measured.tujuanUkur);
  });
});

function byInput(errors: readonly { field: string; message: string }[]): Map<string, string> {
  return new Map(errors.map((e) => [fieldElementId(e.field) ?? "", e.message]));
}

describe("the tujuan's errors go next to its inputs", () => {
  test("a target that is not a number, an empty pembilang, satuan indeks for a rasio", () => {
    const r = formToProfile(measured, form(measured, { target: "sembilan puluh", pembilang: " " }));
    expect(r.profile).toBeNull();
    const by = byInput(r.errors);
    expect(by.get("f-tujuan-target")).toMatch(/Isi target Indikator Tujuan dengan angka/);
    expect(by.get("f-tujuan-pembilang")).toMatch(/pembilang Indikator Tujuan wajib diisi/);
    const s = formToProfile(measured, form(measured, { satuan: "indeks", target: "80" }));
    expect(byInput(s.errors).get("f-tujuan-satuan")).toMatch(/rasio\) harus persen/);
  });
  test("a persen target out of range is worded in percent, as the form asks it", () => {
    const r = formToProfile(measured, form(measured, { target: "2000" }));
    expect(byInput(r.errors).get("f-tujuan-target")).toMatch(/paling tinggi 1000 \(dalam persen, mis\. 90\)/);
  });
  test("an empty name of a measured tujuan", () => {
    const r = formToProfile(measured, form(measured, { nama: "" }));
    expect(r.errors.map((e) => fieldElementId(e.field))).toContain("f-tujuan-nama");
  });
});
