/**
 * The survey part of `iku hitung`: rows with respondent data but no answer (refused, by sheet
 * row), and the IKM per jenis layanan printed under the indicator table when the Jenis
 * Layanan column is filled.
 */
import type { IkuWorkbookData, RangeData } from "../core/evaluate";
import { locateError } from "../core/evaluate";
import { isIkuError } from "../core/errors";
import { ikmPerLayanan, rowWithoutAnswers } from "../core/ikm-layanan";
import { ikmBobotOf } from "../core/profile";
import { decimalId } from "./format";
import { quoteShort } from "./sanitize";

/** The respondent columns next to the answers, one value per row (missing ones skipped). */
function respondentColumns(data: IkuWorkbookData): (readonly unknown[])[] {
  const ranges: (RangeData | undefined)[] = [
    data.ikmTanggal,
    data.ikmLayanan,
    data.ikmJenisKelamin,
    data.ikmUsia,
    data.ikmPendidikan,
    data.ikmPekerjaan,
  ];
  return ranges.flatMap((r) => (r ? [r.values.map((row) => row[0])] : []));
}

/** "Survei IKM baris 12: data responden diisi tetapi …", or null when every such row is fine. */
export function surveyRowProblem(data: IkuWorkbookData): { sheet: string; message: string } | null {
  const j = data.ikmJawaban;
  if (!j) return null;
  const e = rowWithoutAnswers(j.values, respondentColumns(data));
  return e ? locateError(e, [j]) : null;
}

/** Lines "IKM per jenis layanan" (bobot of the profile), or "" when no service is named. */
export function layananLines(data: IkuWorkbookData): string {
  const j = data.ikmJawaban;
  const l = data.ikmLayanan;
  if (!j || !l || l.values.length !== j.values.length) return "";
  const bobot = data.profile.ikmBobot;
  const list = ikmPerLayanan(j.values, l.values, bobot ?? null);
  if (isIkuError(list) || list.length === 0) return "";
  const shown = bobot === undefined ? "tepat 1/9" : decimalId(ikmBobotOf(data.profile), 4);
  const lines = list.map((x) => {
    const value = isIkuError(x.ikm) ? `- (${x.ikm.message})` : decimalId(x.ikm);
    return `  ${quoteShort(x.layanan)} — ${x.responden} responden: ${value}`;
  });
  return `\nIKM per jenis layanan (bobot ${shown}):\n${lines.join("\n")}\n`;
}
