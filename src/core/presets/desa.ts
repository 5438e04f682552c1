/**
 * Desa names of a kecamatan straight from the wilayah data. Kept apart from ../wilayah.ts
 * (which builds profiles from the presets) so presets and wilayah do not import each other.
 */
import wilayahData from "../data/lumajang-wilayah.json";

/** The desa (not kelurahan) of kecamatan `nama`, in code order; [] when unknown. */
export function desaOf(nama: string): string[] {
  const kec = wilayahData.kecamatan.find((k) => k.nama === nama);
  if (!kec) return [];
  return kec.desa
    .filter((u) => u.jenis === "Desa")
    .sort((a, b) => a.kode.localeCompare(b.kode))
    .map((u) => u.nama);
}
