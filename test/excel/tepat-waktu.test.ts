/**
 * Tepat-waktu columns show Ya/Tidak, not TRUE/FALSE (issue 13), through the Office.js renderer:
 * on a new Dokumen Desa sheet in both formula modes, after Konversi formula, and on a workbook
 * built by an older version (bare `IKU.TEPATWAKTU`, totals `COUNTIF(…,TRUE)`), whose generated
 * formulas a rebuild brings up to date while typed dates and a user's own formula stay.
 */

import type { FormulaMode } from "../../src/core/workbook/model";
import { convertFormulas } from "../../src/excel/convert";
import { olderForms } from "../../src/excel/legacy-formulas";
import { renderWorkbook, type RenderReport } from "../../src/excel/render";
import { createFakeExcel, type FakeExcel } from "../fakes/fake-excel";
import { model, preset } from "./helpers";

const DD = "Dokumen Desa";
// Randuagung: 12 desa in rows 5–16, totals in row 17; tepat-waktu columns D, F, H.
const TW_COLS = [4, 6, 8];

const build = (fake: FakeExcel, mode: FormulaMode): Promise<RenderReport> =>
  fake.run((ctx) =>
    renderWorkbook(ctx, model(preset("randuagung-2025"), mode, { fasilitasiRows: 10 }), {
      confirm: () => Promise.resolve(true),
    }),
  );

function formulaAt(fake: FakeExcel, row: number, col: number): string {
  const f = fake.sheet(DD)?.cells.get(`${row},${col}`)?.formula;
  if (typeof f !== "string") throw new Error(`${DD} ${row},${col} tanpa formula`);
  return f;
}

/** Every tepat-waktu and total formula of the sheet. */
function twFormulas(fake: FakeExcel): string[] {
  const out: string[] = [];
  for (let r = 5; r <= 17; r++) for (const c of TW_COLS) out.push(formulaAt(fake, r, c));
  return out;
}

describe.each<FormulaMode>(["addin", "portable"])("%s mode", (mode) => {
  test("a new Dokumen Desa sheet shows Ya/Tidak; totals count Ya; Konversi keeps it", async () => {
    const fake = createFakeExcel();
    await build(fake, mode);
    const rows = twFormulas(fake);
    expect(rows.slice(0, -3).every((f) => /^=IF\(.*,"Ya","Tidak"\)$/.test(f))).toBe(true);
    expect(rows.slice(-3)).toEqual([
      '=COUNTIF(D5:D16,"Ya")',
      '=COUNTIF(F5:F16,"Ya")',
      '=COUNTIF(H5:H16,"Ya")',
    ]);
    await fake.run((ctx) => convertFormulas(ctx, mode === "addin" ? "portable" : "addin"));
    expect(
      twFormulas(fake)
        .slice(0, -3)
        .every((f) => /^=IF\(.*,"Ya","Tidak"\)$/.test(f)),
    ).toBe(true);
  });

  test("a workbook from an older version: its TRUE/FALSE formulas are brought up to date", async () => {
    const fake = createFakeExcel();
    await build(fake, mode);
    const current = twFormulas(fake);
    // Make it the older version's sheet: bare TEPATWAKTU (or its portable form), COUNTIF(…,TRUE).
    const sheet = fake.sheet(DD);
    if (!sheet) throw new Error(DD);
    for (let r = 5; r <= 17; r++)
      for (const c of TW_COLS) {
        const cell = sheet.cells.get(`${r},${c}`);
        if (!cell?.formula) throw new Error(`${r},${c}`);
        // In portable mode the model's inner expression is the older portable build's formula.
        cell.formula = `=${olderForms(cell.formula)[0]}`;
      }
    expect(twFormulas(fake)[0]).not.toMatch(/"Ya"/);
    // Staff typed a date, and their own formula into one tepat-waktu cell.
    const c5 = sheet.cells.get("5,3");
    if (c5) c5.value = 45900;
    const h6 = sheet.cells.get("6,8");
    if (h6) h6.formula = '=IF(G6="","Belum","Sudah")';

    const report = await build(fake, mode);
    expect(report.warnings).toContain(
      'Lembar "Dokumen Desa": 38 formula buatan versi lama diperbarui (kolom tepat waktu kini menampilkan ' +
        "Ya/Tidak, bukan TRUE/FALSE).",
    );
    const after = twFormulas(fake);
    const h6Index = 1 * 3 + 2;
    expect(after[h6Index]).toBe('=IF(G6="","Belum","Sudah")');
    expect(after.filter((_, i) => i !== h6Index)).toEqual(current.filter((_, i) => i !== h6Index));
    expect(fake.cell(DD, "C5")?.value).toBe(45900);
  });
});

test("olderForms: only the generated Ya/Tidak and COUNTIF forms have an older form", () => {
  expect(olderForms('IF(IKU.TEPATWAKTU("RKPDesa",IKU_Tahun+1,C5),"Ya","Tidak")')).toEqual([
    'IKU.TEPATWAKTU("RKPDesa",IKU_Tahun+1,C5)',
  ]);
  expect(olderForms('COUNTIF(D5:D16,"Ya")')).toEqual(["COUNTIF(D5:D16,TRUE)"]);
  expect(olderForms('IF(C5="","",ROW()-4)')).toEqual([]);
});
