// The quarterly wrappers IKU.FASILITASI.TW, IKU.DOKDESA.TW, IKU.IKM.TW: a value passes
// through, a core error becomes CustomFunctions.Error with the right code and message.
import * as F from "../../src/functions/functions";
import { serialFromYmd } from "../../src/core/dates";
import { installCustomFunctionsStub, outcome } from "./stub";

installCustomFunctionsStub();

const d = (m: number, day: number): number => serialFromYmd(2025, m, day);
const row = (x: number): number[] => new Array<number>(9).fill(x);

describe("quarterly wrappers return plain values", () => {
  const cases: [string, () => unknown, number][] = [
    [
      "FASILITASI.TW TW I",
      () => F.fasilitasiTw([["Ya"], ["Tidak"], ["Ya"]], [[d(1, 5)], [d(3, 31)], [d(4, 1)]], 2025, 1),
      1 / 2,
    ],
    [
      "FASILITASI.TW TW II",
      () => F.fasilitasiTw([["Ya"], ["Tidak"], ["Ya"]], [[d(1, 5)], [d(3, 31)], [d(4, 1)]], 2025, 2),
      2 / 3,
    ],
    ["DOKDESA.TW TW I (LPP only)", () => F.dokDesaTw(2025, [[d(9, 30)]], [[d(12, 31)]], [[""]], 1), 0],
    ["DOKDESA.TW TW III", () => F.dokDesaTw(2025, [[d(9, 30)]], [[d(12, 31)]], [[""]], 3), 1 / 2],
    ["DOKDESA.TW TW IV", () => F.dokDesaTw(2025, [[d(9, 30)]], [[d(12, 31)]], [[""]], 4), 2 / 3],
    ["IKM.TW TW I", () => F.ikmTw([row(4), row(2)], [[d(2, 1)], [d(7, 1)]], 2025, 1), 100],
    ["IKM.TW TW III", () => F.ikmTw([row(4), row(2)], [[d(2, 1)], [d(7, 1)]], 2025, 3), 75],
    ["IKM.TW bobot 0,11", () => F.ikmTw([row(4)], [[d(2, 1)]], 2025, 4, 0.11), 99],
  ];
  test.each(cases)("%s", (_n, f, want) => {
    const r = outcome(f);
    expect("value" in r ? (r.value as number) : NaN).toBeCloseTo(want, 12);
  });
});

describe("quarterly wrappers: core errors become CustomFunctions.Error", () => {
  const cases: [string, () => unknown, string, string | undefined][] = [
    [
      "status without date",
      () => F.fasilitasiTw([["Ya"]], [[null]], 2025, 4),
      "#VALUE!",
      "tanggal baris 1: kosong",
    ],
    ["no activity by TW I", () => F.fasilitasiTw([["Ya"]], [[d(5, 1)]], 2025, 1), "#DIV/0!", undefined],
    ["triwulan 5", () => F.dokDesaTw(2025, [[1]], [[1]], [[1]], 5), "#VALUE!", "triwulan"],
    [
      "triwulan omitted",
      () => F.dokDesaTw(2025, [[1]], [[1]], [[1]], null),
      "#VALUE!",
      "triwulan: harus diisi",
    ],
    [
      "bad date in APB",
      () => F.dokDesaTw(2025, [[null]], [["31/02/2025"]], [[null]], 1),
      "#VALUE!",
      "tanggalAPB baris 1",
    ],
    [
      "IKM answers without date",
      () => F.ikmTw([row(4)], [[""]], 2025, 2),
      "#VALUE!",
      "padahal jawaban diisi",
    ],
    ["IKM nobody yet", () => F.ikmTw([row(4)], [[d(12, 1)]], 2025, 3), "#DIV/0!", undefined],
    ["IKM year 1900", () => F.ikmTw([row(4)], [[d(1, 1)]], 1900, 1), "#VALUE!", "tahunKinerja"],
  ];
  test.each(cases)("%s → %s", (_n, f, code, fragment) => {
    const r = outcome(f);
    expect("error" in r && r.error.code).toBe(code);
    const message = "error" in r ? r.error.message : "none";
    if (fragment === undefined) expect(message).toBeUndefined();
    else expect(message).toContain(fragment);
  });
});
