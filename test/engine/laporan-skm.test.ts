/**
 * The Laporan SKM sheet recalculated by LibreOffice Calc, cell by cell against the core (the
 * cached values buildLaporanSkmSheet computes for the same survey, which the unit tests tie
 * to ikmNrr/ikm/ikmMutu/ikmKinerja): portable mode every formula cell; add-in mode every cell
 * that does not depend on an IKU.* call (LibreOffice has no add-in: those show #NAME?).
 * And the PDF: the report prints on two pages (ranking and chart on the second), then Profil.
 */
import { spawnSync } from "child_process";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { parseAddress } from "../../src/core/a1";
import type { Profile } from "../../src/core/profile";
import { buildWorkbook } from "../../src/core/workbook/build";
import { buildLaporanSkmSheet, LAPORAN_SKM_SHEET } from "../../src/core/workbook/laporan-skm";
import type { SkmSurvey } from "../../src/core/workbook/laporan-skm-data";
import {
  NAMES,
  type CachedValue,
  type FormulaMode,
  type SheetModel,
  type WorkbookModel,
} from "../../src/core/workbook/model";
import { cellValue } from "../../src/xlsx/read";
import { modelToExcelJs, writeExcelJs } from "../../src/xlsx/write";
import { tempDir } from "../helpers/cli-run";
import { convert, makeProfile, pdfPagePng, pdfText } from "../helpers/libreoffice";
import { namedBlock, seeded } from "../helpers/sample-data";
import { profileOf } from "../helpers/profiles";

jest.setTimeout(240_000);

const ARTIFACTS = path.join(__dirname, "..", "..", "test-artifacts");
const loProfile = makeProfile();
const ROWS = 60;
const FILLED = 41;
const PROFIL_NAMES = [NAMES.ikmJenisKelamin, NAMES.ikmUsia, NAMES.ikmPendidikan, NAMES.ikmPekerjaan];
const SURVEY_SHEET = "Survei IKM";

/**
 * The workbook with the report; until the survey sheet has the respondent columns, their
 * names point at spare columns T–W of the survey sheet so the profile formulas are exercised.
 */
function workbookWithProfileNames(profile: Profile, mode: FormulaMode): WorkbookModel {
  const model = buildWorkbook(profile, mode, { surveiRows: ROWS });
  const j = model.names.find((n) => n.name === NAMES.ikmJawaban);
  const rect = parseAddress((j?.range ?? "").replace(/\$/g, ""))?.rect;
  if (!rect) throw new Error("no IKU_IKM_Jawaban");
  PROFIL_NAMES.forEach((name, i) => {
    if (model.names.some((n) => n.name === name)) return;
    const col = String.fromCharCode(84 + i); // T, U, V, W
    model.names.push({ name, sheet: SURVEY_SHEET, range: `$${col}$${rect.top}:$${col}$${rect.bottom}` });
  });
  const idx = model.sheets.findIndex((s) => s.name === LAPORAN_SKM_SHEET);
  model.sheets[idx] = buildLaporanSkmSheet(profile, mode, new Set(model.names.map((n) => n.name))).sheet;
  return model;
}

