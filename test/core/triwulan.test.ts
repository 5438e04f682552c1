// Quarterly realisasi (src/core/triwulan.ts). Quarter ends of 2025 checked independently
// with Python datetime: 31/03/2025 = 45747, 30/06/2025 = 45838, 30/09/2025 = 45930,
// 31/12/2025 = 46022. Expected fractions are derived from the counts written beside the data.
import fc from "fast-check";
import { serialFromYmd } from "../../src/core/dates";
import { dokDesaTanggal } from "../../src/core/dokdesa";
import { ErrorKind, isIkuError } from "../../src/core/errors";
import { withBlankForms } from "../functions/blanks";
import { fasilitasi } from "../../src/core/fasilitasi";
import { ikm } from "../../src/core/ikm";
import {
  akhirTriwulan,
  checkQuarter,
  dokDesaTw,
  fasilitasiTw,
  ikmTw,
  TRIWULAN,
} from "../../src/core/triwulan";

const DIGITS = 12;
const d = (y: number, m: number, day: number): number => serialFromYmd(y, m, day);
const col = (xs: unknown[]): unknown[][] => xs.map((x) => [x]);

function expectError(r: unknown, kind: ErrorKind, fragment: string): void {
  expect(isIkuError(r) && r.kind).toBe(kind);
  expect(isIkuError(r) && r.message).toContain(fragment);
}

describe("akhirTriwulan / checkQuarter", () => {
  test.each([
    [1, 45747],
    [2, 45838],
    [3, 45930],
    [4, 46022],
  ] as const)("TW %p 2025 ends on serial %p", (q, serial) => {
    expect(akhirTriwulan(2025, q)).toBe(serial);
  });
  test.each([
    [2025, "3", { tahun: 2025, q: 3, akhir: 45930 }],
    [[[2025]], [[1]], { tahun: 2025, q: 1, akhir: 45747 }],
  ])("(%p; %p) accepted", (n, q, want) => expect(checkQuarter(n, q)).toEqual(want));
  test.each([
    [2025, 0, "triwulan: nilai 0 di luar 1–4"],
    [2025, 5, "di luar 1–4"],
    [2025, 2.5, "bilangan bulat"],
    [2025, null, "triwulan: harus diisi"],
    [2025, "II", "bukan angka"],
    [1900, 1, "tahunKinerja: nilai 1900 di luar 1901–9998"],
    [9999, 4, "di luar 1901–9998"],
  ])("(%p; %p) → #VALUE! %s", (n, q, fragment) => expectError(checkQuarter(n, q), ErrorKind.Value, fragment));
});

