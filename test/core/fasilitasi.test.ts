import { countStatuses, fasilitasi, parseStatus } from "../../src/core/fasilitasi";
import { ErrorKind, isIkuError } from "../../src/core/errors";
import { withBlankForms } from "../functions/blanks";

// Tolerance: 12 decimal digits; the results are one division.
const DIGITS = 12;

describe("IKU.FASILITASI — count mode", () => {
  const ok: [unknown, unknown, number][] = [
    [45, 52, 45 / 52], // Randuagung-style example: 86,54 %
    [[[45]], 52, 45 / 52], // a 1×1 range counts as a number
    ["45", "52", 45 / 52],
    [0, 10, 0],
    [10, 10, 1],
  ];
  test.each(ok)("(%p; %p) → %p", (a, b, want) => {
    const r = fasilitasi(a, b);
    expect(typeof r).toBe("number");
    expect(r as number).toBeCloseTo(want, DIGITS);
  });
  test("45/52 is 0,86538…", () => {
    expect(fasilitasi(45, 52) as number).toBeCloseTo(0.865385, 6);
  });

  const bad: [unknown, unknown, ErrorKind, string][] = [
    [0, 0, ErrorKind.DivZero, "jumlah fasilitasi"],
    [53, 52, ErrorKind.Value, "lebih besar dari jumlah"],
    [-1, 52, ErrorKind.Value, "ditindaklanjuti: nilai -1 di luar minimal 0"],
    [4.5, 52, ErrorKind.Value, "bilangan bulat"],
    [45, 52.5, ErrorKind.Value, "jumlah: nilai 52,5 harus bilangan bulat"],
    [45, "lima puluh", ErrorKind.Value, "bukan angka"],
    ["", 52, ErrorKind.Value, "ditindaklanjuti: harus diisi"],
    [[[1], [2]], 52, ErrorKind.Value, "bukan rentang"],
    [NaN, 52, ErrorKind.Num, "bukan bilangan terhingga"],
    [true, 52, ErrorKind.Value, "bukan angka"],
  ];
  test.each(bad)("(%p; %p) → %s", (a, b, kind, fragment) => {
    const r = fasilitasi(a, b);
    expect(isIkuError(r) && r.kind).toBe(kind);
    expect(isIkuError(r) && r.message).toContain(fragment);
  });
});

describe("IKU.FASILITASI — range of statuses", () => {
  const ok: [unknown[][], number][] = [
    [[["Ya"], ["Tidak"], ["ya"], [" YA "]], 3 / 4],
    [[["Y"], ["T"], [null], [""]], 1 / 2], // blank cells are not activities
    [[["Sudah"], ["Belum"], ["BE LUM"], ["sudah"]], 2 / 4],
    [[[true], [false], ["TRUE"], ["false"]], 2 / 4],
    [[[1], ["0"], ["1"], ["0"], [1]], 3 / 5],
    [[[1], [0], ["1"], ["0"], [1]], 3 / 4], // the number 0 is blank, the text "0" is "Tidak"
    [
      [
        ["Ya", "Tidak"],
        ["Ya", null],
      ],
      2 / 3,
    ], // any shape: one cell per activity
    [[["Ya"]], 1],
  ];
  test.each(withBlankForms(ok, [0]))("%p → %p", (range, want) => {
    const r = fasilitasi(range, null);
    expect(r as number).toBeCloseTo(want, DIGITS);
  });
  test("omitted jumlah (undefined) and blank jumlah mean range mode", () => {
    expect(fasilitasi([["Ya"], ["Tidak"]], undefined) as number).toBeCloseTo(0.5, DIGITS);
    expect(fasilitasi([["Ya"], ["Tidak"]], "") as number).toBeCloseTo(0.5, DIGITS);
  });
  test("jumlah 0 next to a range of several cells is a blank jumlah cell (Excel for Windows)", () => {
    expect(fasilitasi([["Ya"], ["Tidak"], [0]], 0) as number).toBeCloseTo(0.5, DIGITS);
    expect(fasilitasi([["Ya", "Ya", "Tidak"]], 0) as number).toBeCloseTo(2 / 3, DIGITS);
    // One cell with jumlah 0 stays count mode: 0 of 0 activities.
    expect(isIkuError(fasilitasi([[0]], 0)) && (fasilitasi([[0]], 0) as { kind: ErrorKind }).kind).toBe(
      ErrorKind.DivZero,
    );
  });

  const bad: [unknown, ErrorKind, string][] = [
    [[[null], [""]], ErrorKind.DivZero, "tidak ada kegiatan"],
    [[], ErrorKind.DivZero, "tidak ada kegiatan"],
    [[["Ya"], ["mungkin"]], ErrorKind.Value, 'ditindaklanjuti baris 2 kolom A: "mungkin" bukan status'],
    [[["Ya", 2]], ErrorKind.Value, "baris 1 kolom B: 2 bukan status"],
    [[["constructor"]], ErrorKind.Value, "bukan status"],
    [[["Ya"], ["Tidak", "Ya"]], ErrorKind.Value, "tidak sama panjang"],
    [45, ErrorKind.Value, "45 bukan status"], // a number without jumlah is not a count
  ];
  test.each(withBlankForms(bad, [0]))("%p → %s", (range, kind, fragment) => {
    const r = fasilitasi(range, null);
    expect(isIkuError(r) && r.kind).toBe(kind);
    expect(isIkuError(r) && r.message).toContain(fragment);
  });
});

describe("parseStatus / countStatuses", () => {
  const cases: [unknown, boolean | null | "error"][] = [
    ["Ya", true],
    ["y", true],
    ["SUDAH", true],
    ["True", true],
    ["1", true],
    [1, true],
    [true, true],
    ["Tidak", false],
    ["t", false],
    ["belum", false],
    ["FALSE", false],
    ["0", false], // the TEXT "0" typed by hand
    [0, null], // the NUMBER 0 is a blank cell as Excel for Windows sends it
    [false, false],
    [null, null],
    [undefined, null],
    ["  ", null],
    ["tidak ada", "error"],
    [2, "error"],
    [0.5, "error"],
    [{}, "error"],
    ["__proto__", "error"],
  ];
  test.each(cases)("%p → %p", (x, want) => {
    const r = parseStatus(x);
    if (want === "error") expect(isIkuError(r) && r.kind).toBe(ErrorKind.Value);
    else expect(r).toBe(want);
  });
  test("counts done and total in one pass", () => {
    expect(countStatuses([["Ya"], ["Tidak"], [null], ["Ya"]])).toEqual({ done: 2, total: 3 });
  });
});
