/**
 * The 21 kecamatan of Kabupaten Lumajang with their desa and kelurahan (Kepmendagri
 * 300.2.2-2138/2025, see data/lumajang-wilayah.json), and the profile of any kecamatan built
 * from the 2025 Randuagung document.
 */
import wilayahData from "./data/lumajang-wilayah.json";
import { editDistance } from "./edit-distance";
import { ErrorKind, Result, ikuError } from "./errors";
import type { Profile } from "./profile";
import { randuagung2025 } from "./presets/randuagung-2025";

export interface Kecamatan {
  nama: string;
  kode: string;
  /** Desa names in the official (code) order. Only these count for IKU 2. */
  desa: string[];
  /** Kelurahan names: they have no RKPDesa/APBDesa/LPPDesa. */
  kelurahan: string[];
}

interface RawUnit {
  kode: string;
  nama: string;
  jenis: string;
}

interface RawKecamatan {
  kode: string;
  nama: string;
  desa: RawUnit[];
}

const KECAMATAN: readonly Kecamatan[] = (wilayahData.kecamatan as RawKecamatan[])
  .slice()
  .sort((a, b) => a.kode.localeCompare(b.kode))
  .map((k) => ({
    nama: k.nama,
    kode: k.kode,
    desa: k.desa.filter((u) => u.jenis === "Desa").map((u) => u.nama),
    kelurahan: k.desa.filter((u) => u.jenis === "Kelurahan").map((u) => u.nama),
  }));

/** All 21 kecamatan in official (Kemendagri code) order; fresh copies, safe to mutate. */
export function listKecamatan(): Kecamatan[] {
  return KECAMATAN.map((k) => ({ ...k, desa: [...k.desa], kelurahan: [...k.kelurahan] }));
}

/**
 * Latin look-alikes (Cyrillic and Greek homoglyphs) that a copied or hostile name could carry:
 * "Rаnduаgung" with Cyrillic а must find Randuagung, never become a 22nd kecamatan.
 */
const HOMOGLYPHS: Readonly<Record<string, string>> = {
  а: "a",
  в: "b",
  е: "e",
  ё: "e",
  к: "k",
  м: "m",
  н: "h",
  о: "o",
  р: "p",
  с: "c",
  т: "t",
  у: "y",
  х: "x",
  і: "i",
  ї: "i",
  ј: "j",
  ѕ: "s",
  ԁ: "d",
  ԛ: "q",
  ԝ: "w",
  һ: "h",
  ӏ: "l",
  ɡ: "g",
  ı: "i",
  α: "a",
  β: "b",
  ε: "e",
  ζ: "z",
  η: "n",
  ι: "i",
  κ: "k",
  μ: "m",
  ν: "v",
  ο: "o",
  ρ: "p",
  τ: "t",
  υ: "u",
  χ: "x",
  γ: "y",
};

/**
 * The comparison key of a kecamatan name: compatibility-normalised (full-width letters,
 * ligatures), accents, zero-width and other format characters dropped, look-alikes mapped to
 * Latin, lower case, without a leading "Kecamatan"/"Kec.", only letters and digits left.
 * "Kec. Randu Agung", "ＲＡＮＤＵＡＧＵＮＧ" and "Rаnduаgung" (Cyrillic а) all give "randuagung".
 */
export function kecamatanKey(name: string): string {
  const latin = name
    .slice(0, 200) // a name is short; a 10 MB one is not worth normalising in full
    .normalize("NFKD")
    .replace(/[\p{M}\p{Cf}\p{Cc}]/gu, "")
    .toLowerCase()
    .replace(/[^\p{ASCII}]/gu, (ch) => HOMOGLYPHS[ch] ?? ch);
  return latin.replace(/^[^a-z0-9]*(kecamatan|kec)(?![a-z])/, "").replace(/[^a-z0-9]/g, "");
}

/** The kecamatan named `name` (case/space-insensitive, with or without "Kecamatan "). */
export function findKecamatan(name: string): Kecamatan | undefined {
  const key = kecamatanKey(name);
  const found = KECAMATAN.find((k) => kecamatanKey(k.nama) === key);
  return found ? { ...found, desa: [...found.desa], kelurahan: [...found.kelurahan] } : undefined;
}

export { editDistance };

/**
 * The `n` kecamatan names closest to `name` by edit distance (ties in official order), for
 * "did you mean" messages: "Randuagong" → ["Randuagung", …].
 */
export function suggestKecamatan(name: string, n = 3): string[] {
  const key = kecamatanKey(name);
  return KECAMATAN.map((k, i) => ({ nama: k.nama, i, d: editDistance(key, kecamatanKey(k.nama)) }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .slice(0, Math.max(0, n))
    .map((x) => x.nama);
}

/**
 * The IKU profile of any kecamatan of Lumajang for performance year `tahun`: the 2025
 * Randuagung text with this kecamatan's name, its desa only (kelurahan excluded), the same
 * targets (84 %, 89 %), and a signatory for the user to complete (nama and NIP empty).
 */
export function lumajangProfile(kecamatan: string, tahun: number): Result<Profile> {
  const kec = findKecamatan(kecamatan);
  if (!kec) {
    const saran = suggestKecamatan(kecamatan).join(", ");
    return ikuError(
      ErrorKind.Value,
      `Kecamatan "${kecamatan}" tidak ada di Kabupaten Lumajang. Mungkin maksud Anda: ${saran}?`,
    );
  }
  if (!Number.isInteger(tahun) || tahun < 2000 || tahun > 2100) {
    return ikuError(ErrorKind.Value, `Tahun ${String(tahun)} harus bilangan bulat 2000–2100`);
  }
  const base = randuagung2025();
  const rename = (s: string): string => s.split("Randuagung").join(kec.nama);
  return {
    ...base,
    kecamatan: kec.nama,
    instansi: `Kecamatan ${kec.nama}`,
    tahun,
    indicators: base.indicators.map((ind) => ({
      ...ind,
      // Randuagung's targets are not this kecamatan's: left empty for the office to fill in.
      target: null,
      sumberData: rename(ind.sumberData),
      penanggungJawab: rename(ind.penanggungJawab),
    })),
    desa: kec.desa,
    penandatangan: {
      tempat: "Lumajang",
      // No made-up signing date: the office fills it in Profil (the sheet prints a dotted line).
      tanggal: "",
      jabatan: `Camat ${kec.nama}`,
      nama: "",
      nip: "",
    },
  };
}
