/**
 * Blank cells as the Excel hosts send them (issue 8): Excel on the web passes a blank cell of
 * a range as null or "", Excel for Windows as 0. Every IKU.* range case of the table tests
 * runs once per form, and all three must give the same result.
 */

/** How a blank cell arrives. */
export type BlankForm = "null" | '""' | "0";

export const BLANK_FORMS: readonly BlankForm[] = ["null", '""', "0"];

const VALUE: Record<BlankForm, unknown> = { null: null, '""': "", "0": 0 };

/** A truly empty cell as a test writes it (null, undefined or ""; not " ", a typed space). */
function isEmpty(x: unknown): boolean {
  return x === null || x === undefined || x === "";
}

/** `x` with every empty cell inside its arrays written as `form`; scalars stay as they are. */
export function blanksAs(x: unknown, form: BlankForm): unknown {
  if (!Array.isArray(x)) return x;
  return x.map((row: unknown) =>
    Array.isArray(row)
      ? row.map((c: unknown) => (isEmpty(c) ? VALUE[form] : c))
      : isEmpty(row)
        ? VALUE[form]
        : row,
  );
}

/** True when some array among `args` holds an empty cell (a case worth running per form). */
export function hasBlankCell(args: readonly unknown[]): boolean {
  return args.some(
    (a) =>
      Array.isArray(a) && a.some((row: unknown) => (Array.isArray(row) ? row.some(isEmpty) : isEmpty(row))),
  );
}

/**
 * The table `cases` plus, for each case whose range arguments (positions `at`) hold a blank
 * cell, one copy per other blank form. A leading string label gets the form appended.
 */
export function withBlankForms<T extends readonly unknown[]>(
  cases: readonly T[],
  at: readonly number[],
): T[] {
  const out: T[] = [];
  for (const c of cases) {
    out.push(c);
    if (!hasBlankCell(at.map((i) => c[i]))) continue;
    for (const form of BLANK_FORMS.slice(1)) {
      const copy = c.map((v, i) => (at.includes(i) ? blanksAs(v, form) : v));
      if (typeof copy[0] === "string" && !at.includes(0)) copy[0] = `${copy[0]} [blank = ${form}]`;
      out.push(copy as unknown as T);
    }
  }
  return out;
}
