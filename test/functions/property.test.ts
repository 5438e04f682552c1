// Property: whatever Excel-shaped arguments arrive, every IKU.* function returns a value in
// its documented range or throws CustomFunctions.Error — never NaN/Infinity, never any
// other exception.
import fc from "fast-check";
import * as F from "../../src/functions/functions";
import { StubCustomFunctionsError, installCustomFunctionsStub, outcome } from "./stub";
import { BLANK_FORMS, blanksAs } from "./blanks";

installCustomFunctionsStub();

const CODES = new Set(["#VALUE!", "#N/A", "#DIV/0!", "#NUM!"]);
const RUNS = 400;

const texts = fc.constantFrom(
  "",
  " ",
  "Ya",
  "tidak",
  "Sudah",
  "BELUM",
  "y",
  "T",
  "TRUE",
  "0",
  "1",
  "4",
  "3,5",
  "2.5",
  "30/09/2025",
  "2025-12-31",
  "31/02/2025",
  "RKPDesa",
  "apb des",
  "LPPD",
  "negatif",
  "+",
  "-",
  "positif",
  "abc",
  "constructor",
);
const numbers = fc.oneof(
  fc.integer({ min: -3, max: 12 }),
  fc.double(), // includes NaN, ±Infinity, ±0, huge and tiny
  fc.constantFrom(1900, 2025, 2026, 9999, 45930, 46022, 2958465, 1 / 9, 0.111, 0.11, 1e308, -1e308),
);
const scalar: fc.Arbitrary<unknown> = fc.oneof(
  numbers,
  texts,
  fc.string({ maxLength: 6 }),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);
const ragged = fc.array(fc.array(scalar, { maxLength: 10 }), { maxLength: 6 });
const rect = (width: fc.Arbitrary<number>, cell: fc.Arbitrary<unknown>): fc.Arbitrary<unknown[][]> =>
  width.chain((w) => fc.array(fc.array(cell, { minLength: w, maxLength: w }), { maxLength: 12 }));
const anyArg: fc.Arbitrary<unknown> = fc.oneof(scalar, ragged, rect(fc.integer({ min: 0, max: 10 }), scalar));
// Mostly valid survey answers so the success path is exercised too.
const answers = rect(
  fc.constant(9),
  fc.oneof({ weight: 12, arbitrary: fc.integer({ min: 1, max: 4 }) }, { weight: 1, arbitrary: scalar }),
);
const dates = rect(
  fc.constant(1),
  fc.oneof(fc.integer({ min: 45000, max: 46500 }), fc.constant(null), scalar),
);

// Quarterly functions: a status/answer range and a date column of the same height (plus
// random shapes through anyArg), dates around the performance year 2025.
const aroundYear = fc.oneof(
  { weight: 20, arbitrary: fc.integer({ min: 45600, max: 46100 }) },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: scalar },
);
const quarter = fc.oneof(fc.integer({ min: 0, max: 5 }), scalar);
const dated = (cell: fc.Arbitrary<unknown>, width: number): fc.Arbitrary<[unknown[][], unknown[][]]> =>
  fc
    .integer({ min: 0, max: 12 })
    .chain((h) =>
      fc.tuple(
        fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: h, maxLength: h }),
        fc.array(fc.array(aroundYear, { minLength: 1, maxLength: 1 }), { minLength: h, maxLength: h }),
      ),
    );
const statusCell = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom("Ya", "Tidak", null) },
  { weight: 1, arbitrary: scalar },
);
const scoreCell = fc.oneof(
  { weight: 80, arbitrary: fc.integer({ min: 1, max: 4 }) },
  { weight: 1, arbitrary: scalar },
);
const desaDates = fc.integer({ min: 0, max: 8 }).chain((h) => {
  const column = fc.array(fc.array(aroundYear, { minLength: 1, maxLength: 1 }), {
    minLength: h,
    maxLength: h,
  });
  return fc.tuple(column, column, column);
});

type Check = (v: unknown) => boolean;
const fraction: Check = (v) => typeof v === "number" && v >= 0 && v <= 1;
const finiteNumber: Check = (v) => typeof v === "number" && Number.isFinite(v) && !Object.is(v, -0);

