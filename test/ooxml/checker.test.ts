/**
 * The checker itself fails on what it must catch: a planted `$$` print area, two elements
 * swapped out of schema order, a half-absolute print area, formulas Excel would mis-read,
 * overlapping merges. Each mutation is made on a file that passes unmutated.
 */
import JSZip from "jszip";
import { buildWorkbook } from "../../src/core/workbook/build";
import { writeXlsx } from "../../src/xlsx/write";
import { absolutePrintRef, dedupeValidations } from "../../src/xlsx/package-fix";
import { profileOf } from "../helpers/profiles";
import { ooxmlProblems } from "./check";
import { applyMarkupCompatibility } from "./mce";
import { definedNameProblem, formulaProblems, overlaps } from "./semantic";

jest.setTimeout(60_000);

let valid: Uint8Array;
beforeAll(async () => {
  valid = await writeXlsx(buildWorkbook(profileOf("randuagung-2025"), "portable"));
});

async function mutate(part: string, change: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(valid);
  const before = await zip.file(part)!.async("string");
  const after = change(before);
  expect(after).not.toBe(before);
  zip.file(part, after);
  return zip.generateAsync({ type: "uint8array" });
}

describe("ooxmlProblems on mutated files", () => {
  test("the unmutated file passes", async () => {
    expect(await ooxmlProblems(valid)).toEqual([]);
  });

  test("a planted $$ print area", async () => {
    const bad = await mutate("xl/workbook.xml", (x) =>
      x.replace(/(name="_xlnm\.Print_Area"[^>]*>[^!]*!)[^<]*/, "$1$$$$A$$1:$$$$J$$30"),
    );
    const problems = await ooxmlProblems(bad);
    expect(problems.join("\n")).toMatch(/_xlnm\.Print_Area: "\$\$A\$1" bukan referensi absolut penuh/);
  });

  test("a half-absolute print area", async () => {
    const bad = await mutate("xl/workbook.xml", (x) =>
      x.replace(/(name="_xlnm\.Print_Area"[^>]*>[^!]*!)[^<]*/, "$1$$A1:$$J30"),
    );
    expect((await ooxmlProblems(bad)).join("\n")).toMatch(/"\$A1" bukan referensi absolut penuh/);
  });

  test("two elements swapped out of schema order (pageSetup before pageMargins)", async () => {
    const bad = await mutate("xl/worksheets/sheet1.xml", (x) =>
      x.replace(/(<pageMargins\b[^>]*\/>)(<pageSetup\b[^>]*\/>)/, "$2$1"),
    );
    const problems = await ooxmlProblems(bad);
    expect(
      problems.some((p) => p.startsWith("xl/worksheets/sheet1.xml") && /pageSetup|pageMargins/.test(p)),
    ).toBe(true);
  });

  test("a custom-function call as typed, a ';' and a localized name", async () => {
    const bad = await mutate("xl/worksheets/sheet1.xml", (x) =>
      x.replace(/<f>[^<]*<\/f>/, "<f>JUMLAH(A1;A2)+IKU.FASILITASI(B1:B4)+IFS(A1,1)</f>"),
    );
    const text = (await ooxmlProblems(bad)).join("\n");
    expect(text).toMatch(/pemisah ";"/);
    expect(text).toMatch(/tak dikenal.*JUMLAH/);
    expect(text).toMatch(/_xldudf_\): IKU\.FASILITASI/);
    expect(text).toMatch(/sesudah Excel 2007 tanpa _xlfn\.: IFS/);
  });

  test("overlapping merges and a style index out of range", async () => {
    const bad = await mutate("xl/worksheets/sheet1.xml", (x) =>
      x
        .replace(/<mergeCell ref="([^"]+)"\/>/, '<mergeCell ref="$1"/><mergeCell ref="A1:B2"/>')
        .replace(/ s="\d+"/, ' s="9999"'),
    );
    const text = (await ooxmlProblems(bad)).join("\n");
    expect(text).toMatch(/sel gabung .* tumpang tindih/);
    expect(text).toMatch(/gaya s=9999/);
  });
});

describe("pieces", () => {
  test.each([
    ["'Rekap 2025'!$$A$1:$$G$52", "'Rekap 2025'!$A$1:$G$52"],
    ["'IKU 2020'!$A1:$J30", "'IKU 2020'!$A$1:$J$30"],
    ["'Fasilitasi'!$4:$4", "'Fasilitasi'!$4:$4"],
    ["'It''s, x'!A:B,'It''s, x'!1:2", "'It''s, x'!$A:$B,'It''s, x'!$1:$2"],
  ])("absolutePrintRef(%s) = %s", (input, out) => {
    expect(absolutePrintRef(input)).toBe(out);
  });

  test.each([
    ["_xlnm.Print_Area", "'IKU 2025'!$A$1:$J$30", null],
    ["_xlnm.Print_Area", "'IKU 2025'!$$A$1:$$J$30", /bukan referensi/],
    ["IKU_Tahun", "Profil!$B$7", null],
    ["IKU_Tahun", "Lain!$B$7", /tidak ada/],
    ["IKU_Tahun", "Profil!$B$0", /bukan referensi/],
  ])("definedNameProblem %s %s", (name, text, want) => {
    const got = definedNameProblem(name, text, ["IKU 2025", "Profil"]);
    if (want === null) expect(got).toBeNull();
    else expect(got).toMatch(want);
  });

  test("formulas: strings and quoted sheets are not code", () => {
    expect(formulaProblems('IF(A1="x;y",SUM(\'a;b\'!A1:A2),"IKU.X(")')).toEqual([]);
    expect(formulaProblems("_xlfn.IFS(A1,1)+_xldudf_IKU_FASILITASI(A1:A4)")).toEqual([]);
  });

  test("overlaps", () => {
    expect(overlaps(["A1:B2", "C1:D2"])).toEqual([]);
    expect(overlaps(["A1:B2", "B2:C3"])).toEqual(["A1:B2 tumpang tindih B2:C3"]);
  });

  test("dedupeValidations drops the copy ExcelJS writes on a range it already covers", () => {
    const dv = (ref: string): string =>
      `<dataValidation type="list" sqref="${ref}"><formula1>"Ya"</formula1></dataValidation>`;
    const other = `<dataValidation type="whole" sqref="C5:C9"><formula1>1</formula1></dataValidation>`;
    const xml = `<dataValidations count="3">${dv("F10:F44")}${dv("F5:F44")}${other}</dataValidations>`;
    expect(dedupeValidations(xml)).toBe(
      `<dataValidations count="2">${dv("F5:F44")}${other}</dataValidations>`,
    );
  });

  test("markup compatibility drops ignorable attributes and resolves AlternateContent", () => {
    const xml =
      '<r xmlns:mc="m" xmlns:x14ac="x" mc:Ignorable="x14ac"><row x14ac:dyDescent="0.25" r="1"/>' +
      '<mc:AlternateContent><mc:Choice Requires="x14ac"><new/></mc:Choice><mc:Fallback><old/></mc:Fallback></mc:AlternateContent>' +
      "<x14ac:ext><in/></x14ac:ext></r>";
    expect(applyMarkupCompatibility(xml)).toBe('<r xmlns:mc="m" xmlns:x14ac="x"><row r="1"/><old/></r>');
  });
});
