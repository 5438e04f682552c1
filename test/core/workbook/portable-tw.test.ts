/**
 * toPortable of the quarterly functions IKU.FASILITASI.TW, IKU.DOKDESA.TW and IKU.IKM.TW:
 * built-ins only, the quarter's end as DATE(), the documents due per quarter, and error rows
 * (wrong number of arguments). The values are checked in LibreOffice by
 * test/engine/triwulan.test.ts.
 */
import { isIkuError } from "../../../src/core/errors";
import { toPortable } from "../../../src/core/workbook/portable";

function portable(formula: string): string {
  const out = toPortable(formula);
  if (isIkuError(out)) throw new Error(`unexpected error for ${formula}: ${out.message}`);
  return out;
}

const BUILT_INS = /^[A-Z0-9_.]+$/;

/** Names of every function called in a formula (text before "("), string literals removed. */
function calledFunctions(formula: string): string[] {
  const noStrings = formula.replace(/"(?:[^"]|"")*"/g, '""');
  return [...noStrings.matchAll(/([A-Za-z_][\w.]*)\(/g)].map((m) => m[1].toUpperCase());
}

const ALLOWED = new Set([
  "IF",
  "OR",
  "AND",
  "ROWS",
  "COLUMNS",
  "ROUND",
  "SUMPRODUCT",
  "ISNUMBER",
  "MATCH",
  "UPPER",
  "SUBSTITUTE",
  "TRIM",
  "DATE",
  "CHOOSE",
  "INDEX",
  "COUNT",
  "MOD",
  // IKU.IKM.TW per unsur (skipped answers) and its #NUM! range: Excel 2007+ and LibreOffice.
  "COUNTIF",
  "COUNTIFS",
  "SUMIFS",
  "ABS",
]);