function holds(call: () => unknown, ok: Check): boolean {
  try {
    return ok(call());
  } catch (e) {
    return e instanceof StubCustomFunctionsError && CODES.has(e.code);
  }
}

// The wrappers' TypeScript types describe what Excel should send; the test sends anything,
// so the arguments are cast through `never`.
const cases: [string, fc.Arbitrary<unknown[]>, (a: unknown[]) => unknown, Check][] = [
  [
    "FASILITASI",
    fc.tuple(fc.oneof(anyArg, rect(fc.constant(1), texts)), fc.oneof(scalar, fc.constant(null))),
    (a) => F.fasilitasi(a[0] as never, a[1]),
    fraction,
  ],
  ["DOKDESA", fc.tuple(scalar, scalar, scalar, scalar), (a) => F.dokDesa(a[0], a[1], a[2], a[3]), fraction],
  [
    "BATASWAKTU",
    fc.tuple(fc.oneof(texts, scalar), scalar),
    (a) => F.batasWaktu(a[0] as never, a[1]),
    (v) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 2958465,
  ],
  [
    "TEPATWAKTU",
    fc.tuple(texts, scalar, fc.oneof(scalar, anyArg)),
    (a) => F.tepatWaktu(a[0] as never, a[1], a[2]),
    (v) => typeof v === "boolean",
  ],
  [
    "DOKDESA.TANGGAL",
    fc.tuple(scalar, fc.oneof(dates, anyArg), dates, dates),
    (a) => F.dokDesaTanggal(a[0], a[1] as never, a[2] as never, a[3] as never),
    fraction,
  ],
  [
    "IKM",
    fc.tuple(fc.oneof(answers, anyArg), fc.oneof(scalar, fc.constant(null))),
    (a) => F.ikm(a[0] as never, a[1]),
    (v) => typeof v === "number" && v >= 0 && v <= 100,
  ],
  [
    "IKM default bobot",
    fc.tuple(answers),
    (a) => F.ikm(a[0] as never),
    (v) => typeof v === "number" && v >= 25 && v <= 100,
  ],
  [
    "FASILITASI.TW",
    fc.tuple(
      fc.oneof(dated(statusCell, 1), fc.tuple(anyArg, anyArg)),
      fc.oneof(fc.constant(2025), scalar),
      quarter,
    ),
    (a) => {
      const [s, t] = a[0] as [never, never];
      return F.fasilitasiTw(s, t, a[1], a[2]);
    },
    fraction,
  ],
  [
    "DOKDESA.TW",
    fc.tuple(
      fc.oneof(fc.constant(2025), scalar),
      fc.oneof(desaDates, fc.tuple(anyArg, dates, dates)),
      quarter,
    ),
    (a) => {
      const [rkp, apb, lpp] = a[1] as [never, never, never];
      return F.dokDesaTw(a[0], rkp, apb, lpp, a[2]);
    },
    fraction,
  ],
  [
    "IKM.TW",
    fc.tuple(
      fc.oneof(dated(scoreCell, 9), fc.tuple(anyArg, anyArg)),
      fc.oneof(fc.constant(2025), scalar),
      quarter,
      fc.oneof(fc.constant(null), scalar),
    ),
    (a) => {
      const [j, t] = a[0] as [never, never];
      return F.ikmTw(j, t, a[1], a[2], a[3]);
    },
    (v) => typeof v === "number" && v >= 0 && v <= 100,
  ],
  [
    "IKM.NRR",
    fc.tuple(fc.oneof(answers, anyArg)),
    (a) => F.ikmNrr(a[0] as never),
    (v) =>
      Array.isArray(v) &&
      v.length === 1 &&
      (v[0] as number[]).length === 9 &&
      (v[0] as number[]).every((x) => x >= 1 && x <= 4),
  ],
  [
    "IKM.MUTU",
    fc.tuple(fc.oneof(scalar, fc.double({ min: 0, max: 110 }))),
    (a) => F.ikmMutu(a[0]),
    (v) => ["A", "B", "C", "D"].includes(v as string),
  ],
  [
    "IKM.KINERJA",
    fc.tuple(fc.oneof(scalar, fc.double({ min: 0, max: 110 }))),
    (a) => F.ikmKinerja(a[0]),
    (v) => ["Sangat Baik", "Baik", "Kurang Baik", "Tidak Baik"].includes(v as string),
  ],
  [
    "IKM.SAMPEL",
    fc.tuple(fc.oneof(scalar, fc.integer({ min: 1, max: 2e9 }))),
    (a) => F.ikmSampel(a[0]),
    (v) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 385,
  ],
  [
    "CAPAIAN",
    fc.tuple(scalar, scalar, fc.oneof(texts, scalar)),
    (a) => F.capaian(a[0], a[1], a[2] as never),
    finiteNumber,
  ],
  [
    "PREDIKAT",
    fc.tuple(
      fc.oneof(scalar, fc.double({ min: 0, max: 2 })),
      fc.oneof(
        fc.constant(null),
        rect(fc.constant(2), fc.oneof(fc.double({ min: 0, max: 1 }), texts)),
        anyArg,
      ),
    ),
    (a) => F.predikat(a[0], a[1] as never),
    (v) => typeof v === "string" && v.length > 0,
  ],
];

