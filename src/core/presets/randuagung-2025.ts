/**
 * The IKU of Kecamatan Randuagung, target year 2025 (source: seeds/000_b69484f116c5bd4d.txt),
 * signed Lumajang, 31 Januari 2025. The text of every 2025-style kecamatan profile
 * (see ../wilayah.ts lumajangProfile) is taken from here.
 */
import type { Profile } from "../profile";
import { desaOf } from "./desa";

const FUNGSI_2025 = [
  "menyelenggarakan urusan pemerintahan umum;",
  "mengoordinasikan kegiatan pemberdayaan masyarakat;",
  "mengoordinasikan upaya penyelenggaraan ketentraman dan ketertiban umum;",
  "mengoordinasikan penerapan dan penegakan Peraturan Daerah dan Peraturan Bupati;",
  "mengoordinasikan pemeliharaan prasarana dan sarana pelayanan umum;",
  "mengoordinasikan penyelenggaraan kegiatan pemerintahan yang dilakukan oleh perangkat daerah di tingkat Kecamatan;",
  "melakukan pembinaan dan mengawasi penyelenggaraan kegiatan desa atau kelurahan;",
  "melaksanakan urusan pemerintahan yang menjadi kewenangan Kabupaten yang tidak dilaksanakan oleh unit kerja Pemerintah Daerah Kabupaten yang ada di Kecamatan;",
  "melaksanakan sebagian kewenangan Bupati yang dilimpahkan; dan",
  "melaksanakan tugas lain yang diberikan oleh Bupati terkait tugas dan fungsinya.",
];

const RUMUS_DOKDESA =
  "Jumlah desa yang menyusun RKPDesa tepat waktu ditambah Jumlah desa yang menyusun APBDesa tepat waktu " +
  "ditambah Jumlah Desa yang menyusun LPPDesa tepat waktu dibagi Jumlah seluruh desa di wilayah kecamatan " +
  "dikalikan 3 Dokumen administrasi pemerintahan desa dikalikan 100%";

const PENJELASAN_DOKDESA = [
  "Yang dimaksud dokumen administrasi pemerintahan desa pada definisi ini adalah RKPDesa, APBDesa, LPPDesa yang disusun tepat waktu.",
  "1. RKPDesa dikatakan tepat waktu, ditetapkan dengan Peraturan Desa paling lambat akhir bulan September.",
  "2. APBDesa dikatakan tepat waktu, ditetapkan dengan Peraturan Desa paling lambat tanggal 31 Desember tahun anggaran sebelumnya.",
  "3. LPPDesa dikatakan tepat waktu, disampaikan oleh Kepala Desa kepada Bupati melalui Camat secara tertulis paling lambat 3 bulan setelah berakhirnya tahun anggaran.",
].join("\n");

/** A fresh copy of the Randuagung 2025 profile (callers may mutate it). */
export function randuagung2025(): Profile {
  return {
    kabupaten: "Lumajang",
    kecamatan: "Randuagung",
    instansi: "Kecamatan Randuagung",
    tahun: 2025,
    tugasLabel: "Tugas Pokok",
    tugasPokok:
      "Membantu Bupati dalam mengoordinasikan penyelenggaraan pemerintahan, penyelenggaraan pelayanan publik " +
      "dan pemberdayaan masyarakat desa dan/atau kelurahan di wilayah kecamatan",
    fungsi: [...FUNGSI_2025],
    tujuan: "Optimalnya penyelenggaraan reformasi birokrasi",
    indikatorTujuan: "Indeks Pelayanan Publik",
    indicators: [
      {
        kind: "fasilitasi",
        sasaran: "Meningkatnya Penyelenggaraan Pelayanan Publik di Kecamatan",
        nama: "Persentase hasil fasilitasi dan koordinasi yang ditindaklanjuti",
        rumus:
          "Jumlah Hasil Fasilitasi dan Koordinasi yang ditindaklanjuti dibagi Jumlah Fasilitasi dan Koordinasi dikalikan 100%",
        penjelasan:
          "Fasilitasi dan koordinasi yang ditindaklanjuti adalah Jumlah Seluruh Aktivitas Fasilitasi dan Koordinasi " +
          "yang menghasilkan output aktivitas sesuai kewenangan Kecamatan. Jumlah Fasilitasi dan Koordinasi adalah " +
          "Jumlah Seluruh Aktivitas Fasilitasi dan Koordinasi yang dilakukan Kecamatan sesuai kewenangan Kecamatan.",
        target: 0.84,
        satuan: "persen",
        polaritas: "positif",
        sumberData: "Seluruh seksi dan subbag di Kecamatan Randuagung",
        penanggungJawab: "Camat",
      },
      {
        kind: "dokdesa",
        sasaran: "Meningkatnya Akuntabilitas Pemerintahan Desa",
        nama: "Rata-rata persentase desa yang menyusun dokumen administrasi pemerintahan desa tepat waktu",
        rumus: RUMUS_DOKDESA,
        penjelasan: PENJELASAN_DOKDESA,
        target: 0.89,
        satuan: "persen",
        polaritas: "positif",
        sumberData: "Seksi Pemerintahan Kecamatan Randuagung",
        penanggungJawab: "Camat",
      },
    ],
    desa: desaOf("Randuagung"),
    penandatangan: {
      tempat: "Lumajang",
      tanggal: "2025-01-31",
      jabatan: "Camat Randuagung",
      nama: "Dra. MAWI MUJAYANTI",
      nip: "19680901 199202 2 002",
    },
  };
}