describe("toPortable: quarterly functions", () => {
  test("DOKDESA.TW with a literal TW I counts LPPDesa only (exact text)", () => {
    expect(portable("IKU.DOKDESA.TW(2025,C5:C16,E5:E16,G5:G16,1)")).toBe(
      "IF(OR(ROWS(C5:C16)<>ROWS(E5:E16),ROWS(C5:C16)<>ROWS(G5:G16),OR(2025<1901,2025>9998,ROUND(2025,0)<>2025)," +
        'OR(SUMPRODUCT(--(TRIM(C5:C16)<>""))<>COUNT(C5:C16),SUMPRODUCT(ISNUMBER(C5:C16)*(C5:C16<1)*(C5:C16<>0))>0),' +
        'OR(SUMPRODUCT(--(TRIM(E5:E16)<>""))<>COUNT(E5:E16),SUMPRODUCT(ISNUMBER(E5:E16)*(E5:E16<1)*(E5:E16<>0))>0),' +
        'OR(SUMPRODUCT(--(TRIM(G5:G16)<>""))<>COUNT(G5:G16),SUMPRODUCT(ISNUMBER(G5:G16)*(G5:G16<1)*(G5:G16<>0))>0)),#VALUE!,' +
        "(SUMPRODUCT(ISNUMBER(G5:G16)*(G5:G16>=1)*(G5:G16<DATE((2025-1)+1,3,31)+1)))/(1*ROWS(C5:C16)))",
    );
  });
  test.each([
    ["3", "2*ROWS(", ["DATE((N1-1)+1,3,31)", "DATE((N1+1)-1,9,30)"], "DATE((N1+1)-1,12,31)"],
    ["4", "3*ROWS(", ["DATE((N1-1)+1,3,31)", "DATE((N1+1)-1,9,30)", "DATE((N1+1)-1,12,31)"], "CHOOSE"],
    ["B1", "CHOOSE(B1,1,1,2,3)*ROWS(", ["(B1>=3)*", "(B1>=4)*", "B1<1,B1>4"], "(B1>=1)"],
  ])("DOKDESA.TW triwulan %s: denominator %s", (q, denominator, parts, absent) => {
    const f = portable(`IKU.DOKDESA.TW(N1,C5:C16,E5:E16,G5:G16,${q})`);
    expect(f).toContain(denominator);
    for (const p of parts) expect(f).toContain(p);
    expect(f).not.toContain(absent);
  });
  test.each([
    ["IKU.FASILITASI.TW(IKU_Fasilitasi_Status,IKU_Fasilitasi_Tanggal,IKU_Tahun,1)", "DATE(IKU_Tahun,3,31)"],
    ["IKU.FASILITASI.TW(F5:F9,B5:B9,2025,2)", "DATE(2025,6,30)"],
    ["IKU.IKM.TW(IKU_IKM_Jawaban,IKU_IKM_Tanggal,IKU_Tahun,3)", "(DATE(IKU_Tahun,9,30)+1)"],
    ["IKU.IKM.TW(C5:K9,B5:B9,2025,4,0.111)", "(DATE(2025,12,31)+1)"],
    [
      "IKU.FASILITASI.TW(F5:F9,B5:B9,2025,A1)",
      "CHOOSE(A1,DATE(2025,3,31),DATE(2025,6,30),DATE(2025,9,30),DATE(2025,12,31))",
    ],
  ])("%s → built-ins only, quarter end %s", (formula, end) => {
    const f = portable(formula);
    expect(f).toContain(end);
    expect(f).not.toMatch(/IKU\./);
    for (const fn of calledFunctions(f)) {
      expect(fn).toMatch(BUILT_INS);
      expect(ALLOWED.has(fn)).toBe(true);
    }
  });
  test("a date is within the quarter when it is before the next day (time of day dropped)", () => {
    const f = portable("IKU.FASILITASI.TW(F5:F9,B5:B9,2025,2)");
    expect(f).toContain("ISNUMBER(B5:B9)*(B5:B9<DATE(2025,6,30)+1)");
    // A status with a blank or text date is refused, as in the core.
    expect(f).toContain(
      'SUMPRODUCT(((TRIM(F5:F9)<>"")-ISNUMBER(F5:F9)*(F5:F9=0))*(1-ISNUMBER(B5:B9)*(B5:B9>=1)))>0),#VALUE!',
    );
  });
  test("IKM.TW: per unsur SUMIFS ÷ COUNTIFS of the answers dated before the next day, exact 1/9 or × bobot", () => {
    const f = portable("IKU.IKM.TW(C5:K9,B5:B9,2025,1)");
    expect(f).toContain(
      'SUMIFS(INDEX(C5:K9,0,2),B5:B9,"<"&(DATE(2025,3,31)+1))/COUNTIFS(INDEX(C5:K9,0,2),">0",B5:B9,"<"&(DATE(2025,3,31)+1))',
    );
    expect(f).toMatch(/\)\/9\)+$/);
    const b = portable("IKU.IKM.TW(C5:K9,B5:B9,2025,1,0.111)");
    expect(b).toContain("IF(OR(0.111<=0,0.111>1/9+0.001),#VALUE!,");
    expect(b).toContain("IF(ABS(25*0.111*(SUMIFS(");
    expect(b).toContain("-62.5)>37.5+1E-9,#NUM!,25*0.111*(");
    // A computed quarter: the day after it is the 1st of month 3q+1.
    expect(portable("IKU.IKM.TW(C5:K9,B5:B9,2025,A1)")).toContain('B5:B9,"<"&DATE(2025,3*A1+1,1))');
  });
  test("IKM.TW with bobot on the sheets' named ranges stays within Excel's 8192 characters", () => {
    const f = portable("IKU.IKM.TW(IKU_IKM_Jawaban,IKU_IKM_Tanggal,IKU_Tahun,IKU_Triwulan,IKU_Bobot)");
    expect(f.length).toBeLessThan(8192);
  });
  test("nested in IF with other IKU calls", () => {
    const f = portable('IF(A1="","",IKU.CAPAIAN(IKU.FASILITASI.TW(F5:F9,B5:B9,2025,1),0.84,"positif"))');
    expect(f).not.toMatch(/IKU\./);
    expect(f.startsWith('IF(A1="","",IF(AND(ISNUMBER(IF(OR(ROWS(F5:F9)')).toBe(true);
  });
});

describe("toPortable: quarterly functions, error rows", () => {
  test.each([
    ["IKU.FASILITASI.TW(F5:F9,B5:B9,2025)", "IKU.FASILITASI.TW: jumlah argumen harus 4"],
    ["IKU.DOKDESA.TW(2025,C5:C16,E5:E16,G5:G16)", "IKU.DOKDESA.TW: jumlah argumen harus 5"],
    ["IKU.IKM.TW(C5:K9,B5:B9,2025,1,0.1,9)", "IKU.IKM.TW: jumlah argumen harus 4–5"],
    ["IKU.IKM.TW(C5:K9,B5:B9,2025", "tidak ditutup"],
    ["IKU.FASILITASI.TRIWULAN(F5:F9,B5:B9,2025,1)", "IKU.FASILITASI.TRIWULAN tidak dikenal"],
  ])("%s → error", (formula, message) => {
    const out = toPortable(formula);
    expect(isIkuError(out) && out.message).toContain(message);
  });
});