/** Fills the survey through its names and returns the same data, one entry per prepared row. */
function fillSurvey(wb: ExcelJS.Workbook, seed: number): SkmSurvey {
  const rnd = seeded(seed);
  const block = (name: string) => {
    const b = namedBlock(wb, name);
    if (!b) throw new Error(`no ${name}`);
    return b;
  };
  const J = block(NAMES.ikmJawaban);
  const n = J.bottom - J.top + 1;
  const survey: SkmSurvey = {
    jawaban: [],
    tanggal: [],
    jenisKelamin: [],
    usia: [],
    pendidikan: [],
    pekerjaan: [],
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const texts = {
    jenisKelamin: ["L", "P", "Laki-laki", "perempuan", ""],
    pendidikan: ["SD", "SMP", "SMA", "SMK", "D3", "S1", "S2", "Pesantren", ""],
    pekerjaan: ["PNS", "TNI", "Swasta", "Wiraswasta", "Petani", "Pelajar", "IRT", "Perangkat Desa", ""],
  };
  for (let i = 0; i < n; i++) {
    const on = i < FILLED;
    const row = on
      ? Array.from({ length: 9 }, (_, k) =>
          // Skipped answers (issue 11): Biaya (U4) left blank by about a third, any unsur rarely.
          (k === 3 && rnd() < 0.35) || rnd() < 0.04
            ? null
            : rnd() < 0.1 + k * 0.05
              ? 2 + Math.floor(rnd() * 2)
              : 4,
        )
      : [];
    row.forEach((v, k) => {
      if (v !== null) J.ws.getCell(J.top + i, J.left + k).value = v;
    });
    (survey.jawaban as unknown[][]).push(on ? row : Array<unknown>(9).fill(null));
    const put = (name: string, key: keyof SkmSurvey, v: string | number | null): void => {
      const b = block(name);
      if (v !== null && v !== "") b.ws.getCell(b.top + i, b.left).value = v;
      (survey[key] as unknown[]).push(v === "" ? null : v);
    };
    put(NAMES.ikmTanggal, "tanggal", on ? 45658 + Math.floor(rnd() * 300) : null);
    put(NAMES.ikmJenisKelamin, "jenisKelamin", on ? pick(texts.jenisKelamin) : null);
    put(NAMES.ikmUsia, "usia", on ? (rnd() < 0.1 ? null : 17 + Math.floor(rnd() * 50)) : null);
    put(NAMES.ikmPendidikan, "pendidikan", on ? pick(texts.pendidikan) : null);
    put(NAMES.ikmPekerjaan, "pekerjaan", on ? pick(texts.pekerjaan) : null);
  }
  return survey;
}

/** Cells whose formula calls IKU.* or refers to such a cell of the sheet (A1 refs, ranges). */
function addinDependent(sheet: SheetModel): Set<string> {
  const key = (r: number, c: number): string => `${r},${c}`;
  const refs = new Map<string, string[]>();
  const out = new Set<string>();
  for (const c of sheet.cells) {
    if (c.formula === undefined) continue;
    const list: string[] = [];
    for (const m of c.formula.matchAll(
      /(?<![\w.])\$?([A-Z]{1,2})\$?(\d+)(?::\$?([A-Z]{1,2})\$?(\d+))?(?![\w(])/g,
    )) {
      const rect = parseAddress(m[0].replace(/\$/g, ""))?.rect;
      if (!rect) continue;
      for (let r = rect.top; r <= rect.bottom; r++)
        for (let col = rect.left; col <= rect.right; col++) list.push(key(r, col));
    }
    refs.set(key(c.row, c.col), list);
    if (/IKU\./.test(c.formula)) out.add(key(c.row, c.col));
  }
  for (let changed = true; changed;) {
    changed = false;
    for (const [k, list] of refs)
      if (!out.has(k) && list.some((x) => out.has(x))) {
        out.add(k);
        changed = true;
      }
  }
  return out;
}

function same(got: unknown, want: CachedValue): boolean {
  if (typeof want === "object") return got === want.error;
  if (want === "") return got === null || got === "";
  if (typeof want === "number") return typeof got === "number" && Math.abs(got - want) <= 1e-9;
  return got === want;
}

describe.each([
  ["portable", undefined, 7],
  ["portable", 0.11, 8],
  ["addin", undefined, 9],
] as const)("LibreOffice: Laporan SKM %s, bobot %s", (mode, bobot, seed) => {
  const profile: Profile = { ...profileOf("sumbersuko-2020"), ...(bobot ? { ikmBobot: bobot } : {}) };
  const dir = tempDir(`iku-skm-${mode}-`);
  const input = path.join(dir, `skm-${mode}-${String(bobot ?? "exact")}.xlsx`);
  let expected: SheetModel;
  let recalced: ExcelJS.Workbook;
  let model: WorkbookModel;

  beforeAll(async () => {
    model = workbookWithProfileNames(profile, mode);
    const wb = modelToExcelJs(model);
    const survey = fillSurvey(wb, seed);
    expected = buildLaporanSkmSheet(profile, mode, new Set(model.names.map((n) => n.name)), survey).sheet;
    const charts = new Map(model.sheets.map((s) => [s.name, s.charts ?? []]));
    fs.writeFileSync(input, await writeExcelJs(wb, charts));
    const out = convert(input, path.join(dir, "out"), "xlsx", loProfile);
    recalced = new ExcelJS.Workbook();
    await recalced.xlsx.readFile(out);
  });

  test("every formula cell equals the core (add-in: those without IKU.*)", () => {
    const ws = recalced.getWorksheet(LAPORAN_SKM_SHEET);
    if (!ws) throw new Error("no report sheet");
    const skip = mode === "addin" ? addinDependent(expected) : new Set<string>();
    const bad: string[] = [];
    let compared = 0;
    for (const c of expected.cells) {
      if (c.formula === undefined || c.cached === undefined) continue;
      const got = cellValue(ws.getCell(c.row, c.col));
      if (skip.has(`${c.row},${c.col}`)) {
        // #NAME? from LibreOffice, or "" where the ranking's MATCH guard hides it.
        if (got !== "#NAME?" && got !== null && got !== "" && !same(got, c.cached))
          bad.push(`R${c.row}C${c.col} ${JSON.stringify(got)}`);
        continue;
      }
      compared++;
      if (!same(got, c.cached))
        bad.push(`R${c.row}C${c.col}: ${JSON.stringify(got)} ≠ ${JSON.stringify(c.cached)}`);
    }
    expect(bad).toEqual([]);
    // Portable: the whole report (about 150 cells); add-in: respondents, period, bobot, profile.
    expect(compared).toBeGreaterThan(mode === "addin" ? 55 : 130);
    // The data really came through: 41 respondents, and (portable) an IKM that is a number.
    expect(expected.cells.some((c) => c.cached === FILLED)).toBe(true);
  });

  if (mode === "portable" && bobot === undefined)
    test("the PDF: title page, then ranking and chart page, then Profil — no empty-grid pages", () => {
      const pdf = convert(input, path.join(dir, "pdf"), "pdf", loProfile);
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      fs.copyFileSync(pdf, path.join(ARTIFACTS, "laporan-skm.pdf"));
      const n = Number(
        /Pages:\s+(\d+)/.exec(spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout)?.[1] ?? 0,
      );
      const pages = Array.from({ length: n }, (_, i) => pdfText(pdf, i + 1).replace(/\s+/g, " "));
      const start = pages.findIndex((t) => t.includes("LAPORAN SURVEI KEPUASAN MASYARAKAT"));
      expect(start).toBeGreaterThanOrEqual(0);
      const first = pages[start];
      for (const t of [
        "A. RESPONDEN",
        "B. PROFIL RESPONDEN",
        "Perempuan",
        "NILAI PER UNSUR",
        "Nilai IKM",
        "Kinerja unit",
      ])
        expect(first).toContain(t);
      // Every number fits its column (a too narrow date column prints ###).
      expect(first).not.toContain("###");
      expect(first).toMatch(/\d\d\/\d\d\/2025/);
      const second = pages[start + 1];
      for (const t of [
        "URUTAN UNSUR",
        "Rencana Tindak Lanjut",
        "GRAFIK",
        "NRR per Unsur Pelayanan",
        "U9 Sarana",
      ])
        expect(second).toContain(t);
      // The next page is Profil's: the report took exactly two pages.
      expect(pages[start + 2]).toContain("Profil IKU");
      expect(pages[start + 2]).not.toContain("Rencana Tindak Lanjut");
      const png = pdfPagePng(pdf, path.join(ARTIFACTS, "laporan-skm-hal2"), start + 2);
      expect(fs.statSync(png).size).toBeGreaterThan(10_000);
      pdfPagePng(pdf, path.join(ARTIFACTS, "laporan-skm-hal1"), start + 1);
    });
});
