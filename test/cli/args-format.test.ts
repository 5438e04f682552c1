/** The CLI's argument parser and its Indonesian number/table formatting. */
import { hasFlag, optionValue, OptionSpec, parseArgs, UsageError } from "../../src/cli/args";
import { decimalId, percentId, resultsTable, valueId, wrapText } from "../../src/cli/format";
import type { IndicatorResult } from "../../src/core/evaluate";

const SPECS: OptionSpec[] = [
  { name: "kecamatan", alias: "k", value: true },
  { name: "output", alias: "o", value: true },
  { name: "timpa", value: false },
];

describe("parseArgs", () => {
  test.each([
    [["--kecamatan", "Senduro"], { kecamatan: "Senduro" }, []],
    [["--kecamatan=Randu Agung", "x.xlsx"], { kecamatan: "Randu Agung" }, ["x.xlsx"]],
    [["-o", "a.xlsx", "--timpa"], { output: "a.xlsx", timpa: true }, []],
    [["--", "--timpa"], {}, ["--timpa"]],
    [["-"], {}, ["-"]],
  ])("%j", (argv, options, positional) => {
    const parsed = parseArgs(argv, SPECS);
    expect(Object.fromEntries(parsed.options)).toEqual(options);
    expect(parsed.positional).toEqual(positional);
  });

  test.each([
    [["--kecamatn", "X"], "opsi tidak dikenal: --kecamatn (maksud Anda --kecamatan?)"],
    [["-x"], "opsi tidak dikenal: -x"],
    [["--kecamatan"], "opsi --kecamatan memerlukan nilai"],
    [["--kecamatan", "--timpa"], "opsi --kecamatan memerlukan nilai"],
    [["--kecamatan="], "opsi --kecamatan memerlukan nilai"],
    [["--timpa=ya"], "opsi --timpa tidak memakai nilai"],
    [["-o", "a", "--output", "b"], "opsi --output diberikan lebih dari sekali"],
  ])("error %j", (argv, message) => {
    expect(() => parseArgs(argv, SPECS)).toThrow(new UsageError(message));
  });

  test("optionValue and hasFlag", () => {
    const p = parseArgs(["-k", "Tekung", "--timpa"], SPECS);
    expect(optionValue(p, "kecamatan")).toBe("Tekung");
    expect(optionValue(p, "timpa")).toBeUndefined();
    expect(hasFlag(p, "timpa")).toBe(true);
    expect(hasFlag(p, "kecamatan")).toBe(false);
  });
});

describe("Indonesian numbers", () => {
  test.each([
    [45 / 52, "86,54 %"],
    [0.84, "84,00 %"],
    [1.0302, "103,02 %"],
    [0, "0,00 %"],
    [-0.0000001, "0,00 %"],
  ])("percentId(%f) = %s", (x, s) => {
    expect(percentId(x)).toBe(s);
  });
  test.each([
    [87.254, 2, "87,25"],
    [100, 2, "100,00"],
    [2.5, 0, "3"],
  ])("decimalId(%f, %i) = %s", (x, digits, s) => {
    expect(decimalId(x, digits)).toBe(s);
  });
  test.each([
    [0.89, "persen", "89,00 %"],
    [87.5, "indeks", "87,50"],
    [null, "persen", "-"],
  ] as const)("valueId(%p, %s)", (x, unit, s) => {
    expect(valueId(x, unit)).toBe(s);
  });
});

describe("wrapText", () => {
  test.each([
    ["satu dua tiga", 7, ["satu", "dua", "tiga"]],
    ["satu dua tiga", 8, ["satu dua", "tiga"]],
    ["", 5, [""]],
    ["panjangsekali x", 4, ["panjangsekali", "x"]],
  ])("%s / %i", (text, width, lines) => {
    expect(wrapText(text, width)).toEqual(lines);
  });
});

describe("resultsTable", () => {
  const rows: IndicatorResult[] = [
    {
      indikator: "Persentase hasil fasilitasi dan koordinasi yang ditindaklanjuti",
      kind: "fasilitasi",
      satuan: "persen",
      target: 0.84,
      realisasi: 45 / 52,
      capaian: 45 / 52 / 0.84,
      predikat: "Sangat Tinggi",
    },
    {
      indikator: "Nilai IKM Kecamatan",
      kind: "ikm",
      satuan: "indeks",
      target: null,
      realisasi: 87.5,
      capaian: null,
      predikat: null,
    },
  ];
  const text = resultsTable("IKU Kecamatan Randuagung tahun 2025", rows);
  const lines = text.split("\n");
  test("title, header, wrapped name, aligned numbers", () => {
    expect(lines[0]).toBe("IKU Kecamatan Randuagung tahun 2025");
    expect(lines[2]).toMatch(/^No\s+Indikator Kinerja Utama\s+Target\s+Realisasi\s+Capaian\s+Predikat$/);
    expect(lines[4]).toMatch(
      /^ 1 {2}Persentase hasil fasilitasi dan koordinasi\s+84,00 %\s+86,54 %\s+103,02 %\s+Sangat Tinggi$/,
    );
    expect(lines[5].trim()).toBe("yang ditindaklanjuti");
    expect(lines[6]).toMatch(/^ 2 {2}Nilai IKM Kecamatan\s+-\s+87,50\s+-\s+-$/);
    // Right-aligned columns end at the same position on every row.
    const end = (line: string, s: string): number => line.indexOf(s) + s.length;
    expect(end(lines[4], "86,54 %")).toBe(end(lines[6], "87,50"));
  });
});
