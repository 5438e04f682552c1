/**
 * evaluateIndicators: realisasi/capaian/predikat of each indicator from hand-made data
 * ranges, and data errors located at the sheet row/column. Expected values are derived in
 * the tables from counts stated beside the data (tolerance 1e-12).
 */
import { serialFromYmd } from "../../src/core/dates";
import { dokDesaTanggal } from "../../src/core/dokdesa";
import { ErrorKind, ikuError, ikuErrorAt } from "../../src/core/errors";
import { fasilitasi } from "../../src/core/fasilitasi";
import { ikm } from "../../src/core/ikm";
import { fasilitasiTw } from "../../src/core/triwulan";
import {
  evaluateIndicators,
  IkuWorkbookData,
  locateError,
  RangeData,
  rangesEmpty,
  firstError,
} from "../../src/core/evaluate";
import { preset, column } from "../helpers/profiles";

const d = (y: number, m: number, day: number): number => serialFromYmd(y, m, day);

/** Randuagung 2025: RKP/APB TA 2026 due 30/09/2025 and 31/12/2025, LPP TA 2024 due 31/03/2025. */
function randuagung(status: unknown[], rkp: unknown[], apb: unknown[], lpp: unknown[]): IkuWorkbookData {
  return {
    profile: preset("randuagung-2025"),
    daftar: {
      Fasilitasi: {
        status: column("Fasilitasi", 5, 6, status),
        tanggal: column(
          "Fasilitasi",
          5,
          2,
          status.map(() => null),
        ),
      },
    },
    dokRkp: column("Dokumen Desa", 6, 3, rkp),
    dokApb: column("Dokumen Desa", 6, 4, apb),
    dokLpp: column("Dokumen Desa", 6, 5, lpp),
  };
}

describe("evaluateIndicators — Randuagung 2025 (targets 84 %, 89 %)", () => {
  // Real date cells only: a date typed as text is refused like the portable sheet does.
  const onTimeRkp = [d(2025, 9, 30), d(2025, 9, 1), d(2025, 9, 30) + 0.5]; // 3 on time
  const lateRkp = [d(2025, 10, 1), null]; // late, not delivered
  const apb = [
    d(2025, 12, 31),
    d(2025, 12, 31),
    d(2025, 12, 31),
    d(2026, 1, 2),
    new Date(Date.UTC(2025, 11, 1)),
  ]; // 4 on time
  const lpp = [d(2025, 3, 31), d(2025, 4, 1), 0, d(2025, 3, 31), d(2025, 1, 15)]; // 3 on time; 0 = blank
  test.each([
    // status, expected fasilitasi (done/total), expected dokdesa (onTime / (3 × 5)), predikat fasilitasi, predikat dok
    [
      "45 of 52 from a status log",
      [...Array<string>(45).fill("Ya"), ...Array<string>(7).fill("tidak"), null, ""],
      45 / 52,
      10 / 15,
      "Sangat Tinggi",
      "Sedang",
    ],
    [
      "mixed spellings",
      ["Y", "Sudah", true, 1, "T", "Belum", false, "0"],
      4 / 8,
      10 / 15,
      "Rendah",
      "Sedang",
    ],
    // The number 0 is a blank cell (Excel for Windows sends blanks as 0), not "Tidak".
    [
      "number 0 is blank",
      ["Y", "Sudah", true, 1, "T", "Belum", false, 0],
      4 / 7,
      10 / 15,
      "Sedang",
      "Sedang",
    ],
  ])("%s", (_name, status, fas, dok, predFas, predDok) => {
    const res = evaluateIndicators(randuagung(status, [...onTimeRkp, ...lateRkp], apb, lpp));
    expect(res).toHaveLength(2);
    const [f, k] = res;
    expect(f.error).toBeUndefined();
    expect(k.error).toBeUndefined();
    expect(f.target).toBeCloseTo(0.84, 12);
    expect(f.realisasi).toBeCloseTo(fas, 12);
    expect(f.capaian).toBeCloseTo(fas / 0.84, 12);
    expect(f.predikat).toBe(predFas);
    expect(k.realisasi).toBeCloseTo(dok, 12);
    expect(k.capaian).toBeCloseTo(dok / 0.89, 12);
    expect(k.predikat).toBe(predDok);
  });

  test("empty data ranges: realisasi, capaian and predikat null (the sheet shows blanks)", () => {
    const blank = Array<null>(5).fill(null);
    const res = evaluateIndicators(randuagung(["", null, null], blank, blank, blank));
    for (const r of res) {
      expect(r).toMatchObject({ realisasi: null, capaian: null, predikat: null });
      expect(r.error).toBeUndefined();
    }
    expect(res.map((r) => r.target)).toEqual([0.84, 0.89]);
  });

  test.each([
    // error rows: data the core rejects → sheet, sheet row, sheet column
    [
      "unknown status",
      ["Ya", "Ya", "Mungkin"],
      null,
      "Fasilitasi",
      /^Fasilitasi baris 7 kolom F: "Mungkin" bukan status/,
    ],
    ["bad APB date", ["Ya"], "31/13/2025", "Dokumen Desa", /^Dokumen Desa baris 8 kolom D\b/],
  ])("%s", (_name, status, badApb, sheet, message) => {
    const apbCol: unknown[] = [d(2025, 12, 1), d(2025, 12, 1), badApb ?? d(2025, 12, 1)];
    const res = evaluateIndicators(randuagung(status, [null, null, null], apbCol, [null, null, null]));
    const bad = res.find((r) => r.error);
    expect(bad?.error?.sheet).toBe(sheet);
    expect(bad?.error?.message).toMatch(message);
    expect(bad?.realisasi).toBeNull();
    expect(firstError(res)?.kind).toBe(ErrorKind.Value);
  });

  test("a status cell of spaces counts for COUNTA, so no activity → #DIV/0! reported", () => {
    const blank = Array<null>(5).fill(null);
    const res = evaluateIndicators(randuagung([" ", null], blank, blank, blank));
    expect(res[0].realisasi).toBeNull();
    expect(res[0].error?.message).toMatch(/^Fasilitasi: .*tidak ada kegiatan/);
    expect(res[1].error).toBeUndefined();
  });

  test("a missing data sheet is reported, not computed as 0", () => {
    const data = randuagung(["Ya"], [null], [null], [null]);
    delete data.dokRkp;
    const res = evaluateIndicators(data);
    expect(res[1].error?.message).toMatch(/Dokumen Desa tidak ditemukan/);
    expect(res[1].realisasi).toBeNull();
    expect(res[0].realisasi).toBeCloseTo(1, 12);
  });
});

