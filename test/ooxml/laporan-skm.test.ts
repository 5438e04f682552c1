/**
 * The Laporan SKM sheet and its chart in the written package: the chart part exists, is
 * validated against the DrawingML chart schema (not skipped), and the whole file passes the
 * OOXML checks, in both formula modes.
 */
import JSZip from "jszip";
import { buildWorkbook } from "../../src/core/workbook/build";
import { buildLaporanSkmSheet } from "../../src/core/workbook/laporan-skm";
import { NAMES } from "../../src/core/workbook/model";
import { writeXlsx } from "../../src/xlsx/write";
import { profileOf } from "../helpers/profiles";
import { ooxmlProblems } from "./check";
import { schemaProblems } from "./schema";

jest.setTimeout(120_000);

test.each(["addin", "portable"] as const)("Sumbersuko with Laporan SKM and its chart (%s)", async (mode) => {
  const model = buildWorkbook(profileOf("sumbersuko-2020"), mode);
  const index = model.sheets.findIndex((s) => s.name === "Laporan SKM");
  expect(model.sheets[index].charts).toHaveLength(1);
  const bytes = await writeXlsx(model);
  const zip = await JSZip.loadAsync(bytes);
  const rels = await zip.file(`xl/worksheets/_rels/sheet${index + 1}.xml.rels`)?.async("string");
  expect(rels).toMatch(/drawings\/drawing\d+\.xml/);
  const chart = await zip.file("xl/charts/chart1.xml")?.async("string");
  expect(chart).toContain("'Laporan SKM'!$C$");
  const { skipped } = await schemaProblems(bytes);
  expect(skipped).toEqual(["docProps/app.xml"]);
  expect(await ooxmlProblems(bytes)).toEqual([]);
});

test("with the respondent-profile tables (COUNTIF/COUNTIFS over the optional columns)", async () => {
  const profile = profileOf("sumbersuko-2020");
  const model = buildWorkbook(profile, "portable", { surveiRows: 20 });
  for (const [i, name] of [
    NAMES.ikmJenisKelamin,
    NAMES.ikmUsia,
    NAMES.ikmPendidikan,
    NAMES.ikmPekerjaan,
  ].entries())
    if (!model.names.some((n) => n.name === name))
      model.names.push({ name, sheet: "Survei IKM", range: `$${"TUVW"[i]}$5:$${"TUVW"[i]}$24` });
  const index = model.sheets.findIndex((s) => s.name === "Laporan SKM");
  model.sheets[index] = buildLaporanSkmSheet(
    profile,
    "portable",
    new Set(model.names.map((n) => n.name)),
  ).sheet;
  expect(model.sheets[index].cells.some((c) => c.formula?.startsWith("COUNTIFS("))).toBe(true);
  expect(await ooxmlProblems(await writeXlsx(model))).toEqual([]);
});
