/**
 * evaluateQuarters: per indicator × TW I–IV realisasi/capaian/predikat from hand-made data
 * ranges; TW IV equals evaluateIndicators when every date lies in the year; data errors
 * located at the sheet row/column. Expected values are derived beside the data (1e-12).
 */
import { serialFromYmd } from "../../src/core/dates";
import { evaluateIndicators, IkuWorkbookData } from "../../src/core/evaluate";
import { evaluateQuarters } from "../../src/core/evaluate-triwulan";
import { preset, column } from "../helpers/profiles";

const DIGITS = 12;
const d = (y: number, m: number, day: number): number => serialFromYmd(y, m, day);

// Fasilitasi: status, date. Quarters: TW I rows 1–3, TW II + row 4, TW III + rows 5–6, TW IV + rows 7–8.
const FAS: [unknown, unknown][] = [
  ["Ya", d(2025, 1, 10)],
  ["Tidak", d(2025, 2, 20)],
  ["Tidak", d(2025, 3, 15)],
  ["Ya", d(2025, 5, 1)],
  ["Ya", d(2025, 8, 12)],
  ["Tidak", d(2025, 9, 9)],
  ["Ya", d(2025, 11, 2)],
  ["Ya", d(2025, 12, 20)],
];
// Dokumen Desa, 3 desa: RKP 1 on time, APB 2, LPP 2.
const RKP: unknown[] = [d(2025, 9, 30), d(2025, 10, 1), null];
const APB: unknown[] = [d(2025, 12, 31), d(2025, 12, 31), d(2026, 1, 2)];
const LPP: unknown[] = [d(2025, 3, 31), d(2025, 4, 1), d(2025, 3, 15)];

function randuagung(fas: [unknown, unknown][] = FAS, rkp = RKP, apb = APB, lpp = LPP): IkuWorkbookData {
  return {
    profile: preset("randuagung-2025"),
    daftar: {
      Fasilitasi: {
        status: column(
          "Fasilitasi",
          5,
          6,
          fas.map((r) => r[0]),
        ),
        tanggal: column(
          "Fasilitasi",
          5,
          2,
          fas.map((r) => r[1]),
        ),
      },
    },
    dokRkp: column("Dokumen Desa", 5, 3, rkp),
    dokApb: column("Dokumen Desa", 5, 5, apb),
    dokLpp: column("Dokumen Desa", 5, 7, lpp),
  };
}

describe("evaluateQuarters — Randuagung 2025 (targets 84 %, 89 %)", () => {
  const results = evaluateQuarters(randuagung());
  test.each([
    // indicator, quarter, realisasi, predikat (capaian = realisasi ÷ target)
    [0, 1, 1 / 3, "Sangat Rendah"], // 39,68 %
    [0, 2, 2 / 4, "Rendah"], // 59,52 %
    [0, 3, 3 / 6, "Rendah"],
    [0, 4, 5 / 8, "Sedang"], // 74,40 %
    [1, 1, 2 / 3, "Sedang"], // LPP only: 74,91 %
    [1, 2, 2 / 3, "Sedang"],
    [1, 3, 3 / 6, "Rendah"], // + RKP: 56,18 %
    [1, 4, 5 / 9, "Rendah"], // + APB: 62,42 %
  ])("indicator %p TW %p → realisasi %p, %s", (i, q, real, pred) => {
    const r = results[i];
    const tw = r.triwulan[q - 1];
    expect(r.error).toBeUndefined();
    expect(tw.triwulan).toBe(q);
    expect(tw.realisasi as number).toBeCloseTo(real, DIGITS);
    expect(tw.capaian as number).toBeCloseTo(real / (r.target as number), DIGITS);
    expect(tw.predikat).toBe(pred);
  });
  test("quarter ends are the serials of 31/3, 30/6, 30/9, 31/12", () => {
    expect(results[0].triwulan.map((t) => t.akhir)).toEqual([45747, 45838, 45930, 46022]);
  });
  test("TW IV equals the yearly evaluation", () => {
    const yearly = evaluateIndicators(randuagung());
    results.forEach((r, i) => {
      expect(r.triwulan[3].realisasi as number).toBeCloseTo(yearly[i].realisasi as number, DIGITS);
      expect(r.triwulan[3].capaian as number).toBeCloseTo(yearly[i].capaian as number, DIGITS);
      expect(r.triwulan[3].predikat).toBe(yearly[i].predikat);
    });
  });
});

