/**
 * Builds the whole IKU workbook model of a profile: the IKU sheet first, then the quarterly
 * Pengukuran Kinerja sheet, then only the data sheets its indicators need (Fasilitasi,
 * Dokumen Desa, Survei IKM), then Profil. Formulas
 * are written as IKU.* add-in calls and, in portable mode, translated by toPortable.
 */
import type { Profile } from "../profile";
import type { FormulaMode, NamedRangeModel, SheetModel, WorkbookModel } from "./model";
import { NAMES, targetName } from "./model";
import { REGISTRY } from "../indicators";
import { buildIkuSheet } from "./iku-sheet";
import { masukanNames } from "./masukan-block";
import { buildPengukuranSheet } from "./pengukuran-sheet";
import { PROFIL_SHEET, buildProfilSheet } from "./profil-sheet";
import { TUJUAN_TARGET_NAME } from "./profil-tujuan";

export interface BuildOptions {
  /** Prepared rows on the Fasilitasi sheet (default 200). */
  fasilitasiRows?: number;
  /** Prepared respondent rows on the Survei IKM sheet (default 500). */
  surveiRows?: number;
}

export const DEFAULT_FASILITASI_ROWS = 200;
export const DEFAULT_SURVEI_ROWS = 500;

function rowsOption(x: number | undefined, fallback: number): number {
  return x !== undefined && Number.isInteger(x) && x >= 1 ? x : fallback;
}

/**
 * The workbook model of `profile` in formula `mode` ("addin" = IKU.* functions, "portable" =
 * built-in functions only). Pure: renderers (xlsx, Office.js) turn it into a workbook.
 */
export function buildWorkbook(
  profile: Profile,
  mode: FormulaMode,
  options_: BuildOptions = {},
): WorkbookModel {
  const kinds = new Set(profile.indicators.map((i) => i.kind));
  // A survei-ikm tujuan needs the survey sheet even when no IKU measures with it.
  if (profile.tujuanUkur) kinds.add(profile.tujuanUkur.kind);
  // Profil first: the IKU sheet's identity block and signature read its cells.
  const profil = buildProfilSheet(profile, mode);
  const sheets: SheetModel[] = [
    buildIkuSheet(profile, mode, profil.cells).sheet,
    buildPengukuranSheet(profile, mode),
  ];
  const names: NamedRangeModel[] = [];
  // Each kind's data sheets once, in registry order, when an indicator measures with it.
  const options = {
    fasilitasiRows: rowsOption(options_.fasilitasiRows, DEFAULT_FASILITASI_ROWS),
    surveiRows: rowsOption(options_.surveiRows, DEFAULT_SURVEI_ROWS),
  };
  for (const m of REGISTRY) {
    if (!kinds.has(m.kind) || !m.dataSheets) continue;
    const b = m.dataSheets(profile, mode, options);
    sheets.push(...b.sheets);
    names.push(...b.names);
  }
  sheets.push(profil.sheet);
  names.unshift(
    { name: NAMES.tahun, sheet: PROFIL_SHEET, range: profil.tahunCell },
    { name: NAMES.ikmBobot, sheet: PROFIL_SHEET, range: profil.bobotCell },
    ...profil.targetCells.map((range, i) => ({ name: targetName(i), sheet: PROFIL_SHEET, range })),
    ...(profil.tujuanTargetCell
      ? [{ name: TUJUAN_TARGET_NAME, sheet: PROFIL_SHEET, range: profil.tujuanTargetCell }]
      : []),
    ...masukanNames(profile),
    ...(profil.skalaRange
      ? [{ name: NAMES.skalaPredikat, sheet: PROFIL_SHEET, range: profil.skalaRange }]
      : []),
  );
  return { profile: structuredCopy(profile), mode, sheets, names };
}

/** A deep copy, so later edits of the caller's profile do not change the model. */
function structuredCopy(p: Profile): Profile {
  return {
    ...p,
    fungsi: [...p.fungsi],
    indicators: p.indicators.map((i) => ({ ...i })),
    ...(p.tujuanUkur ? { tujuanUkur: { ...p.tujuanUkur } } : {}),
    desa: [...p.desa],
    penandatangan: { ...p.penandatangan },
  };
}
