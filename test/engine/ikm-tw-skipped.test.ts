/**
 * Issue 11: the portable IKU.IKM.TW with skipped answers, recalculated by LibreOffice Calc,
 * equals the add-in (core) quarter by quarter: NRR per unsur over the respondents who answered
 * it by the quarter's end, an unsur nobody answered yet (#VALUE!), a whole year without an
 * answer to one unsur (#VALUE! even before the first respondent), an answered row without a
 * date (#VALUE!), a time of day on the quarter's last day, blanks sent as 0, literal and
 * computed quarters, with and without bobot.
 */
import { serialFromYmd } from "../../src/core/dates";
import * as F from "../../src/functions/functions";
import { installCustomFunctionsStub, outcome } from "../functions/stub";
import { expectSameOutcome, recalcPortable } from "../helpers/portable-recalc";

jest.setTimeout(120_000);
installCustomFunctionsStub();

const d = (m: number, day: number): number => serialFromYmd(2025, m, day);
const _ = null;
// Block A (rows 1–7): answers F:N, date O. U3 is skipped by both Q1 respondents (one as 0, as
// Excel for Windows sends a blank), so TW I has an unsur nobody answered; row 5 is blank.
const A: unknown[][] = [
  [4, 4, _, 4, 4, 4, 4, 4, 4, d(1, 5)],
  [3, 3, 0, 4, 3, 3, 4, 3, 3, d(2, 10)],
  [2, 3, 3, 3, 2, 3, 4, 4, 3, d(5, 20) + 0.5],
  [4, _, 4, 4, 4, _, 4, 4, 4, d(6, 30) + 0.75],
  [_, _, _, _, _, _, _, _, _, _],
  [1, 2, 3, 4, 1, 2, 3, 4, 1, d(9, 30)],
  [3, 3, 3, 3, 3, 3, 3, 3, _, d(12, 31)],
];
// Column P: block A's dates with the last answered row undated.
const UNDATED = A.map((r, i) => (i === 6 ? _ : r[9]));
// Block C (rows 11–12): U9 answered by nobody all year, respondents only in TW IV.
const C: unknown[][] = [
  [4, 4, 4, 4, 4, 4, 4, 4, _, d(11, 5)],
  [3, 3, 3, 3, 3, 3, 3, 3, 0, d(12, 5)],
];
const col = (rows: unknown[][], c0: number, c1: number): unknown[][] => rows.map((r) => r.slice(c0, c1 + 1));
const QUARTER_CELL = "R1"; // holds 2: the computed-quarter path (CHOOSE / DATE(n,3q+1,1))
const BOBOT_CELL = "R2"; // 0,11

const CASES: [string, () => unknown][] = [];
for (const q of [1, 2, 3, 4]) {
  CASES.push([`IKU.IKM.TW(F1:N7,O1:O7,2025,${q})`, () => F.ikmTw(col(A, 0, 8), col(A, 9, 9), 2025, q, null)]);
  CASES.push([
    `IKU.IKM.TW(F1:N7,O1:O7,2025,${q},0.111)`,
    () => F.ikmTw(col(A, 0, 8), col(A, 9, 9), 2025, q, 0.111),
  ]);
  CASES.push([
    `IKU.IKM.TW(F1:N7,P1:P7,2025,${q})`,
    () =>
      F.ikmTw(
        col(A, 0, 8),
        UNDATED.map((x) => [x]),
        2025,
        q,
        null,
      ),
  ]);
  CASES.push([
    `IKU.IKM.TW(F11:N12,O11:O12,2025,${q})`,
    () => F.ikmTw(col(C, 0, 8), col(C, 9, 9), 2025, q, null),
  ]);
}
CASES.push([
  `IKU.IKM.TW(F1:N7,O1:O7,2025,${QUARTER_CELL},${BOBOT_CELL})`,
  () => F.ikmTw(col(A, 0, 8), col(A, 9, 9), 2025, 2, 0.11),
]);
CASES.push([
  `IKU.IKM.TW(F1:N7,O1:O7,2025,${QUARTER_CELL})`,
  () => F.ikmTw(col(A, 0, 8), col(A, 9, 9), 2025, 2, null),
]);

describe("portable IKU.IKM.TW with skipped answers in LibreOffice equals the add-in", () => {
  let got = new Map<string, unknown>();
  beforeAll(async () => {
    got = await recalcPortable(
      CASES.map(([f]) => f),
      (ws) => {
        const put = (rows: unknown[][], top: number): void =>
          rows.forEach((r, i) =>
            r.forEach((v, j) => (v === null ? undefined : (ws.getCell(top + i, 6 + j).value = v as never))),
          );
        put(A, 1);
        put(C, 11);
        UNDATED.forEach((v, i) => (v === null ? undefined : (ws.getCell(1 + i, 16).value = v as never)));
        ws.getCell(QUARTER_CELL).value = 2;
        ws.getCell(BOBOT_CELL).value = 0.11;
      },
      "ikmtw",
    );
  });

  test.each(CASES)("%s", (formula, core) => expectSameOutcome(got.get(formula), core));

  test("the cases reach every rule (the core's own outcomes)", () => {
    const code = (f: () => unknown): unknown => {
      const r = outcome(f);
      return "value" in r ? "number" : r.error.code;
    };
    const [a, t] = [col(A, 0, 8), col(A, 9, 9)];
    expect(code(() => F.ikmTw(a, t, 2025, 1, null))).toBe("#VALUE!"); // U3 nobody in TW I
    expect(code(() => F.ikmTw(a, t, 2025, 2, null))).toBe("number");
    expect(
      code(() =>
        F.ikmTw(
          a,
          UNDATED.map((x) => [x]),
          2025,
          2,
          null,
        ),
      ),
    ).toBe("#VALUE!");
    expect(code(() => F.ikmTw(col(C, 0, 8), col(C, 9, 9), 2025, 1, null))).toBe("#VALUE!"); // not #DIV/0!
  });
});
