import { ErrorKind, isIkuError } from "../../../src/core/errors";
import { MAX_FORMULA_LENGTH, hasIkuCall, toPortable } from "../../../src/core/workbook/portable";

/** The translation, or a failed expectation showing the error. */
function portable(formula: string): string {
  const out = toPortable(formula);
  if (isIkuError(out)) throw new Error(`unexpected error for ${formula}: ${out.message}`);
  return out;
}

describe("toPortable: exact translations", () => {
  const cases: [string, string, string][] = [
    ["no IKU call", "SUM(A1:A3)*2", "SUM(A1:A3)*2"],
    [
      "IKU text inside a string literal stays",
      'IF(A1="IKU.FASILITASI(x)",1,2)',
      'IF(A1="IKU.FASILITASI(x)",1,2)',
    ],
    ["quoted sheet name with parenthesis stays", "'IKU.X(1'!A1+1", "'IKU.X(1'!A1+1"],
    [
      "CAPAIAN positif",
      'IKU.CAPAIAN(F5,E5,"positif")',
      "IF(AND(ISNUMBER(F5),ISNUMBER(E5)),IF(OR(F5<0,E5<0),#VALUE!,IF(E5=0,#DIV/0!,F5/E5)),#VALUE!)",
    ],
    [
      "CAPAIAN negatif",
      'IKU.CAPAIAN(F5,E5,"negatif")',
      "IF(AND(ISNUMBER(F5),ISNUMBER(E5)),IF(OR(F5<0,E5<0),#VALUE!,IF(E5=0,#DIV/0!,MAX(0,(2*E5-F5)/E5))),#VALUE!)",
    ],
    [
      "CAPAIAN default polaritas",
      "IKU.CAPAIAN(F5,E5)",
      "IF(AND(ISNUMBER(F5),ISNUMBER(E5)),IF(OR(F5<0,E5<0),#VALUE!,IF(E5=0,#DIV/0!,F5/E5)),#VALUE!)",
    ],
    [
      "lower-case name, '+' polaritas",
      'iku.capaian(F5,E5,"+")',
      "IF(AND(ISNUMBER(F5),ISNUMBER(E5)),IF(OR(F5<0,E5<0),#VALUE!,IF(E5=0,#DIV/0!,F5/E5)),#VALUE!)",
    ],
    [
      "_xll prefix",
      "_xll.IKU.CAPAIAN(F5,E5)",
      "IF(AND(ISNUMBER(F5),ISNUMBER(E5)),IF(OR(F5<0,E5<0),#VALUE!,IF(E5=0,#DIV/0!,F5/E5)),#VALUE!)",
    ],
    [
      "operands with operators are parenthesised",
      "IKU.CAPAIAN(A1+1,B1*2)",
      "IF(AND(ISNUMBER((A1+1)),ISNUMBER((B1*2))),IF(OR((A1+1)<0,(B1*2)<0),#VALUE!,IF((B1*2)=0,#DIV/0!,(A1+1)/(B1*2))),#VALUE!)",
    ],
    // Bad literals give the add-in's runtime error, #VALUE!, not a failed conversion.
    [
      "unknown literal polaritas",
      'IKU.CAPAIAN(A1,B1,"naik")',
      "IF(AND(ISNUMBER(A1),ISNUMBER(B1)),IF(OR(A1<0,B1<0),#VALUE!,IF(B1=0,#DIV/0!,#VALUE!)),#VALUE!)",
    ],
    ["unknown literal jenis", 'IKU.BATASWAKTU("RPJMDes",2026)', "#VALUE!"],
    [
      "FASILITASI with two counts (45;52)",
      "IKU.FASILITASI(45,52)",
      "IF(OR(45<0,52<0,ROUND(45,0)<>45,ROUND(52,0)<>52,45>52),#VALUE!,IF(52=0,#DIV/0!,45/52))",
    ],
    [
      "BATASWAKTU literal jenis with space",
      'IKU.BATASWAKTU("RKP Desa",2026)',
      "IF(OR(2026<1901,2026>9998,ROUND(2026,0)<>2026),#VALUE!,DATE(2026-1,9,30))",
    ],
    [
      "BATASWAKTU LPPD alias",
      'IKU.BATASWAKTU("lppd",2024)',
      "IF(OR(2024<1901,2024>9998,ROUND(2024,0)<>2024),#VALUE!,DATE(2024+1,3,31))",
    ],
    [
      "IKM.SAMPEL",
      "IKU.IKM.SAMPEL(N18)",
      "IF(ISNUMBER(N18),IF(N18<1,#NUM!,IF(ROUND(N18,0)<>N18,#VALUE!,ROUND(3.841*0.5*0.5*N18/(0.05^2*(N18-1)+3.841*0.5*0.5),0))),#VALUE!)",
    ],
    [
      "IKM.MUTU thresholds on ROUND(nilai,2)",
      "IKU.IKM.MUTU(N14)",
      'IF(ISNUMBER(N14),IF(OR(ROUND(N14,2)<25,ROUND(N14,2)>100),#NUM!,IF(ROUND(N14,2)>=88.31,"A",IF(ROUND(N14,2)>=76.61,"B",IF(ROUND(N14,2)>=65,"C","D")))),#VALUE!)',
    ],
    [
      "PREDIKAT default scale on ROUND(capaian,4)",
      "IKU.PREDIKAT(G5)",
      'IF(ISNUMBER(G5),IF(G5<0,#NUM!,IF(ROUND(G5,4)>=0.91,"Sangat Tinggi",IF(ROUND(G5,4)>=0.76,"Tinggi",IF(ROUND(G5,4)>=0.66,"Sedang",IF(ROUND(G5,4)>=0.51,"Rendah","Sangat Rendah"))))),#VALUE!)',
    ],
    [
      "DOKDESA counts (10;11;12;12)",
      "IKU.DOKDESA(10,11,12,12)",
      "IF(OR(10<0,ROUND(10,0)<>10,11<0,ROUND(11,0)<>11,12<0,ROUND(12,0)<>12,12<0,ROUND(12,0)<>12,10>12,11>12,12>12),#VALUE!,IF(12=0,#DIV/0!,(10+11+12)/(3*12)))",
    ],
  ];
  test.each(cases)("%s", (_label, input, expected) => {
    expect(portable(input)).toBe(expected);
  });
});