describe("IKU.FASILITASI.TW", () => {
  // Row: status, date. Yes = followed up.
  const rows: [unknown, unknown][] = [
    ["Ya", d(2025, 1, 15)], // TW I
    ["Tidak", "20/02/2025"], // TW I (text date)
    ["Ya", d(2024, 12, 31)], // before the year: counts in every quarter
    ["sudah", d(2025, 5, 10)], // TW II
    [1, d(2025, 6, 30) + 0.75], // TW II (30/06 18:00: the time of day is dropped)
    ["Belum", "2025-07-01"], // TW III
    [true, d(2025, 12, 31)], // TW IV
    ["Ya", d(2026, 1, 5)], // after the year: never counts
    [null, null], // blank row
    ["", d(2025, 3, 3)], // a date without a status is not an activity
  ];
  const status = col(rows.map((r) => r[0]));
  const tanggal = col(rows.map((r) => r[1]));
  test.each(
    withBlankForms(
      [
        [1, 2 / 3, status, tanggal], // done 2 (rows 1, 3) of 3
        [2, 4 / 5, status, tanggal], // + rows 4, 5 (both done)
        [3, 4 / 6, status, tanggal], // + row 6 (not done)
        [4, 5 / 7, status, tanggal], // + row 7 (done)
      ],
      [2, 3],
    ),
  )("TW %p → %p", (q, want, s, t) => {
    expect(fasilitasiTw(s, t, 2025, q) as number).toBeCloseTo(want, DIGITS);
  });
  test("TW IV equals IKU.FASILITASI when every date lies in the year", () => {
    const inYear = rows.slice(0, 7).filter((_, i) => i !== 2);
    const s = col(inYear.map((r) => r[0]));
    const t = col(inYear.map((r) => r[1]));
    const yearly = fasilitasi(s, null) as number;
    expect(yearly).toBeCloseTo(4 / 6, DIGITS);
    expect(fasilitasiTw(s, t, 2025, 4) as number).toBeCloseTo(yearly, DIGITS);
  });
  const bad: [string, unknown, unknown, unknown, unknown, ErrorKind, string][] = [
    [
      "status without a date",
      col(["Ya", "Tidak"]),
      col([d(2025, 1, 2), null]),
      2025,
      4,
      ErrorKind.Value,
      "tanggal baris 2: kosong, padahal status diisi",
    ],
    [
      "undated row also fails TW I",
      col(["Ya", "Tidak"]),
      col([d(2025, 1, 2), " "]),
      2025,
      1,
      ErrorKind.Value,
      "tanggal baris 2",
    ],
    [
      "unknown status after the quarter",
      col(["Ya", "Mungkin"]),
      col([d(2025, 1, 2), d(2025, 11, 1)]),
      2025,
      1,
      ErrorKind.Value,
      'status baris 2: "Mungkin" bukan status',
    ],
    [
      "impossible date",
      col(["Ya"]),
      col(["31/02/2025"]),
      2025,
      4,
      ErrorKind.Value,
      "tanggal baris 1: tanggal 31/2/2025 tidak ada",
    ],
    ["text that is no date", col(["Ya"]), col(["kemarin"]), 2025, 4, ErrorKind.Value, "bukan tanggal"],
    [
      "sizes differ",
      col(["Ya", "Ya"]),
      col([d(2025, 1, 2)]),
      2025,
      4,
      ErrorKind.Value,
      "tidak sama dengan status",
    ],
    [
      "two status columns, one date column",
      [["Ya", "Ya"]],
      [[d(2025, 1, 2)]],
      2025,
      4,
      ErrorKind.Value,
      "tidak sama dengan status",
    ],
    ["ragged range", [["Ya"], ["Ya", "Ya"]], col([1, 2]), 2025, 4, ErrorKind.Value, "tidak sama panjang"],
    ["quarter 5", col(["Ya"]), col([d(2025, 1, 2)]), 2025, 5, ErrorKind.Value, "triwulan"],
    ["year 1900", col(["Ya"]), col([d(2025, 1, 2)]), 1900, 1, ErrorKind.Value, "tahunKinerja"],
    [
      "nothing dated by TW I",
      col(["Ya", null]),
      col([d(2025, 4, 1), null]),
      2025,
      1,
      ErrorKind.DivZero,
      "sampai akhir TW I",
    ],
    ["empty log", col([null]), col([null]), 2025, 4, ErrorKind.DivZero, "tidak ada kegiatan"],
  ];
  test.each(withBlankForms(bad, [1, 2]))("%s → error", (_, s, t, n, q, kind, fragment) =>
    expectError(fasilitasiTw(s, t, n, q), kind, fragment),
  );
  test("wide ranges name the column", () => {
    expectError(
      fasilitasiTw([["Ya", "Ya"]], [[d(2025, 1, 2), null]], 2025, 4),
      ErrorKind.Value,
      "tanggal baris 1 kolom B",
    );
  });
});

