/**
 * The typed kinds rasio and nilai (issue 10): the core rules (rasio cumulative Σ÷Σ, nilai the
 * last quarter typed), the Pengukuran sheet's input block and names, the same formulas in
 * both modes, validation, and `iku hitung` (yearly and --triwulan) on a filled workbook.
 */
import * as path from "path";
import { ErrorKind, isIkuError } from "../../src/core/errors";
import { nilaiSampai, rasioSampai } from "../../src/core/masukan";
import { validateProfile } from "../../src/core/profile-validate";
import { buildWorkbook } from "../../src/core/workbook/build";
import { IKU_COL } from "../../src/core/workbook/iku-sheet";
import { PENGUKURAN_LAYOUT, PENGUKURAN_SHEET, quarterCol } from "../../src/core/workbook/pengukuran-sheet";
import { modelToExcelJs } from "../../src/xlsx/write";
import { runCli, tempDir } from "../helpers/cli-run";
import { typeInputs, typedProfile } from "../helpers/typed-profile";

// Writes workbooks and runs the CLI in-process: slow on a loaded machine, never timed.
jest.setTimeout(60_000);

const _ = null;

describe("rasioSampai: cumulative Σ pembilang ÷ Σ penyebut over the quarters typed", () => {
  const v = [
    [8, _, 12, 5],
    [10, _, 15, 5],
  ];
  test.each([
    [1, 8 / 10],
    [2, 8 / 10],
    [3, 20 / 25],
    [4, 25 / 30],
  ] as const)("TW %d", (q, want) => expect(rasioSampai(v, q)).toBeCloseTo(want, 12));
  test("nothing typed: null; Σ penyebut 0: #DIV/0!", () => {
    expect(
      rasioSampai(
        [
          [_, _, _, _],
          [_, _, _, _],
        ],
        4,
      ),
    ).toBeNull();
    expect(
      rasioSampai(
        [
          [0, _, _, _],
          [0, _, _, _],
        ],
        4,
      ),
    ).toMatchObject({ kind: ErrorKind.DivZero });
  });
  test("a quarter with only one of the pair, text or a negative: #VALUE! at its cell", () => {
    expect(
      rasioSampai(
        [
          [1, 2, _, _],
          [1, _, _, _],
        ],
        4,
      ),
    ).toMatchObject({
      kind: ErrorKind.Value,
      argument: "penyebut",
      row: 2,
      column: 2,
    });
    expect(
      rasioSampai(
        [
          [1, "dua", _, _],
          [1, 2, _, _],
        ],
        4,
      ),
    ).toMatchObject({ row: 1, column: 2 });
    expect(
      rasioSampai(
        [
          [1, _, _, _],
          [-1, _, _, _],
        ],
        4,
      ),
    ).toMatchObject({ kind: ErrorKind.Value, row: 2 });
  });
});

describe("nilaiSampai: the last quarter typed", () => {
  test.each([
    [1, 61.5],
    [2, 61.5],
    [3, 68.25],
    [4, 68.25],
  ] as const)("TW %d", (q, want) => expect(nilaiSampai([[61.5, _, 68.25, _]], q)).toBe(want));
  test("blank → null; text → #VALUE!", () => {
    expect(nilaiSampai([[_, _, _, _]], 4)).toBeNull();
    expect(isIkuError(nilaiSampai([[1, _, " ", _]], 4))).toBe(true);
  });
});

