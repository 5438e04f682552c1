/**
 * The Laporan SKM sheet model: registered only for IKM profiles, reads the survey only
 * through defined names, formulas in both modes (portable: no IKU.* left), print setup and
 * chart, and cached values equal to the core's for sample surveys (ties, bobot 0,11, profile).
 */
import { ikm, ikmKinerja, ikmMutu, ikmNrr, UNSUR_IKM } from "../../../src/core/ikm";
import { isIkuError } from "../../../src/core/errors";
import { buildWorkbook } from "../../../src/core/workbook/build";
import { buildLaporanSkmSheet, LAPORAN_SKM_SHEET } from "../../../src/core/workbook/laporan-skm";
import { PROFIL_GROUPS, rankWeakest, type SkmSurvey } from "../../../src/core/workbook/laporan-skm-data";
import { NAMES, type CellModel, type FormulaMode, type SheetModel } from "../../../src/core/workbook/model";
import { parseAddress } from "../../../src/core/a1";
import { profileOf } from "../../helpers/profiles";

const MODES: FormulaMode[] = ["addin", "portable"];
const ALL_NAMES = new Set(Object.values(NAMES));

function at(s: SheetModel, a1: string): CellModel {
  const p = parseAddress(a1.replace(/\$/g, ""));
  const c = p && s.cells.find((x) => x.row === p.rect.top && x.col === p.rect.left);
  if (!c) throw new Error(`no cell ${a1}`);
  return c;
}
const cell = (s: SheetModel, row: number, col: number): CellModel | undefined =>
  s.cells.find((c) => c.row === row && c.col === col);

/** 30 respondents, deterministic; U3 and U5 share the lowest NRR (a tie). */
function sample(): SkmSurvey {
  const jawaban: number[][] = [];
  for (let i = 0; i < 30; i++) {
    const row = UNSUR_IKM.map((_, k) => 1 + ((i * 7 + k * 3) % 4));
    row[2] = i % 3 === 0 ? 3 : 1;
    row[4] = row[2];
    jawaban.push(row);
  }
  const blanks = Array.from({ length: 5 }, () => Array<unknown>(9).fill(null));
  return {
    jawaban: [...jawaban, ...blanks],
    tanggal: [...jawaban.map((_, i) => 45700 + ((i * 13) % 40)), null, null, null, null, null],
    jenisKelamin: jawaban.map((_, i) => ["L", "p", "Perempuan", "laki-laki", "X"][i % 5]),
    usia: jawaban.map((_, i) => (i === 0 ? "dua puluh" : 15 + i * 2)),
    pendidikan: jawaban.map((_, i) => (i % 4 === 0 ? "" : ["SMA", "S1", "SD", "D3"][i % 4])),
    pekerjaan: jawaban.map((_, i) => ["PNS", "Petani", "Wiraswasta", "Guru"][i % 4]),
  };
}

describe("registration", () => {
  test.each(MODES)("IKM profile gets the report after the survey (%s); others do not", (mode) => {
    const names = buildWorkbook(profileOf("sumbersuko-2020"), mode).sheets.map((s) => s.name);
    expect(names.indexOf(LAPORAN_SKM_SHEET)).toBe(names.indexOf("Survei IKM") + 1);
    expect(buildWorkbook(profileOf("randuagung-2025"), mode).sheets.map((s) => s.name)).not.toContain(
      LAPORAN_SKM_SHEET,
    );
  });
});

describe.each(MODES)("formulas (%s)", (mode) => {
  const { sheet } = buildLaporanSkmSheet(profileOf("sumbersuko-2020"), mode, ALL_NAMES);
  const formulas = sheet.cells.filter((c) => c.formula !== undefined).map((c) => c.formula ?? "");

  test("the survey is read only through its defined names", () => {
    expect(formulas.join("\n")).not.toMatch(/Survei|Profil/);
    for (const n of [
      NAMES.ikmJawaban,
      NAMES.ikmTanggal,
      NAMES.ikmBobot,
      NAMES.ikmJenisKelamin,
      NAMES.ikmUsia,
    ])
      expect(formulas.some((f) => f.includes(n))).toBe(true);
  });

  test("add-in mode calls IKU.*, portable mode only built-ins", () => {
    const text = formulas.join("\n");
    if (mode === "addin") {
      for (const f of ["IKU.IKM.NRR(", "IKU.IKM(", "IKU.IKM.MUTU(", "IKU.IKM.KINERJA("])
        expect(text).toContain(f);
    } else expect(text).not.toMatch(/IKU\./);
  });

  test("every formula cell carries a cached value", () => {
    expect(sheet.cells.filter((c) => c.formula !== undefined && c.cached === undefined)).toEqual([]);
  });
});

