/** buildRekap: accepted and refused files, order, summaries and the Catatan. */
import { serialFromYmd } from "../../src/core/dates";
import { ErrorKind, ikuError, isIkuError } from "../../src/core/errors";
import type { IkuWorkbookData } from "../../src/core/evaluate";
import { anyRejected, buildRekap, kecamatanKey, RekapInput, statsOf } from "../../src/core/rekap";
import { lumajangProfile } from "../../src/core/wilayah";
import { column } from "../helpers/profiles";

/**
 * A Lumajang-style kecamatan (fasilitasi 84 %, dokdesa 89 %): `ya` of `n` fasilitasi rows
 * followed up; every desa's documents on time when `dok` is true, no dates when false.
 */
function kec(
  nama: string,
  tahun: number,
  ya: number,
  n: number,
  dok = true,
  extra?: unknown,
): IkuWorkbookData {
  const generated = lumajangProfile(nama, tahun);
  if (isIkuError(generated)) throw new Error(generated.message);
  // A generated kecamatan has no targets; these tests use Randuagung's (84 %, 89 %).
  const targets = [0.84, 0.89];
  const profile = {
    ...generated,
    indicators: generated.indicators.map((i, k) => ({ ...i, target: targets[k] })),
  };
  const status: unknown[] = Array.from({ length: n }, (_, i) => (i < ya ? "Ya" : "Tidak"));
  if (extra !== undefined) status.push(extra);
  const d = profile.desa.length;
  const dates = (m: number, day: number, y = tahun): unknown[] =>
    Array.from({ length: d }, () => (dok ? serialFromYmd(y, m, day) : null));
  return {
    profile,
    daftar: { Fasilitasi: { status: column("Fasilitasi", 5, 6, status) } },
    dokRkp: column("Dokumen Desa", 5, 3, dates(9, 1)),
    dokApb: column("Dokumen Desa", 5, 4, dates(12, 1)),
    dokLpp: column("Dokumen Desa", 5, 5, dates(3, 1)),
  };
}

const input = (fileName: string, data: RekapInput["data"]): RekapInput => ({ fileName, data });

describe("buildRekap: which files are accepted", () => {
  const notXlsx = ikuError(ErrorKind.Value, "Berkas bukan buku kerja Excel (.xlsx) yang utuh");
  const cases: {
    name: string;
    inputs: RekapInput[];
    accepted: string[];
    refused: [string, RegExp][];
    tahun: number | null;
  }[] = [
    {
      name: "three good files, official order",
      inputs: [
        input("c.xlsx", kec("Senduro", 2025, 8, 10)),
        input("a.xlsx", kec("Tempursari", 2025, 9, 10)),
        input("b.xlsx", kec("Randuagung", 2025, 7, 10)),
      ],
      accepted: ["Tempursari", "Senduro", "Randuagung"],
      refused: [],
      tahun: 2025,
    },
    {
      name: "error: unreadable file refused, others kept",
      inputs: [input("rusak.xlsx", notXlsx), input("a.xlsx", kec("Senduro", 2025, 8, 10))],
      accepted: ["Senduro"],
      refused: [["rusak.xlsx", /bukan buku kerja Excel/]],
      tahun: 2025,
    },
    {
      name: "error: duplicate kecamatan, first wins and is named",
      inputs: [
        input("senduro-1.xlsx", kec("Senduro", 2025, 8, 10)),
        input("senduro-2.xlsx", kec("senduro", 2025, 2, 10)),
      ],
      accepted: ["Senduro"],
      refused: [["senduro-2.xlsx", /sudah direkap dari berkas senduro-1\.xlsx/]],
      tahun: 2025,
    },
    {
      name: "error: another year than most files",
      inputs: [
        input("x.xlsx", kec("Yosowilangun", 2024, 8, 10)),
        input("a.xlsx", kec("Senduro", 2025, 8, 10)),
        input("b.xlsx", kec("Pasirian", 2025, 8, 10)),
      ],
      accepted: ["Pasirian", "Senduro"],
      refused: [["x.xlsx", /tahun 2024 berbeda dari tahun rekap 2025/]],
      tahun: 2025,
    },
    {
      name: "error: tie of years goes to the first file",
      inputs: [
        input("x.xlsx", kec("Yosowilangun", 2024, 8, 10)),
        input("a.xlsx", kec("Senduro", 2025, 8, 10)),
      ],
      accepted: ["Yosowilangun"],
      refused: [["a.xlsx", /tahun 2025 berbeda dari tahun rekap 2024/]],
      tahun: 2024,
    },
    {
      name: "error: data the functions reject (sheet and row named)",
      inputs: [
        input("bad.xlsx", kec("Senduro", 2025, 8, 10, true, "Mungkin")),
        input("a.xlsx", kec("Pasirian", 2025, 8, 10)),
      ],
      accepted: ["Pasirian"],
      refused: [["bad.xlsx", /data ditolak.*Fasilitasi baris 15/]],
      tahun: 2025,
    },
    {
      name: "error: a refused file does not claim its kecamatan",
      inputs: [
        input("bad.xlsx", kec("Senduro", 2025, 8, 10, true, '=HYPERLINK("http://x")')),
        input("good.xlsx", kec("Senduro", 2025, 5, 10)),
      ],
      accepted: ["Senduro"],
      refused: [["bad.xlsx", /HYPERLINK/]],
      tahun: 2025,
    },
    {
      name: "error: nothing readable",
      inputs: [input("a.xlsx", notXlsx), input("b.xlsx", notXlsx)],
      accepted: [],
      refused: [
        ["a.xlsx", /bukan/],
        ["b.xlsx", /bukan/],
      ],
      tahun: null,
    },
  ];
  test.each(cases)("$name", ({ inputs, accepted, refused, tahun }) => {
    const r = buildRekap(inputs);
    expect(r.tahun).toBe(tahun);
    expect(r.kecamatan.map((k) => k.kecamatan)).toEqual(accepted);
    const rejected = r.catatan.filter((n) => n.ditolak);
    expect(rejected.map((n) => n.fileName)).toEqual(refused.map(([f]) => f));
    rejected.forEach((n, i) => expect(n.message).toMatch(refused[i][1]));
    expect(anyRejected(r)).toBe(refused.length > 0);
  });
});

