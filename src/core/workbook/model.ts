/**
 * The IKU workbook as data. Built once from a profile (./build.ts) and rendered by two
 * renderers: ExcelJS (src/xlsx) and Office.js (src/excel). Nothing here knows either API.
 *
 * Coordinates are 1-based (row 1 / column 1 = A1). Formulas are stored in Excel's
 * invariant (en-US) syntax WITHOUT the leading "=" — the form both xlsx files and
 * Office.js `range.formulas` (after adding "=") use.
 */

import type { Profile } from "../profile";
import type { ChartModel } from "./chart-model";

export type { ChartModel } from "./chart-model";

/** addin: =IKU.* custom functions; portable: built-in Excel functions only. */
export type FormulaMode = "addin" | "portable";

/** A cell's constant. Dates are Excel serial numbers with a date numFmt. */
export type CellValue = string | number | boolean;

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** Points; default 11. */
  fontSize?: number;
  wrap?: boolean;
  hAlign?: "left" | "center" | "right";
  vAlign?: "top" | "middle" | "bottom";
  /** Excel number format in en-US codes, e.g. "0.00%", "dd/mm/yyyy", "0.00", "@". */
  numFmt?: string;
  /** Thin border on all four sides. */
  border?: boolean;
  /** Solid fill, RGB hex without "#", e.g. "D9E1F2". */
  fill?: string;
}

/** Part of a cell's text with its own font weight. */
export interface TextRun {
  text: string;
  bold?: boolean;
}

/** An Excel error a formula can show, as written in a file (`t="e"`). */
export type ErrorText = "#DIV/0!" | "#VALUE!" | "#NUM!" | "#N/A" | "#NAME?" | "#REF!" | "#NULL!";

/**
 * The result a formula cell shows, as the core computes it from the data the workbook is
 * written with (a fresh workbook: empty data sheets). Written as the cell's cached value so
 * Protected View and previewers, which never recalculate, show the numbers.
 */
export type CachedValue = CellValue | { error: ErrorText };

export interface CellModel {
  row: number;
  col: number;
  /** A constant, or absent when the cell only has a formula or only a style. */
  value?: CellValue;
  /** Formula without "=", en-US syntax. Mutually exclusive with value. */
  formula?: string;
  /**
   * A text value in runs with their own weight ("Penjelasan :" bold inside the rumus cell), as
   * the source documents print it; joined, the runs equal `value`. A renderer that cannot
   * format part of a cell (Office.js) writes `value`.
   */
  runs?: TextRun[];
  /** For a formula cell: its result as computed by the core (see {@link CachedValue}). */
  cached?: CachedValue;
  style?: CellStyle;
}

export interface ValidationModel {
  /** A1 range on the same sheet, e.g. "F5:F204". */
  range: string;
  type: "list" | "whole" | "decimal" | "date";
  /** For "list". */
  list?: string[];
  /** For whole/decimal/date (date bounds as serials). */
  min?: number;
  max?: number;
  /** Indonesian prompt and error text. */
  prompt?: string;
  error?: string;
}

export interface PageSetupModel {
  orientation: "landscape" | "portrait";
  paper: "A4";
  /** Fit all columns on one page width (height unlimited). */
  fitToWidth: boolean;
  /** Rows repeated on every printed page, e.g. "7:8". */
  printTitleRows?: string;
  /** Print area, e.g. "A1:J30". */
  printArea?: string;
  /** Manual page breaks: a new printed page starts at each of these rows. */
  rowBreaks?: number[];
}

/** What a sheet is, so readers and renderers can find it whatever its name. */
export type SheetKind = "iku" | "fasilitasi" | "dokdesa" | "ikm" | "profil" | "rekap" | "pengukuran" | "skm";

export interface SheetModel {
  name: string;
  kind: SheetKind;
  /** Column widths in Excel character units, index 0 = column A. */
  columnWidths: number[];
  /** Row heights in points for rows that need one (key = 1-based row). */
  rowHeights: Record<number, number>;
  cells: CellModel[];
  /** Merged ranges, e.g. "A1:J1". */
  merges: string[];
  /** Rows/columns frozen at the top/left. */
  freeze?: { rows: number; cols: number };
  validations: ValidationModel[];
  page?: PageSetupModel;
  /** Charts drawn on the sheet (the kabupaten recap's bar chart). */
  charts?: ChartModel[];
}

/** Workbook-scoped defined name: `=<sheet>!<range>` with an absolute range. */
export interface NamedRangeModel {
  name: string;
  sheet: string;
  /** Absolute A1 range, e.g. "$F$5:$F$204". */
  range: string;
}