describe("toPortable: structure of the larger translations", () => {
  const cases: [string, string, string[], string[]][] = [
    // [label, formula, substrings that must appear, substrings that must not]
    [
      "FASILITASI of a sheet-qualified range",
      "IKU.FASILITASI('Data Fasilitasi'!F5:F20)",
      [
        "'Data Fasilitasi'!F5:F20",
        '{"YA","Y","SUDAH","TRUE","1"}',
        '{"TIDAK","T","BELUM","FALSE","0"}',
        "#DIV/0!",
        "#VALUE!",
      ],
      ["IKU."],
    ],
    [
      "DOKDESA.TANGGAL deadlines of performance year N",
      "IKU.DOKDESA.TANGGAL(IKU_Tahun,IKU_Dok_RKP,IKU_Dok_APB,IKU_Dok_LPP)",
      [
        "DATE((IKU_Tahun+1)-1,9,30)",
        "DATE((IKU_Tahun+1)-1,12,31)",
        "DATE((IKU_Tahun-1)+1,3,31)",
        "3*ROWS(IKU_Dok_RKP)",
      ],
      ["IKU.", "IKU_Tahun+1+1"],
    ],
    [
      "IKM without bobot divides by exactly 9; NRR per unsur over its own answers (skipped answers)",
      "IKU.IKM(IKU_IKM_Jawaban)",
      [
        "25*(SUM(INDEX(IKU_IKM_Jawaban,0,1))/SUMPRODUCT(ISNUMBER(INDEX(IKU_IKM_Jawaban,0,1))*(INDEX(IKU_IKM_Jawaban,0,1)>0))+",
        "(INDEX(IKU_IKM_Jawaban,0,9)>0)))/9",
        "COLUMNS(IKU_IKM_Jawaban)<>9",
      ],
      ["IKU.IKM(", "0.111"],
    ],
    ["IKM with bobot 0,111", "IKU.IKM(A1:I10,0.111)", ["*0.111", "0.111<=0"], ["/9)"]],
    [
      "IKM.NRR as a 1×9 array",
      "IKU.IKM.NRR(A1:I10)",
      ["CHOOSE({1,2,3,4,5,6,7,8,9},", "COLUMNS(A1:I10)<>9"],
      ["IKU."],
    ],
    [
      "INDEX of IKM.NRR with a cell k keeps the array",
      "INDEX(IKU.IKM.NRR(A1:I10),1,B1)",
      ["INDEX(IF(", "CHOOSE({1,", "),1,B1)"],
      ["IKU."],
    ],
    [
      "INDEX(IKM.NRR(r),1,3) becomes the one NRR",
      "INDEX( IKU.IKM.NRR(A1:I10) ,1,3)",
      [
        "SUM(INDEX(A1:I10,0,3))/SUMPRODUCT(ISNUMBER(INDEX(A1:I10,0,3))*(INDEX(A1:I10,0,3)>0))",
        "COLUMNS(A1:I10)<>9",
      ],
      ["IKU.", "CHOOSE", "INDEX(A1:I10,0,4))/"],
    ],
    [
      "nested calls are translated innermost first",
      'IKU.PREDIKAT(IKU.CAPAIAN(A1,B1,"negatif"))',
      ["(2*B1-A1)/B1", '"Sangat Tinggi"'],
      ["IKU."],
    ],
    [
      "string literal with comma and quotes next to a call",
      'IKU.TEPATWAKTU("RKPDesa",2026,C5)&", ""x"""',
      ['&", ""x"""', "DATE(2026-1,9,30)"],
      ["IKU."],
    ],
    [
      "array constant commas do not split arguments",
      "SUM({1,2,3})+IKU.DOKDESA(1,2,3,4)",
      ["SUM({1,2,3})+IF(OR("],
      ["IKU."],
    ],
    [
      "dynamic jenis from a cell",
      "IKU.TEPATWAKTU(A1,2026,B1)",
      ['{"APBDESA","APBDES"}', "DATE(2026+1,3,31)"],
      ["IKU."],
    ],
  ];
  test.each(cases)("%s", (_label, input, present, absent) => {
    const out = portable(input);
    for (const s of present) expect(out).toContain(s);
    for (const s of absent) expect(out).not.toContain(s);
  });
});

