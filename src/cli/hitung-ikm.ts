/**
 * The survey part of `iku hitung`: the IKM per jenis layanan printed under the indicator table
 * when the Jenis Layanan column is filled. (Rows with respondent data but no answer are
 * refused by the IKM indicator itself, src/core/indicators/ikm.ts, so `iku rekap` refuses
 * them too.)
 */
import type { IkuWorkbookData } from "../core/evaluate";
import { isIkuError } from "../core/errors";
import { ikmPerLayanan, type IkmPerLayanan } from "../core/ikm-layanan";
import { ikmBobotOf } from "../core/profile";
import { decimalId } from "./format";
import { quoteShort } from "./sanitize";

/** The IKM per jenis layanan (bobot of the profile); empty when no service is named. */
function perLayanan(data: IkuWorkbookData): IkmPerLayanan[] {
  const j = data.ikmJawaban;
  const l = data.ikmLayanan;
  if (!j || !l || l.values.length !== j.values.length) return [];
  const list = ikmPerLayanan(j.values, l.values, data.profile.ikmBobot ?? null);
  return isIkuError(list) ? [] : list;
}

/** One jenis layanan in `iku hitung --json`: its IKM, or null with the reason. */
export interface LayananJson {
  layanan: string;
  responden: number;
  ikm: number | null;
  pesan?: string;
}

/** The `ikmPerLayanan` field of the IKM rows in `iku hitung --json`, or undefined without services. */
export function layananJson(data: IkuWorkbookData): LayananJson[] | undefined {
  const list = perLayanan(data);
  if (list.length === 0) return undefined;
  return list.map((x) =>
    isIkuError(x.ikm)
      ? { layanan: x.layanan, responden: x.responden, ikm: null, pesan: x.ikm.message }
      : { layanan: x.layanan, responden: x.responden, ikm: x.ikm },
  );
}

/** Lines "IKM per jenis layanan" (bobot of the profile), or "" when no service is named. */
export function layananLines(data: IkuWorkbookData): string {
  const list = perLayanan(data);
  if (list.length === 0) return "";
  const bobot = data.profile.ikmBobot;
  const shown = bobot === undefined ? "tepat 1/9" : decimalId(ikmBobotOf(data.profile), 4);
  const lines = list.map((x) => {
    const value = isIkuError(x.ikm) ? `- (${x.ikm.message})` : decimalId(x.ikm);
    return `  ${quoteShort(x.layanan)} — ${x.responden} responden: ${value}`;
  });
  return `\nIKM per jenis layanan (bobot ${shown}):\n${lines.join("\n")}\n`;
}
