/**
 * `iku hitung` / `iku rekap` refuse what the portable sheet shows as #VALUE! (issue 8 §5): a
 * date typed as text, a survey score stored as text; and a Profil year outside 2000–2100 for
 * every profile (issue 9) or a persen target above 1000 %. Each with sheet, row, column and
 * what to do.
 */
import { serialFromYmd } from "../../src/core/dates";
import { evaluateIndicators, IkuWorkbookData } from "../../src/core/evaluate";
import { evaluateQuarters } from "../../src/core/evaluate-triwulan";
import type { Profile } from "../../src/core/profile";
import { validateProfile, validateWorkbookProfile } from "../../src/core/profile-validate";
import { column, preset } from "../helpers/profiles";

const d = (y: number, m: number, day: number): number => serialFromYmd(y, m, day);
const four = (): unknown[] => new Array<unknown>(9).fill(4);

function randuagung(over: Partial<IkuWorkbookData> = {}): IkuWorkbookData {
  return {
    profile: preset("randuagung-2025"),
    daftar: {
      Fasilitasi: {
        status: column("Fasilitasi", 5, 6, ["Ya", "Tidak", null]),
        tanggal: column("Fasilitasi", 5, 2, [d(2025, 2, 1), d(2025, 3, 1), null]),
      },
    },
    dokRkp: column("Dokumen Desa", 5, 3, [d(2025, 9, 1), null]),
    dokApb: column("Dokumen Desa", 5, 5, [d(2025, 12, 1), null]),
    dokLpp: column("Dokumen Desa", 5, 7, [d(2025, 3, 1), null]),
    ...over,
  };
}

function sumbersuko(jawaban: unknown[][], tanggal: unknown[]): IkuWorkbookData {
  return {
    ...randuagung(),
    profile: { ...preset("sumbersuko-2020"), tahun: 2020 },
    daftar: {
      Fasilitasi: {
        status: column("Fasilitasi", 5, 6, ["Ya", "Tidak", null]),
        tanggal: column("Fasilitasi", 5, 2, [d(2020, 2, 1), d(2020, 3, 1), null]),
      },
    },
    ikmJawaban: { sheet: "Survei IKM", top: 5, left: 3, values: jawaban },
    ikmTanggal: column("Survei IKM", 5, 2, tanggal),
  };
}

const errorsOf = (data: IkuWorkbookData): string[] =>
  evaluateIndicators(data).flatMap((r) => (r.error ? [r.error.message] : []));
const quarterErrorsOf = (data: IkuWorkbookData): string[] =>
  evaluateQuarters(data).flatMap((r) => (r.error ? [r.error.message] : []));

describe("a date typed as text is refused, as the portable sheet shows #VALUE!", () => {
  const textDate = randuagung({ dokApb: column("Dokumen Desa", 5, 5, [d(2025, 12, 1), "15/09/2025"]) });
  const want = 'Dokumen Desa baris 6 kolom E: tanggal berupa teks "15/09/2025"; ketik ulang sebagai tanggal';
  test("yearly", () => expect(errorsOf(textDate)).toEqual([expect.stringContaining(want)]));
  test("quarterly", () => expect(quarterErrorsOf(textDate)).toEqual([expect.stringContaining(want)]));
  test("a Fasilitasi date typed as text in a row with a status: quarterly and yearly", () => {
    const data = randuagung({
      daftar: {
        Fasilitasi: {
          status: column("Fasilitasi", 5, 6, ["Ya", "Tidak", null]),
          tanggal: column("Fasilitasi", 5, 2, [d(2025, 2, 1), "01/03/2025", null]),
        },
      },
    });
    expect(quarterErrorsOf(data)).toEqual([
      expect.stringContaining('Fasilitasi baris 6 kolom B: tanggal berupa teks "01/03/2025"'),
    ]);
    // The yearly IKU.FASILITASI reads no dates, but the same workbook's Pengukuran sheet shows
    // #VALUE! for the quarter: plain `iku hitung` refuses it too, so sheet and CLI agree.
    expect(errorsOf(data)).toEqual([
      expect.stringContaining('Fasilitasi baris 6 kolom B: tanggal berupa teks "01/03/2025"'),
    ]);
  });
  test("a survey date typed as text in an answered row: yearly too", () => {
    const data = sumbersuko([four(), four()], [d(2020, 2, 1), "02/03/2020"]);
    expect(errorsOf(data)).toEqual([
      expect.stringContaining('Survei IKM baris 6 kolom B: tanggal berupa teks "02/03/2020"'),
    ]);
  });
  test("a text in the date of a row without a status is not read, as in the sheet", () => {
    const data = randuagung({
      daftar: {
        Fasilitasi: {
          status: column("Fasilitasi", 5, 6, ["Ya", "Tidak", null]),
          tanggal: column("Fasilitasi", 5, 2, [d(2025, 2, 1), d(2025, 3, 1), "x"]),
        },
      },
    });
    expect(quarterErrorsOf(data)).toEqual([]);
  });
  test("real dates (serials, Date objects, the number 0 as blank) are accepted", () => {
    const data = randuagung({
      dokApb: column("Dokumen Desa", 5, 5, [new Date(Date.UTC(2025, 11, 1)), 0]),
      dokLpp: column("Dokumen Desa", 5, 7, [d(2025, 3, 1), ""]),
    });
    const [, dok] = evaluateIndicators(data);
    expect(dok.error).toBeUndefined();
    expect(dok.realisasi).toBeCloseTo(3 / 6, 12);
  });
});