describe("IKU.DOKDESA.TW (Randuagung-like, 2025: LPP TA 2024 due 31/03, RKP TA 2026 due 30/09, APB TA 2026 due 31/12)", () => {
  const rkp = col([d(2025, 9, 30), d(2025, 10, 1), null, d(2025, 8, 1)]); // 2 on time
  const apb = col([d(2025, 12, 31), d(2026, 1, 2), "15/12/2025", null]); // 2 on time
  const lpp = col([d(2025, 3, 31), d(2025, 2, 1), d(2025, 4, 1), "2025-01-10"]); // 3 on time
  test.each(
    withBlankForms(
      [
        [1, 3 / 4, rkp, apb, lpp], // LPP only: 3 of 4 desa
        [2, 3 / 4, rkp, apb, lpp],
        [3, (3 + 2) / 8, rkp, apb, lpp], // LPP + RKP
        [4, (3 + 2 + 2) / 12, rkp, apb, lpp], // all three
      ],
      [2, 3, 4],
    ),
  )("TW %p → %p", (q, want, r, a, l) => {
    expect(dokDesaTw(2025, r, a, l, q) as number).toBeCloseTo(want, DIGITS);
  });
  test("TW IV equals IKU.DOKDESA.TANGGAL", () => {
    const yearly = dokDesaTanggal(2025, rkp, apb, lpp) as number;
    expect(yearly).toBeCloseTo(7 / 12, DIGITS);
    expect(dokDesaTw(2025, rkp, apb, lpp, 4) as number).toBeCloseTo(yearly, DIGITS);
  });
  const bad: [string, unknown, unknown, unknown, unknown, unknown, ErrorKind, string][] = [
    [
      "bad RKP date fails TW I too",
      2025,
      col(["x"]),
      col([null]),
      col([null]),
      1,
      ErrorKind.Value,
      "tanggalRKP baris 1",
    ],
    [
      "heights differ",
      2025,
      col([null, null]),
      col([null]),
      col([null, null]),
      4,
      ErrorKind.Value,
      "tanggalAPB: 1 baris",
    ],
    ["two columns", 2025, [[1, 2]], col([null]), col([null]), 4, ErrorKind.Value, "harus satu kolom"],
    ["quarter 0", 2025, rkp, apb, lpp, 0, ErrorKind.Value, "triwulan"],
    ["year text", "dua ribu", rkp, apb, lpp, 1, ErrorKind.Value, "tahunKinerja"],
    ["no desa", 2025, [], [], [], 2, ErrorKind.DivZero, "tidak ada baris desa"],
  ];
  test.each(withBlankForms(bad, [2, 3, 4]))("%s → error", (_, n, r, a, l, q, kind, fragment) =>
    expectError(dokDesaTw(n, r, a, l, q), kind, fragment),
  );
});

describe("IKU.IKM.TW", () => {
  const row = (x: number): number[] => Array<number>(9).fill(x);
  const blank = Array<null>(9).fill(null);
  const jawaban = [row(4), row(3), blank, row(2), row(1)];
  const tanggal = col([d(2025, 2, 10), "15/05/2025", null, d(2025, 8, 20), d(2025, 11, 1)]);
  test.each(
    withBlankForms(
      [
        [1, null, 100, jawaban, tanggal], // only the all-4 respondent
        [2, null, 87.5, jawaban, tanggal], // NRR (4 + 3) / 2 × 25
        [3, null, 75, jawaban, tanggal],
        [4, null, 62.5, jawaban, tanggal], // (4 + 3 + 2 + 1) / 4 × 25
        [1, 0.111, 99.9, jawaban, tanggal], // rounded bobot of older reports
      ],
      [3, 4],
    ),
  )("TW %p (bobot %p) → %p", (q, bobot, want, j, t) => {
    expect(ikmTw(j, t, 2025, q, bobot) as number).toBeCloseTo(want, 9);
  });
  test("TW IV equals IKU.IKM when every date lies in the year", () => {
    const yearly = ikm(jawaban, null) as number;
    expect(yearly).toBeCloseTo(62.5, 9);
    expect(ikmTw(jawaban, tanggal, 2025, 4, null) as number).toBeCloseTo(yearly, 9);
  });
  const bad: [string, unknown, unknown, unknown, ErrorKind, string][] = [
    [
      "answered row without a date",
      [row(4), row(3)],
      col([d(2025, 1, 1), null]),
      4,
      ErrorKind.Value,
      "tanggal baris 2: kosong, padahal jawaban diisi",
    ],
    [
      "score 5 dated after the quarter",
      [row(4), [...row(4).slice(0, 8), 5]],
      col([d(2025, 1, 1), d(2025, 12, 1)]),
      1,
      ErrorKind.Value,
      "jawaban baris 2 kolom U9",
    ],
    [
      "an unsur nobody answered (a skipped answer counts out of that unsur only)",
      [[4, null, 4, 4, 4, 4, 4, 4, 4]],
      col([d(2025, 1, 1)]),
      4,
      ErrorKind.Value,
      "kolom U2 (Sistem, Mekanisme, dan Prosedur): tidak ada responden",
    ],
    [
      "heights differ",
      [row(4)],
      col([d(2025, 1, 1), null]),
      4,
      ErrorKind.Value,
      "tanggal: 2 baris, tidak sama dengan 1 baris jawaban",
    ],
    ["two date columns", [row(4)], [[d(2025, 1, 1), 1]], 4, ErrorKind.Value, "harus satu kolom"],
    ["8 columns", [[4, 4, 4, 4, 4, 4, 4, 4]], col([d(2025, 1, 1)]), 4, ErrorKind.Value, "harus 9 kolom"],
    ["nobody by TW I", [row(4)], col([d(2025, 4, 1)]), 1, ErrorKind.DivZero, "sampai akhir TW I"],
    ["quarter text", [row(4)], col([d(2025, 1, 1)]), "empat", ErrorKind.Value, "triwulan"],
  ];
  test.each(withBlankForms(bad, [1, 2]))("%s → error", (_, j, t, q, kind, fragment) =>
    expectError(ikmTw(j, t, 2025, q, null), kind, fragment),
  );
  test("bobot -0,1 → #VALUE!; bobot 0 is a blank bobot cell (exactly 1/9)", () => {
    expectError(ikmTw([row(4)], col([d(2025, 1, 1)]), 2025, 1, -0.1), ErrorKind.Value, "bobot");
    expect(ikmTw([row(4)], col([d(2025, 1, 1)]), 2025, 1, 0)).toBe(100);
  });
});