describe("print setup and chart", () => {
  const { sheet, layout } = buildLaporanSkmSheet(profileOf("sumbersuko-2020"), "portable", ALL_NAMES);
  test("A4 portrait, fit to width, print area down to the chart, ranking on page 2", () => {
    expect(sheet.page).toMatchObject({ orientation: "portrait", paper: "A4", fitToWidth: true });
    const chart = sheet.charts?.[0];
    expect(chart).toBeDefined();
    const area = parseAddress(sheet.page?.printArea ?? "");
    expect(area?.rect.bottom).toBe((chart?.to.row ?? 0) - 1);
    expect(area?.rect.right).toBe(7);
    expect(sheet.page?.rowBreaks).toEqual([layout.rankedRow - 2]);
    expect(cell(sheet, layout.rankedRow - 1, 6)?.value).toBe("Rencana Tindak Lanjut");
  });
  test("the chart plots the nine unsur labels and NRR of the unsur table", () => {
    const chart = sheet.charts?.[0];
    const src = parseAddress(chart?.source ?? "");
    expect(src?.rect).toEqual({ top: layout.unsurRow - 1, left: 2, bottom: layout.unsurRow + 8, right: 3 });
    expect(cell(sheet, layout.unsurRow - 1, 3)?.value).toBe("NRR");
    expect(chart?.cache?.categories).toEqual(UNSUR_IKM.map((u, i) => `U${i + 1} ${u}`));
  });
  test("without the optional columns there is no profile section", () => {
    const noProfil = buildLaporanSkmSheet(
      profileOf("sumbersuko-2020"),
      "portable",
      new Set([NAMES.ikmJawaban]),
    );
    expect(noProfil.layout.profilRow).toBe(0);
    expect(noProfil.sheet.cells.some((c) => c.value === "B. PROFIL RESPONDEN")).toBe(false);
    expect(layout.profilRow).toBeGreaterThan(0);
  });
});

