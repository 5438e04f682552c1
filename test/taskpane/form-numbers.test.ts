import { formatTarget, parseNumberText, parseTarget } from "../../src/taskpane/form-state";
import type { Unit } from "../../src/core/profile";

describe("formatTarget", () => {
  const rows: [number | null, Unit, string][] = [
    [0.84, "persen", "84"],
    [0.845, "persen", "84,5"],
    [0.07, "persen", "7"], // 0.07 * 100 = 7.000000000000001 in floating point
    [1, "persen", "100"],
    [78.5, "indeks", "78,5"],
    [null, "persen", ""],
    [null, "indeks", ""],
  ];
  test.each(rows)("%p %s → %p", (value, satuan, shown) => {
    expect(formatTarget(value, satuan)).toBe(shown);
  });
});

describe("parseNumberText", () => {
  const rows: [string, number | null | undefined][] = [
    ["84", 84],
    ["84,5", 84.5],
    [" 84.5 % ", 84.5],
    [",5", 0.5],
    ["-3", -3],
    ["", null],
    ["   ", null],
    ["%", null],
    // error rows: not one plain decimal number
    ["abc", undefined],
    ["84,5,1", undefined],
    ["1e3", undefined],
    ["8 4", undefined],
    ["84%%", undefined],
  ];
  test.each(rows)("%p → %p", (text, expected) => {
    const got = parseNumberText(text);
    if (typeof expected === "number") {
      expect(typeof got).toBe("number");
      expect(got as number).toBeCloseTo(expected, 12);
    } else {
      expect(got).toBe(expected);
    }
  });
});

describe("parseTarget", () => {
  const rows: [string, Unit, number | null | undefined][] = [
    ["84", "persen", 0.84],
    ["84,5", "persen", 0.845],
    ["7", "persen", 0.07],
    ["78,5", "indeks", 78.5],
    ["", "persen", null],
    ["x", "indeks", undefined],
  ];
  test.each(rows)("%p (%s) → %p", (text, satuan, expected) => {
    const got = parseTarget(text, satuan);
    if (typeof expected === "number") expect(got as number).toBeCloseTo(expected, 12);
    else expect(got).toBe(expected);
  });
});
