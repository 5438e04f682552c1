// Excel-shaped argument generators shared by the property tests: scalars as Excel sends them,
// ranges (rectangular or not), survey answers, date columns around the performance year 2025.
import fc from "fast-check";

export const RUNS = 400;

export const texts = fc.constantFrom(
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
export const numbers = fc.oneof(
  fc.integer({ min: -3, max: 12 }),
  fc.double(), // includes NaN, ±Infinity, ±0, huge and tiny
  fc.constantFrom(1900, 2025, 2026, 9999, 45930, 46022, 2958465, 1 / 9, 0.111, 0.11, 1e308, -1e308),
);
export const scalar: fc.Arbitrary<unknown> = fc.oneof(
  numbers,
  texts,
  fc.string({ maxLength: 6 }),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);
export const ragged = fc.array(fc.array(scalar, { maxLength: 10 }), { maxLength: 6 });
export const rect = (width: fc.Arbitrary<number>, cell: fc.Arbitrary<unknown>): fc.Arbitrary<unknown[][]> =>
  width.chain((w) => fc.array(fc.array(cell, { minLength: w, maxLength: w }), { maxLength: 12 }));
export const anyArg: fc.Arbitrary<unknown> = fc.oneof(
  scalar,
  ragged,
  rect(fc.integer({ min: 0, max: 10 }), scalar),
);
// Mostly valid survey answers so the success path is exercised too.
export const answers = rect(
  fc.constant(9),
  fc.oneof({ weight: 12, arbitrary: fc.integer({ min: 1, max: 4 }) }, { weight: 1, arbitrary: scalar }),
);
export const dates = rect(
  fc.constant(1),
  fc.oneof(fc.integer({ min: 45000, max: 46500 }), fc.constant(null), scalar),
);

// Quarterly functions: a status/answer range and a date column of the same height (plus
// random shapes through anyArg), dates around the performance year 2025.
export const aroundYear = fc.oneof(
  { weight: 20, arbitrary: fc.integer({ min: 45600, max: 46100 }) },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: scalar },
);
export const quarter = fc.oneof(fc.integer({ min: 0, max: 5 }), scalar);
export const dated = (cell: fc.Arbitrary<unknown>, width: number): fc.Arbitrary<[unknown[][], unknown[][]]> =>
  fc
    .integer({ min: 0, max: 12 })
    .chain((h) =>
      fc.tuple(
        fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: h, maxLength: h }),
        fc.array(fc.array(aroundYear, { minLength: 1, maxLength: 1 }), { minLength: h, maxLength: h }),
      ),
    );
export const statusCell = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom("Ya", "Tidak", null) },
  { weight: 1, arbitrary: scalar },
);
export const scoreCell = fc.oneof(
  { weight: 80, arbitrary: fc.integer({ min: 1, max: 4 }) },
  { weight: 1, arbitrary: scalar },
);
export const desaDates = fc.integer({ min: 0, max: 8 }).chain((h) => {
  const column = fc.array(fc.array(aroundYear, { minLength: 1, maxLength: 1 }), {
    minLength: h,
    maxLength: h,
  });
  return fc.tuple(column, column, column);
});
