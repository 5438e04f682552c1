import { callsIku, fromStoredFormula, toStoredFormula } from "../../../src/core/workbook/stored-formula";

describe("stored form of custom-function calls (_xldudf_)", () => {
  const cases: Array<[typed: string, stored: string]> = [
    ["=IKU.FASILITASI(A1:A5)", "=_xldudf_IKU_FASILITASI(A1:A5)"],
    ["IKU.FASILITASI.TW(IKU_Fasilitasi_Status,2)", "_xldudf_IKU_FASILITASI_TW(IKU_Fasilitasi_Status,2)"],
    [
      "IKU.PREDIKAT(IKU.CAPAIAN(IKU.IKM(IKU_IKM_Jawaban),IKU_Target_3))",
      "_xldudf_IKU_PREDIKAT(_xldudf_IKU_CAPAIAN(_xldudf_IKU_IKM(IKU_IKM_Jawaban),IKU_Target_3))",
    ],
    ['IF(A1="IKU.IKM(",IKU.IKM.MUTU(B1),"")', 'IF(A1="IKU.IKM(",_xldudf_IKU_IKM_MUTU(B1),"")'],
    ["'IKU.X(sheet'!A1+IKU.IKM.NRR('a''b'!A1:I9)", "'IKU.X(sheet'!A1+_xldudf_IKU_IKM_NRR('a''b'!A1:I9)"],
    ["SUM(A1:A3)", "SUM(A1:A3)"],
    ["IKU_Tahun+1", "IKU_Tahun+1"],
  ];
  test.each(cases)("%s ⇄ %s", (typed, stored) => {
    expect(toStoredFormula(typed)).toBe(stored);
    expect(fromStoredFormula(stored)).toBe(typed);
    // Both directions are idempotent: a formula already in the target form is unchanged.
    expect(toStoredFormula(stored)).toBe(stored);
    expect(fromStoredFormula(typed)).toBe(typed);
  });

  test("lower-case prefix from other writers is recognised", () => {
    expect(fromStoredFormula("_XLDUDF_IKU_ikm(A1:I9)")).toBe("IKU.IKM(A1:I9)");
  });

  test("callsIku sees either form and nothing else", () => {
    expect(callsIku("=IKU.IKM(A1:I2)")).toBe(true);
    expect(callsIku("=_xldudf_IKU_IKM(A1:I2)")).toBe(true);
    expect(callsIku('=SUM(A1)&"IKU.IKM("')).toBe(false);
    expect(callsIku("=IKU_Tahun")).toBe(false);
  });
});
