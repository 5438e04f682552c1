import { IKM_SKALA, UNSUR_IKM, ikm, ikmKinerja, ikmMutu, ikmNrr, ikmSampel } from "../../src/core/ikm";
import { ErrorKind, isIkuError } from "../../src/core/errors";
import { withBlankForms } from "../functions/blanks";

const DIGITS = 10; // IKM values compared to 10 decimals
const row = (...xs: unknown[]): unknown[] => xs;
const all = (v: unknown): unknown[] => new Array<unknown>(9).fill(v);
const blankRow = (): unknown[] => new Array<unknown>(9).fill(null);

describe("UNSUR_IKM", () => {
  test("9 unsur in PermenPAN-RB 14/2017 order", () => {
    expect(UNSUR_IKM).toHaveLength(9);
    expect(UNSUR_IKM[0]).toBe("Persyaratan");
    expect(UNSUR_IKM[7]).toBe("Penanganan Pengaduan, Saran dan Masukan");
    expect(UNSUR_IKM[8]).toBe("Sarana dan Prasarana");
  });
});

describe("IKU.IKM", () => {
  const ok: [string, unknown[][], unknown, number][] = [
    ["all 4, bobot exactly 1/9", [all(4), all(4), all(4)], null, 100],
    ["all 4, bobot 0,111 (older reports)", [all(4), all(4)], 0.111, 99.9],
    ["all 4, bobot 0,11", [all(4)], 0.11, 99],
    ["all 1", [all(1)], undefined, 25],
    ["NRR 3,5 everywhere", [all(4), all(3)], null, 87.5],
    ["one mixed respondent: 25 × 24/9", [row(4, 3, 2, 1, 4, 3, 2, 1, 4)], null, (25 * 24) / 9],
    ["numeric text and blank rows skipped", [all("4"), blankRow(), all(" 3 "), all("")], null, 87.5],
    ["1×1 bobot range", [all(4)], [[0.111]], 99.9],
    // A blank bobot cell: null or "" (Excel on the web) or 0 (Excel for Windows) → exactly 1/9.
    ["bobot 0 is a blank bobot cell", [all(4)], 0, 100],
    ["bobot [[0]]", [all(4)], [[0]], 100],
    ['bobot ""', [all(4)], "", 100],
  ];
  test.each(withBlankForms(ok, [1]))("%s", (_name, jawaban, bobot, want) => {
    expect(ikm(jawaban, bobot) as number).toBeCloseTo(want, DIGITS);
  });
  test("all 4 with default bobot is exactly 100 (no float drift)", () => {
    expect(
      ikm(
        Array.from({ length: 37 }, () => all(4)),
        null,
      ),
    ).toBe(100);
  });

  const bad: [string, unknown, unknown, ErrorKind, string][] = [
    [
      "score 5",
      [all(4), all(4), all(4), all(4), all(4), all(4), row(4, 4, 5, 4, 4, 4, 4, 4, 4)],
      null,
      ErrorKind.Value,
      "jawaban baris 7 kolom U3: nilai 5 di luar 1–4",
    ],
    // The number 0 is a blank cell (Excel for Windows): a skipped answer, here by everyone.
    [
      "score 0",
      [row(0, 4, 4, 4, 4, 4, 4, 4, 4)],
      null,
      ErrorKind.Value,
      "kolom U1 (Persyaratan): tidak ada responden",
    ],
    ["score -1", [row(-1, 4, 4, 4, 4, 4, 4, 4, 4)], null, ErrorKind.Value, "kolom U1: nilai -1 di luar 1–4"],
    [
      "score 2,5",
      [row(4, 2.5, 4, 4, 4, 4, 4, 4, 4)],
      null,
      ErrorKind.Value,
      "kolom U2: nilai 2,5 harus bilangan bulat 1–4",
    ],
    [
      "score 3,5 typed as text (issue 13)",
      [row(4, 4, "3,5", 4, 4, 4, 4, 4, 4)],
      null,
      ErrorKind.Value,
      "jawaban baris 1 kolom U3: nilai 3,5 harus bilangan bulat 1–4",
    ],
    [
      "text",
      [row(4, 4, 4, 4, 4, 4, 4, 4, "baik")],
      null,
      ErrorKind.Value,
      'kolom U9: "baik" bukan nilai 1–4',
    ],
    ["boolean", [row(true, 4, 4, 4, 4, 4, 4, 4, 4)], null, ErrorKind.Value, "kolom U1: TRUE"],
    [
      "an unsur nobody answered",
      [row(4, 4, 4, null, 4, "", 4, 4, 4), row(4, 4, 4, null, 4, 3, 4, 4, 4)],
      null,
      ErrorKind.Value,
      "jawaban kolom U4 (Biaya/Tarif): tidak ada responden yang menjawab unsur ini, NRR dan IKM tidak dapat dihitung",
    ],
    ["8 columns", [[4, 4, 4, 4, 4, 4, 4, 4]], null, ErrorKind.Value, "harus 9 kolom (U1–U9), bukan 8"],
    ["10 columns", [[...all(4), 4]], null, ErrorKind.Value, "bukan 10"],
    ["scalar", 4, null, ErrorKind.Value, "bukan 1"],
    ["ragged", [all(4), [4]], null, ErrorKind.Value, "tidak sama panjang"],
    ["no respondents", [blankRow(), blankRow()], null, ErrorKind.DivZero, "tidak ada responden"],
    ["empty range", [], null, ErrorKind.DivZero, "tidak ada responden"],
    ["bobot -0,01", [all(4)], -0.01, ErrorKind.Value, "bobot: nilai -0,01 harus lebih dari 0"],
    ["bobot 0,2", [all(4)], 0.2, ErrorKind.Value, "bobot: nilai 0,2 harus lebih dari 0 dan paling besar 1/9"],
    ["bobot 0,1122 (over 1/9 + 0,001)", [all(1)], 0.1122, ErrorKind.Value, "bobot: nilai 0,1122"],
    [
      "bobot 0,11 with every answer 1 → 24,75",
      [all(1), all(1)],
      0.11,
      ErrorKind.Num,
      "IKM 24,75 di luar 25–100",
    ],
    ["bobot 0,112 with every answer 4 → 100,8", [all(4)], 0.112, ErrorKind.Num, "di luar 25–100"],
    ["bobot negative", [all(4)], -0.1, ErrorKind.Value, "bobot"],
    ["bobot text", [all(4)], "sepersembilan", ErrorKind.Value, "bobot"],
  ];
  test.each(withBlankForms(bad, [1]))("%s → error", (_name, jawaban, bobot, kind, fragment) => {
    const r = ikm(jawaban, bobot);
    expect(isIkuError(r) && r.kind).toBe(kind);
    expect(isIkuError(r) && r.message).toContain(fragment);
  });
});

