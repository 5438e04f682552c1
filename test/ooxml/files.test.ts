/**
 * Every xlsx the project writes passes the Office Open XML schemas (after Markup
 * Compatibility) and the checks no schema sees (./semantic.ts): both presets in both formula
 * modes, a generated kecamatan, a filled workbook after the read/write round trip, and the
 * kabupaten recap with its chart.
 */
import ExcelJS from "exceljs";
import { buildRekap } from "../../src/core/rekap";
import { buildWorkbook } from "../../src/core/workbook/build";
import { buildRekapWorkbook } from "../../src/core/workbook/rekap-sheet";
import { readIkuWorkbook } from "../../src/xlsx/read";
import { writeExcelJs, writeXlsx } from "../../src/xlsx/write";
import { profileOf } from "../helpers/profiles";
import { filledExcelJs, withIkm } from "../helpers/rekap-files";
import { ooxmlProblems } from "./check";
import { schemaProblems } from "./schema";

jest.setTimeout(120_000);

async function roundTrip(bytes: Uint8Array): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return writeExcelJs(wb);
}

describe("every xlsx we write is valid Office Open XML", () => {
  test.each([
    ["randuagung-2025", "addin"],
    ["randuagung-2025", "portable"],
    ["sumbersuko-2020", "addin"],
    ["sumbersuko-2020", "portable"],
    ["Senduro", "portable"],
    ["Senduro", "addin"],
  ] as const)("%s, formula %s", async (name, mode) => {
    const bytes = await writeXlsx(buildWorkbook(profileOf(name), mode));
    expect(await ooxmlProblems(bytes)).toEqual([]);
  });

  test("a filled workbook, written and read back and written again", async () => {
    const { wb } = filledExcelJs(withIkm(profileOf("Senduro")), 7);
    const first = await writeExcelJs(wb);
    expect(await ooxmlProblems(first)).toEqual([]);
    expect(await ooxmlProblems(await roundTrip(first))).toEqual([]);
  });

  test("the recap with its chart", async () => {
    const inputs = [];
    for (const [name, seed] of [
      ["randuagung-2025", 1],
      ["Senduro", 2],
    ] as const) {
      const { wb } = filledExcelJs(name === "Senduro" ? withIkm(profileOf(name)) : profileOf(name), seed);
      inputs.push({ fileName: `${name}.xlsx`, data: await readIkuWorkbook(await writeExcelJs(wb)) });
    }
    const bytes = await writeXlsx(buildRekapWorkbook(buildRekap(inputs)));
    const { skipped } = await schemaProblems(bytes);
    // Only the extended properties part has no schema here.
    expect(skipped).toEqual(["docProps/app.xml"]);
    expect(await ooxmlProblems(bytes)).toEqual([]);
  });
});