describe("evaluateQuarters — not yet computable", () => {
  test("empty data sheets: every quarter null, no error", () => {
    const r = evaluateQuarters(
      randuagung([[null, null]], [null, null, null], [null, null, null], [null, null, null]),
    );
    for (const ind of r) {
      expect(ind.error).toBeUndefined();
      expect(ind.triwulan.map((t) => [t.realisasi, t.capaian, t.predikat])).toEqual(
        Array(4).fill([null, null, null]),
      );
    }
  });
  test("nothing dated before TW III: TW I and II null, later quarters computed", () => {
    const [fas] = evaluateQuarters(
      randuagung([
        ["Ya", d(2025, 7, 1)],
        ["Tidak", d(2025, 10, 1)],
      ]),
    );
    expect(fas.error).toBeUndefined();
    expect(fas.triwulan.map((t) => t.realisasi)).toEqual([null, null, 1, 0.5]);
  });
  test("Sumbersuko 2020 has no targets: realisasi only", () => {
    const row = (x: number): number[] => Array<number>(9).fill(x);
    const data: IkuWorkbookData = {
      ...randuagung(),
      profile: preset("sumbersuko-2020"),
      ikmJawaban: {
        sheet: "Survei IKM",
        top: 5,
        left: 3,
        values: [row(4), row(2)],
      },
      ikmTanggal: column("Survei IKM", 5, 2, [d(2020, 1, 5), d(2020, 6, 5)]),
    };
    const [ikm] = evaluateQuarters(data);
    expect(ikm.kind).toBe("ikm");
    expect(ikm.triwulan.map((t) => t.realisasi)).toEqual([100, 75, 75, 75]);
    expect(ikm.triwulan.every((t) => t.capaian === null && t.predikat === null)).toBe(true);
  });
});

describe("evaluateQuarters — rejected data names sheet, row and column", () => {
  const row = (x: unknown): unknown[] => Array<unknown>(9).fill(x);
  test.each([
    [
      "status without a date",
      randuagung([
        ["Ya", d(2025, 1, 1)],
        ["Tidak", null],
      ]),
      0,
      "Fasilitasi baris 6 kolom B: kosong, padahal status diisi",
    ],
    [
      "unknown status",
      randuagung([["Mungkin", d(2025, 1, 1)]]),
      0,
      'Fasilitasi baris 5 kolom F: "Mungkin" bukan status',
    ],
    [
      "APB date typed wrongly",
      randuagung(FAS, RKP, [d(2025, 12, 1), "31/13/2025", null], LPP),
      1,
      'Dokumen Desa baris 6 kolom E: tanggal berupa teks "31/13/2025"; ketik ulang sebagai tanggal',
    ],
    [
      "IKM score 5",
      {
        ...randuagung(),
        profile: preset("sumbersuko-2020"),
        ikmJawaban: { sheet: "Survei IKM", top: 5, left: 3, values: [row(4), [4, 4, 5, 4, 4, 4, 4, 4, 4]] },
        ikmTanggal: column("Survei IKM", 5, 2, [d(2020, 1, 5), d(2020, 12, 5)]),
      },
      0,
      "Survei IKM baris 6 kolom U3",
    ],
    [
      "IKM answers without a date",
      {
        ...randuagung(),
        profile: preset("sumbersuko-2020"),
        ikmJawaban: { sheet: "Survei IKM", top: 5, left: 3, values: [row(4)] },
        ikmTanggal: column("Survei IKM", 5, 2, [null]),
      },
      0,
      "Survei IKM baris 5 kolom B: kosong, padahal jawaban diisi",
    ],
    [
      "no Tanggal range for the fasilitasi log",
      { ...randuagung(), daftar: { Fasilitasi: { status: randuagung().daftar?.Fasilitasi.status } } },
      0,
      "IKU_Fasilitasi_Tanggal",
    ],
  ])("%s", (_, data, index, message) => {
    const r = evaluateQuarters(data)[index];
    expect(r.error?.message).toContain(message);
    expect(r.triwulan.every((t) => t.realisasi === null && t.capaian === null)).toBe(true);
  });
});
