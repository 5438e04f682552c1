/**
 * Test helper for the profile's own predikat scale: puts the 2-column IKU_Skala_Predikat
 * range on the Profil sheet of a built model, as the profil-table branch's builder will
 * (that branch owns the Profil rows; the registry branch only uses the name).
 */
import type { PredikatStep } from "../../src/core/capaian";
import { NAMES, WorkbookModel } from "../../src/core/workbook/model";
import { PROFIL_SHEET } from "../../src/core/workbook/profil-sheet";

/** A scale unlike the default one, so a predikat from it cannot come from the default. */
export const OWN_SCALE: PredikatStep[] = [
  { min: 1, label: "Sangat Baik" },
  { min: 0.9, label: "Baik" },
  { min: 0.7, label: "Cukup" },
  { min: 0, label: "Kurang" },
];

/** Writes `steps` below the Profil sheet's last row and names the range IKU_Skala_Predikat. */
export function addSkalaRange(model: WorkbookModel, steps: readonly PredikatStep[]): void {
  const profil = model.sheets.find((s) => s.name === PROFIL_SHEET);
  if (!profil) throw new Error("lembar Profil tidak ada");
  // A profile with its own scale already has the Profil rows and the name (profil-table.ts);
  // a second name of the same name would make every reference #REF!.
  if (model.names.some((n) => n.name === NAMES.skalaPredikat)) return;
  const top = Math.max(...profil.cells.map((c) => c.row)) + 2;
  steps.forEach((st, i) => {
    profil.cells.push({ row: top + i, col: 1, value: st.min }, { row: top + i, col: 2, value: st.label });
  });
  const bottom = top + steps.length - 1;
  model.names.push({ name: NAMES.skalaPredikat, sheet: PROFIL_SHEET, range: `$A$${top}:$B$${bottom}` });
}
