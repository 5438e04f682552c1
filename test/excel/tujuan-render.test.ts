/**
 * The measured Indikator Tujuan through the Office.js renderer (test/fakes Excel): the IKU
 * sheet shows its four identity rows with formulas, the workbook names its target and its
 * typed inputs, and Konversi formula turns the add-in formulas into exactly what the portable
 * build writes (so both modes give the same numbers, which test/engine/tujuan checks).
 */
import type { Profile } from "../../src/core/profile";
import type { FormulaMode } from "../../src/core/workbook/model";
import { hasIkuCall } from "../../src/core/workbook/portable";
import { convertFormulas } from "../../src/excel/convert";
import { FORMULA_STORE_SHEET } from "../../src/excel/formula-store";
import { renderWorkbook } from "../../src/excel/render";
import { createFakeExcel, type FakeExcel } from "../fakes/fake-excel";
import { gridOf, model, preset } from "./helpers";
import { tujuanIkm, tujuanRasio } from "../helpers/tujuan-profiles";

const PROFILES: [string, Profile][] = [
  [
    "survei-ikm",
    {
      ...preset("randuagung-2025"),
      ...tujuanIkm(),
    },
  ],
  [
    "rasio",
    {
      ...preset("randuagung-2025"),
      ...tujuanRasio(),
    },
  ],
];

async function built(profile: Profile, mode: FormulaMode): Promise<FakeExcel> {
  const fake = createFakeExcel();
  await fake.run((ctx) => renderWorkbook(ctx, model(profile, mode, { fasilitasiRows: 20, surveiRows: 20 })));
  return fake;
}

function formulas(fake: FakeExcel): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of fake.state.sheets) {
    if (s.name === FORMULA_STORE_SHEET) continue;
    for (const [k, c] of s.cells) if (c.formula !== null) out[`${s.name}!${k}`] = c.formula;
  }
  return out;
}

describe.each(PROFILES)("%s tujuan", (_label, profile) => {
  test("the IKU sheet's identity block and the names", async () => {
    const fake = await built(profile, "addin");
    const iku = fake.sheet("IKU 2025");
    if (!iku) throw new Error("lembar IKU tidak ada");
    const values = gridOf(iku);
    const at = values.findIndex((r) => r[0] === "Realisasi Indikator Tujuan");
    expect(at).toBeGreaterThan(0);
    expect(values[at - 2][0]).toBe("Indikator Tujuan");
    expect(values[at + 2][0]).toBe("Predikat Indikator Tujuan");
    const f = gridOf(iku, "formulas");
    expect(f[at - 1][2]).toBe('=IF(IKU_Target_Tujuan="","",IKU_Target_Tujuan)');
    expect(String(f[at + 1][2])).toMatch(/^=IF\(OR\(C\d+="",C\d+=""\),"",IKU\.CAPAIAN\(/);
    expect(fake.state.names.has("iku_target_tujuan")).toBe(true);
    expect(fake.state.names.get("iku_target_tujuan")?.sheet.name).toBe("Profil");
    const typed = profile.tujuanUkur?.kind === "rasio";
    expect(fake.state.names.has("iku_masukan_tujuan")).toBe(typed);
    expect(fake.sheetNames().includes("Survei IKM")).toBe(!typed);
  });

  test("Konversi formula: add-in → portable equals the portable build; back restores", async () => {
    const fake = await built(profile, "addin");
    const original = formulas(fake);
    await fake.run((ctx) => convertFormulas(ctx, "portable"));
    const portable = formulas(fake);
    expect(Object.values(portable).filter((x) => hasIkuCall(x.slice(1)))).toEqual([]);
    expect(portable).toEqual(formulas(await built(profile, "portable")));
    await fake.run((ctx) => convertFormulas(ctx, "addin"));
    expect(formulas(fake)).toEqual(original);
  });
});

describe("Buat Lembar IKU again after the tujuan became measured", () => {
  test("the IKU sheet is updated in place with the tujuan rows; the survey sheet is added", async () => {
    const fake = createFakeExcel();
    const first = preset("randuagung-2025");
    const small = (p: Profile) => model(p, "addin", { fasilitasiRows: 20, surveiRows: 20 });
    await fake.run((ctx) => renderWorkbook(ctx, small(first)));
    expect(fake.sheetNames()).not.toContain("Survei IKM");
    const [, ikm] = PROFILES[0];
    await fake.run((ctx) => renderWorkbook(ctx, small(ikm), { confirm: () => Promise.resolve(true) }));
    const names = fake.sheetNames();
    expect(names).toContain("Survei IKM");
    expect(names.filter((n) => n.startsWith("IKU 2025"))).toEqual(["IKU 2025"]);
    const iku = fake.sheet("IKU 2025");
    if (!iku) throw new Error("lembar IKU tidak ada");
    expect(gridOf(iku).map((r) => r[0])).toContain("Predikat Indikator Tujuan");
    expect(fake.state.names.has("iku_target_tujuan")).toBe(true);
  });
});
