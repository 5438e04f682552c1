/**
 * The portable translation follows the core on the rules of issues 8 and 9, recalculated by
 * LibreOffice Calc: the number 0 is a blank cell in status, date and survey ranges (the text
 * "0" is "Tidak"); IKM bobot outside (0; 1/9 + 0,001] is #VALUE! and a value outside 25–100
 * #NUM!; capaian never negative (negative-polarity result capped at 0, negative input #VALUE!).
 */
import { serialFromYmd } from "../../src/core/dates";
import * as F from "../../src/functions/functions";
import { installCustomFunctionsStub, outcome } from "../functions/stub";
import { expectSameOutcome, recalcPortable } from "../helpers/portable-recalc";

jest.setTimeout(120_000);
installCustomFunctionsStub();

const d = (m: number, day: number): number => serialFromYmd(2025, m, day);
// Columns: A status, B date, C/D/E RKP/APB/LPP dates, F:N survey answers, O survey date.
const ROWS: unknown[][] = [
  ["Ya", d(2, 1), d(9, 1), d(12, 1), d(3, 1), 4, 4, 4, 4, 4, 4, 4, 4, 4, d(1, 5)],
  ["Tidak", d(5, 1), 0, 0, d(4, 1), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  [0, 0, d(10, 1), null, 0, 3, 3, 4, 2, 3, 4, 4, 3, 3, d(7, 5)],
  ["0", d(8, 1), null, d(12, 31), null, null, null, null, null, null, null, null, null, null, null],
  ["Ya", d(11, 1), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
];
const ALL_ONE = [[1, 1, 1, 1, 1, 1, 1, 1, 1]];
const range = (c0: number, c1: number): unknown[][] => ROWS.map((r) => r.slice(c0, c1 + 1));
// A user predikat scale in Q1:R4 with a blank bound next to a label (= 0) and an empty row;
// S1:T2 without a bound at 0. Blanks as the add-in gets them: null (web) — as 0 below.
const SKALA: unknown[][] = [
  [0.9, "Baik Sekali"],
  [0.6, "Baik"],
  [null, "Kurang"],
  [null, null],
];
const SKALA_NO_ZERO: unknown[][] = [
  [0.9, "Baik Sekali"],
  [0.6, "Baik"],
];

// Add-in formula → the same call through the functions.ts wrappers on the same cells.
const CASES: [string, () => unknown][] = [
  ["IKU.FASILITASI(A1:A5)", () => F.fasilitasi(range(0, 0))],
  ['IKU.TEPATWAKTU("RKPDesa",2026,C2)', () => F.tepatWaktu("RKPDesa", 2026, 0)],
  [
    "IKU.DOKDESA.TANGGAL(2025,C1:C5,D1:D5,E1:E5)",
    () => F.dokDesaTanggal(2025, range(2, 2), range(3, 3), range(4, 4)),
  ],
  [
    "IKU.DOKDESA.TW(2025,C1:C5,D1:D5,E1:E5,3)",
    () => F.dokDesaTw(2025, range(2, 2), range(3, 3), range(4, 4), 3),
  ],
  ["IKU.FASILITASI.TW(A1:A5,B1:B5,2025,4)", () => F.fasilitasiTw(range(0, 0), range(1, 1), 2025, 4)],
  ["IKU.IKM(F1:N5)", () => F.ikm(range(5, 13))],
  ["IKU.IKM.TW(F1:N5,O1:O5,2025,4)", () => F.ikmTw(range(5, 13), range(14, 14), 2025, 4)],
  ["IKU.IKM(F1:N5,0.111)", () => F.ikm(range(5, 13), 0.111)],
  ["IKU.IKM(F1:N5,0.2)", () => F.ikm(range(5, 13), 0.2)],
  ["IKU.IKM(F7:N7,0.11)", () => F.ikm(ALL_ONE, 0.11)],
  ["IKU.IKM.TW(F7:N7,O1,2025,4,0.11)", () => F.ikmTw(ALL_ONE, [[d(1, 5)]], 2025, 4, 0.11)],
  ["IKU.IKM(F1:N5,P1)", () => F.ikm(range(5, 13), null)], // a blank bobot cell: exactly 1/9
  ["IKU.IKM(F1:N5,P2)", () => F.ikm(range(5, 13), 0)], // … as Excel for Windows sends it
  ["IKU.IKM.TW(F1:N5,O1:O5,2025,3,P2)", () => F.ikmTw(range(5, 13), range(14, 14), 2025, 3, 0)],
  ["IKU.IKM.TW(F1:N5,O1:O5,2025,3,0.111)", () => F.ikmTw(range(5, 13), range(14, 14), 2025, 3, 0.111)],
  ['IKU.CAPAIAN(25,10,"negatif")', () => F.capaian(25, 10, "negatif")],
  ['IKU.CAPAIAN(5,10,"negatif")', () => F.capaian(5, 10, "negatif")],
  ["IKU.CAPAIAN(-1,10)", () => F.capaian(-1, 10)],
  ["IKU.CAPAIAN(1,-10)", () => F.capaian(1, -10)],
  ["IKU.PREDIKAT(0.95,Q1:R4)", () => F.predikat(0.95, SKALA)],
  ["IKU.PREDIKAT(0.7,Q1:R4)", () => F.predikat(0.7, SKALA)],
  ["IKU.PREDIKAT(0.3,Q1:R4)", () => F.predikat(0.3, SKALA)], // the blank bound is 0
  ["IKU.PREDIKAT(0.3,S1:T2)", () => F.predikat(0.3, SKALA_NO_ZERO)], // below the scale: #N/A
  ["IKU.PREDIKAT(0.6,S1:T2)", () => F.predikat(0.6, SKALA_NO_ZERO)],
];

describe("portable formulas in LibreOffice equal the add-in on blanks as 0, bobot and capaian", () => {
  let got = new Map<string, unknown>();
  beforeAll(async () => {
    got = await recalcPortable(
      CASES.map(([f]) => f),
      (ws) => {
        ROWS.forEach((r, i) =>
          r.forEach((v, j) => (v === null ? undefined : (ws.getCell(i + 1, j + 1).value = v as never))),
        );
        ALL_ONE[0].forEach((v, j) => (ws.getCell(7, 6 + j).value = v));
        ws.getCell("P2").value = 0;
        SKALA.forEach((r, i) =>
          r.forEach((v, j) => v !== null && (ws.getCell(1 + i, 17 + j).value = v as never)),
        );
        SKALA_NO_ZERO.forEach((r, i) => r.forEach((v, j) => (ws.getCell(1 + i, 19 + j).value = v as never)));
      },
      "blanks",
    );
  });

  test.each(CASES)("%s", (formula, core) => expectSameOutcome(got.get(formula), core));
  test("the cases reach the new rules (values the old code did not give)", () => {
    expect(F.fasilitasi(range(0, 0))).toBe(2 / 4); // Ya, Tidak, "0", Ya; the number 0 is blank (was 2/5)
    expect(outcome(() => F.ikm(ALL_ONE, 0.11))).toMatchObject({ error: { code: "#NUM!" } });
    expect(F.capaian(25, 10, "negatif")).toBe(0);
    expect(F.predikat(0.3, SKALA)).toBe("Kurang");
  });
});
