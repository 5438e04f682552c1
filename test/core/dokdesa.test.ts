// Deadline serials checked independently with Python datetime: 30/09/2025 = 45930,
// 31/12/2025 = 46022, 31/03/2025 = 45747, 31/03/2026 = 46112, 30/09/2024 = 45565.
import { batasWaktu, dokDesa, dokDesaTanggal, normalizeJenis, tepatWaktu } from "../../src/core/dokdesa";
import { ErrorKind, isIkuError } from "../../src/core/errors";
import { withBlankForms } from "../functions/blanks";

const DIGITS = 12;

describe("IKU.DOKDESA", () => {
  const ok: [unknown, unknown, unknown, unknown, number][] = [
    [10, 11, 12, 12, 33 / 36], // 0,91666…
    [12, 12, 12, 12, 1],
    [0, 0, 0, 8, 0], // Sumbersuko has 8 desa
    ["8", 7, 6, "8", 21 / 24],
  ];
  test.each(ok)("(%p; %p; %p; %p) → %p", (a, b, c, n, want) => {
    expect(dokDesa(a, b, c, n) as number).toBeCloseTo(want, DIGITS);
  });
  test("10;11;12;12 → 0,91666…", () => {
    expect(dokDesa(10, 11, 12, 12) as number).toBeCloseTo(0.916667, 6);
  });
  const bad: [unknown, unknown, unknown, unknown, ErrorKind, string][] = [
    [0, 0, 0, 0, ErrorKind.DivZero, "jumlahDesa 0"],
    [13, 0, 0, 12, ErrorKind.Value, "rkpTepat (13) lebih besar dari jumlahDesa (12)"],
    [1, 0, 0, 0, ErrorKind.Value, "lebih besar"],
    [1, -1, 0, 12, ErrorKind.Value, "apbTepat: nilai -1"],
    [1, 1, 1.5, 12, ErrorKind.Value, "lppTepat: nilai 1,5 harus bilangan bulat"],
    [1, 1, 1, 12.5, ErrorKind.Value, "jumlahDesa"],
    [1, 1, 1, null, ErrorKind.Value, "jumlahDesa: harus diisi"],
    [1, 1, "x", 12, ErrorKind.Value, "bukan angka"],
    [1, 1, 1, Infinity, ErrorKind.Num, "jumlahDesa"],
  ];
  test.each(bad)("(%p; %p; %p; %p) → %s", (a, b, c, n, kind, fragment) => {
    const r = dokDesa(a, b, c, n);
    expect(isIkuError(r) && r.kind).toBe(kind);
    expect(isIkuError(r) && r.message).toContain(fragment);
  });
});

describe("normalizeJenis", () => {
  const ok: [string, string][] = [
    ["RKPDesa", "RKPDesa"],
    ["RKP Desa", "RKPDesa"],
    ["rkpdes", "RKPDesa"],
    ["RPKDesa", "RKPDesa"],
    ["APBDesa", "APBDesa"],
    ["apb des", "APBDesa"],
    ["LPPDesa", "LPPDesa"],
    ["LPPD", "LPPDesa"],
    [" lpp desa ", "LPPDesa"],
  ];
  test.each(ok)("%p → %p", (x, want) => expect(normalizeJenis(x)).toBe(want));
  test.each([["RPJMDesa"], [""], [null], [12], ["constructor"]])("%p → #VALUE!", (x) => {
    const r = normalizeJenis(x);
    expect(isIkuError(r) && r.kind).toBe(ErrorKind.Value);
    expect(isIkuError(r) && r.message).toContain("jenis");
  });
});

describe("IKU.BATASWAKTU", () => {
  const ok: [string, unknown, number][] = [
    ["RKPDesa", 2026, 45930], // 30/09/2025
    ["APBDesa", 2026, 46022], // 31/12/2025
    ["LPPDesa", 2024, 45747], // 31/03/2025
    ["LPPD", 2025, 46112], // 31/03/2026
    ["RPKDesa", 2025, 45565], // the Sumbersuko typo still means RKPDesa
    ["APBDes", "2026", 46022],
  ];
  test.each(ok)("(%p; %p) → %p", (j, ta, want) => expect(batasWaktu(j, ta)).toBe(want));
  const bad: [unknown, unknown, string][] = [
    ["RKPDesa", 1900, "di luar 1900–9999"], // deadline in 1899
    ["LPPDesa", 9999, "di luar 1900–9999"], // deadline in 10000
    ["APBDesa", 1899, "tahunAnggaran: nilai 1899 di luar 1900–9999"],
    ["APBDesa", 2025.5, "bilangan bulat"],
    ["APBDesa", "", "harus diisi"],
    ["SPJ", 2025, "tidak dikenal"],
  ];
  test.each(bad)("(%p; %p) → #VALUE! %s", (j, ta, fragment) => {
    const r = batasWaktu(j, ta);
    expect(isIkuError(r) && r.kind).toBe(ErrorKind.Value);
    expect(isIkuError(r) && r.message).toContain(fragment);
  });
});

