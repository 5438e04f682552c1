/**
 * The measured Indikator Tujuan of the tests (issue 10), to spread into a profile: nilai
 * (Indeks Pelayanan Publik), survei-ikm (Indeks Kepuasan Masyarakat) and rasio (layanan
 * selesai tepat waktu).
 */
import type { Polarity, Profile } from "../../src/core/profile";

type Tujuan = Pick<Profile, "indikatorTujuan" | "tujuanUkur">;

export const tujuanNilai = (target = 4): Tujuan => ({
  indikatorTujuan: "Indeks Pelayanan Publik",
  tujuanUkur: { kind: "nilai", target, satuan: "nilai", polaritas: "positif" },
});

export const tujuanIkm = (target = 85): Tujuan => ({
  indikatorTujuan: "Indeks Kepuasan Masyarakat",
  tujuanUkur: { kind: "ikm", target, satuan: "indeks", polaritas: "positif" },
});

export const tujuanRasio = (polaritas: Polarity = "positif"): Tujuan => ({
  indikatorTujuan: "Persentase layanan selesai tepat waktu",
  tujuanUkur: {
    kind: "rasio",
    pengukuran: { jenis: "rasio", pembilang: "Layanan tepat waktu", penyebut: "Layanan" },
    target: 0.9,
    satuan: "persen",
    polaritas,
  },
});
