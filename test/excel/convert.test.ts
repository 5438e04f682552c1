/**
 * convertFormulas: IKU.* formulas → built-in formulas (exactly what the portable build
 * writes, through the same toPortable) and back, restoring the originals exactly and never
 * overwriting a cell the user edited in between.
 */

import { hasIkuCall } from "../../src/core/workbook/portable";
import { toStoredFormula } from "../../src/core/workbook/stored-formula";
import type { FormulaMode } from "../../src/core/workbook/model";
import { convertFormulas } from "../../src/excel/convert";
import { FORMULA_STORE_SHEET } from "../../src/excel/formula-store";
import { renderWorkbook } from "../../src/excel/render";
import { createFakeExcel, type FakeExcel } from "../fakes/fake-excel";
import { model, preset } from "./helpers";

type PresetName = "randuagung-2025" | "sumbersuko-2020";

async function built(name: PresetName, mode: FormulaMode): Promise<FakeExcel> {
  const fake = createFakeExcel();
  await fake.run((ctx) =>
    renderWorkbook(ctx, model(preset(name), mode, { fasilitasiRows: 20, surveiRows: 20 })),
  );
  return fake;
}

/** Every formula of the visible sheets, "Sheet!A1" → "=…". */
function formulas(fake: FakeExcel): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of fake.state.sheets) {
    if (s.name === FORMULA_STORE_SHEET) continue;
    for (const [k, c] of s.cells) if (c.formula !== null) out[`${s.name}!${k}`] = c.formula;
  }
  return out;
}

const ikuCount = (f: Record<string, string>): number =>
  Object.values(f).filter((x) => hasIkuCall(x.slice(1))).length;

const convert = (fake: FakeExcel, to: "portable" | "addin") => fake.run((ctx) => convertFormulas(ctx, to));

describe.each<PresetName>(["randuagung-2025", "sumbersuko-2020"])("%s", (name) => {
  test("addin → portable equals the portable build; → addin restores exactly; → portable again", async () => {
    const fake = await built(name, "addin");
    const original = formulas(fake);
    const n = ikuCount(original);
    expect(n).toBeGreaterThan(5);

    fake.resetSyncCount();
    const toPortable = await convert(fake, "portable");
    expect(toPortable).toEqual({ converted: n, warnings: [] });
    // Names, used-range sizes, formulas (one block while under the budget), write, store.
    expect(fake.syncCount).toBe(5);
    const portable = formulas(fake);
    expect(ikuCount(portable)).toBe(0);
    // Same semantics by construction: identical to what the builder writes in portable mode.
    expect(portable).toEqual(formulas(await built(name, "portable")));
    expect(fake.sheet(FORMULA_STORE_SHEET)?.visibility).toBe("VeryHidden");

    const back = await convert(fake, "addin");
    expect(back).toEqual({ converted: n, warnings: [] });
    expect(formulas(fake)).toEqual(original);

    const again = await convert(fake, "portable");
    expect(again.converted).toBe(n);
    expect(formulas(fake)).toEqual(portable);
  });
});

describe("IKU calls in the form Excel stores them in a file (_xldudf_IKU_X)", () => {
  test("are converted like typed calls, and converting back restores the typed form", async () => {
    const fake = await built("randuagung-2025", "addin");
    const original = formulas(fake);
    const n = ikuCount(original);
    // A workbook opened from a file may hand back the stored form (`_xldudf_IKU_FASILITASI(`).
    for (const s of fake.state.sheets)
      for (const c of s.cells.values()) if (c.formula !== null) c.formula = toStoredFormula(c.formula);
    expect(Object.values(formulas(fake)).filter((f) => f.includes("_xldudf_IKU_")).length).toBe(n);

    const result = await convert(fake, "portable");
    expect(result).toEqual({ converted: n, warnings: [] });
    expect(formulas(fake)).toEqual(formulas(await built("randuagung-2025", "portable")));
    const back = await convert(fake, "addin");
    expect(back).toEqual({ converted: n, warnings: [] });
    expect(formulas(fake)).toEqual(original);
  });
});

describe("cells the user changed after converting", () => {
  test("are reported and left as the user wrote them; the others are restored", async () => {
    const fake = await built("randuagung-2025", "addin");
    const original = formulas(fake);
    await convert(fake, "portable");
    const [edited] = Object.keys(original).filter((k) => hasIkuCall(original[k].slice(1)));
    const [sheet, rc] = [edited.slice(0, edited.lastIndexOf("!")), edited.slice(edited.lastIndexOf("!") + 1)];
    const cell = fake.sheet(sheet)?.cells.get(rc);
    if (!cell) throw new Error("sel tidak ada");
    cell.formula = "=0.9";

    const back = await convert(fake, "addin");
    expect(back.converted).toBe(ikuCount(original) - 1);
    expect(back.warnings).toHaveLength(1);
    expect(back.warnings[0]).toMatch(/sudah diubah/);
    expect(cell.formula).toBe("=0.9");
    expect(formulas(fake)).toEqual({ ...original, [edited]: "=0.9" });
  });
});

describe("nothing to convert, or cannot convert", () => {
  const cases: [string, (f: FakeExcel) => void, "portable" | "addin", RegExp][] = [
    ["addin without a conversion record", () => undefined, "addin", /Tidak ada catatan konversi/],
    ["portable on a portable workbook", () => undefined, "portable", /Tidak ada formula fungsi IKU/],
    [
      "an unknown IKU function",
      (f) => {
        const c = f.sheet("Fasilitasi")?.cells.get("4,1");
        if (c) c.formula = "=IKU.TIDAKADA(1)";
      },
      "portable",
      /Fasilitasi!A4: tidak dapat dikonversi/,
    ],
  ];
  test.each(cases)("%s → 0 converted and a warning", async (_what, setup, to, warning) => {
    const fake = await built("randuagung-2025", "portable");
    setup(fake);
    const before = formulas(fake);
    const result = await convert(fake, to);
    expect(result.converted).toBe(0);
    expect(result.warnings.join("\n")).toMatch(warning);
    expect(formulas(fake)).toEqual(before);
  });

  test("a converted sheet deleted later is reported when converting back", async () => {
    const fake = await built("randuagung-2025", "addin");
    await convert(fake, "portable");
    fake.state.sheets = fake.state.sheets.filter((s) => s.name !== "Dokumen Desa");
    const back = await convert(fake, "addin");
    expect(back.warnings.some((w) => w.includes('Lembar "Dokumen Desa" tidak ada lagi'))).toBe(true);
    expect(ikuCount(formulas(fake))).toBe(back.converted);
  });
});
