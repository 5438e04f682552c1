/**
 * The survey part of `iku hitung`: the IKM per jenis layanan printed under the indicator table
 * when the Jenis Layanan column is filled. (Rows with respondent data but no answer are
 * refused by the IKM indicator itself, src/core/indicators/ikm.ts, so `iku rekap` refuses
 * them too.)
 */
import type { IkuWorkbookData } from "../core/evaluate";
import { isIkuError } from "../core/errors";
import { ikmPerLayanan } from "../core/ikm-layanan";
import { ikmBobotOf } from "../core/profile";
import { decimalId } from "./format";
import { quoteShort } from "./sanitize";

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