/**
 * What the renderers draw: sheets and names. The kabupaten recap is one (it has no single
 * profile); a kecamatan's IKU workbook is a {@link WorkbookModel}.
 */
export interface SheetsModel {
  /** The kecamatan's profile; absent for the recap of many kecamatan. */
  profile?: Profile;
  mode: FormulaMode;
  /** In the order they appear; the IKU sheet first. */
  sheets: SheetModel[];
  names: NamedRangeModel[];
}

/** A kecamatan's IKU workbook: sheets built from its profile. */
export interface WorkbookModel extends SheetsModel {
  profile: Profile;
}

/**
 * Defined names the formulas read and readers (iku hitung, rekap) use to find the data,
 * whatever rows the user added inside them.
 */
export const NAMES = {
  tahun: "IKU_Tahun",
  /**
   * The names of the daftar log whose sheet is "Fasilitasi" ({@link daftarNames}); a workbook
   * built before issue 10 gave its one log these names whatever the sheet was called.
   */
  fasilitasiTanggal: "IKU_Fasilitasi_Tanggal",
  fasilitasiStatus: "IKU_Fasilitasi_Status",
  dokDesa: "IKU_Dok_Desa",
  dokRkp: "IKU_Dok_RKP",
  dokApb: "IKU_Dok_APB",
  dokLpp: "IKU_Dok_LPP",
  ikmTanggal: "IKU_IKM_Tanggal",
  ikmJawaban: "IKU_IKM_Jawaban",
  ikmPopulasi: "IKU_IKM_Populasi",
  /** Profil cell holding the IKM bobot per unsur (Profile.ikmBobot). */
  ikmBobot: "IKU_IKM_Bobot",
  /** Survey sheet columns beside the answers (see src/core/survey-fields.ts). */
  ikmLayanan: "IKU_IKM_Layanan",
  ikmJenisKelamin: "IKU_IKM_JenisKelamin",
  ikmUsia: "IKU_IKM_Usia",
  ikmPendidikan: "IKU_IKM_Pendidikan",
  ikmPekerjaan: "IKU_IKM_Pekerjaan",
  /**
   * Profil range of the office's predikat scale (Profile.skalaPredikat): two columns, lower
   * bound (a fraction) and predikat, highest bound first — the `skala` argument of
   * IKU.PREDIKAT. Written only when the profile has its own scale (issue 10).
   */
  skalaPredikat: "IKU_Skala_Predikat",
} as const;

/**
 * Defined name of indicator `index`'s (0-based) target cell on the Profil sheet. The IKU
 * sheet shows the target through it, so the Profil sheet is the one place a target lives
 * and `iku hitung` (which reads Profil) and the sheet formulas always agree.
 */
export function targetName(index: number): string {
  return `IKU_Target_${index + 1}`;
}

/**
 * The part of a daftar log's names taken from its sheet name: every character outside
 * [A-Za-z0-9] becomes "_" ("Pengaduan Trantib" → "Pengaduan_Trantib"). From the sheet name, not
 * the indicator's number, so reordering indicators keeps each log's names.
 */
export function daftarKey(lembar: string): string {
  return lembar.replace(/[^A-Za-z0-9]/g, "_");
}

/** Defined names of the Status and Tanggal columns of the daftar log on sheet `lembar`. */
export function daftarNames(lembar: string): { status: string; tanggal: string } {
  const k = daftarKey(lembar);
  return { status: `IKU_${k}_Status`, tanggal: `IKU_${k}_Tanggal` };
}

/**
 * Keys whose daftar names would be (or collide with, Excel names ignoring case) another
 * module's names: IKU_IKM_Tanggal is the survey's date column.
 */
export const RESERVED_DAFTAR_KEYS: readonly string[] = ["IKM"];

/**
 * The daftar column a defined name stands for ("IKU_Pengaduan_Status" → key "Pengaduan",
 * status), or null for any other name. How readers find every log without the profile.
 */
export function parseDaftarName(name: string): { key: string; column: "status" | "tanggal" } | null {
  const m = /^IKU_(.+)_(Status|Tanggal)$/i.exec(name);
  if (!m) return null;
  const key = m[1];
  if (RESERVED_DAFTAR_KEYS.some((r) => r.toLowerCase() === key.toLowerCase())) return null;
  return { key, column: m[2].toLowerCase() === "status" ? "status" : "tanggal" };
}