describe("evaluateIndicators — Sumbersuko 2020 (no targets, IKM)", () => {
  const ikmRange = (rows: unknown[][]): RangeData => ({ sheet: "Survei IKM", top: 5, left: 3, values: rows });
  function sumbersuko(jawaban: unknown[][]): IkuWorkbookData {
    return {
      profile: preset("sumbersuko-2020"),
      ikmJawaban: ikmRange(jawaban),
      daftar: { Fasilitasi: { status: column("Fasilitasi", 5, 6, ["Ya", "Tidak"]) } },
      dokRkp: column("Dokumen Desa", 6, 3, [null]),
      dokApb: column("Dokumen Desa", 6, 4, [null]),
      dokLpp: column("Dokumen Desa", 6, 5, [d(2020, 3, 1)]),
    };
  }
  const all4 = Array<number>(9).fill(4);
  const mixed = [3, 3, 3, 3, 3, 3, 3, 3, 4];
  test.each([
    // rows, expected IKM = 25 × (sum of all scores) ÷ (9 × respondents)
    ["all 4 → 100", [all4, all4, Array(9).fill(null)], 100],
    ["mixed", [all4, mixed], (25 * (36 + 28)) / (9 * 2)],
  ])("%s", (_name, rows, expected) => {
    const res = evaluateIndicators(sumbersuko(rows));
    expect(res.map((r) => r.indikator)[0]).toBe("Nilai IKM Kecamatan");
    expect(res[0].realisasi).toBeCloseTo(expected, 9);
    expect(res[0].target).toBeNull();
    expect(res[0].capaian).toBeNull();
    expect(res[0].predikat).toBeNull();
    expect(res[1].realisasi).toBeCloseTo(0.5, 12);
    expect(res[2].realisasi).toBeCloseTo(1 / 3, 12);
  });

  test.each([
    [
      "score 5 in U3 of the 8th answer row",
      7,
      [4, 4, 5, 4, 4, 4, 4, 4, 4],
      /^Survei IKM baris 12 kolom U3: nilai 5 di luar 1–4/,
    ],
  ])("%s", (_name, at, row, message) => {
    const rows: (number | null)[][] = Array.from({ length: 8 }, () => [...all4]);
    rows[at] = row;
    const res = evaluateIndicators(sumbersuko(rows));
    expect(res[0].error?.sheet).toBe("Survei IKM");
    expect(res[0].error?.message).toMatch(message);
  });

  test("a partly blank row counts for the unsur it answered (issue 11)", () => {
    const rows: (number | null)[][] = Array.from({ length: 8 }, () => [...all4]);
    rows[0] = [3, 3, 3, null, 3, 3, 3, 3, 3];
    const res = evaluateIndicators(sumbersuko(rows));
    expect(res[0].error).toBeUndefined();
    // U4: 7 answers of 4 → NRR 4; the other unsur (3 + 7 × 4) ÷ 8.
    expect(res[0].realisasi).toBeCloseTo((25 * (8 * (31 / 8) + 4)) / 9, 9);
  });
});