describe("buildRekap: rows and summaries", () => {
  const r = buildRekap([
    input("a.xlsx", kec("Senduro", 2025, 8, 10)),
    input("b.xlsx", kec("Pasirian", 2025, 6, 10)),
    input("c.xlsx", kec("Tempeh", 2025, 0, 0, false)),
  ]);
  test("rows carry the core's realisasi, capaian and predikat", () => {
    const senduro = r.kecamatan.find((k) => k.kecamatan === "Senduro");
    const fas = senduro?.rows.find((x) => x.kind === "fasilitasi");
    expect(fas?.realisasi).toBeCloseTo(0.8, 12);
    expect(fas?.capaian).toBeCloseTo(0.8 / 0.84, 12);
    expect(fas?.predikat).toBe("Sangat Tinggi");
    expect(fas?.polaritas).toBe("positif");
  });
  test("summary ignores kecamatan without data; empty data becomes a remark, not a refusal", () => {
    const fas = r.summaries.find((s) => s.kind === "fasilitasi");
    expect(fas?.kecamatan).toBe(3);
    expect(fas?.realisasi?.count).toBe(2);
    expect(fas?.realisasi?.min).toBeCloseTo(0.6, 12);
    expect(fas?.realisasi?.max).toBeCloseTo(0.8, 12);
    expect(fas?.realisasi?.mean).toBeCloseTo(0.7, 12);
    expect(fas?.capaian?.mean).toBeCloseTo(0.7 / 0.84, 12);
    const dok = r.summaries.find((s) => s.kind === "dokdesa");
    expect(dok?.realisasi?.mean).toBeCloseTo(1, 12);
    expect(r.summaries.map((s) => s.kind)).toEqual(["fasilitasi", "dokdesa"]);
    const tempeh = r.catatan.filter((n) => n.kecamatan === "Tempeh");
    expect(tempeh).toHaveLength(2);
    expect(tempeh.every((n) => !n.ditolak && /belum diisi/.test(n.message))).toBe(true);
    expect(anyRejected(r)).toBe(false);
  });
});

describe("statsOf and kecamatanKey", () => {
  test.each([
    { xs: [0.5, null, 1], min: 0.5, max: 1, mean: 0.75 },
    { xs: [0.1, 0.2, 0.3], min: 0.1, max: 0.3, mean: 0.2 },
  ])("statsOf $xs", ({ xs, min, max, mean }) => {
    const s = statsOf(xs);
    expect(s?.min).toBeCloseTo(min, 12);
    expect(s?.max).toBeCloseTo(max, 12);
    expect(s?.mean).toBeCloseTo(mean, 12);
  });
  test.each([[[]], [[null, null]], [[NaN]]])("error row: statsOf(%j) is null", (xs) => {
    expect(statsOf(xs)).toBeNull();
  });
  test.each([
    ["Kecamatan Randu Agung", "randuagung"],
    ["kec. Senduro", "senduro"],
    ["  SUMBERSUKO ", "sumbersuko"],
  ])("kecamatanKey(%s)", (name, key) => expect(kecamatanKey(name)).toBe(key));
});
