/**
 * Issue 10: quarterly figures typed into Pengukuran Kinerja's MASUKAN TRIWULAN block (rasio,
 * nilai) survive "Buat Lembar IKU" again. They do not make the sheet "changed by hand" (it is
 * updated in place), they follow their indicator when indicators are reordered or added, a
 * figure typed as a formula stays one, and when an indicator with typed figures is gone from
 * the Profil the old sheet is kept whole (the new one gets a suffix).
 */
import { masukanBlock, MASUKAN_COL } from "../../src/core/indicators/masukan-layout";
import type { Profile } from "../../src/core/profile";
import { buildWorkbook } from "../../src/core/workbook/build";
import { PENGUKURAN_SHEET } from "../../src/core/workbook/pengukuran-sheet";
import { gridOf } from "../../src/core/workbook/sheet-kit";
import { fingerprintGrid } from "../../src/excel/rebuild";
import { renderWorkbook } from "../../src/excel/render";
import { inputRowsOf, withoutTypedInputs } from "../../src/excel/typed-inputs";
import { createFakeExcel, type FakeExcel } from "../fakes/fake-excel";
import { cellAt } from "../fakes/fake-state";
import { typedProfile } from "../helpers/typed-profile";
import { tujuanNilai } from "../helpers/tujuan-profiles";

async function build(fake: FakeExcel, p: Profile) {
  const questions: string[] = [];
  const report = await fake.run((ctx) =>
    renderWorkbook(ctx, buildWorkbook(p, "addin", { fasilitasiRows: 20, surveiRows: 20 }), {
      confirm: (q) => {
        questions.push(q);
        return Promise.resolve(true);
      },
    }),
  );
  return { report, questions };
}

/** Input row (1-based) of indicator i's k-th typed figure in `p`'s layout. */
const rowOf = (p: Profile, i: number, k = 0): number => (masukanBlock(p)?.rows[i] ?? NaN) + k;

function type(fake: FakeExcel, sheet: string, row: number, values: (number | string | null)[]): void {
  const s = fake.sheet(sheet);
  if (!s) throw new Error(`lembar ${sheet} tidak ada`);
  values.forEach((v, q) => {
    if (v === null) return;
    const c = cellAt(s, row, MASUKAN_COL + q);
    if (typeof v === "string" && v.startsWith("=")) c.formula = v;
    else c.value = v;
  });
}

const read = (fake: FakeExcel, sheet: string, row: number): unknown[] =>
  [0, 1, 2, 3].map((q) => {
    const c = fake.sheet(sheet)?.cells.get(`${row},${MASUKAN_COL + q}`);
    return c?.formula ?? (c?.value === "" ? null : (c?.value ?? null));
  });