describe("locateError", () => {
  const r = (sheet: string, top: number, left: number, width: number): RangeData => ({
    sheet,
    top,
    left,
    values: [Array(width).fill(null)],
  });
  test.each([
    [
      { argument: "jawaban", row: 7, column: 3, columnLabel: "U3" },
      ": nilai 5 di luar 1–4",
      [r("Survei IKM", 6, 3, 9)],
      "Survei IKM baris 12 kolom U3: nilai 5 di luar 1–4",
    ],
    [
      { argument: "ditindaklanjuti", row: 2, column: 1, columnLabel: "A" },
      ': "x" bukan status',
      [r("Fasilitasi", 5, 6, 1)],
      'Fasilitasi baris 6 kolom F: "x" bukan status',
    ],
    [
      { argument: "tanggalLPP", row: 1 },
      ": tanggal tidak dikenali",
      [r("Dok", 6, 3, 1), r("Dok", 6, 4, 1), r("Dok", 6, 5, 1)],
      "Dok baris 6 kolom E: tanggal tidak dikenali",
    ],
  ])("%j%s", (place, detail, ranges, expected) => {
    const pick = (arg: string): number => (arg.includes("LPP") ? 2 : arg.includes("APB") ? 1 : 0);
    expect(locateError(ikuErrorAt(ErrorKind.Value, place, detail), ranges, pick).message).toBe(expected);
  });
  test("an error without place fields is about the range, whatever its text says", () => {
    // The text looks like a place, but only the fields count (no parsing of messages).
    const err = ikuError(ErrorKind.Value, "jawaban baris 7 kolom U3: tidak ada responden");
    expect(locateError(err, [r("Survei IKM", 6, 3, 9)]).message).toBe(
      "Survei IKM: jawaban baris 7 kolom U3: tidak ada responden",
    );
  });
  test("errors of the core carry their place as fields", () => {
    const e = ikm([[4, 4, 9, 4, 4, 4, 4, 4, 4]], null);
    expect(e).toMatchObject({ argument: "jawaban", row: 1, column: 3, columnLabel: "U3" });
    const d = dokDesaTanggal(2025, [[null]], [["x"]], [[null]]);
    expect(d).toMatchObject({ argument: "tanggalAPB", row: 1 });
    expect(d).not.toHaveProperty("column");
    expect(fasilitasi([["Ya"], ["mungkin"]], null)).toMatchObject({ argument: "ditindaklanjuti", row: 2 });
    expect(fasilitasiTw([["Ya"]], [[null]], 2025, 1)).toMatchObject({ argument: "tanggal", row: 1 });
  });
  test("no range: the message unchanged", () => {
    expect(locateError(ikuError(ErrorKind.Value, "x baris 3"), [])).toEqual({
      sheet: "",
      message: "x baris 3",
    });
  });
});

describe("rangesEmpty", () => {
  test.each([
    [
      [
        [null, ""],
        [undefined, ""],
      ],
      true,
    ],
    [[[null, " "]], false],
    [[[null, 0]], false],
    [[[false]], false],
    [[["x"]], false],
  ])("%j → %s", (values, expected) => {
    expect(rangesEmpty({ sheet: "S", top: 1, left: 1, values })).toBe(expected);
  });
  test("absent ranges count as empty", () => {
    expect(rangesEmpty(undefined, undefined)).toBe(true);
  });
});