describe("sheets", () => {
  const profile = typedProfile();
  test.each(["addin", "portable"] as const)("%s: input block, names, realisasi formulas", (mode) => {
    const model = buildWorkbook(profile, mode);
    const tw = model.sheets.find((s) => s.name === PENGUKURAN_SHEET);
    if (!tw) throw new Error("lembar Pengukuran tidak ada");
    const texts = tw.cells.map((c) => c.value);
    expect(texts).toContain("Pembilang: Pengaduan yang diselesaikan");
    expect(texts).toContain("Penyebut: Pengaduan yang diterima");
    expect(texts).toContain("Nilai: Nilai SAKIP kecamatan");
    const names = Object.fromEntries(model.names.map((n) => [n.name, n.range]));
    const top = PENGUKURAN_LAYOUT.firstIndicatorRow + 4 + 3; // a blank row, title, header
    expect(names.IKU_Masukan_3).toBe(`$D$${top}:$G$${top + 1}`);
    expect(names.IKU_Masukan_4).toBe(`$D$${top + 2}:$G$${top + 2}`);
    expect(names.IKU_Masukan_1).toBeUndefined();
    // Built-in functions only: the same text in both modes, and TW IV = the yearly formula.
    const rasioTw4 = tw.cells.find(
      (c) => c.row === PENGUKURAN_LAYOUT.firstIndicatorRow + 2 && c.col === quarterCol(4),
    );
    expect(rasioTw4?.formula).toContain(`SUM('Pengukuran Kinerja'!$D$${top + 1}:$G$${top + 1})`);
    expect(rasioTw4?.formula).not.toMatch(/IKU\./);
    const iku = model.sheets[0];
    const head = iku.cells.find((c) => c.value === "Realisasi");
    const nilaiYear = iku.cells.find((c) => c.row === (head?.row ?? 0) + 4 && c.col === IKU_COL.realisasi);
    expect(nilaiYear?.formula).toContain(`'Pengukuran Kinerja'!$G$${top + 2}<>""`);
    expect(nilaiYear?.style?.numFmt).toBe("0.00");
    expect(tw.cells.find((c) => c.row === 3)?.value).toMatch(/Rasio: .*kumulatif.*Nilai: .*terakhir/s);
  });
  test("presets: no input block, no names (sheets as before)", () => {
    const model = buildWorkbook({ ...profile, indicators: profile.indicators.slice(0, 2) }, "addin");
    expect(model.names.some((n) => n.name.startsWith("IKU_Masukan_"))).toBe(false);
  });
});

describe("validation", () => {
  const base = typedProfile();
  const withInd = (i: number, patch: object) => ({
    ...base,
    indicators: base.indicators.map((x, k) => (k === i ? { ...x, ...patch } : x)),
  });
  test("the typed profile is valid", () => expect(validateProfile(base)).toEqual([]));
  test.each([
    [withInd(2, { satuan: "indeks" }), "indicators.2.satuan"],
    [withInd(3, { target: -1 }), "indicators.3.target"],
    [withInd(0, { satuan: "nilai" }), "indicators.0.satuan"],
    [withInd(3, { pengukuran: { jenis: "nilai", desimal: 1.5 } }), "indicators.3.desimal"],
  ])("%#: %s refused", (p, field) => {
    expect(validateProfile(p).map((e) => e.field)).toContain(field);
  });
});

test("iku hitung (yearly and --triwulan) computes typed kinds from a filled workbook", async () => {
  const profile = typedProfile();
  const wb = modelToExcelJs(buildWorkbook(profile, "addin"));
  typeInputs(wb, 3, [
    [8, _, 12, 5],
    [10, _, 15, 5],
  ]);
  typeInputs(wb, 4, [[61.5, _, 68.25, _]]);
  const dir = tempDir("iku-typed-");
  const file = path.join(dir, "typed.xlsx");
  await wb.xlsx.writeFile(file);
  const y = await runCli(["hitung", file, "--json"], dir);
  expect(y.stderr).toBe("");
  const rows = JSON.parse(y.stdout) as {
    realisasi: number | null;
    capaian: number | null;
    predikat: string;
  }[];
  expect(rows[2].realisasi).toBeCloseTo(25 / 30, 12);
  expect(rows[2].capaian).toBeCloseTo(25 / 30 / 0.9, 12);
  expect(rows[3].realisasi).toBe(68.25);
  expect(rows[3].capaian).toBeCloseTo(68.25 / 70, 12);
  expect(rows[3].predikat).toBe("Sangat Tinggi");
  const q = await runCli(["hitung", file, "--triwulan", "--json"], dir);
  expect(q.stderr).toBe("");
  const tw = JSON.parse(q.stdout) as { triwulan: { realisasi: number | null }[] }[];
  expect(tw[2].triwulan.map((x) => x.realisasi)).toEqual([0.8, 0.8, 0.8, 25 / 30]);
  expect(tw[3].triwulan.map((x) => x.realisasi)).toEqual([61.5, 61.5, 68.25, 68.25]);
});
