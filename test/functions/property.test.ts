// Property: whatever Excel-shaped arguments arrive, every IKU.* function returns a value in
// its documented range or throws CustomFunctions.Error — never NaN/Infinity, never any
// other exception.
import fc from "fast-check";
import * as F from "../../src/functions/functions";
import { StubCustomFunctionsError, installCustomFunctionsStub, outcome } from "./stub";
import {
  RUNS,
  texts,
  scalar,
  rect,
  anyArg,
  answers,
  dates,
  quarter,
  dated,
  statusCell,
  scoreCell,
  desaDates,
} from "./arbitraries";

installCustomFunctionsStub();

const CODES = new Set(["#VALUE!", "#N/A", "#DIV/0!", "#NUM!"]);

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
