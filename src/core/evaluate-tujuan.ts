/**
 * The measured Indikator Tujuan (Profile.tujuanUkur, issue 10), evaluated like an IKU through
 * its registry module with index TUJUAN_INDEX: its typed inputs are IKU_Masukan_Tujuan, a
 * survei-ikm tujuan reads the Survei IKM sheet. What the IKU sheet's identity block and the
 * Pengukuran sheet's tujuan row show, and what `iku hitung` prints.
 */
import { evaluateOne, type IndicatorResult } from "./evaluate";
import { quartersOne, type QuarterResult } from "./evaluate-triwulan";
import { withDateSerials } from "./evaluate-checks";
import type { IkuWorkbookData, Where } from "./indicators/data";
import { TUJUAN_INDEX, TUJUAN_KINDS, tujuanIndicator } from "./profile";
import type { Profile } from "./profile";
import { validateWorkbookProfile } from "./profile-validate";

/** Why the Profil refuses the tujuan (a bad year, target or kind), or undefined. */
function tujuanBad(profile: Profile): Where | undefined {
  const u = profile.tujuanUkur;
  if (u && !TUJUAN_KINDS.includes(u.kind))
    return {
      sheet: "Profil",
      message: `Profil "Indikator Tujuan Jenis": jenis ini belum dapat dipakai untuk Indikator Tujuan`,
    };
  const problems = validateWorkbookProfile(profile);
  const tahun = problems.find((p) => p.field === "tahun");
  if (tahun) return { sheet: "Profil", message: `Profil "Tahun": ${tahun.message}` };
  const target = problems.find((p) => p.field === "tujuanUkur.target");
  if (target) return { sheet: "Profil", message: `Profil "Indikator Tujuan Target": ${target.message}` };
  return undefined;
}

/**
 * Target, realisasi, capaian and predikat of the measured tujuan (the semantics of
 * evaluateIndicators), or null when the profile's tujuan is a name only.
 */
export function evaluateTujuan(input: IkuWorkbookData): IndicatorResult | null {
  const ind = tujuanIndicator(input.profile);
  if (!ind) return null;
  const data = withDateSerials(input);
  return evaluateOne(ind, TUJUAN_INDEX, data, tujuanBad(data.profile));
}

/** The tujuan's TW I–IV (the semantics of evaluateQuarters), or null when it is not measured. */
export function evaluateTujuanQuarters(input: IkuWorkbookData): QuarterResult | null {
  const ind = tujuanIndicator(input.profile);
  if (!ind) return null;
  const data = withDateSerials(input);
  return quartersOne(ind, TUJUAN_INDEX, data, tujuanBad(data.profile));
}