describe("typed quarterly figures on rebuild", () => {
  test("reordered indicators: the sheet is updated in place and each figure follows its indicator", async () => {
    const fake = createFakeExcel();
    const p = typedProfile(); // IKU 3 rasio, IKU 4 nilai
    await build(fake, p);
    type(fake, PENGUKURAN_SHEET, rowOf(p, 2, 0), [12, 20, null, null]);
    type(fake, PENGUKURAN_SHEET, rowOf(p, 2, 1), [15, "=10+12", null, null]);
    type(fake, PENGUKURAN_SHEET, rowOf(p, 3), [71.25, null, null, null]);

    // The nilai moves first, the rasio last.
    const q: Profile = {
      ...p,
      indicators: [p.indicators[3], p.indicators[0], p.indicators[1], p.indicators[2]],
    };
    const { report, questions } = await build(fake, q);
    expect(report.sheets.find((s) => s.name === PENGUKURAN_SHEET)?.status).toBe("diperbarui");
    expect(fake.sheetNames()).not.toContain(`${PENGUKURAN_SHEET} (2)`);
    expect(questions[0]).not.toMatch(/sudah Anda ubah sendiri/);
    expect(report.warnings).toContain(
      "5 angka masukan triwulan dibawa ke lembar Pengukuran Kinerja yang baru.",
    );
    expect(read(fake, PENGUKURAN_SHEET, rowOf(q, 0))).toEqual([71.25, null, null, null]);
    expect(read(fake, PENGUKURAN_SHEET, rowOf(q, 3, 0))).toEqual([12, 20, null, null]);
    expect(read(fake, PENGUKURAN_SHEET, rowOf(q, 3, 1))).toEqual([15, "=10+12", null, null]);
    // The old rows of the rasio (now the nilai's and below) hold nothing else.
    expect(rowOf(q, 0)).not.toBe(rowOf(p, 3));

    // A third build with the same profile: in place again, figures unchanged.
    const third = await build(fake, q);
    expect(third.report.sheets.find((s) => s.name === PENGUKURAN_SHEET)?.status).toBe("diperbarui");
    expect(read(fake, PENGUKURAN_SHEET, rowOf(q, 3, 0))).toEqual([12, 20, null, null]);
  });

  test("the measured Indikator Tujuan's figures are carried too (rows after the IKU's)", async () => {
    const fake = createFakeExcel();
    const p: Profile = {
      ...typedProfile(),
      ...tujuanNilai(),
    };
    await build(fake, p);
    const block = masukanBlock(p);
    if (!block) throw new Error("no block");
    const tujuanRow = block.lastRow; // the tujuan's input comes after the IKU's
    expect(tujuanRow).toBeGreaterThan(rowOf(p, 3));
    type(fake, PENGUKURAN_SHEET, tujuanRow, [3.5, 3.75, null, null]);
    // An IKU added before the typed ones moves every input row down.
    const q: Profile = {
      ...p,
      indicators: [p.indicators[0], { ...p.indicators[0], nama: "IKU baru" }, ...p.indicators.slice(1)],
    };
    const { report } = await build(fake, q);
    expect(report.sheets.find((s) => s.name === PENGUKURAN_SHEET)?.status).toBe("diperbarui");
    const moved = masukanBlock(q)?.lastRow ?? NaN;
    expect(moved).toBe(tujuanRow + 1);
    expect(read(fake, PENGUKURAN_SHEET, moved)).toEqual([3.5, 3.75, null, null]);
  });

  test("an indicator with typed figures removed from the Profil: the old sheet is kept whole", async () => {
    const fake = createFakeExcel();
    const p = typedProfile();
    await build(fake, p);
    type(fake, PENGUKURAN_SHEET, rowOf(p, 3), [80, 81, null, null]);
    type(fake, PENGUKURAN_SHEET, rowOf(p, 2, 0), [1, null, null, null]);

    const q: Profile = { ...p, indicators: p.indicators.slice(0, 3) };
    const { report, questions } = await build(fake, q);
    const renamed = `${PENGUKURAN_SHEET} (2)`;
    expect(report.sheets.find((s) => s.name === renamed)?.status).toBe("dinamai-ulang");
    expect(read(fake, PENGUKURAN_SHEET, rowOf(p, 3))).toEqual([80, 81, null, null]);
    expect(questions[0]).toContain(
      'Lembar "Pengukuran Kinerja" memuat masukan triwulan IKU yang tidak ada lagi di Profil (nilai sakip kecamatan — nilai: nilai sakip kecamatan)',
    );
    expect(report.warnings).toContain(
      `Lembar "${PENGUKURAN_SHEET}" sudah ada dan memuat masukan triwulan IKU yang tidak ada lagi di Profil; dibiarkan utuh, lembar baru diberi nama "${renamed}".`,
    );
    // The rasio's figure is carried into the new sheet, whose formulas read it.
    expect(read(fake, renamed, rowOf(q, 2, 0))).toEqual([1, null, null, null]);
    const formulas = [...(fake.sheet(renamed)?.cells.values() ?? [])].map((c) => c.formula ?? "");
    expect(formulas.some((f) => f.includes(`'${renamed}'!$D$`))).toBe(true);
  });

  test("the fingerprint leaves the typed figures out, and only them", () => {
    const p = typedProfile();
    const pengukuran = buildWorkbook(p, "addin").sheets.find((s) => s.name === PENGUKURAN_SHEET);
    if (!pengukuran) throw new Error("no sheet");
    const grid = gridOf(pengukuran, true);
    expect(inputRowsOf(grid)).toHaveLength(3); // pembilang, penyebut, nilai
    const typed = grid.map((r) => [...r]);
    typed[rowOf(p, 3) - 1][MASUKAN_COL - 1] = 55;
    expect(fingerprintGrid(typed)).toBe(fingerprintGrid(grid));
    expect(withoutTypedInputs(typed)[rowOf(p, 3) - 1][MASUKAN_COL - 1]).toBeNull();
    const edited = grid.map((r) => [...r]);
    edited[rowOf(p, 3) - 1][1] = "Nilai: diubah";
    expect(fingerprintGrid(edited)).not.toBe(fingerprintGrid(grid));
  });
});