// Property: with every date inside year N, TW IV equals the yearly function — value or error kind.
describe("TW IV = the yearly figure (random data dated in the year)", () => {
  const N = 2025;
  const inYear = fc.integer({ min: d(N, 1, 1), max: d(N, 12, 31) });
  const kindOrValue = (r: unknown): unknown => (isIkuError(r) ? r.kind : Math.round((r as number) * 1e9));
  test("fasilitasi", () => {
    const rowArb = fc.tuple(fc.constantFrom("Ya", "Tidak", "y", "Belum", null, ""), inYear);
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 40 }), (rs) => {
        const s = col(rs.map((r) => r[0]));
        const t = col(rs.map((r) => r[1]));
        expect(kindOrValue(fasilitasiTw(s, t, N, 4))).toEqual(kindOrValue(fasilitasi(s, null)));
      }),
      { numRuns: 200 },
    );
  });
  test("dokumen desa", () => {
    const date = fc.option(fc.integer({ min: d(N - 1, 6, 1), max: d(N + 1, 3, 1) }), { nil: null });
    fc.assert(
      fc.property(fc.array(fc.tuple(date, date, date), { minLength: 1, maxLength: 25 }), (rs) => {
        const [r, a, l] = [0, 1, 2].map((k) => col(rs.map((x) => x[k])));
        expect(kindOrValue(dokDesaTw(N, r, a, l, 4))).toEqual(kindOrValue(dokDesaTanggal(N, r, a, l)));
      }),
      { numRuns: 200 },
    );
  });
  test("IKM", () => {
    const answers = fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 9, maxLength: 9 });
    fc.assert(
      fc.property(fc.array(fc.tuple(answers, inYear), { maxLength: 30 }), (rs) => {
        const j = rs.map((x) => x[0]);
        const t = col(rs.map((x) => x[1]));
        expect(kindOrValue(ikmTw(j, t, N, 4, null))).toEqual(kindOrValue(ikm(j, null)));
      }),
      { numRuns: 200 },
    );
  });
  test("cumulative counts never shrink from one quarter to the next (dokumen desa numerators)", () => {
    const date = fc.option(fc.integer({ min: d(N - 1, 6, 1), max: d(N + 1, 3, 1) }), { nil: null });
    fc.assert(
      fc.property(fc.array(fc.tuple(date, date, date), { minLength: 1, maxLength: 25 }), (rs) => {
        const [r, a, l] = [0, 1, 2].map((k) => col(rs.map((x) => x[k])));
        const due = [1, 1, 2, 3];
        const onTime = TRIWULAN.map((q, i) =>
          Math.round((dokDesaTw(N, r, a, l, q) as number) * due[i] * rs.length),
        );
        for (let i = 1; i < 4; i++) expect(onTime[i]).toBeGreaterThanOrEqual(onTime[i - 1]);
      }),
      { numRuns: 100 },
    );
  });
});
