import {
  checkNumber,
  checkOptionalNumber,
  numberFrom,
  roundTo,
  scalarOf,
  toColumn,
  toMatrix,
} from "../../src/core/args";
import { ErrorKind, isIkuError } from "../../src/core/errors";

describe("numberFrom", () => {
  const cases: [unknown, number | undefined][] = [
    [4, 4],
    ["4", 4],
    [" 4 ", 4],
    ["0,91", 0.91],
    ["0.91", 0.91],
    ["-3", -3],
    ["+2,5", 2.5],
    ["", undefined],
    ["1.234,5", undefined],
    ["4a", undefined],
    ["1e3", undefined],
    [true, undefined],
    [null, undefined],
  ];
  test.each(cases)("%p → %p", (x, want) => expect(numberFrom(x)).toBe(want));
});

describe("roundTo (half away from zero on decimal digits, like Excel ROUND)", () => {
  const cases: [number, number, number][] = [
    [88.305, 2, 88.31],
    [88.3049, 2, 88.3],
    [64.995, 2, 65],
    [0.90995, 4, 0.91],
    [0.90994, 4, 0.9099],
    [1.005, 2, 1.01],
    [-1.005, 2, -1.01],
    [-0.00001, 4, 0],
    [1e-9, 2, 0],
    [1e20, 2, 1e20],
    [2.5, 0, 3],
  ];
  test.each(cases)("roundTo(%p, %p) → %p", (x, d, want) => expect(roundTo(x, d)).toBeCloseTo(want, 12));
  test("never returns -0", () => expect(Object.is(roundTo(-0.00001, 2), 0)).toBe(true));
});

describe("checkNumber / checkOptionalNumber", () => {
  const rule = { name: "jumlah", min: 0, max: 10, whole: true };
  test.each([
    [5, 5],
    ["7", 7],
    [[[3]], 3],
    [0, 0],
    [-0, 0],
  ])("%p → %p", (x, want) => {
    expect(Object.is(checkNumber(x, rule), want)).toBe(true);
  });
  const bad: [unknown, ErrorKind, string][] = [
    [11, ErrorKind.Value, "jumlah: nilai 11 di luar 0–10"],
    [2.5, ErrorKind.Value, "harus bilangan bulat"],
    [NaN, ErrorKind.Num, "bukan bilangan terhingga"],
    [-Infinity, ErrorKind.Num, "bukan bilangan terhingga"],
    [null, ErrorKind.Value, "harus diisi"],
    [false, ErrorKind.Value, "FALSE bukan angka"],
    [[[1, 2]], ErrorKind.Value, "bukan rentang"],
    [{}, ErrorKind.Value, "bukan angka"],
  ];
  test.each(bad)("%p → %s", (x, kind, fragment) => {
    const r = checkNumber(x, rule);
    expect(isIkuError(r) && r.kind).toBe(kind);
    expect(isIkuError(r) && r.message).toContain(fragment);
  });
  test("optional: omitted or blank is null, never 0", () => {
    expect(checkOptionalNumber(null, rule)).toBeNull();
    expect(checkOptionalNumber(undefined, rule)).toBeNull();
    expect(checkOptionalNumber("", rule)).toBeNull();
    expect(checkOptionalNumber([[null]], rule)).toBeNull();
    expect(isIkuError(checkOptionalNumber(12, rule))).toBe(true);
  });
});

describe("toMatrix / toColumn / scalarOf", () => {
  test("shapes", () => {
    expect(toMatrix(5, "x")).toEqual([[5]]);
    expect(toMatrix([], "x")).toEqual([]);
    expect(toColumn([[1], [2]], "x")).toEqual([1, 2]);
    expect(scalarOf([[7]], "x")).toBe(7);
  });
  const bad: [() => unknown, string][] = [
    [() => toMatrix([1, 2], "x"), "bentuk rentang tidak sah"],
    [() => toMatrix([[1], [1, 2]], "x"), "tidak sama panjang"],
    [() => toColumn([[1, 2]], "x"), "harus satu kolom"],
    [() => scalarOf([[1], [2]], "x"), "bukan rentang"],
    [() => scalarOf([], "x"), "bukan rentang"],
  ];
  test.each(bad)("error %#: %s", (f, fragment) => {
    const r = f();
    expect(isIkuError(r) && r.kind).toBe(ErrorKind.Value);
    expect(isIkuError(r) && r.message).toContain(fragment);
  });
});
