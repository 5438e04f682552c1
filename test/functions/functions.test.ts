// The wrappers: a value passes through, a core error becomes CustomFunctions.Error with the
// right code; a message only for #VALUE! and #N/A (the codes Excel shows messages for).
import * as F from "../../src/functions/functions";
import { installCustomFunctionsStub, outcome } from "./stub";

installCustomFunctionsStub();

const four = (): number[] => new Array<number>(9).fill(4);

describe("wrappers return plain values", () => {
  const cases: [string, () => unknown, unknown][] = [
    ["FASILITASI(45;52)", () => F.fasilitasi([[45]], 52), 45 / 52],
    ["FASILITASI(range)", () => F.fasilitasi([["Ya"], ["Tidak"]]), 0.5],
    ["DOKDESA(10;11;12;12)", () => F.dokDesa(10, 11, 12, 12), 33 / 36],
    ["BATASWAKTU(APBDesa;2026)", () => F.batasWaktu("APBDesa", 2026), 46022],
    ["DOKDESA.TANGGAL", () => F.dokDesaTanggal(2025, [[45930]], [[46022]], [[""]]), 2 / 3],
    ["IKM all 4", () => F.ikm([four(), four()]), 100],
    ["IKM bobot 0,111", () => F.ikm([four()], 0.111), 99.9],
    ["IKM.SAMPEL(1000)", () => F.ikmSampel(1000), 278],
    ["CAPAIAN(5;10;negatif)", () => F.capaian(5, 10, "negatif"), 1.5],
  ];
  test.each(cases)("%s", (_n, f, want) => {
    const r = outcome(f);
    expect("value" in r && typeof r.value).toBe("number");
    expect("value" in r ? (r.value as number) : NaN).toBeCloseTo(want as number, 12);
  });
  test("non-numeric results", () => {
    expect(F.tepatWaktu("RKPDesa", 2026, "30/09/2025")).toBe(true);
    expect(F.tepatWaktu("RKPDesa", 2026, null)).toBe(false);
    expect(F.ikmMutu(88.31)).toBe("A");
    expect(F.ikmKinerja(76.6)).toBe("Kurang Baik");
    expect(F.predikat(0.9099999999)).toBe("Sangat Tinggi");
    expect(F.ikmNrr([four(), four()])).toEqual([four()]); // a 1×9 row that spills
  });
});

describe("core errors become CustomFunctions.Error", () => {
  const cases: [string, () => unknown, string, string | undefined][] = [
    ["jumlah 0", () => F.fasilitasi([[0]], 0), "#DIV/0!", undefined],
    ["ditindaklanjuti > jumlah", () => F.fasilitasi([[53]], 52), "#VALUE!", "lebih besar"],
    ["unknown status", () => F.fasilitasi([["Ya"], ["mungkin"]]), "#VALUE!", "baris 2"],
    ["jumlahDesa 0", () => F.dokDesa(0, 0, 0, 0), "#DIV/0!", undefined],
    ["unknown jenis", () => F.batasWaktu("RPJMDes", 2025), "#VALUE!", "jenis"],
    ["bad date", () => F.tepatWaktu("APBDesa", 2026, "31/02/2025"), "#VALUE!", "tidak ada"],
    ["unequal heights", () => F.dokDesaTanggal(2025, [[1], [2]], [[1]], [[1]]), "#VALUE!", "tidak sama"],
    [
      "score 5",
      () => F.ikm([[4, 4, 5, 4, 4, 4, 4, 4, 4]]),
      "#VALUE!",
      "jawaban baris 1 kolom U3: nilai 5 di luar 1–4",
    ],
    ["no respondents", () => F.ikmNrr([new Array<null>(9).fill(null)]), "#DIV/0!", undefined],
    ["nilai 101", () => F.ikmMutu(101), "#NUM!", undefined],
    ["nilai 10", () => F.ikmKinerja(10), "#NUM!", undefined],
    ["populasi 0", () => F.ikmSampel(0), "#NUM!", undefined],
    ["target 0", () => F.capaian(1, 0), "#DIV/0!", undefined],
    ["unknown polaritas", () => F.capaian(1, 2, "naik"), "#VALUE!", "polaritas"],
    ["negative capaian", () => F.predikat(-0.5), "#NUM!", undefined],
    ["below own scale", () => F.predikat(0.1, [[0.5, "Lulus"]]), "#N/A", "di bawah"],
  ];
  test.each(cases)("%s → %s", (_n, f, code, fragment) => {
    const r = outcome(f);
    expect("error" in r && r.error.code).toBe(code);
    const message = "error" in r ? r.error.message : "none";
    if (fragment === undefined) expect(message).toBeUndefined();
    else expect(message).toContain(fragment);
  });
});