describe("every IKU.* function: documented range or CustomFunctions.Error", () => {
  test.each(cases)("%s", (_name, args, call, ok) => {
    fc.assert(
      fc.property(args, (a) => holds(() => call(a), ok)),
      { numRuns: RUNS },
    );
  });
  test("the generators reach the success path (IKM on mostly valid answers)", () => {
    const results = fc.sample(answers, { numRuns: 200, seed: 42 }).map((a) => outcome(() => F.ikm(a)));
    expect(results.filter((r) => "value" in r).length).toBeGreaterThan(20);
  });
  test("the generators reach the success path of the quarterly functions", () => {
    const fas = fc
      .sample(dated(statusCell, 1), { numRuns: 200, seed: 7 })
      .map(([s, t]) => outcome(() => F.fasilitasiTw(s, t, 2025, 4)));
    const survey = fc
      .sample(dated(scoreCell, 9), { numRuns: 200, seed: 7 })
      .map(([j, t]) => outcome(() => F.ikmTw(j, t, 2025, 4)));
    expect(fas.filter((r) => "value" in r).length).toBeGreaterThan(20);
    expect(survey.filter((r) => "value" in r).length).toBeGreaterThan(20);
  });
  test("the property can fail: a wrong range is caught", () => {
    expect(() =>
      fc.assert(fc.property(fc.constant(0), () => holds(() => F.batasWaktu("APBDesa", 2026), fraction))),
    ).toThrow();
  });
});

// Issue 8: a blank cell arrives as null or "" (Excel on the web) or as 0 (Excel for Windows,
// in `any` arguments and `any[][]` ranges). Every range case runs once per form: the value,
// or the error code and message, must be the same.
const blankRow = fc.constant(new Array<null>(9).fill(null));
const surveyRows = (cell: fc.Arbitrary<unknown>): fc.Arbitrary<unknown[][]> =>
  fc.array(
    fc.oneof(
      { weight: 3, arbitrary: blankRow },
      { weight: 5, arbitrary: fc.array(cell, { minLength: 9, maxLength: 9 }) },
    ),
    { maxLength: 10 },
  );
const blankish = fc.constantFrom(null, "", undefined);
const withBlanks = <T>(cell: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 3, arbitrary: cell }, { weight: 2, arbitrary: blankish });
const surveyDated = fc.integer({ min: 0, max: 10 }).chain((h) =>
  fc.tuple(
    fc.array(
      fc.oneof(
        { weight: 2, arbitrary: blankRow },
        { weight: 5, arbitrary: fc.array(withBlanks(scoreCell), { minLength: 9, maxLength: 9 }) },
      ),
      { minLength: h, maxLength: h },
    ),
    fc.array(fc.array(withBlanks(aroundYear), { minLength: 1, maxLength: 1 }), {
      minLength: h,
      maxLength: h,
    }),
  ),
);

/** The value, or the error code and message, as one comparable text. */
function result(call: () => unknown): string {
  const r = outcome(call);
  return "value" in r
    ? JSON.stringify({ value: r.value })
    : JSON.stringify({ code: r.error.code, m: r.error.message });
}