describe("IKU.TEPATWAKTU", () => {
  const cases: [string, number, unknown, boolean][] = [
    ["RKPDesa", 2026, "30/09/2025", true], // on the deadline day
    ["RKPDesa", 2026, "01/10/2025", false],
    ["RKPDesa", 2026, "2025-09-28", true],
    ["APBDesa", 2026, 46022, true],
    ["APBDesa", 2026, 46022.99, true], // a time of day on the last day is still on time
    ["APBDesa", 2026, 46023, false],
    ["LPPDesa", 2024, "31/03/2025", true],
    ["LPPDesa", 2024, "1/4/2025", false],
    ["LPPDesa", 2024, null, false], // blank = not yet delivered
    ["LPPDesa", 2024, "", false],
  ];
  test.each(cases)("(%p; %p; %p) → %p", (j, ta, d, want) => expect(tepatWaktu(j, ta, d)).toBe(want));
  test.each([["32/01/2025"], ["kemarin"], [true], [0.5], [-1]])("bad tanggal %p → #VALUE!", (d) => {
    const r = tepatWaktu("APBDesa", 2026, d);
    expect(isIkuError(r) && r.kind).toBe(ErrorKind.Value);
    expect(isIkuError(r) && r.message).toContain("tanggal");
  });
});

describe("IKU.DOKDESA.TANGGAL (tahun kinerja 2025: RKP/APB TA 2026, LPP TA 2024)", () => {
  const rkp = [[45930], ["30/09/2025"], ["01/10/2025"], [null]]; // 2 on time
  const apb = [["2025-12-31"], [46023], [46000], [45900]]; // 3 on time
  const lpp = [[45747], [45748], [""], ["15/03/2025"]]; // 2 on time
  test.each(withBlankForms([["counts 7 of 12 documents on time", rkp, apb, lpp]], [1, 2, 3]))(
    "%s",
    (_name, r, a, l) => {
      expect(dokDesaTanggal(2025, r, a, l) as number).toBeCloseTo(7 / 12, DIGITS);
    },
  );
  test("every deadline falls in year N, so N = 1900 and 9999 work", () => {
    expect(dokDesaTanggal(1900, 1, 1, 1) as number).toBeCloseTo(1, DIGITS);
    // 31/12/9999 is on time only for APBDesa (due 31/12/9999); RKPDesa was due 30/09, LPPDesa 31/03.
    expect(dokDesaTanggal(9999, 2958465, 2958465, 2958465) as number).toBeCloseTo(1 / 3, DIGITS);
  });
  test("one desa given as scalars", () => {
    expect(dokDesaTanggal(2025, 45930, 46022, 45747) as number).toBeCloseTo(1, DIGITS);
    expect(dokDesaTanggal("2025", null, null, null) as number).toBeCloseTo(0, DIGITS);
  });
  const bad: [unknown, unknown, unknown, unknown, ErrorKind, string][] = [
    [2025, [[1], [2]], [[1]], [[1], [2]], ErrorKind.Value, "tanggalAPB: 1 baris, tidak sama dengan 2 baris"],
    [2025, [[1, 2]], [[1]], [[1]], ErrorKind.Value, "tanggalRKP: harus satu kolom"],
    [
      2025,
      [[1]],
      [[1]],
      [["31/02/2025"]],
      ErrorKind.Value,
      "tanggalLPP baris 1: tanggal 31/2/2025 tidak ada",
    ],
    [2025, [[1], ["Ya"]], [[1], [1]], [[1], [1]], ErrorKind.Value, "tanggalRKP baris 2"],
    [2025, [], [], [], ErrorKind.DivZero, "tidak ada baris desa"],
    [1899, [[1]], [[1]], [[1]], ErrorKind.Value, "tahunKinerja"],
    [10000, [[1]], [[1]], [[1]], ErrorKind.Value, "tahunKinerja: nilai 10000 di luar 1900–9999"],
    [2025.5, [[1]], [[1]], [[1]], ErrorKind.Value, "bilangan bulat"],
  ];
  test.each(withBlankForms(bad, [1, 2, 3]))("(%p; …) → %s", (n, a, b, c, kind, fragment) => {
    const r = dokDesaTanggal(n, a, b, c);
    expect(isIkuError(r) && r.kind).toBe(kind);
    expect(isIkuError(r) && r.message).toContain(fragment);
  });
});
