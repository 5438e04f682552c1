/**
 * The two-daftar fixture (test/fixtures/profil/asembagus-2026.json: Fasilitasi and Pengaduan
 * logs, an APBDesa-only and an LPPDesa-only dokumen-desa, a nilai) and a workbook of it filled
 * with small hand-checked data, shared by the core, CLI and engine tests of issue 10.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { serialFromYmd } from "../../src/core/dates";
import type { Profile } from "../../src/core/profile";
import { parseProfileJson } from "../../src/core/profile-json";
import { buildWorkbook } from "../../src/core/workbook/build";
import { NAMES } from "../../src/core/workbook/model";
import { modelToExcelJs } from "../../src/xlsx/write";
import { tempDir } from "./cli-run";
import { namedBlock } from "./sample-data";
import { typeInputs } from "./typed-profile";

const d = (y: number, m: number, day: number): number => serialFromYmd(y, m, day);
const _ = null;

/** The fixture: Fasilitasi + Pengaduan logs, APBDesa-only and LPPDesa-only, a nilai. */
export function asembagus(): Profile {
  const file = path.join(__dirname, "..", "fixtures", "profil", "asembagus-2026.json");
  const parsed = parseProfileJson(fs.readFileSync(file, "utf8"));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.profile;
}

function fill(wb: ExcelJS.Workbook, name: string, values: ExcelJS.CellValue[]): void {
  const b = namedBlock(wb, name);
  if (!b) throw new Error(`nama ${name} tidak ada`);
  values.forEach((v, i) => (b.ws.getCell(b.top + i, b.left).value = v));
}

// Fasilitasi: 3 of 4 followed up; TW I 1/2, TW II 2/3, TW III 2/3, TW IV 3/4.
export const FAS_STATUS = ["Ya", "Tidak", "Ya", "Ya"];
export const FAS_TANGGAL = [d(2026, 1, 10), d(2026, 2, 5), d(2026, 5, 15), d(2026, 11, 1)];
// Pengaduan: 1 of 2 settled; TW I 0/1, TW II 0/1, TW III 1/2, TW IV 1/2.
export const ADU_STATUS = ["Tidak", "Ya"];
export const ADU_TANGGAL = [d(2026, 3, 20), d(2026, 8, 1)];
// 10 desa: APBDesa TA 2027 (due 31/12/2026) 2 on time; LPPDesa TA 2025 (due 31/3/2026) 3.
const APB = [d(2026, 12, 1), d(2026, 12, 31), d(2027, 1, 3)];
const LPP = [d(2026, 3, 1), d(2026, 3, 31), d(2026, 2, 2), d(2026, 4, 2)];

/** The fixture built in `mode`, filled as staff would, written to a file. */
export async function filledFile(mode: "addin" | "portable"): Promise<string> {
  const wb = modelToExcelJs(buildWorkbook(asembagus(), mode));
  fill(wb, "IKU_Fasilitasi_Status", FAS_STATUS);
  fill(wb, "IKU_Fasilitasi_Tanggal", FAS_TANGGAL);
  fill(wb, "IKU_Pengaduan_Status", ADU_STATUS);
  fill(wb, "IKU_Pengaduan_Tanggal", ADU_TANGGAL);
  fill(wb, NAMES.dokApb, APB);
  fill(wb, NAMES.dokLpp, LPP);
  typeInputs(wb, 5, [[3.21, _, 3.6, _]]);
  const dir = tempDir(`iku-multi-daftar-${mode}-`);
  const file = path.join(dir, "asembagus.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

/** Yearly realisasi of the five indicators for the data of filledFile. */
export const YEARLY = [3 / 4, 1 / 2, 2 / 10, 3 / 10, 3.6];
