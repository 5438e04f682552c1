/**
 * Issue 11: skipped answers (NRR per unsur over those who answered it), the three bobot a
 * published report may use, and the IKM per jenis layanan.
 */
import { ErrorKind, isIkuError } from "../../src/core/errors";
import { ikm, ikmNrr } from "../../src/core/ikm";
import { ikmLayanan, ikmPerLayanan, rowWithoutAnswers } from "../../src/core/ikm-layanan";
import { fromUnsurTable, SKIPPED_TABLE, table29 } from "../helpers/ikm-tables";

const round2 = (x: unknown): number => Math.round((x as number) * 100) / 100;
const all = (v: unknown): unknown[] => new Array<unknown>(9).fill(v);

describe("skipped answers", () => {
  test("NRR per unsur divides by the respondents who answered that unsur", () => {
    const rows = [
      [4, 4, 4, null, 4, 4, 4, 4, 4],
      [2, 3, 4, 3, 4, 1, 2, 3, 3],
      all(null), // fully blank: skipped
      [3, "", 2, null, 4, 2, 3, null, 2],
    ];
    const nrr = ikmNrr(rows) as number[];
    expect(nrr).toEqual([3, 3.5, 10 / 3, 3, 4, 7 / 3, 3, 3.5, 3]);
    const value = ikm(rows, null) as number;
    expect(value).toBeCloseTo((25 * nrr.reduce((a, b) => a + b, 0)) / 9, 12);
    // Not the old "÷ respondents" reading, which would give U4 = 3 ÷ 3 = 1.
    expect(value).not.toBeCloseTo((25 * (4 + 4 + 4 + 0 + 4 + 4 + 4 + 4 + 4 + 25 + 20)) / (9 * 3), 2);
  });

  test.each([
    ["null", null],
    ['""', ""],
    ["0 (Excel for Windows)", 0],
  ])("a skipped answer sent as %s counts the same", (_name, blank) => {
    const rows = [
      [4, 4, 4, blank, 4, 4, 4, 4, 4],
      [3, 3, 3, 2, 3, 3, 3, blank, 3],
    ];
    expect(ikmNrr(rows)).toEqual([3.5, 3.5, 3.5, 2, 3.5, 3.5, 3.5, 4, 3.5]);
  });

  test("a published table with Biaya skipped by 15 of 24 respondents: 86,48", () => {
    const rows = fromUnsurTable(SKIPPED_TABLE.sum, SKIPPED_TABLE.count);
    expect(rows).toHaveLength(24);
    const nrr = ikmNrr(rows) as number[];
    nrr.forEach((v, k) => expect(v).toBeCloseTo(SKIPPED_TABLE.sum[k] / SKIPPED_TABLE.count[k], 12));
    expect(round2(ikm(rows, null))).toBe(86.48);
    expect(round2(ikm(rows, 0.11))).toBe(85.62);
  });

  test("an unsur nobody answered: #VALUE! naming it, for IKM and NRR", () => {
    const rows = [
      [4, 4, 4, null, 4, 4, 4, 4, 4],
      [3, 3, 3, 0, 3, 3, 3, 3, 3],
    ];
    for (const r of [ikm(rows, null), ikmNrr(rows)]) {
      expect(isIkuError(r) && r.kind).toBe(ErrorKind.Value);
      expect(isIkuError(r) && r.message).toBe(
        "jawaban kolom U4 (Biaya/Tarif): tidak ada responden yang menjawab unsur ini, NRR dan IKM tidak dapat dihitung",
      );
    }
  });

  test("a bad score is still reported by row and column, before the unsur check", () => {
    const r = ikm([[4, 4, 4, null, 4, 4, 4, 4, 5]], null);
    expect(isIkuError(r) && r.message).toBe("jawaban baris 1 kolom U9: nilai 5 di luar 1–4");
  });

  test("a row with respondent data but no answer is reported by row", () => {
    const jawaban = [all(4), all(null), all(null)];
    const tanggal = [45700, null, 45702];
    const layanan = ["KTP", "", null];
    const e = rowWithoutAnswers(jawaban, [tanggal, layanan], "Survei IKM");
    expect(e?.message).toBe(
      "Survei IKM baris 3: data responden diisi tetapi tidak ada satu pun unsur U1–U9 yang dijawab; isi jawabannya atau hapus baris itu",
    );
    expect(
      rowWithoutAnswers(jawaban, [
        [45700, 0, null],
        ["KTP", " ", ""],
      ]),
    ).toBeNull();
  });
});

describe("bobot: exact 1/9, 0,111 and 0,11 on a published 29-respondent table", () => {
  const rows = table29();
  test("the table has 29 respondents and total 955", () => {
    expect(rows).toHaveLength(29);
    expect(rows.flat().reduce((a, b) => a + b, 0)).toBe(955);
  });
  test.each([
    ["exact 1/9", null, 91.48],
    ["0,111", 0.111, 91.38],
    ["0,11 (the published 90,56)", 0.11, 90.56],
  ])("%s → %s", (_name, bobot, want) => {
    expect(round2(ikm(rows, bobot))).toBe(want);
  });
});

describe("IKM per jenis layanan", () => {
  const jawaban = [all(4), all(3), [2, 2, 2, null, 2, 2, 2, 2, 2], all(null), all(4), all(1)];
  const layanan = [["KTP"], ["Surat Pindah"], ["ktp"], ["KTP"], [null], ["Surat pindah"]];

  test("IKU.IKM.LAYANAN picks the rows of one service (case-insensitive, whole text)", () => {
    // KTP: NRR 3 for eight unsur, U4 (one answer) 4 → 25 × 28 ÷ 9.
    expect(ikmLayanan(jawaban, layanan, "KTP", null)).toBeCloseTo((25 * 28) / 9, 12);
    expect(ikmLayanan(jawaban, layanan, "surat pindah", null)).toBeCloseTo(50, 12);
    expect(ikmLayanan(jawaban, layanan, "KTP", 0.11)).toBeCloseTo(77, 12);
  });

  test.each([
    ["no such service", "Akta", ErrorKind.DivZero, "tidak ada responden"],
    ["blank name", "", ErrorKind.Value, "nama jenis layanan kosong"],
    ["wildcard", "KT*", ErrorKind.Value, "memuat * ? ~"],
  ])("%s → error", (_name, nama, kind, fragment) => {
    const r = ikmLayanan(jawaban, layanan, nama, null);
    expect(isIkuError(r) && r.kind).toBe(kind);
    expect(isIkuError(r) && r.message).toContain(fragment);
  });

  test("column heights must agree; bad scores anywhere are reported", () => {
    const short = ikmLayanan(jawaban, layanan.slice(1), "KTP", null);
    expect(isIkuError(short) && short.message).toContain(
      "layanan: 5 baris, tidak sama dengan 6 baris jawaban",
    );
    const bad = ikmLayanan([...jawaban, all(7)], [...layanan, ["Akta"]], "KTP", null);
    expect(isIkuError(bad) && bad.message).toContain("baris 7 kolom U1: nilai 7 di luar 1–4");
  });

  test("ikmPerLayanan lists every named service in order of appearance", () => {
    const list = ikmPerLayanan(jawaban, layanan, null);
    if (isIkuError(list)) throw new Error(list.message);
    expect(list.map((x) => [x.layanan, x.responden, round2(x.ikm)])).toEqual([
      ["KTP", 2, 77.78],
      ["Surat Pindah", 2, 50],
    ]);
  });
});
