/** The pure helpers of src/excel: addresses, planning, sheet names, formula text, requirements. */

import { columnLetters, columnNumber, parseAddress } from "../../src/core/a1";
import { deepEqual, freeSheetName, gridFromUsed, headerMatches } from "../../src/excel/existing";
import { canonicalFormula, recordsFromGrid } from "../../src/excel/formula-store";
import { renameSheetInFormula } from "../../src/excel/formula-refs";
import { validationRule } from "../../src/excel/render-sheet";
import { checkRequirements } from "../../src/excel/requirements";
import { columnWidthPoints, formulaInput, styleRects } from "../../src/excel/sheet-plan";
import type { SheetModel } from "../../src/core/workbook/model";

describe("A1 addresses", () => {
  test.each([
    [1, "A"],
    [26, "Z"],
    [27, "AA"],
    [703, "AAA"],
  ])("column %d ↔ %s", (n, letters) => {
    expect(columnLetters(n)).toBe(letters);
    expect(columnNumber(letters)).toBe(n);
  });
  test.each([
    ["B3", { sheet: null, rect: { top: 3, left: 2, bottom: 3, right: 2 } }],
    ["'Dokumen Desa'!$C$5:$C$12", { sheet: "Dokumen Desa", rect: { top: 5, left: 3, bottom: 12, right: 3 } }],
    ["'O''Brien'!A1", { sheet: "O'Brien", rect: { top: 1, left: 1, bottom: 1, right: 1 } }],
    ["Profil!B7:A1", { sheet: "Profil", rect: { top: 1, left: 1, bottom: 7, right: 2 } }],
    ["A:C", null],
    ["", null],
    ["Sheet1!", null],
  ])("parseAddress(%p)", (text, expected) => {
    expect(parseAddress(text)).toEqual(expected);
  });
});

describe("renameSheetInFormula", () => {
  test.each([
    ["'IKU 2025'!E12*2", "IKU 2025", "IKU 2025 (2)", "'IKU 2025 (2)'!E12*2"],
    ["SUM(Profil!B7,profil!B8)", "Profil", "Profil (2)", "SUM('Profil (2)'!B7,'Profil (2)'!B8)"],
    ['IF(A1="Profil!B7",Profil!B7,"")', "Profil", "P2", 'IF(A1="Profil!B7",P2!B7,"")'],
    ["ProfilLama!B7+Profil2!A1", "Profil", "X", "ProfilLama!B7+Profil2!A1"],
    ["'Other'!A1", "Profil", "X", "'Other'!A1"],
  ])("%s: %s → %s", (formula, from, to, expected) => {
    expect(renameSheetInFormula(formula, from, to)).toBe(expected);
  });
});

describe("freeSheetName", () => {
  test.each([
    ["IKU 2025", [], "IKU 2025"],
    ["IKU 2025", ["iku 2025"], "IKU 2025 (2)"],
    ["IKU 2025", ["iku 2025", "iku 2025 (2)"], "IKU 2025 (3)"],
    ["A".repeat(31), ["a".repeat(31)], `${"A".repeat(27)} (2)`],
  ])("%s with %p taken → %s", (base, taken, expected) => {
    expect(freeSheetName(base, new Set(taken))).toBe(expected);
    expect(freeSheetName(base, new Set(taken)).length).toBeLessThanOrEqual(31);
  });
});

describe("existing sheets", () => {
  test.each([
    [
      "Profil!B2:C3",
      [
        [1, ""],
        ["x", true],
      ],
      [[], [null, 1, null], [null, "x", true]],
    ],
    ["Profil!A1", [["a"]], [["a"]]],
    ["not an address", [["a"]], []],
  ])("gridFromUsed(%s)", (address, values, expected) => {
    expect(gridFromUsed(address, values)).toEqual(expected);
  });

  const sheet: SheetModel = {
    name: "Fasilitasi",
    kind: "fasilitasi",
    columnWidths: [],
    rowHeights: {},
    cells: [
      { row: 2, col: 1, value: "No." },
      { row: 2, col: 2, value: "Ditindaklanjuti" },
    ],
    merges: [],
    freeze: { rows: 2, cols: 0 },
    validations: [],
  };
  test.each([
    [[[], ["No.", "Ditindaklanjuti"]], true],
    [[[], [" no. ", "DITINDAKLANJUTI"]], true],
    [[[], ["No.", "Status"]], false],
    [[["No.", "Ditindaklanjuti"]], false],
    [[], false],
  ])("headerMatches %p → %p", (grid, expected) => {
    expect(headerMatches(sheet, grid)).toBe(expected);
  });

  test.each([
    [{ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 }, true],
    [{ a: 1, c: undefined }, { a: 1 }, true],
    [{ a: 1 }, { a: "1" }, false],
    [[1, 2], [1, 2, 3], false],
    [null, {}, false],
  ])("deepEqual(%p, %p) → %p", (a, b, expected) => {
    expect(deepEqual(a, b)).toBe(expected);
  });
});

