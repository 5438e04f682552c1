/**
 * Data sheets' print areas kept in step without a rebuild (run after Konversi formula): found
 * through our defined names, grown to the last typed row, never shrunk, and a sheet whose print
 * area the user removed is left alone.
 */

import { lastTypedRow, refreshDataPrintAreas } from "../../src/excel/print-refresh";
import { renderWorkbook } from "../../src/excel/render";
import { convert } from "../../src/taskpane/actions";
import { createFakeExcel, type FakeExcel } from "../fakes/fake-excel";
import { model, preset } from "./helpers";

async function built(): Promise<FakeExcel> {
  const fake = createFakeExcel();
  const m = model(preset("sumbersuko-2020"), "addin", { fasilitasiRows: 40, surveiRows: 40 });
  await fake.run((ctx) => renderWorkbook(ctx, m));
  return fake;
}

function type(fake: FakeExcel, sheet: string, row: number, col: number, value: string | number): void {
  const cell = fake.sheet(sheet)?.cells.get(`${row},${col}`);
  if (!cell) throw new Error(`${sheet} ${row},${col} tidak ada`);
  cell.value = value;
}

const area = (fake: FakeExcel, sheet: string): string | undefined => fake.sheet(sheet)?.pageLayout.printArea;

describe("refreshDataPrintAreas", () => {
  test("grows each data sheet's area to its last typed row; in step afterwards", async () => {
    const fake = await built();
    type(fake, "Fasilitasi", 5, 3, "Rapat koordinasi");
    type(fake, "Fasilitasi", 9, 6, "Tidak");
    for (let u = 3; u <= 11; u++) type(fake, "Survei IKM", 40, u, 3);
    fake.resetSyncCount();
    const grown = await fake.run((ctx) => refreshDataPrintAreas(ctx));
    expect(grown).toEqual([
      { sheet: "Fasilitasi", area: "$A$1:$G$9", lastRow: 9 },
      { sheet: "Survei IKM", area: "$A$1:$S$40", lastRow: 40 },
    ]);
    expect(fake.syncCount).toBe(4);
    expect(area(fake, "Fasilitasi")).toBe("$A$1:$G$9");
    expect(area(fake, "Survei IKM")).toBe("$A$1:$S$40");
    expect(area(fake, "Dokumen Desa")).toBe("$A$1:$H$13");

    fake.resetSyncCount();
    expect(await fake.run((ctx) => refreshDataPrintAreas(ctx))).toEqual([]);
    expect(fake.syncCount).toBe(3); // nothing to write
  });

  test("formula cells (the No. counter) are not typed rows; an area never shrinks", async () => {
    const fake = await built();
    const sheet = fake.sheet("Fasilitasi");
    if (!sheet) throw new Error("Fasilitasi");
    sheet.pageLayout.printArea = "$A$1:$G$20";
    expect(await fake.run((ctx) => refreshDataPrintAreas(ctx))).toEqual([]);
    expect(area(fake, "Fasilitasi")).toBe("$A$1:$G$20");
  });

  test("a sheet without a print area (removed by the user) is left alone", async () => {
    const fake = await built();
    const sheet = fake.sheet("Fasilitasi");
    if (!sheet) throw new Error("Fasilitasi");
    delete sheet.pageLayout.printArea;
    type(fake, "Fasilitasi", 12, 3, "Rapat");
    expect(await fake.run((ctx) => refreshDataPrintAreas(ctx))).toEqual([]);
    expect(area(fake, "Fasilitasi")).toBeUndefined();
  });

  test("a workbook without IKU data sheets: one sync, nothing done (error row)", async () => {
    const fake = createFakeExcel();
    fake.seedSheet("Lain", [["catatan"]]);
    expect(await fake.run((ctx) => refreshDataPrintAreas(ctx))).toEqual([]);
    expect(fake.syncCount).toBe(1);
  });

  test("lastTypedRow", () => {
    const grid = [
      ["=ROW()", ""],
      [null, "x"],
      ["=1", ""],
    ];
    expect(lastTypedRow(grid, 10, 4)).toBe(11);
    expect(lastTypedRow(grid, 10, 11)).toBe(11);
    expect(lastTypedRow([["=A1"]], 10, 4)).toBe(4);
  });
});

describe("Konversi formula in the pane refreshes them", () => {
  test("the result names the grown areas; without ExcelApi 1.9 nothing is touched", async () => {
    const fake = await built();
    type(fake, "Fasilitasi", 7, 3, "Musrenbang");
    const no19 = (set: string, v: string) => !(set === "ExcelApi" && v === "1.9");
    const before = await convert(fake.run, "portable", { isSetSupported: no19 });
    expect(before.tone).toBe("ok");
    expect(area(fake, "Fasilitasi")).toBe("$A$1:$G$4");
    const msg = await convert(fake.run, "addin");
    expect(msg.tone).toBe("ok");
    expect(msg.items).toContain(
      "Area cetak lembar Fasilitasi diperluas sampai baris 7 (baris terisi terakhir).",
    );
    expect(area(fake, "Fasilitasi")).toBe("$A$1:$G$7");
  });
});
