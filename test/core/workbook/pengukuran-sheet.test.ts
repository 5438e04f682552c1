/**
 * The `Pengukuran Kinerja` sheet model: headers naming each quarter's end, one row per
 * indicator with IKU.*.TW formulas (add-in) or built-ins only (portable), the target read
 * from the IKU sheet, the note row stating the conventions, and A4 landscape printing.
 */
import type { Profile } from "../../../src/core/profile";
import { buildIkuSheet } from "../../../src/core/workbook/iku-sheet";
import { targetName } from "../../../src/core/workbook/model";
import type { CellModel, FormulaMode, SheetModel } from "../../../src/core/workbook/model";
import {
  PENGUKURAN_LAYOUT,
  PENGUKURAN_SHEET,
  buildPengukuranSheet,
  quarterCol,
} from "../../../src/core/workbook/pengukuran-sheet";
import { addr } from "../../../src/core/workbook/sheet-kit";
import { preset } from "../../helpers/profiles";

function build(name: string, mode: FormulaMode): { sheet: SheetModel; profile: Profile; iku: SheetModel } {
  const profile = preset(name);
  return { sheet: buildPengukuranSheet(profile, mode), profile, iku: buildIkuSheet(profile, mode).sheet };
}

function cellAt(sheet: SheetModel, row: number, col: number): CellModel | undefined {
  return sheet.cells.find((c) => c.row === row && c.col === col);
}

const { headerRow: H, firstIndicatorRow: FIRST } = PENGUKURAN_LAYOUT;

describe("Pengukuran Kinerja — layout", () => {
  const { sheet } = build("randuagung-2025", "addin");
  test("name, kind, print setup", () => {
    expect(sheet.name).toBe(PENGUKURAN_SHEET);
    expect(sheet.kind).toBe("pengukuran");
    expect(sheet.page).toEqual({
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      printTitleRows: `${H}:${H + 1}`,
      printArea: "A1:O8",
    });
    expect(sheet.freeze).toEqual({ rows: H + 1, cols: 2 });
  });
  test.each([
    [H, 1, "No."],
    [H, 2, "Indikator Kinerja Utama"],
    [H, 3, "Target Tahun 2025"],
    [H, 4, "TW I (s.d. 31/03/2025)"],
    [H, 7, "TW II (s.d. 30/06/2025)"],
    [H, 10, "TW III (s.d. 30/09/2025)"],
    [H, 13, "TW IV (s.d. 31/12/2025)"],
    [H + 1, 4, "Realisasi"],
    [H + 1, 5, "Capaian"],
    [H + 1, 15, "Predikat"],
  ])("header row %p col %p is %p", (row, col, text) => {
    expect(cellAt(sheet, row, col)?.value).toBe(text);
  });
  test("each quarter heading spans its three columns", () => {
    for (const q of [1, 2, 3, 4] as const) {
      const c = quarterCol(q);
      expect(sheet.merges).toContain(`${addr(H, c)}:${addr(H, c + 2)}`);
    }
  });
  test("the note states cumulative quarters and the Dokumen Desa convention", () => {
    const note = String(cellAt(sheet, 3, 1)?.value);
    for (const part of [
      "kumulatif",
      "TW I s.d. 31/03/2025",
      "LPPDesa TA 2024",
      "RKPDesa TA 2026 (batas 30/09/2025)",
      "APBDesa TA 2026 (batas 31/12/2025)",
      "target tahunan",
      "#VALUE!",
    ]) {
      expect(note).toContain(part);
    }
  });
});

describe("Pengukuran Kinerja — formulas (add-in mode)", () => {
  const { sheet, profile, iku } = build("randuagung-2025", "addin");
  test.each([
    [FIRST, 1, "IKU.FASILITASI.TW(IKU_Fasilitasi_Status,IKU_Fasilitasi_Tanggal,IKU_Tahun,1)"],
    [FIRST, 4, "IKU.FASILITASI.TW(IKU_Fasilitasi_Status,IKU_Fasilitasi_Tanggal,IKU_Tahun,4)"],
    [FIRST + 1, 2, "IKU.DOKDESA.TW(IKU_Tahun,IKU_Dok_RKP,IKU_Dok_APB,IKU_Dok_LPP,2)"],
    [FIRST + 1, 3, 'IF(COUNTA(IKU_Dok_RKP,IKU_Dok_APB,IKU_Dok_LPP)=0,""'],
  ] as const)("row %p TW %p realisasi calls %s", (row, q, fragment) => {
    expect(cellAt(sheet, row, quarterCol(q))?.formula).toContain(fragment);
  });
  test("capaian and predikat of each quarter use IKU.CAPAIAN against the yearly target and IKU.PREDIKAT", () => {
    const c = quarterCol(3);
    expect(cellAt(sheet, FIRST, c + 1)?.formula).toBe(
      `IF(OR($C$${FIRST}="",${addr(FIRST, c)}=""),"",IKU.CAPAIAN(${addr(FIRST, c)},$C$${FIRST},"positif"))`,
    );
    expect(cellAt(sheet, FIRST, c + 2)?.formula).toBe(
      `IF(${addr(FIRST, c + 1)}="","",IKU.PREDIKAT(${addr(FIRST, c + 1)}))`,
    );
  });
  test("the target shows the Profil target through its defined name, as the IKU sheet does", () => {
    profile.indicators.forEach((_, i) => {
      const name = targetName(i);
      expect(cellAt(sheet, FIRST + i, 3)?.formula).toBe(`IF(${name}="","",${name})`);
      expect(iku.cells.some((c) => c.formula === `IF(${name}="","",${name})`)).toBe(true);
    });
  });
  test("percent and index formats follow the indicator's unit", () => {
    const s = build("sumbersuko-2020", "addin").sheet;
    expect(cellAt(s, FIRST, quarterCol(1))?.style?.numFmt).toBe("0.00"); // IKM first in Sumbersuko
    expect(cellAt(s, FIRST + 1, quarterCol(1))?.style?.numFmt).toBe("0.00%");
    expect(cellAt(s, FIRST, quarterCol(1) + 1)?.style?.numFmt).toBe("0.00%");
    expect(cellAt(s, FIRST, quarterCol(2))?.formula).toContain(
      "IKU.IKM.TW(IKU_IKM_Jawaban,IKU_IKM_Tanggal,IKU_Tahun,2,IKU_IKM_Bobot)",
    );
  });
});

describe("Pengukuran Kinerja — portable mode", () => {
  test.each(["randuagung-2025", "sumbersuko-2020"])("%s: built-in functions only, same cells", (name) => {
    const portable = build(name, "portable").sheet;
    const addin = build(name, "addin").sheet;
    const formulas = portable.cells.filter((c) => c.formula !== undefined);
    expect(formulas.length).toBe(addin.cells.filter((c) => c.formula !== undefined).length);
    for (const c of formulas) {
      expect(c.formula).not.toMatch(/IKU\./i);
      expect((c.formula ?? "").length).toBeLessThanOrEqual(8192);
    }
  });
  test("a profile without indicators still builds a printable sheet (error row: nothing to measure)", () => {
    const p = { ...preset("randuagung-2025"), indicators: [] };
    const s = buildPengukuranSheet(p, "portable");
    expect(s.cells.some((c) => c.formula !== undefined)).toBe(false);
    expect(s.page?.printArea).toBe(`A1:O${FIRST}`);
  });
});
