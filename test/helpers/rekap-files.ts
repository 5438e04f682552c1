/**
 * Kecamatan workbooks for the recap tests: built by the real builder (portable), filled with
 * the deterministic sample data, saved as xlsx bytes — exactly what a kecamatan sends.
 */
import ExcelJS from "exceljs";
import type { Profile } from "../../src/core/profile";
import { presetProfile } from "../../src/core/presets";
import { buildWorkbook } from "../../src/core/workbook/build";
import { modelToExcelJs } from "../../src/xlsx/write";
import { fillSampleData, type SampleData } from "./sample-data";

/** A profile with the IKM indicator added (as Sumbersuko has), target 80. */
export function withIkm(p: Profile): Profile {
  const ikm = presetProfile("sumbersuko-2020")?.indicators.find((i) => i.kind === "ikm");
  if (!ikm) throw new Error("preset sumbersuko-2020 tanpa IKM");
  return { ...p, indicators: [...p.indicators, { ...ikm, target: 80 }] };
}

/** The ExcelJS workbook of `profile`, filled with sample data (seeded), and the data written. */
export function filledExcelJs(
  profile: Profile,
  seed: number,
  rows = { fasilitasi: 40, survei: 60 },
): { wb: ExcelJS.Workbook; data: SampleData } {
  const wb = modelToExcelJs(
    buildWorkbook(profile, "portable", { fasilitasiRows: rows.fasilitasi, surveiRows: rows.survei }),
  );
  const data = fillSampleData(wb, {
    seed,
    tahun: profile.tahun,
    fasilitasiRows: rows.fasilitasi,
    surveiRows: rows.survei,
  });
  return { wb, data };
}

/** xlsx bytes of an ExcelJS workbook. */
export async function bytesOf(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A filled kecamatan workbook as xlsx bytes. */
export async function filledWorkbook(profile: Profile, seed: number): Promise<Buffer> {
  return bytesOf(filledExcelJs(profile, seed).wb);
}
