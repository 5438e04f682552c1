/**
 * addCharts: the parts, relationships and content types of a chart added to an ExcelJS
 * package; every part well-formed (xmllint); the package still opens in ExcelJS.
 */
import { spawnSync } from "child_process";
import ExcelJS from "exceljs";
import * as fs from "fs";
import JSZip from "jszip";
import * as os from "os";
import * as path from "path";
import type { ChartModel } from "../../src/core/workbook/chart-model";
import { addCharts, chartXml, parseBlock, xmlEscape } from "../../src/xlsx/chart";

const CHART: ChartModel = {
  type: "barClustered",
  title: 'Capaian <uji> & "kutip"',
  source: "B2:D5",
  valueFormat: "0%",
  from: { row: 8, col: 1 },
  to: { row: 24, col: 8 },
};

async function twoSheets(withHyperlink: boolean): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Lain").getCell("A1").value = 1;
  const ws = wb.addWorksheet("Rekap 2025");
  ws.getCell("B2").value = "Kecamatan";
  ws.getCell("C2").value = "Seri A";
  ws.getCell("D2").value = "Seri B";
  ["Senduro", "Klakah", "Tempeh"].forEach((k, i) => {
    ws.getCell(3 + i, 2).value = k;
    ws.getCell(3 + i, 3).value = 0.5 + i / 10;
    ws.getCell(3 + i, 4).value = 0.9 - i / 10;
  });
  // A hyperlink makes ExcelJS write a sheet relationships part of its own, which must survive.
  if (withHyperlink) ws.getCell("A1").value = { text: "situs", hyperlink: "https://example.org" };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function wellFormed(xml: string): boolean {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "iku-xml-")), "part.xml");
  fs.writeFileSync(file, xml);
  return spawnSync("xmllint", ["--noout", file], { encoding: "utf8" }).status === 0;
}

describe("addCharts", () => {
  test.each([false, true])(
    "parts, rels, content types (sheet already has rels: %s)",
    async (withHyperlink) => {
      const out = await addCharts(await twoSheets(withHyperlink), new Map([["Rekap 2025", [CHART]]]));
      const zip = await JSZip.loadAsync(out);
      const read = async (name: string): Promise<string> => (await zip.file(name)?.async("string")) ?? "";
      const chart = await read("xl/charts/chart1.xml");
      const drawing = await read("xl/drawings/drawing1.xml");
      const sheet = await read("xl/worksheets/sheet2.xml");
      const sheetRels = await read("xl/worksheets/_rels/sheet2.xml.rels");
      const types = await read("[Content_Types].xml");
      for (const xml of [
        chart,
        drawing,
        sheet,
        sheetRels,
        types,
        await read("xl/drawings/_rels/drawing1.xml.rels"),
      ])
        expect(wellFormed(xml)).toBe(true);
      expect(chart).toContain('<c:barDir val="bar"/><c:grouping val="clustered"/>');
      expect(chart).toContain("<c:f>'Rekap 2025'!$B$3:$B$5</c:f>");
      expect(chart).toContain("<c:f>'Rekap 2025'!$D$3:$D$5</c:f>");
      expect(chart).toContain("<a:t>Capaian &lt;uji&gt; &amp; &quot;kutip&quot;</a:t>");
      expect((chart.match(/<c:ser>/g) ?? []).length).toBe(2);
      expect(drawing).toContain(
        "<xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>7</xdr:row>",
      );
      const id = /<drawing r:id="(rId\d+)"\/>/.exec(sheet)?.[1];
      expect(id).toBeDefined();
      expect(sheetRels).toContain(`Id="${id ?? ""}"`);
      expect(sheetRels).toContain('Target="../drawings/drawing1.xml"');
      if (withHyperlink) expect(sheetRels).toContain("https://example.org");
      expect(types).toContain('PartName="/xl/charts/chart1.xml"');
      expect(types).toContain('PartName="/xl/drawings/drawing1.xml"');
      expect(await read("xl/worksheets/sheet1.xml")).not.toContain("<drawing");
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(out as unknown as ExcelJS.Buffer);
      expect(wb.getWorksheet("Rekap 2025")?.getCell("C3").value).toBeCloseTo(0.5, 9);
    },
  );

  test("no charts → the same bytes", async () => {
    const bytes = await twoSheets(false);
    expect(await addCharts(bytes, new Map([["Rekap 2025", []]]))).toBe(bytes);
  });

  test.each([
    ["error: unknown sheet", new Map([["Tidak Ada", [CHART]]]), /tidak ada di berkas/],
    [
      "error: one-column source",
      new Map([["Rekap 2025", [{ ...CHART, source: "B2:B5" }]]]),
      /rentang grafik tidak sah/,
    ],
    [
      "error: not a range",
      new Map([["Rekap 2025", [{ ...CHART, source: "Rekap" }]]]),
      /rentang grafik tidak sah/,
    ],
  ])("%s", async (_name, charts, why) => {
    await expect(addCharts(await twoSheets(false), charts)).rejects.toThrow(why);
  });
});

describe("helpers", () => {
  test.each([
    ["B60:E81", { top: 60, left: 2, bottom: 81, right: 5 }],
    ["$A$1:$AA$3", { top: 1, left: 1, bottom: 3, right: 27 }],
    ["A1", null],
    ["", null],
  ])("parseBlock(%s)", (text, want) => expect(parseBlock(text)).toEqual(want));
  test.each([
    ["a<b>&'\"", "a&lt;b&gt;&amp;'&quot;"],
    ["biasa", "biasa"],
  ])("xmlEscape(%s)", (text, want) => expect(xmlEscape(text)).toBe(want));
  test("chartXml quotes sheet names with apostrophes", () => {
    expect(chartXml("Rekap o'ke", CHART)).toContain("<c:f>'Rekap o''ke'!$C$2</c:f>");
  });
});
