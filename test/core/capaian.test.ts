import { DEFAULT_PREDIKAT_SCALE, capaian, predikat } from "../../src/core/capaian";
import { ErrorKind, isIkuError } from "../../src/core/errors";
import { withBlankForms } from "../functions/blanks";

const DIGITS = 12;

describe("IKU.CAPAIAN", () => {
  const ok: [unknown, unknown, unknown, number][] = [
    [45 / 52, 0.84, null, 45 / 52 / 0.84], // Randuagung IKU 1, target 84 %
    [0.85, 0.89, undefined, 0.85 / 0.89], // Randuagung IKU 2, target 89 %
    [80, 100, "positif", 0.8],
    [80, 100, "+", 0.8],
    [80, 100, " Positif ", 0.8],
    [5, 10, "negatif", 1.5], // lower is better: (2·10 − 5) ÷ 10
    [12, 10, "-", 0.8],
    [25, 10, "NEGATIF", 0], // (2·10 − 25) ÷ 10 = −0,5 is capped at 0 (LKjIP practice)
    [20, 10, "negatif", 0],
    [0, 10, null, 0],
    ["80", "100", "", 0.8],
    [80, 100, 0, 0.8], // a blank polaritas cell as Excel for Windows sends it
  ];
  test.each(ok)("(%p; %p; %p) → %p", (r, t, p, want) => {
    expect(capaian(r, t, p) as number).toBeCloseTo(want, DIGITS);
  });
  const bad: [unknown, unknown, unknown, ErrorKind, string][] = [
    [80, 0, null, ErrorKind.DivZero, "target 0"],
    [80, 100, "naik", ErrorKind.Value, 'polaritas: "naik" tidak dikenal'],
    [80, 100, 1, ErrorKind.Value, "polaritas"],
    ["delapan", 100, null, ErrorKind.Value, "realisasi"],
    [80, null, null, ErrorKind.Value, "target: harus diisi"],
    [80, NaN, null, ErrorKind.Num, "target"],
    [1e308, 1e-308, null, ErrorKind.Num, "capaian"],
    [-0.1, 0.84, null, ErrorKind.Value, "realisasi: nilai -0,1 negatif"],
    [-5, 10, "negatif", ErrorKind.Value, "realisasi: nilai -5 negatif"],
    [0.5, -0.84, null, ErrorKind.Value, "target: nilai -0,84 negatif"],
  ];
  test.each(bad)("(%p; %p; %p) → %s", (r, t, p, kind, fragment) => {
    const x = capaian(r, t, p);
    expect(isIkuError(x) && x.kind).toBe(kind);
    expect(isIkuError(x) && x.message).toContain(fragment);
  });
});

describe("IKU.PREDIKAT (on capaian rounded to 4 decimals)", () => {
  const ok: [unknown, string][] = [
    [1.0302, "Sangat Tinggi"],
    [0.91, "Sangat Tinggi"],
    [0.9099999999, "Sangat Tinggi"], // float noise: displays as 91,00 %
    [0.90995, "Sangat Tinggi"], // ROUND(0,90995;4) = 0,91
    [0.90994, "Tinggi"],
    [0.76, "Tinggi"],
    [0.7599, "Sedang"],
    [0.66, "Sedang"],
    [0.51, "Rendah"],
    [0.5099, "Sangat Rendah"],
    [0, "Sangat Rendah"],
    ["0,95", "Sangat Tinggi"],
  ];
  test.each(ok)("%p → %s", (c, want) => expect(predikat(c, null)).toBe(want));
  test("0,1 + 0,2 + 0,61 (= 0,9099999999999999) is Sangat Tinggi", () => {
    expect(predikat(0.1 + 0.2 + 0.61, undefined)).toBe("Sangat Tinggi");
  });

  const skala = [
    [0.91, "Sangat Baik"],
    [0.76, "Baik"],
    [null, null],
    [0.66, "Cukup"],
    [0.51, "Kurang"],
    [0, "Sangat Kurang"],
  ];
  test.each([
    [0.95, "Sangat Baik"],
    [0.8, "Baik"],
    [0.7, "Cukup"],
    [0.2, "Sangat Kurang"],
  ])("own scale: %p → %s", (c, want) => {
    expect(predikat(c, skala)).toBe(want);
  });
  test("an unsorted scale is sorted; a blank 1×1 skala means the default", () => {
    expect(
      predikat(0.8, [
        [0.5, "Lulus"],
        [0.9, "Istimewa"],
      ]),
    ).toBe("Lulus");
    expect(predikat(0.8, [[null]])).toBe("Tinggi");
  });
  // Excel for Windows sends a blank bound as 0, so a blank bound next to a label means 0 everywhere.
  test.each([[null], [""], [0]])("a label with a blank bound (%p) is the 0 step", (blank) => {
    const own = [
      [0.5, "A"],
      [blank, "B"],
    ];
    expect(predikat(0.8, own)).toBe("A");
    expect(predikat(0.2, own)).toBe("B");
  });

  const bad: [unknown, unknown, ErrorKind, string][] = [
    [-0.01, null, ErrorKind.Num, "capaian: nilai -0,01 di luar minimal 0"],
    [Infinity, null, ErrorKind.Num, "capaian"],
    ["tinggi", null, ErrorKind.Value, "capaian"],
    [0.4, [[0.5, "Lulus"]], ErrorKind.NotAvailable, "di bawah batas terendah"],
    [0.8, [[0.5, "Lulus", "x"]], ErrorKind.Value, "harus 2 kolom"],
    [0.8, [[0.5, ""]], ErrorKind.Value, "skala baris 1 kolom 2"],
    [
      0.8,
      [
        [0.5, "A"],
        [0.5, "B"],
      ],
      ErrorKind.Value,
      "ganda",
    ],
    [0.8, [[91, "Sangat Tinggi"]], ErrorKind.Value, "skala baris 1 kolom 1: nilai 91 di luar 0–10"],
    [0.8, [[-0.1, "X"]], ErrorKind.Value, "di luar"],
    [0.8, [[null, null]], ErrorKind.Value, "skala: kosong"],
  ];
  test.each(withBlankForms(bad, [1]))("(%p; %p) → %s", (c, s, kind, fragment) => {
    const r = predikat(c, s);
    expect(isIkuError(r) && r.kind).toBe(kind);
    expect(isIkuError(r) && r.message).toContain(fragment);
  });
  test("default scale is data", () => {
    expect(DEFAULT_PREDIKAT_SCALE.map((s) => s.min)).toEqual([0.91, 0.76, 0.66, 0.51, 0]);
  });
});
