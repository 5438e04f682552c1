/**
 * Data sheets print only their filled rows (issue 13): the renderer sets each data sheet's
 * print area on build, and again over the rows filled since when it rebuilds in place; every
 * print area it sets is fully absolute (issue 8).
 */

import type { Profile } from "../../src/core/profile";
import { absoluteArea, filledPrintArea } from "../../src/excel/print-area";
import { renderWorkbook, type RenderOptions } from "../../src/excel/render";
import { createFakeExcel, type FakeExcel } from "../fakes/fake-excel";
import { model, preset, sheetOf } from "./helpers";

const small = (p: Profile) => model(p, "addin", { fasilitasiRows: 40, surveiRows: 40 });

async function build(fake: FakeExcel, p: Profile, options: RenderOptions = {}): Promise<void> {
  await fake.run((ctx) =>
    renderWorkbook(ctx, small(p), { confirm: () => Promise.resolve(true), ...options }),
  );
}

/** Types a value into an existing sheet, as staff would. */
function type(fake: FakeExcel, sheet: string, row: number, col: number, value: string | number): void {
  const cell = fake.sheet(sheet)?.cells.get(`${row},${col}`);
  if (!cell) throw new Error(`${sheet} ${row},${col} tidak ada`);
  cell.value = value;
}

const area = (fake: FakeExcel, sheet: string): string | undefined => fake.sheet(sheet)?.pageLayout.printArea;

describe("print areas through Office.js", () => {
  test("on build: title + header + filled rows per data sheet, every area fully absolute", async () => {
    const fake = createFakeExcel();
    await build(fake, preset("sumbersuko-2020"));
    expect(area(fake, "Fasilitasi")).toBe("$A$1:$G$4"); // nothing filled yet
    expect(area(fake, "Dokumen Desa")).toBe("$A$1:$H$13"); // every desa and the totals
    expect(area(fake, "Survei IKM")).toBe("$A$1:$S$32"); // header, the summary and the IKM per layanan table beside it
    expect(area(fake, "IKU 2020")).toBe("$A$1:$J$30");
    for (const s of fake.state.sheets) {
      const a = s.pageLayout.printArea;
      if (a !== undefined) expect(a).toMatch(/^\$[A-Z]+\$\d+:\$[A-Z]+\$\d+$/);
    }
  });

  test("on rebuild: each reused data sheet's area follows the rows filled since", async () => {
    const fake = createFakeExcel();
    const p = preset("sumbersuko-2020");
    await build(fake, p);
    // Three activities (rows 5–7); the last one only has its status filled.
    type(fake, "Fasilitasi", 5, 3, "Rapat koordinasi");
    type(fake, "Fasilitasi", 6, 3, "Musrenbang desa");
    type(fake, "Fasilitasi", 7, 6, "Ya");
    // Respondents down to row 30 (below the summary block, which ends at row 20).
    for (let u = 3; u <= 11; u++) type(fake, "Survei IKM", 40, u, 4);

    await build(fake, p);
    expect(area(fake, "Fasilitasi")).toBe("$A$1:$G$7");
    expect(area(fake, "Survei IKM")).toBe("$A$1:$S$40");
    expect(area(fake, "Dokumen Desa")).toBe("$A$1:$H$13");

    // More rows filled, rebuilt from the ribbon: still in step.
    type(fake, "Fasilitasi", 12, 2, 45000);
    await build(fake, p, { replaceUntouched: "always", confirm: () => Promise.resolve(false) });
    expect(area(fake, "Fasilitasi")).toBe("$A$1:$G$12");
  });

  test("without page layout (ExcelApi 1.9) a reused sheet's area is not touched", async () => {
    const fake = createFakeExcel();
    const p = preset("sumbersuko-2020");
    await build(fake, p);
    type(fake, "Fasilitasi", 9, 3, "Rapat");
    await build(fake, p, { isSetSupported: (set, v) => !(set === "ExcelApi" && v === "1.9") });
    expect(area(fake, "Fasilitasi")).toBe("$A$1:$G$4");
  });
});

describe("filledPrintArea and absoluteArea", () => {
  const fas = sheetOf(small(preset("randuagung-2025")), "fasilitasi");

  test("the model's own formula cells (the No. counter) do not count as filled", () => {
    const counterOnly = (_r: number, c: number) => c === 1; // every row's No. formula shows something
    expect(filledPrintArea(fas, counterOnly)).toBe("$A$1:$G$4");
    const typedAt = (r: number, c: number) => r === 20 && c === 7; // a Keterangan only
    expect(filledPrintArea(fas, typedAt)).toBe("$A$1:$G$20");
  });

  test("a sheet without a model print area gets none", () => {
    const profil = sheetOf(small(preset("randuagung-2025")), "profil");
    expect(filledPrintArea(profil, () => true)).toBeNull();
  });

  test.each([
    ["A1:J30", "$A$1:$J$30"],
    ["$A1:$J30", "$A$1:$J$30"],
    ["$A$1:$G$52", "$A$1:$G$52"],
    ["b2", "$B$2"],
    ["'Rekap 2025'!A1:G5", "'Rekap 2025'!A1:G5"],
  ])("absoluteArea(%s) = %s", (input, out) => {
    expect(absoluteArea(input)).toBe(out);
  });
});