describe("IKU.IKM.NRR", () => {
  test("mean score per unsur over answering respondents", () => {
    const r = ikmNrr([row(4, 3, 2, 1, 4, 3, 2, 1, 4), blankRow(), row(2, 3, 4, 1, 4, 1, 2, 3, 3)]);
    const want = [3, 3, 3, 1, 4, 2, 2, 2, 3.5];
    expect(Array.isArray(r)).toBe(true);
    (r as number[]).forEach((v, i) => expect(v).toBeCloseTo(want[i], DIGITS));
  });
  test.each([[[]], [[all(4).slice(1)]], [[all(9)]]])("%p → error", (x) => {
    expect(isIkuError(ikmNrr(x))).toBe(true);
  });
});

describe("IKU.IKM.MUTU / IKU.IKM.KINERJA (on nilai rounded to 2 decimals)", () => {
  const cases: [unknown, string, string][] = [
    [100, "A", "Sangat Baik"],
    [88.31, "A", "Sangat Baik"],
    [88.305, "A", "Sangat Baik"], // rounds to 88,31 as Excel's ROUND does
    [88.3049, "B", "Baik"],
    [88.3, "B", "Baik"],
    [76.61, "B", "Baik"],
    [76.6, "C", "Kurang Baik"],
    [65, "C", "Kurang Baik"],
    [64.995, "C", "Kurang Baik"],
    [64.99, "D", "Tidak Baik"],
    [25, "D", "Tidak Baik"],
    [24.995, "D", "Tidak Baik"],
    ["82,47", "B", "Baik"],
  ];
  test.each(cases)("%p → %s / %s", (n, mutu, kinerja) => {
    expect(ikmMutu(n)).toBe(mutu);
    expect(ikmKinerja(n)).toBe(kinerja);
  });
  const bad: [unknown, ErrorKind][] = [
    [24.99, ErrorKind.Num],
    [100.01, ErrorKind.Num],
    [-1, ErrorKind.Num],
    [Infinity, ErrorKind.Num],
    ["A", ErrorKind.Value],
    [null, ErrorKind.Value],
    [true, ErrorKind.Value],
  ];
  test.each(bad)("%p → %s", (n, kind) => {
    const m = ikmMutu(n);
    const k = ikmKinerja(n);
    expect(isIkuError(m) && m.kind).toBe(kind);
    expect(isIkuError(k) && k.kind).toBe(kind);
  });
  test("the scale is data, highest bound first", () => {
    expect(IKM_SKALA.map((s) => s.min)).toEqual([88.31, 76.61, 65, 25]);
  });
});

describe("IKU.IKM.SAMPEL (Krejcie & Morgan table)", () => {
  const table: [unknown, number][] = [
    [1, 1],
    [10, 10],
    [100, 80],
    [220, 140],
    [1000, 278],
    [1200, 291],
    [10000, 370],
    [1000000, 384],
    ["100", 80],
  ];
  test.each(table)("N = %p → %p", (n, s) => expect(ikmSampel(n)).toBe(s));
  const bad: [unknown, ErrorKind][] = [
    [0, ErrorKind.Num],
    [-5, ErrorKind.Num],
    [0.5, ErrorKind.Num],
    [100.5, ErrorKind.Value],
    ["banyak", ErrorKind.Value],
    [null, ErrorKind.Value],
  ];
  test.each(bad)("N = %p → %s", (n, kind) => {
    const r = ikmSampel(n);
    expect(isIkuError(r) && r.kind).toBe(kind);
  });
});