describe("toPortable: errors", () => {
  const cases: [string, string, ErrorKind, RegExp][] = [
    ["unknown IKU function", "IKU.FOO(1)", ErrorKind.Value, /IKU\.FOO tidak dikenal/],
    ["unbalanced: missing )", "IKU.CAPAIAN(A1,B1", ErrorKind.Value, /tidak ditutup/],
    ["unbalanced: extra )", "IKU.CAPAIAN(A1,B1))", ErrorKind.Value, /tanpa pasangan/],
    ["open string literal", 'IKU.CAPAIAN(A1,B1,"positif)', ErrorKind.Value, /kutip/],
    ["open sheet quote", "'Data!A1", ErrorKind.Value, /nama lembar/],
    ["too few arguments", "IKU.CAPAIAN(A1)", ErrorKind.Value, /jumlah argumen harus 2–3/],
    ["too many arguments", "IKU.IKM.MUTU(A1,B1)", ErrorKind.Value, /jumlah argumen harus 1/],
    [
      "IKM.NRR with two arguments inside INDEX",
      "INDEX(IKU.IKM.NRR(A1:I9,B1),1,2)",
      ErrorKind.Value,
      /IKU\.IKM\.NRR: jumlah argumen harus 1/,
    ],
    ["no arguments", "IKU.IKM()", ErrorKind.Value, /jumlah argumen/],
    [
      "result longer than Excel allows",
      "IKU.PREDIKAT(IKU.PREDIKAT(IKU.PREDIKAT(IKU.PREDIKAT(IKU.PREDIKAT(A1)))))",
      ErrorKind.Value,
      new RegExp(`melebihi batas Excel ${MAX_FORMULA_LENGTH}`),
    ],
  ];
  test.each(cases)("%s", (_label, input, kind, message) => {
    const out = toPortable(input);
    expect(isIkuError(out)).toBe(true);
    if (isIkuError(out)) {
      expect(out.kind).toBe(kind);
      expect(out.message).toMatch(message);
    }
  });
});

describe("hasIkuCall", () => {
  const cases: [string, boolean][] = [
    ["IKU.IKM(A1:I9)", true],
    ["1+iku.capaian(A1,B1)", true],
    ['"IKU.IKM(A1)"', false],
    ["SUM(A1:A3)", false],
    ["IKU.CAPAIAN(A1", false], // unparseable: nothing to convert
  ];
  test.each(cases)("%s → %s", (formula, expected) => {
    expect(hasIkuCall(formula)).toBe(expected);
  });
});
