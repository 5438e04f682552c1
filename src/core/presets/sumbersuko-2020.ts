/**
 * The IKU of Kecamatan Sumbersuko, 2020 (source: seeds/001_55c2ce88e96b3d11.txt), signed
 * Sumbersuko, 3 Maret 2020. The document has no target column: targets are null. Its typos
 * ("apemberdayaan", "pelayananh", "akegiatan", "Desa/.Kelurahan", "pemerinbtah", "Startegis",
 * "RPKDesa") are corrected, and APBDesa gets the "tepat waktu" the formula clearly means.
 */
import type { Profile } from "../profile";
import { desaOf } from "./desa";

const SASARAN =
  "Meningkatnya kualitas pelayanan, Fasilitasi dan Koordinasi Kecamatan, serta Akuntabilitas Keuangan dan Pemerintahan Desa";

/** A fresh copy of the Sumbersuko 2020 profile (callers may mutate it). */
export function sumbersuko2020(): Profile {
  return {
    kabupaten: "Lumajang",
    kecamatan: "Sumbersuko",
    instansi: "Kecamatan Sumbersuko",
    tahun: 2020,
    judulOrganisasi: "ORGANISASI KERJA PERANGKAT DAERAH ( OPD )",
    tugasLabel: "Tugas",
    tugasPokok:
      "Melaksanakan kewenangan pemerintahan yang dilimpahkan oleh Bupati sesuai karakteristik wilayah, kebutuhan " +
      "dan tugas pemerintahan lainnya berdasarkan peraturan perundang-undangan",
    fungsi: [
      "Menyelenggarakan urusan pemerintahan umum",
      "Mengkoordinasikan kegiatan pemberdayaan masyarakat",
      "Mengkoordinasikan upaya penyelenggaraan ketentraman dan ketertiban umum",
      "Mengkoordinasikan penerapan dan penegakan peraturan daerah dan peraturan Bupati",
      "Mengkoordinasikan pemeliharaan sarana dan prasarana pelayanan umum",
      "Mengkoordinasikan penyelenggaraan kegiatan pemerintah yang dilakukan oleh perangkat daerah ditingkat Kecamatan",
      "Melakukan pembinaan dan mengawasi penyelenggaraan kegiatan Desa/Kelurahan",
      "Mengkoordinasikan penyelenggaraan urusan pemerintah yang menjadi kewenangan Kabupaten yang tidak dilaksanakan " +
        "oleh unit kerja pemerintah daerah Kabupaten yang ada di Kecamatan",
      "Melaksanakan sebagian kewenangan Bupati yang dilimpahkan",
    ],
    tujuan: "Meningkatnya Kepuasan Masyarakat",
    indikatorTujuan: "IKM",
    indicators: [
      {
        kind: "ikm",
        sasaran: SASARAN,
        nama: "Nilai IKM Kecamatan",
        rumus: "Nilai IKM",
        penjelasan: "",
        target: null,
        satuan: "indeks",
        polaritas: "positif",
        sumberData: "Hasil Survey Kepuasan Masyarakat",
        penanggungJawab: "Camat Sumbersuko",
      },
      {
        kind: "fasilitasi",
        sasaran: SASARAN,
        nama: "Persentase hasil fasilitasi dan koordinasi yang ditindaklanjuti",
        rumus:
          "(Jumlah hasil fasilitasi dan koordinasi yang ditindaklanjuti) / (Jumlah fasilitasi dan koordinasi yang " +
          "dilakukan dengan instansi/lembaga lain yang terkait) × 100 %",
        penjelasan:
          "Fasilitasi dan koordinasi yang ditindaklanjuti dapat berupa rapat koordinasi, pemenuhan permintaan " +
          "dokumen / laporan, SK Camat mengenai Tim, dan Berita Acara hasil fasilitasi yang menjadi kewenangan Kecamatan.",
        target: null,
        satuan: "persen",
        polaritas: "positif",
        sumberData: "Seluruh Pejabat Struktural",
        penanggungJawab: "Camat Sumbersuko",
      },
      {
        kind: "dokdesa",
        sasaran: SASARAN,
        nama: "Rata-rata Persentase desa yang menyusun dokumen administrasi pemerintahan desa tepat waktu",
        rumus:
          "(Jumlah desa yang menyusun RKPDesa tepat waktu + Jumlah desa yang menyusun APBDesa tepat waktu + " +
          "Jumlah desa yang menyusun LPPDesa tepat waktu) / (jumlah seluruh desa di wilayah Kecamatan × 3 dokumen " +
          "administrasi pemerintahan desa) × 100 %",
        penjelasan:
          "Yang dimaksud dokumen administrasi pemerintahan desa pada definisi ini adalah RKPDesa, APBDesa dan " +
          "LPPDesa yang disusun tepat waktu",
        target: null,
        satuan: "persen",
        polaritas: "positif",
        sumberData: "Kasi Pemerintahan",
        penanggungJawab: "Camat Sumbersuko",
      },
    ],
    desa: desaOf("Sumbersuko"),
    penandatangan: {
      tempat: "Sumbersuko",
      tanggal: "2020-03-03",
      jabatan: "CAMAT SUMBERSUKO",
      nama: "Dra. HERTUTIK, M.Si",
      nip: "19661114 199403 2 008",
    },
  };
}
