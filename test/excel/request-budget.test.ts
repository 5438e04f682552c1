/**
 * Request budget: Excel on the web refuses a request (or response) over 5 MB. Every sync of
 * the renderer and of Konversi formula stays under our 4 MB budget as the fake measures it
 * (100 B per queued operation + the JSON of its payload; the JSON of what loads return), with
 * 20 000 prepared rows, fresh and rebuilt over partly filled data sheets.
 */

import { convertFormulas } from "../../src/excel/convert";
import { renderWorkbook } from "../../src/excel/render";
import { REQUEST_BUDGET_BYTES, RequestBudget, inChunks } from "../../src/excel/request-budget";
import { createFakeExcel, type FakeExcel } from "../fakes/fake-excel";
import { model, preset } from "./helpers";

const big = () => model(preset("sumbersuko-2020"), "addin", { fasilitasiRows: 20000, surveiRows: 20000 });

/** Types something into every `step`-th prepared row, as staff fill a sheet part way. */
function fillRows(fake: FakeExcel, rows: number, step = 2): void {
  const fas = fake.sheet("Fasilitasi");
  const ikm = fake.sheet("Survei IKM");
  if (!fas || !ikm) throw new Error("lembar data tidak ada");
  for (let r = 5; r < 5 + rows; r += step) {
    const set = (sheet: typeof fas, col: number, value: string | number, fmt?: string) => {
      const cell = sheet.cells.get(`${r},${col}`);
      if (!cell) throw new Error(`sel ${r},${col} tidak ada`);
      cell.value = value;
      cell.formula = null;
      if (fmt) cell.numberFormat = fmt;
    };
    set(fas, 2, 45678, "d mmmm yyyy");
    set(fas, 3, `Rapat koordinasi kegiatan desa ke-${r}`);
    if (step === 1) set(fas, 7, `Notulen dan daftar hadir lengkap, arsip kecamatan nomor ${r}/2025`);
    set(fas, 6, r % 4 === 1 ? "Ya" : "Tidak");
    for (let c = 3; c <= 11; c++) set(ikm, c, 1 + (r % 4));
  }
}

function expectUnderBudget(fake: FakeExcel): void {
  if (process.env.IKU_SIZES) console.log(JSON.stringify(fake.syncSizes));
  expect(fake.syncSizes.length).toBeGreaterThan(0);
  for (const s of fake.syncSizes) {
    expect(s.request).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES);
    expect(s.response).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES);
  }
}

describe("every sync stays under the 4 MB budget", () => {
  test("a new workbook with the default rows: 2 syncs", async () => {
    const fake = createFakeExcel();
    await fake.run((ctx) => renderWorkbook(ctx, model(preset("randuagung-2025"))));
    expect(fake.syncCount).toBe(2);
    expectUnderBudget(fake);
  });

  test("20 000 rows: fresh, then rebuilt over partly filled data sheets", async () => {
    const fake = createFakeExcel();
    const m = big();
    await fake.run((ctx) => renderWorkbook(ctx, m));
    expectUnderBudget(fake);
    // One write would be ≈7 MB: split, but into no more requests than the size needs.
    const fresh = fake.syncSizes.reduce((n, s) => n + s.request, 0);
    expect(fake.syncCount).toBeLessThanOrEqual(2 + Math.ceil(fresh / REQUEST_BUDGET_BYTES));
    expect(fake.syncCount).toBeGreaterThan(2);

    fillRows(fake, 20000);
    const before = fake.cell("Fasilitasi", "C19999");
    expect(before?.value).toBe("Rapat koordinasi kegiatan desa ke-19999");
    fake.resetSyncCount();
    await fake.run((ctx) => renderWorkbook(ctx, m));
    expectUnderBudget(fake);
    // Reads (probes of the reused sheets) plus the writes the size needs: no more.
    const rebuilt = fake.syncSizes.reduce((n, s) => n + s.request, 0);
    const reads = fake.syncSizes.filter((s) => s.response > s.request).length;
    expect(fake.syncCount).toBeLessThanOrEqual(2 + reads + Math.ceil(rebuilt / REQUEST_BUDGET_BYTES));
    expect(fake.syncCount).toBeLessThanOrEqual(10);
    // Typed cells and their number formats are exactly as the user left them.
    expect(fake.cell("Fasilitasi", "C19999")?.value).toBe("Rapat koordinasi kegiatan desa ke-19999");
    expect(fake.cell("Fasilitasi", "B19999")).toMatchObject({ value: 45678, numberFormat: "d mmmm yyyy" });
    expect(fake.cell("Survei IKM", "E19999")?.value).toBe(1 + (19999 % 4));
  }, 120000);

  test("Konversi formula over 20 000 rows reads and writes under the budget", async () => {
    const fake = createFakeExcel();
    await fake.run((ctx) => renderWorkbook(ctx, big()));
    // Every row filled, with remarks: reading all used ranges at once would return ≈5 MB.
    fillRows(fake, 20000, 1);
    fake.resetSyncCount();
    const result = await fake.run((ctx) => convertFormulas(ctx, "portable"));
    expect(result.converted).toBeGreaterThan(5);
    expectUnderBudget(fake);
  }, 120000);
});

describe("inChunks", () => {
  test("splits only when the next row would not fit, and syncs between chunks", async () => {
    const fake = createFakeExcel();
    const chunks: [number, number][] = [];
    await fake.run(async (ctx) => {
      const budget = new RequestBudget(ctx, 1000);
      await inChunks(
        budget,
        10,
        () => 150,
        100,
        "request",
        "uji",
        (a, b) => chunks.push([a, b]),
      );
      await budget.flush("uji");
      expect(budget.figures.requests).toEqual([100 + 6 * 150, 100 + 4 * 150]);
    });
    expect(chunks).toEqual([
      [0, 5],
      [6, 9],
    ]);
  });
});
