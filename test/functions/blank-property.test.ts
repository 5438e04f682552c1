import fc from "fast-check";
import * as F from "../../src/functions/functions";
import { outcome, installCustomFunctionsStub } from "./stub";
import { BLANK_FORMS, blanksAs } from "./blanks";
import {
  RUNS,
  texts,
  rect,
  aroundYear,
  quarter,
  dated,
  statusCell,
  scoreCell,
  desaDates,
} from "./arbitraries";

installCustomFunctionsStub();

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