const blankCases: [string, fc.Arbitrary<unknown[]>, number[], (a: unknown[]) => unknown][] = [
  [
    "FASILITASI (status range)",
    fc.tuple(rect(fc.integer({ min: 1, max: 3 }), withBlanks(statusCell))),
    [0],
    (a) => F.fasilitasi(a[0] as never),
  ],
  [
    "DOKDESA.TANGGAL",
    fc.tuple(
      fc.constant(2025),
      desaDates.map((d) => d.map((c) => blanksAs(c, "null"))),
    ),
    [1],
    (a) => {
      const [r, b, l] = a[1] as [never, never, never];
      return F.dokDesaTanggal(a[0], r, b, l);
    },
  ],
  [
    "IKM",
    fc.tuple(surveyRows(withBlanks(scoreCell)), fc.oneof(fc.constant(null), fc.constant(0.11))),
    [0],
    (a) => F.ikm(a[0] as never, a[1]),
  ],
  ["IKM.NRR", fc.tuple(surveyRows(withBlanks(scoreCell))), [0], (a) => F.ikmNrr(a[0] as never)],
  [
    "FASILITASI.TW",
    fc.tuple(dated(withBlanks(statusCell), 1), quarter),
    [0],
    (a) => {
      const [st, t] = a[0] as [never, never];
      return F.fasilitasiTw(st, t, 2025, a[1]);
    },
  ],
  [
    "DOKDESA.TW",
    fc.tuple(desaDates, fc.integer({ min: 1, max: 4 })),
    [0],
    (a) => {
      const [r, b, l] = a[0] as [never, never, never];
      return F.dokDesaTw(2025, r, b, l, a[1]);
    },
  ],
  [
    "IKM.TW",
    fc.tuple(surveyDated, fc.integer({ min: 1, max: 4 })),
    [0],
    (a) => {
      const [j, t] = a[0] as [never, never];
      return F.ikmTw(j, t, 2025, a[1]);
    },
  ],
  [
    "PREDIKAT (own scale)",
    fc.tuple(
      fc.double({ min: 0, max: 2, noNaN: true }),
      rect(fc.constant(2), withBlanks(fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), texts))),
    ),
    [1],
    (a) => F.predikat(a[0], a[1] as never),
  ],
];

/** `args` with the blanks of the listed arguments written as `form`; nested tuples of ranges too. */
function argsAs(args: unknown[], at: number[], form: (typeof BLANK_FORMS)[number]): unknown[] {
  const conv = (x: unknown): unknown =>
    Array.isArray(x) && x.length > 0 && Array.isArray(x[0]) && Array.isArray((x[0] as unknown[])[0])
      ? x.map(conv) // a tuple of ranges
      : blanksAs(x, form);
  return args.map((a, i) => (at.includes(i) ? conv(a) : a));
}

describe('a blank cell as null, "" or 0 gives the same result (issue 8)', () => {
  test.each(blankCases)("%s", (_name, args, at, call) => {
    fc.assert(
      fc.property(args, (a) => {
        const [first, ...rest] = BLANK_FORMS.map((form) => result(() => call(argsAs(a, at, form))));
        return rest.every((r) => r === first);
      }),
      { numRuns: RUNS },
    );
  });
  test('TEPATWAKTU on an empty date cell: FALSE for null, "" and 0 (not #VALUE!)', () => {
    for (const blank of [null, "", 0, [[0]], [[null]]])
      expect(F.tepatWaktu("RKPDesa", 2026, blank)).toBe(false);
  });
  // The cases of the issue, each of which gave a different number on Windows before.
  test("FASILITASI: 3 Ya of 4 statuses in F5:F204 is 75 % with blanks as 0 (was 1,5 %)", () => {
    const range: unknown[][] = [["Ya"], ["Ya"], ["Tidak"], ["Ya"], ...Array.from({ length: 196 }, () => [0])];
    expect(F.fasilitasi(range as never)).toBe(0.75);
  });
  test("IKM: unused survey rows arriving as 0 are skipped (was #VALUE!)", () => {
    const rows: unknown[][] = [
      new Array<number>(9).fill(4),
      ...Array.from({ length: 499 }, () => new Array<number>(9).fill(0)),
    ];
    expect(F.ikm(rows as never)).toBe(100);
  });
});
