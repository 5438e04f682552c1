/**
 * The Office.js renderer draws the Laporan SKM sheet's bar chart and its page break (fake
 * Excel), from the same model the xlsx writer uses.
 */
import { buildWorkbook } from "../../src/core/workbook/build";
import { LAPORAN_SKM_SHEET } from "../../src/core/workbook/laporan-skm";
import { renderWorkbook } from "../../src/excel/render";
import { fakeCharts, fakeRowBreaks } from "../fakes/fake-charts";
import { createFakeExcel } from "../fakes/fake-excel";
import { profileOf } from "../helpers/profiles";

test("Laporan SKM: chart over the unsur labels and NRR, ranking on a new page", async () => {
  const fake = createFakeExcel();
  const model = buildWorkbook(profileOf("sumbersuko-2020"), "portable", {
    surveiRows: 20,
    fasilitasiRows: 5,
  });
  await fake.run((ctx) => renderWorkbook(ctx, model));
  const sheet = fake.sheet(LAPORAN_SKM_SHEET);
  const chart = model.sheets.find((s) => s.name === LAPORAN_SKM_SHEET)?.charts?.[0];
  if (!sheet || !chart) throw new Error("lembar atau grafik Laporan SKM hilang");
  expect(fakeCharts(sheet)).toEqual([
    {
      type: "BarClustered",
      source: chart.source,
      seriesBy: "Columns",
      title: "NRR per Unsur Pelayanan — Kecamatan Sumbersuko 2020",
      legendPosition: "Bottom",
      position: { start: `A${chart.from.row}`, end: `G${chart.to.row - 1}` },
    },
  ]);
  expect(chart.source).toMatch(/^B\d+:C\d+$/);
  expect(fakeRowBreaks(sheet)).toEqual(
    model.sheets.find((s) => s.name === LAPORAN_SKM_SHEET)?.page?.rowBreaks,
  );
  expect(fakeRowBreaks(sheet)).toHaveLength(1);
});
