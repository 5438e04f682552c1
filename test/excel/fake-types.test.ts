/**
 * The fake is typed against @types/office-js: for every member src/excel uses, what the code
 * writes (Office.js type) fits the fake's setter and what the fake returns fits the Office.js
 * type. A mismatch is a compile error here (ts-jest type-checks), the runtime part checks the
 * members exist.
 */

import { FakeRange, FakeRangeFormat, FakeRangeFont, FakeRangeBorder } from "../fakes/fake-range";
import { FakeDataValidation } from "../fakes/fake-validation";
import { FakeFreezePanes, FakePageLayout } from "../fakes/fake-sheet-parts";
import { FakePageBreakCollection } from "../fakes/fake-charts";

/** true when Office.js's K can be written into the fake's K and read back as Office.js's type. */
type Fits<Fake, Real, K extends keyof Fake & keyof Real> = [Real[K]] extends [Fake[K]]
  ? [Fake[K]] extends [Real[K]]
    ? true
    : false
  : false;

/** true when the fake's method accepts Office.js's arguments. */
type Accepts<Fake, Real, K extends keyof Fake & keyof Real> = Real[K] extends (...a: infer A) => unknown
  ? Fake[K] extends (...a: A) => unknown
    ? true
    : false
  : false;

const checks: Record<string, true> = {
  "Range.values": true satisfies Fits<FakeRange, Excel.Range, "values">,
  "Range.formulas": true satisfies Fits<FakeRange, Excel.Range, "formulas">,
  "Range.numberFormat": true satisfies Fits<FakeRange, Excel.Range, "numberFormat">,
  "Range.address": true satisfies Fits<FakeRange, Excel.Range, "address">,
  "Range.isNullObject": true satisfies Fits<FakeRange, Excel.Range, "isNullObject">,
  "Range.merge": true satisfies Accepts<FakeRange, Excel.Range, "merge">,
  "Range.clear": true satisfies Accepts<FakeRange, Excel.Range, "clear">,
  "RangeFormat.wrapText": true satisfies Accepts<
    { w(v: FakeRangeFormat["wrapText"]): void },
    { w(v: Excel.RangeFormat["wrapText"]): void },
    "w"
  >,
  "RangeFormat.horizontalAlignment": true satisfies Accepts<
    { w(v: FakeRangeFormat["horizontalAlignment"]): void },
    { w(v: Excel.RangeFormat["horizontalAlignment"]): void },
    "w"
  >,
  "RangeFormat.columnWidth": true satisfies Fits<FakeRangeFormat, Excel.RangeFormat, "columnWidth">,
  "RangeFont.bold": true satisfies Fits<FakeRangeFont, Excel.RangeFont, "bold">,
  "RangeFont.name": true satisfies Fits<FakeRangeFont, Excel.RangeFont, "name">,
  "RangeBorder.style": true satisfies Accepts<
    { w(v: FakeRangeBorder["style"]): void },
    { w(v: Excel.RangeBorder["style"]): void },
    "w"
  >,
  "DataValidation.rule": true satisfies Accepts<
    { w(v: FakeDataValidation["rule"]): void },
    { w(v: Excel.DataValidation["rule"]): void },
    "w"
  >,
  "FreezePanes.freezeRows": true satisfies Accepts<FakeFreezePanes, Excel.WorksheetFreezePanes, "freezeRows">,
  "PageLayout.setPrintArea": true satisfies Accepts<
    { w(v: string): void },
    { w(v: Extract<Parameters<Excel.PageLayout["setPrintArea"]>[0], string>): void },
    "w"
  >,
  "PageBreakCollection.add": true satisfies Accepts<
    { w(v: string): void },
    { w(v: Extract<Parameters<Excel.PageBreakCollection["add"]>[0], string>): void },
    "w"
  >,
  "PageBreakCollection.removePageBreaks": true satisfies Accepts<
    FakePageBreakCollection,
    Excel.PageBreakCollection,
    "removePageBreaks"
  >,
  "PageLayout.zoom": true satisfies Accepts<
    { w(v: FakePageLayout["zoom"]): void },
    { w(v: Excel.PageLayout["zoom"]): void },
    "w"
  >,
};

describe("fake members match Office.js", () => {
  const members: [string, object, string][] = [
    ["Range", FakeRange.prototype, "values"],
    ["Range", FakeRange.prototype, "merge"],
    ["RangeFormat", FakeRangeFormat.prototype, "columnWidth"],
    ["RangeFont", FakeRangeFont.prototype, "bold"],
    ["DataValidation", FakeDataValidation.prototype, "rule"],
    ["FreezePanes", FakeFreezePanes.prototype, "freezeAt"],
    ["PageLayout", FakePageLayout.prototype, "setPrintTitleRows"],
    ["PageLayout", FakePageLayout.prototype, "getPrintAreaOrNullObject"],
    ["PageBreakCollection", FakePageBreakCollection.prototype, "removePageBreaks"],
    ["Range (absent member)", FakeRange.prototype, "insert"],
  ];
  test.each(members)("%s has %s", (what, proto, member) => {
    expect(member in proto).toBe(!what.includes("absent"));
  });
  test("every type check holds", () => {
    expect(Object.values(checks).every((x) => x)).toBe(true);
    expect(Object.keys(checks)).toHaveLength(19);
  });
});
