/**
 * Kecamatan workbooks with DIFFERENT indicator sets for the recap tests (issue 10), built by
 * the real builder in both formula modes and filled with the seeded sample data:
 * - Randuagung preset (fasilitasi, dokumen desa), portable;
 * - Sumbersuko preset moved to 2025 (IKM, fasilitasi, dokumen desa named "Rata-rata
 *   Persentase …" — another case than Randuagung's), add-in formulas;
 * - Senduro: fasilitasi removed, dokumen desa renamed "Persentase  desa yang menyampaikan
 *   APBDes tepat waktu" (two spaces), portable;
 * - Klakah: fasilitasi kept, the same renamed indicator typed in other case and spacing, add-in.
 * The expectation comes straight from the data with the core functions (coreExpected).
 */
import ExcelJS from "exceljs";
import type { FormulaMode } from "../../src/core/workbook/model";
import type { Profile } from "../../src/core/profile";
import { buildWorkbook } from "../../src/core/workbook/build";
import { modelToExcelJs } from "../../src/xlsx/write";
import { coreExpected, preset, profileOf } from "./profiles";
import { bytesOf } from "./rekap-files";
import { fillSampleData } from "./sample-data";

export const APBDES = "Persentase  desa yang menyampaikan APBDes tepat waktu";
export const APBDES_OTHER = " persentase DESA yang menyampaikan  apbdes tepat waktu";

export interface SetRow {
  kecamatan: string;
  indikator: string;
  target: number | null;
  realisasi: number;
  capaian: number | null;
  predikat: string | null;
}

export interface SetFile {
  fileName: string;
  profile: Profile;
  bytes: Buffer;
  rows: SetRow[];
}

/** Lumajang kecamatan `nama` 2025: dokumen desa renamed as `dokNama`, fasilitasi kept or not. */
function renamed(nama: string, dokNama: string, keepFasilitasi: boolean): Profile {
  const p = profileOf(nama);
  const indicators = p.indicators
    .filter((i) => keepFasilitasi || i.kind !== "fasilitasi")
    .map((i) => ({
      ...i,
      target: i.kind === "dokdesa" ? 0.7 : 0.84,
      ...(i.kind === "dokdesa" ? { nama: dokNama } : {}),
    }));
  return { ...p, indicators };
}

async function fileOf(fileName: string, profile: Profile, mode: FormulaMode, seed: number): Promise<SetFile> {
  const rows = { fasilitasiRows: 30, surveiRows: 40 };
  const wb: ExcelJS.Workbook = modelToExcelJs(buildWorkbook(profile, mode, rows));
  const data = fillSampleData(wb, { seed, tahun: profile.tahun, ...rows });
  const expected = coreExpected(profile, data).map((e, i) => ({
    kecamatan: profile.kecamatan,
    indikator: profile.indicators[i].nama,
    target: profile.indicators[i].target,
    ...e,
  }));
  return { fileName, profile, bytes: await bytesOf(wb), rows: expected };
}

/** The four files, in the order the user picks them. */
export async function differentSets(): Promise<SetFile[]> {
  const sumbersuko = { ...preset("sumbersuko-2020"), tahun: 2025 };
  return [
    await fileOf("randuagung.xlsx", preset("randuagung-2025"), "portable", 41),
    await fileOf("sumbersuko.xlsx", sumbersuko, "addin", 42),
    await fileOf("senduro.xlsx", renamed("Senduro", APBDES, false), "portable", 43),
    await fileOf("klakah.xlsx", renamed("Klakah", APBDES_OTHER, true), "addin", 44),
  ];
}