describe.each([
  ["exact 1/9", undefined],
  ["0,11", 0.11],
])("cached values for a sample survey, bobot %s", (_, bobotSetting) => {
  const profile = { ...profileOf("sumbersuko-2020"), ...(bobotSetting ? { ikmBobot: bobotSetting } : {}) };
  const bobot = bobotSetting ?? 1 / 9;
  const survey = sample();
  const { sheet, layout } = buildLaporanSkmSheet(profile, "addin", ALL_NAMES, survey);
  const nrr = ikmNrr(survey.jawaban);
  if (isIkuError(nrr)) throw new Error("sample invalid");

  test("respondents, period, bobot", () => {
    expect(at(sheet, layout.respondents).cached).toBe(30);
    expect(at(sheet, layout.first).cached).toBe(45700);
    expect(at(sheet, layout.last).cached).toBe(45700 + 39);
    expect(at(sheet, layout.bobot).cached).toBe(bobot);
  });

  test("per unsur NRR, NRR × bobot, NRR × 25, mutu; IKM, mutu, kinerja", () => {
    UNSUR_IKM.forEach((_, i) => {
      const r = layout.unsurRow + i;
      expect(cell(sheet, r, 3)?.cached).toBe(nrr[i]);
      expect(cell(sheet, r, 4)?.cached).toBe(nrr[i] * bobot);
      expect(cell(sheet, r, 5)?.cached).toBe(nrr[i] * 25);
      expect(cell(sheet, r, 6)?.cached).toBe(ikmMutu(nrr[i] * 25));
    });
    const value = ikm(survey.jawaban, bobot);
    expect(at(sheet, layout.ikm).cached).toBe(value);
    expect(value).toBeCloseTo(25 * bobot * nrr.reduce((a, b) => a + b, 0), 9);
    expect(at(sheet, layout.mutu).cached).toBe(ikmMutu(value));
    expect(at(sheet, layout.kinerja).cached).toBe(ikmKinerja(value));
  });

  test("ranking weakest first, the tie (U3, U5) in unsur order", () => {
    const order = [...nrr.keys()].sort((a, b) => nrr[a] - nrr[b] || a - b);
    expect(order.slice(0, 2)).toEqual([2, 4]);
    expect(nrr[2]).toBe(nrr[4]);
    order.forEach((k, p) => {
      expect(cell(sheet, layout.unsurRow + k, 7)?.cached).toBe(p + 1);
      expect(cell(sheet, layout.rankedRow + p, 2)?.cached).toBe(`U${k + 1} ${UNSUR_IKM[k]}`);
      expect(cell(sheet, layout.rankedRow + p, 3)?.cached).toBe(nrr[k]);
    });
  });

  test("respondent profile counts and percentages add up to the respondents", () => {
    let r = layout.profilRow;
    const got: Record<string, (string | number)[][]> = {};
    for (const g of PROFIL_GROUPS) {
      const rows: (string | number)[][] = [];
      while (cell(sheet, r, 2)?.value !== undefined && cell(sheet, r, 3)?.formula !== undefined) {
        rows.push([String(cell(sheet, r, 2)?.value), Number(cell(sheet, r, 3)?.cached)]);
        expect(cell(sheet, r, 4)?.cached).toBe(Number(cell(sheet, r, 3)?.cached) / 30);
        r++;
      }
      expect(rows.reduce((a, x) => a + Number(x[1]), 0)).toBe(30);
      got[g.key] = rows;
      r++; // next group's title row
    }
    expect(got.jenisKelamin).toEqual([
      ["Laki-laki", 12],
      ["Perempuan", 12],
      ["Lainnya", 6],
      ["Tidak diisi", 0],
    ]);
    // Ages 17, 19, …, 73 and one text: 2 ≤ 20, 5 per decade, 12 above 50, 1 unreadable.
    expect(got.usia.map((x) => x[1])).toEqual([2, 5, 5, 5, 12, 1]);
    expect(got.pendidikan.find((x) => x[0] === "Tidak diisi")?.[1]).toBe(8);
    expect(got.pekerjaan.find((x) => x[0] === "Lainnya")?.[1]).toBe(7);
  });

  test("the chart cache holds the NRR", () => {
    expect(sheet.charts?.[0].cache?.values).toEqual([nrr]);
  });
});

test("a fresh (empty) survey shows nothing computed and no ranking", () => {
  const { sheet, layout } = buildLaporanSkmSheet(profileOf("sumbersuko-2020"), "portable", ALL_NAMES);
  expect(at(sheet, layout.respondents).cached).toBe(0);
  expect(at(sheet, layout.ikm).cached).toBe("");
  expect(cell(sheet, layout.unsurRow, 3)?.cached).toBe("");
  expect(cell(sheet, layout.rankedRow, 2)?.cached).toBe("");
});

test("an invalid answer caches the core's #VALUE! in the unsur table, blanks in the ranking", () => {
  const survey = sample();
  const bad = { ...survey, jawaban: survey.jawaban.map((r, i) => (i === 3 ? [5, ...r.slice(1)] : r)) };
  const { sheet, layout } = buildLaporanSkmSheet(profileOf("sumbersuko-2020"), "addin", ALL_NAMES, bad);
  expect(cell(sheet, layout.unsurRow, 3)?.cached).toEqual({ error: "#VALUE!" });
  expect(at(sheet, layout.ikm).cached).toEqual({ error: "#VALUE!" });
  expect(cell(sheet, layout.rankedRow, 2)?.cached).toBe("");
});

test("rankWeakest: ascending, ties in unsur order", () => {
  expect(rankWeakest([3, 2, 2, 4, 1])).toEqual([4, 1, 2, 0, 3]);
});