describe("sheet planning", () => {
  // ECMA-376 §18.3.1.13 with the 7-pixel maximum digit width of Calibri 11 (file width 9.140625
  // is Excel's default column: 64 px = 48 pt).
  test.each([
    [8.43, 44.25],
    [9.140625, 48],
    [5, 26.25],
    [56, 294],
    [0, 0],
  ])("column width %p characters → %p points", (chars, points) => {
    expect(columnWidthPoints(chars)).toBeCloseTo(points, 6);
  });

  test.each([
    [{ formula: "SUM(A1:A3)" }, "=SUM(A1:A3)"],
    [{ formula: "=A1" }, "=A1"],
    [{ value: 0.84 }, 0.84],
    [{ value: true }, true],
    [{ value: "Ya" }, "Ya"],
    [{ value: "196809011992022002" }, "'196809011992022002"],
    [{ value: "19680901 199202 2 002" }, "19680901 199202 2 002"],
    [{ value: "2025-01-31" }, "'2025-01-31"],
    [{ value: "31/01/2025" }, "'31/01/2025"],
    [{ value: "TRUE" }, "'TRUE"],
    [{ value: "=bukan formula" }, "'=bukan formula"],
    [{ value: "- catatan" }, "'- catatan"],
    [{ value: "1/2" }, "'1/2"],
    [{ value: "10:30" }, "'10:30"],
    [{ value: "@kecamatan" }, "'@kecamatan"],
    [{ value: "84%" }, "'84%"],
    [{ value: "Camat Randuagung" }, "Camat Randuagung"],
    [{}, ""],
  ])("formulaInput(%p) → %p", (cell, expected) => {
    expect(formulaInput(cell)).toBe(expected);
  });

  test.each([
    [
      "one block",
      [
        [1, 1],
        [1, 2],
        [2, 1],
        [2, 2],
      ],
      [{ top: 1, left: 1, bottom: 2, right: 2 }],
    ],
    [
      "two runs of different height",
      [
        [1, 1],
        [2, 1],
        [1, 2],
      ],
      [
        { top: 1, left: 1, bottom: 2, right: 1 },
        { top: 1, left: 2, bottom: 1, right: 2 },
      ],
    ],
    [
      "a gap",
      [
        [1, 1],
        [3, 1],
      ],
      [
        { top: 1, left: 1, bottom: 1, right: 1 },
        { top: 3, left: 1, bottom: 3, right: 1 },
      ],
    ],
    ["nothing", [], []],
  ])("styleRects: %s", (_what, cells, expected) => {
    const planned = cells.map(([row, col]) => ({ row, col, style: { bold: true } }));
    expect(styleRects(planned).map((r) => r.rect)).toEqual(expected);
  });

  test("styleRects keeps different styles apart", () => {
    const rects = styleRects([
      { row: 1, col: 1, style: { bold: true } },
      { row: 1, col: 2, style: { border: true } },
    ]);
    expect(rects).toHaveLength(2);
  });
});

describe("validationRule", () => {
  test.each([
    [
      { range: "F5", type: "list", list: ["Ya", "Tidak"] },
      { list: { inCellDropDown: true, source: "Ya,Tidak" } },
    ],
    [
      { range: "C5", type: "whole", min: 1, max: 4 },
      { wholeNumber: { formula1: 1, formula2: 4, operator: "Between" } },
    ],
    [
      { range: "B5", type: "date", min: 45658 },
      { date: { formula1: "2025-01-01", operator: "GreaterThanOrEqualTo" } },
    ],
    [{ range: "N1", type: "decimal", max: 10 }, { decimal: { formula1: 10, operator: "LessThanOrEqualTo" } }],
    [{ range: "B5", type: "date" }, { date: { formula1: "1900-03-01", operator: "GreaterThanOrEqualTo" } }],
  ] as const)("%p", (v, expected) => {
    expect(validationRule({ ...v, list: "list" in v ? [...v.list] : undefined })).toEqual(expected);
  });
});

describe("checkRequirements", () => {
  const upTo = (max: number) => (_n: string, v: string) => Number(v) <= max;
  test.each([
    ["Microsoft 365 (1.9+)", upTo(1.9), [], false],
    ["Office 2019 (1.7)", upTo(1.7), ["ExcelApi 1.8", "ExcelApi 1.9"], false],
    ["Office 2016 (1.1)", upTo(1.1), ["ExcelApi 1.4", "ExcelApi 1.7", "ExcelApi 1.8", "ExcelApi 1.9"], true],
    [
      "a host that throws",
      () => {
        throw new Error("tidak tahu");
      },
      ["ExcelApi 1.4", "ExcelApi 1.7", "ExcelApi 1.8", "ExcelApi 1.9"],
      true,
    ],
  ])("%s", (_what, isSetSupported, missing, fatal) => {
    const r = checkRequirements(isSetSupported);
    expect(r.missing).toEqual(missing);
    expect(r.error !== null).toBe(fatal);
    expect(r.warnings).toHaveLength(missing.length - (fatal ? 1 : 0));
    expect(r.features.tataLetak).toBe(!missing.includes("ExcelApi 1.9"));
  });
});

describe("formula store", () => {
  test.each([
    ['=IF( a1 = "x y" , 1, 2)', 'IF(A1="x y",1,2)'],
    ["sum(A1:A2)", "SUM(A1:A2)"],
    ['"a ""b"" c"', '"a ""b"" c"'],
  ])("canonicalFormula(%p) → %p", (f, expected) => {
    expect(canonicalFormula(f)).toBe(expected);
  });
  test("recordsFromGrid skips the header and malformed rows", () => {
    const grid = [
      ["Lembar", "Sel", "Formula asli", "Formula Excel standar"],
      ["IKU 2025", "F20", "IKU.IKM(X)", "SUM(X)"],
      ["IKU 2025", "", "IKU.IKM(X)", "SUM(X)"],
      [1, "F21", "IKU.IKM(X)", "SUM(X)"],
    ];
    expect(recordsFromGrid(grid)).toEqual([
      { sheet: "IKU 2025", address: "F20", original: "IKU.IKM(X)", portable: "SUM(X)" },
    ]);
  });
});
