/**
 * Print setup in the model: data sheets print only the title, header and the rows filled when
 * built (not 200 empty activity rows or 500 survey rows); the IKU sheet keeps its signature
 * with the last table row (Sumbersuko) by a manual break, and adds none where the last row
 * starts a page anyway (Randuagung); the seed's wording and bold parts.
 */
import { buildWorkbook } from "../../../src/core/workbook/build";
import { dataPrintArea } from "../../../src/core/workbook/data-sheets";
import type { SheetModel, WorkbookModel } from "../../../src/core/workbook/model";
import { buildIkuSheet } from "../../../src/core/workbook/iku-sheet";
import { profileOf } from "../../helpers/profiles";

function sheetOf(m: WorkbookModel, kind: SheetModel["kind"]): SheetModel {
  const s = m.sheets.find((x) => x.kind === kind);
  if (!s) throw new Error(`lembar ${kind} tidak ada`);
  return s;
}

describe("data sheets print only what is filled", () => {
  const m = buildWorkbook(profileOf("sumbersuko-2020"), "portable");
  test.each([
    ["fasilitasi", "A1:G4"],
    // 8 desa rows (5–12) and the totals row 13.
    ["dokdesa", "A1:H13"],
    // No respondent yet: the header and the summary block (columns M:N, down to row 20).
    ["ikm", "A1:S32"],
  ] as const)("%s: print area %s", (kind, area) => {
    expect(sheetOf(m, kind).page?.printArea).toBe(area);
  });

  test("dataPrintArea never cuts above the header row", () => {
    expect(dataPrintArea(7, 2)).toBe("A1:G4");
    expect(dataPrintArea(7, 37)).toBe("A1:G37");
  });
});

describe("IKU sheet: the signature stays with the last table row", () => {
  test("Sumbersuko: a break before the last indicator row", () => {
    const { sheet, layout } = buildIkuSheet(profileOf("sumbersuko-2020"), "portable");
    const lastTableRow = layout.firstIndicatorRow + 2;
    expect(sheet.page?.rowBreaks).toEqual([lastTableRow]);
  });

  test.each(["randuagung-2025", "Senduro"])("%s: no break needed", (name) => {
    const { sheet } = buildIkuSheet(profileOf(name), "portable");
    expect(sheet.page?.rowBreaks).toBeUndefined();
  });
});

describe("the seed's wording and bold parts", () => {
  const cellText = (s: SheetModel, row: number, col: number): unknown =>
    s.cells.find((c) => c.row === row && c.col === col)?.value;

  test("Sumbersuko's title line; Randuagung keeps the usual one", () => {
    const ss = buildIkuSheet(profileOf("sumbersuko-2020"), "portable").sheet;
    expect(cellText(ss, 2, 1)).toBe("ORGANISASI KERJA PERANGKAT DAERAH ( OPD )");
    const ra = buildIkuSheet(profileOf("randuagung-2025"), "portable").sheet;
    expect(cellText(ra, 2, 1)).toBe("ORGANISASI PERANGKAT DAERAH");
  });

  test('bold "Penjelasan :" inside the rumus cell; runs join to the value', () => {
    const { sheet, layout } = buildIkuSheet(profileOf("randuagung-2025"), "addin");
    const rumus = sheet.cells.find((c) => c.row === layout.firstIndicatorRow && c.col === 4);
    expect(rumus?.runs?.find((r) => r.bold)?.text).toBe("Penjelasan :");
    expect(rumus?.runs?.map((r) => r.text).join("")).toBe(rumus?.value);
  });

  test("name and NIP in bold", () => {
    const { sheet, layout } = buildIkuSheet(profileOf("sumbersuko-2020"), "portable");
    const at = (r: number): SheetModel["cells"][number] | undefined =>
      sheet.cells.find((c) => c.row === r && c.col === 8);
    expect(at(layout.signatureNameRow)?.style?.bold).toBe(true);
    expect(at(layout.signatureNameRow + 1)?.value).toBe("NIP. 19661114 199403 2 008");
    expect(at(layout.signatureNameRow + 1)?.style?.bold).toBe(true);
  });
});

describe("Profil target cells", () => {
  test("percent format and validation 0–10 for persen, 25–100 for indeks", () => {
    const m = buildWorkbook(profileOf("sumbersuko-2020"), "portable");
    const profil = sheetOf(m, "profil");
    const targets = m.names
      .filter((n) => n.name.startsWith("IKU_Target_"))
      .map((n) => n.range.replace(/\$/g, ""));
    expect(targets).toHaveLength(3);
    m.profile.indicators.forEach((ind, i) => {
      const v = profil.validations.find((x) => x.range === targets[i]);
      // The Target column of the indicator's row in the Profil table.
      const cell = profil.cells.find((c) => `G${c.row}` === targets[i] && c.col === 7);
      if (ind.satuan === "persen") {
        expect([v?.type, v?.min, v?.max]).toEqual(["decimal", 0, 10]);
        expect(cell?.style?.numFmt).toBe("0.00%");
      } else expect([v?.type, v?.min, v?.max]).toEqual(["decimal", 25, 100]);
    });
  });
});
