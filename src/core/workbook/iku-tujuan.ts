/**
 * The measured Indikator Tujuan in the IKU sheet's identity block (issue 10): four rows below
 * "Indikator Tujuan" — target (read from Profil through IKU_Target_Tujuan), realisasi (the
 * formula of its registry module, index TUJUAN_INDEX), capaian with its polarity and predikat
 * on the profile's scale. The same cells as an IKU row, so both formula modes and Konversi
 * formula treat them alike.
 */
import { evaluateTujuan } from "../evaluate-tujuan";
import { moduleOf } from "../indicators";
import { TUJUAN_INDEX, tujuanIndicator } from "../profile";
import type { Profile } from "../profile";
import { capaianFormula, predikatFormula } from "./capaian-cells";
import { orBlank, unitFormat } from "./iku-sheet";
import type { CellStyle } from "./model";
import { TUJUAN_TARGET_NAME } from "./profil-tujuan";
import { SheetDraft, addr } from "./sheet-kit";

export const TUJUAN_ROW_LABELS = [
  "Target Indikator Tujuan",
  "Realisasi Indikator Tujuan",
  "Capaian Indikator Tujuan",
  "Predikat Indikator Tujuan",
] as const;

/** Column of the tujuan's figures (C, where the identity values start). */
export const TUJUAN_VALUE_COL = 3;

/**
 * Writes the four rows from `row` on and returns the next free row; nothing (and `row`) for
 * a tujuan that is a name only.
 */
export function writeTujuanBlock(s: SheetDraft, profile: Profile, row: number): number {
  const ind = tujuanIndicator(profile);
  if (!ind) return row;
  // Fresh workbook: the core's results for empty data, cached for previewers.
  const res = evaluateTujuan({ profile });
  const c = TUJUAN_VALUE_COL;
  const label: CellStyle = { vAlign: "top" };
  // ": " in the number format, like the other identity rows' text, so the cells stay numbers.
  const colon = (fmt: string): string => `": "${fmt}`;
  const num: CellStyle = { hAlign: "left", vAlign: "top", numFmt: colon(unitFormat(ind)) };
  TUJUAN_ROW_LABELS.forEach((t, k) => s.value(row + k, 1, t, label).merge(row + k, 1, row + k, 2));
  const target = addr(row, c);
  const real = addr(row + 1, c);
  const cap = addr(row + 2, c);
  const T = TUJUAN_TARGET_NAME;
  s.formula(row, c, `IF(${T}="","",${T})`, num, orBlank(ind.target));
  s.formula(
    row + 1,
    c,
    moduleOf(ind.kind).formula(ind, TUJUAN_INDEX, profile),
    num,
    orBlank(res?.realisasi ?? null),
  );
  s.formula(
    row + 2,
    c,
    capaianFormula(real, target, ind.polaritas),
    { ...num, numFmt: colon("0.00%") },
    orBlank(res?.capaian ?? null),
  );
  s.formula(
    row + 3,
    c,
    predikatFormula(cap, profile),
    { ...label, hAlign: "left", numFmt: colon("@") },
    orBlank(res?.predikat ?? null),
  );
  return row + 4;
}
