/**
 * Reads the profile a workbook carries in its Profil sheet, so the task pane can show the
 * workbook's own profile and the ribbon button can rebuild from it.
 */

import type { IkuError } from "../core/errors";
import type { Profile } from "../core/profile";
import { NAMES } from "../core/workbook/model";
import { PROFIL_SHEET, readProfile } from "../core/workbook/profil-read";
import { parseAddress } from "../core/a1";
import { gridFromUsed } from "./existing";

/**
 * The workbook's profile: from the sheet the IKU_Tahun name points to (the Profil sheet, or
 * "Profil (2)" when an unrelated "Profil" sheet existed), else from the sheet named Profil.
 * @returns the profile, null when the workbook has no profile sheet, or the IkuError of
 *   readProfile (Indonesian message) when the sheet cannot be read as a profile.
 */
export async function readWorkbookProfile(context: Excel.RequestContext): Promise<Profile | null | IkuError> {
  try {
    return await readProfileSheet(context);
  } catch (e) {
    throw new Error(`Excel gagal membaca lembar Profil: ${e instanceof Error ? e.message : String(e)}`);
  }
}

async function readProfileSheet(context: Excel.RequestContext): Promise<Profile | null | IkuError> {
  const wb = context.workbook;
  const name = wb.names.getItemOrNullObject(NAMES.tahun);
  const profil = wb.worksheets.getItemOrNullObject(PROFIL_SHEET);
  await context.sync();

  let sheetName: string | null = profil.isNullObject ? null : PROFIL_SHEET;
  if (!name.isNullObject) {
    const target = name.getRangeOrNullObject().load("address");
    await context.sync();
    const pointsAt = target.isNullObject ? null : parseAddress(target.address)?.sheet;
    if (pointsAt) sheetName = pointsAt;
  }
  if (sheetName === null) return null;

  const used = wb.worksheets.getItem(sheetName).getUsedRangeOrNullObject(true).load("address,values");
  await context.sync();
  const grid = used.isNullObject ? [] : gridFromUsed(used.address, used.values);
  return readProfile(grid);
}
