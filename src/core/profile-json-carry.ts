/**
 * What of a profile a workbook built by this version would NOT keep. `iku buat --profil`
 * refuses such a profile rather than build a workbook that silently differs from the file
 * (a Dokumen Desa sheet with three documents for an APBDes-only indicator, a "Fasilitasi"
 * sheet for a log named "Pengaduan", the default predikat scale instead of the office's).
 * Found by building the Profil sheet and reading it back, so the check follows whatever the
 * Profil sheet and the build learn to carry (the registry and Profil-table work of issue 10).
 */
import { isIkuError } from "./errors";
import type { Profile } from "./profile";
import { measureOf } from "./profile";
import type { JsonError } from "./profile-json-walk";
import type { SheetModel } from "./workbook/model";
import { gridOf } from "./workbook/sheet-kit";
import { PROFIL_SHEET, readProfile } from "./workbook/profil-sheet";

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Every field of `profile` the built `sheets` lose, with its JSON path; [] when the Profil
 * sheet reads back the same measurements and predikat scale.
 */
export function unkeptFields(profile: Profile, sheets: readonly SheetModel[]): JsonError[] {
  const profil = sheets.find((s) => s.name === PROFIL_SHEET);
  if (!profil) return [{ path: "", message: "buku kerja tanpa lembar Profil (kesalahan program)." }];
  const back = readProfile(gridOf(profil));
  if (isIkuError(back))
    return [{ path: "", message: `lembar Profil tidak terbaca kembali: ${back.message}` }];
  const errors: JsonError[] = [];
  profile.indicators.forEach((ind, i) => {
    const m = measureOf(ind);
    const got = back.indicators[i] ? measureOf(back.indicators[i]) : null;
    if (!same(m, got))
      errors.push({
        path: `indikator[${i}].pengukuran`,
        message:
          `pilihan pengukuran ${JSON.stringify(m)} belum dapat disimpan di buku kerja oleh versi ini ` +
          `(terbaca kembali sebagai ${JSON.stringify(got)}); hapus pilihan itu atau tunggu versi berikutnya.`,
      });
  });
  if (profile.tujuanUkur && !same(profile.tujuanUkur, back.tujuanUkur))
    errors.push({
      path: "indikatorTujuan",
      message: `ukuran Indikator Tujuan terbaca kembali berbeda (${JSON.stringify(back.tujuanUkur ?? null)}).`,
    });
  if (profile.skalaPredikat && !same(profile.skalaPredikat, back.skalaPredikat))
    errors.push({
      path: "skalaPredikat",
      message:
        "skala predikat sendiri belum dapat disimpan di buku kerja oleh versi ini; hilangkan kunci ini (skala bawaan dipakai).",
    });
  return errors;
}
