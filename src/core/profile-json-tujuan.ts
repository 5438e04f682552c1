/**
 * The `indikatorTujuan` of a profile JSON beyond its name (issue 10): satuan, target,
 * polaritas and pengukuran, read into Profile.tujuanUkur with errors at their JSON paths.
 * The kinds a tujuan may use are checked by validateProfile (tujuanUkur.kind).
 */
import type { Measure } from "./measure";
import type { TujuanUkur } from "./profile";
import { measureFields } from "./profile";
import type { Obj, Walker } from "./profile-json-walk";

/**
 * The measured part of `indikatorTujuan`: present when it has `pengukuran` (satuan, target and
 * polaritas then apply as for an IKU); a target without pengukuran is refused rather than
 * silently dropped. The kinds it may use are checked by validateProfile (tujuanUkur.kind).
 */
export function tujuanOf(
  w: Walker,
  t: Obj,
  measure: (w: Walker, v: unknown, path: string) => Measure | null,
): TujuanUkur | undefined {
  const path = "indikatorTujuan";
  const satuan = w.choice(t, "satuan", path, ["persen", "indeks", "nilai"], "persen");
  const polaritas = w.choice(t, "polaritas", path, ["positif", "negatif"], "positif");
  const target = t.target === undefined ? null : w.amount(t.target, `${path}.target`, true);
  if (t.pengukuran === undefined) {
    if (t.target !== undefined && t.target !== null)
      w.add(
        `${path}.pengukuran`,
        'kunci "pengukuran" wajib ada bila target Indikator Tujuan diisi, mis. { "jenis": "nilai" }.',
      );
    return undefined;
  }
  const m = measure(w, t.pengukuran, `${path}.pengukuran`);
  if (!m) return undefined;
  return { ...measureFields(m), target: target === undefined ? null : target, satuan, polaritas };
}