describe("a survey score stored as text is refused", () => {
  const dates = [d(2020, 2, 1), d(2020, 5, 1)];
  test.each([
    ["4", 'Survei IKM baris 6 kolom E (U3): nilai "4" berupa teks; ketik ulang sebagai angka 1–4'],
    ["3,5", 'Survei IKM baris 6 kolom E (U3): nilai "3,5" berupa teks'],
  ])("score %p", (text, want) => {
    const data = sumbersuko([four(), [4, 4, text, 4, 4, 4, 4, 4, 4]], dates);
    expect(errorsOf(data)).toEqual([expect.stringContaining(want)]);
    expect(quarterErrorsOf(data)).toEqual([expect.stringContaining(want)]);
  });
  test("a survey date typed as text in an answered row (TW only)", () => {
    const data = sumbersuko([four(), four()], [d(2020, 2, 1), "01/05/2020"]);
    expect(quarterErrorsOf(data)).toEqual([
      expect.stringContaining("Survei IKM baris 6 kolom B: tanggal berupa teks"),
    ]);
  });
  test("a number 3,5 keeps the core's message (issue 13)", () => {
    const data = sumbersuko([four(), [4, 4, 3.5, 4, 4, 4, 4, 4, 4]], dates);
    expect(errorsOf(data)).toEqual([expect.stringContaining("nilai 3,5 harus bilangan bulat 1–4")]);
  });
});

describe("the Profil read back: year and targets (issue 9, issue 8 §5)", () => {
  const onlyFasilitasi = (p: Profile): Profile => ({
    ...p,
    indicators: p.indicators.filter((i) => i.kind === "fasilitasi"),
  });
  test.each([1999, 2101, 1800])(
    "Tahun %p is refused for every profile, even without Dokumen Desa",
    (tahun) => {
      const profile = { ...onlyFasilitasi(preset("randuagung-2025")), tahun };
      const data = randuagung({ profile });
      const msg = `Profil "Tahun": Tahun ${tahun} harus bilangan bulat antara 2000 dan 2100.`;
      expect(errorsOf(data)).toEqual([msg]);
      expect(quarterErrorsOf(data)).toEqual([msg]);
      expect(validateWorkbookProfile(profile)).toEqual([
        { field: "tahun", message: msg.slice('Profil "Tahun": '.length) },
      ]);
    },
  );
  test("a persen target typed as 84 (8400 %) is refused with what to type", () => {
    const p = preset("randuagung-2025");
    const profile = {
      ...p,
      indicators: p.indicators.map((ind, i) => (i === 0 ? { ...ind, target: 84 } : ind)),
    };
    const results = evaluateIndicators(randuagung({ profile }));
    expect(results[0].error?.message).toBe(
      'Profil, tabel indikator No. 1 kolom "Target": Target IKU ke-1 84 berarti 8400 %: ketik 84 % (dengan tanda %) atau 0,84, bukan 84.',
    );
    expect(results[0].capaian).toBeNull();
    expect(results[1].error).toBeUndefined(); // the other indicator is still computed
    expect(results[1].capaian).not.toBeNull();
    expect(quarterErrorsOf(randuagung({ profile }))).toHaveLength(1);
    expect(validateProfile(profile).map((e) => e.field)).toEqual(["indicators.0.target"]);
  });
  test.each([10, 0.84, 1e-9])("persen target %p (≤ 1000 %) is accepted", (target) => {
    const p = preset("randuagung-2025");
    const profile = { ...p, indicators: p.indicators.map((ind) => ({ ...ind, target })) };
    expect(validateWorkbookProfile(profile)).toEqual([]);
  });
});
