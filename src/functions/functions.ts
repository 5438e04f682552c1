/**
 * The IKU.* custom functions: thin wrappers over src/core. The JSDoc below is what Excel
 * shows (generated into functions.json by custom-functions-metadata-plugin, which also
 * appends a `CustomFunctions.associate(id, fn)` call per function to this file at build
 * time). Only top-level `function` declarations are seen by the generator.
 * Value parameters are `unknown` and ranges `unknown[][]` (type "any" in the metadata) so that
 * a blank cell arrives blank ("" / null) and is reported, instead of being turned into 0 as a
 * number parameter would (a blank realisasi must not become capaian 0 %). Numeric text is
 * read by the core.
 *
 * Blank cells (issue 8): Excel for Windows passes a blank cell of an `any` argument or an
 * `any[][]` range as 0, Excel on the web as null or "". The core therefore reads the number 0
 * as blank wherever 0 cannot be a value — dates (serial 0), survey scores (1–4), statuses
 * (type "Tidak" or the text "0" for "not followed up") and the rows of a predikat scale — so
 * every function gives the same result on both. Declaring status ranges `string[][]` instead
 * was rejected: Microsoft documents no conversion of a blank cell for typed matrices, and one
 * turned into the text "0" would silently read as "Tidak". Numeric arguments (realisasi,
 * target, counts) cannot tell 0 from blank; the generated sheets guard them with IF(x="";"";…).
 */
import { isIkuError } from "../core/errors";
import { edge } from "./edge";
import * as fas from "../core/fasilitasi";
import * as dok from "../core/dokdesa";
import * as survey from "../core/ikm";
import * as perLayanan from "../core/ikm-layanan";
import * as cap from "../core/capaian";
import * as tw from "../core/triwulan";

/**
 * Persentase hasil fasilitasi dan koordinasi yang ditindaklanjuti (IKU 1), sebagai pecahan (format %).
 * Dua cara: dua angka (ditindaklanjuti ÷ jumlah), atau satu rentang status tanpa jumlah
 * (sel berstatus Ya/Sudah/TRUE/1 ÷ sel yang terisi; sel kosong bukan kegiatan). Angka 0 di rentang status = sel kosong (Excel Windows mengirim sel kosong sebagai 0): untuk "tidak" ketik Tidak, Belum, T atau teks "0".
 * Contoh: =IKU.FASILITASI(45;52) → 86,54 %; =IKU.FASILITASI(D2:D60) dengan kolom Ya/Tidak.
 * @customfunction FASILITASI
 * @param ditindaklanjuti Jumlah hasil yang ditindaklanjuti (bilangan bulat ≥ 0), atau rentang status Ya/Tidak, Y/T, Sudah/Belum, TRUE/FALSE bila jumlah dikosongkan; angka 0 = kosong.
 * @param [jumlah] Jumlah seluruh fasilitasi dan koordinasi (bilangan bulat ≥ ditindaklanjuti). Kosongkan (atau 0) bila argumen pertama rentang status.
 * @returns Persentase sebagai pecahan 0–1.
 */
export function fasilitasi(ditindaklanjuti: unknown[][], jumlah?: unknown): number {
  return edge(() => fas.fasilitasi(ditindaklanjuti, jumlah));
}

/**
 * Rata-rata persentase desa yang menyusun RKPDesa, APBDesa dan LPPDesa tepat waktu (IKU 2): (rkp + apb + lpp) ÷ (3 × jumlah desa).
 * Contoh: =IKU.DOKDESA(10;11;12;12) → 91,67 %.
 * @customfunction DOKDESA
 * @param rkpTepat Jumlah desa yang menetapkan RKPDesa tepat waktu (bilangan bulat 0–jumlahDesa).
 * @param apbTepat Jumlah desa yang menetapkan APBDesa tepat waktu (bilangan bulat 0–jumlahDesa).
 * @param lppTepat Jumlah desa yang menyampaikan LPPDesa tepat waktu (bilangan bulat 0–jumlahDesa).
 * @param jumlahDesa Jumlah desa di kecamatan (tanpa kelurahan), bilangan bulat > 0.
 * @returns Persentase sebagai pecahan 0–1.
 */
export function dokDesa(
  rkpTepat: unknown,
  apbTepat: unknown,
  lppTepat: unknown,
  jumlahDesa: unknown,
): number {
  return edge(() => dok.dokDesa(rkpTepat, apbTepat, lppTepat, jumlahDesa));
}

/**
 * Batas waktu dokumen desa untuk tahun anggaran t, sebagai tanggal Excel: RKPDesa 30 September t−1, APBDesa 31 Desember t−1, LPPDesa 31 Maret t+1.
 * Contoh: =IKU.BATASWAKTU("APBDesa";2026) → 31/12/2025 (beri format tanggal).
 * @customfunction BATASWAKTU
 * @param jenis RKPDesa, APBDesa atau LPPDesa (juga "RKP Desa", RKPDes, APBDes, LPPD; huruf besar/kecil bebas).
 * @param tahunAnggaran Tahun anggaran dokumen (1900–9999).
 * @returns Tanggal batas waktu (nomor seri tanggal Excel).
 */
export function batasWaktu(jenis: string, tahunAnggaran: unknown): number {
  return edge(() => dok.batasWaktu(jenis, tahunAnggaran));
}

/**
 * TRUE bila dokumen desa ditetapkan/disampaikan paling lambat pada batas waktunya; FALSE bila terlambat atau tanggal kosong (belum ada).
 * Contoh: =IKU.TEPATWAKTU("RKPDesa";2026;"28/09/2025") → TRUE.
 * @customfunction TEPATWAKTU
 * @param jenis RKPDesa, APBDesa atau LPPDesa.
 * @param tahunAnggaran Tahun anggaran dokumen (1900–9999).
 * @param tanggal Tanggal penetapan/penyampaian: tanggal Excel, atau teks dd/mm/yyyy atau yyyy-mm-dd. Kosong (juga angka 0) = belum ada.
 * @returns TRUE atau FALSE.
 */
export function tepatWaktu(jenis: string, tahunAnggaran: unknown, tanggal: unknown): boolean {
  return edge(() => dok.tepatWaktu(jenis, tahunAnggaran, tanggal));
}

/**
 * IKU 2 dari tanggal dokumen, satu baris per desa. Untuk tahun kinerja N dihitung RKPDesa dan APBDesa TA N+1 serta LPPDesa TA N−1 (yang batas waktunya jatuh di tahun N).
 * Contoh: =IKU.DOKDESA.TANGGAL(2025;C5:C16;D5:D16;E5:E16).
 * @customfunction DOKDESA.TANGGAL
 * @param tahunKinerja Tahun kinerja N (1900–9999).
 * @param tanggalRKP Satu kolom tanggal penetapan RKPDesa TA N+1 (batas 30 September N). Kosong (juga angka 0) = belum ada.
 * @param tanggalAPB Satu kolom tanggal penetapan APBDesa TA N+1 (batas 31 Desember N), tinggi sama.
 * @param tanggalLPP Satu kolom tanggal penyampaian LPPDesa TA N−1 (batas 31 Maret N), tinggi sama.
 * @returns Persentase sebagai pecahan 0–1: dokumen tepat waktu ÷ (3 × jumlah baris).
 */
export function dokDesaTanggal(
  tahunKinerja: unknown,
  tanggalRKP: unknown[][],
  tanggalAPB: unknown[][],
  tanggalLPP: unknown[][],
): number {
  return edge(() => dok.dokDesaTanggal(tahunKinerja, tanggalRKP, tanggalAPB, tanggalLPP));
}

/**
 * Indeks Kepuasan Masyarakat (PermenPAN-RB 14/2017): 25 × Σ NRR unsur × bobot, hasil 25–100 (di luar itu #NUM!).
 * Contoh: =IKU.IKM(B5:J104); bila semua jawaban 4 → 100, dengan =IKU.IKM(B5:J104;0,111) → 99,9.
 * @customfunction IKM
 * @param jawaban 9 kolom (U1 Persyaratan … U9 Sarana dan Prasarana), satu baris per responden, nilai bilangan bulat 1–4. Jawaban yang dilewati (sel kosong atau 0) tidak dihitung: NRR unsur = jumlah ÷ responden yang menjawabnya; baris kosong seluruhnya dilewati.
 * @param [bobot] Bobot per unsur, lebih dari 0 dan paling besar 1/9 + 0,001 (#VALUE! di luar itu). Kosongkan (atau 0) untuk tepat 1/9; 0,111 atau 0,11 meniru laporan lama. Hasil di luar 25–100 (mis. 0,11 dengan semua jawaban 1 → 24,75) = #NUM!.
 * @returns Nilai IKM.
 */
export function ikm(jawaban: unknown[][], bobot?: unknown): number {
  return edge(() => survey.ikm(jawaban, bobot));
}

/**
 * Nilai IKM satu jenis layanan: seperti IKU.IKM, hanya atas responden yang kolom Jenis Layanan-nya sama dengan nama (utuh, huruf besar/kecil bebas).
 * Contoh: =IKU.IKM.LAYANAN(H5:P104;C5:C104;"KTP-el").
 * @customfunction IKM.LAYANAN
 * @param jawaban 9 kolom (U1–U9), satu baris per responden, nilai 1–4; jawaban yang dilewati (sel kosong atau 0) tidak dihitung pada unsur itu.
 * @param layanan Satu kolom Jenis Layanan, tinggi sama dengan jawaban.
 * @param nama Nama jenis layanan (tanpa * ? ~, tidak diawali = < >).
 * @param [bobot] Bobot per unsur seperti IKU.IKM: kosongkan untuk tepat 1/9.
 * @returns Nilai IKM layanan itu; #DIV/0! bila belum ada respondennya.
 */
export function ikmLayanan(
  jawaban: unknown[][],
  layanan: unknown[][],
  nama: unknown,
  bobot?: unknown,
): number {
  return edge(() => perLayanan.ikmLayanan(jawaban, layanan, nama, bobot));
}

/**
 * Nilai rata-rata (NRR) tiap unsur IKM, U1–U9, sebagai satu baris 9 sel (spill).
 * Contoh: =IKU.IKM.NRR(B5:J104) → 9 sel di kanan, masing-masing 1–4.
 * @customfunction IKM.NRR
 * @param jawaban 9 kolom (U1–U9), satu baris per responden, nilai bilangan bulat 1–4; NRR = jumlah ÷ responden yang menjawab unsur itu (sel kosong atau 0 = dilewati).
 * @returns Satu baris berisi 9 NRR.
 */
export function ikmNrr(jawaban: unknown[][]): number[][] {
  return edge(() => {
    const nrr = survey.ikmNrr(jawaban);
    return isIkuError(nrr) ? nrr : [nrr];
  });
}

/**
 * Mutu pelayanan dari nilai IKM (dibulatkan 2 desimal): A ≥ 88,31; B ≥ 76,61; C ≥ 65,00; D ≥ 25,00.
 * Contoh: =IKU.IKM.MUTU(82,47) → "B".
 * @customfunction IKM.MUTU
 * @param nilai Nilai IKM, 25–100.
 * @returns A, B, C atau D.
 */
export function ikmMutu(nilai: unknown): string {
  return edge(() => survey.ikmMutu(nilai));
}

/**
 * Kinerja unit pelayanan dari nilai IKM (dibulatkan 2 desimal): Sangat Baik ≥ 88,31; Baik ≥ 76,61; Kurang Baik ≥ 65,00; Tidak Baik ≥ 25,00.
 * Contoh: =IKU.IKM.KINERJA(90) → "Sangat Baik".
 * @customfunction IKM.KINERJA
 * @param nilai Nilai IKM, 25–100.
 * @returns Sangat Baik, Baik, Kurang Baik atau Tidak Baik.
 */
export function ikmKinerja(nilai: unknown): string {
  return edge(() => survey.ikmKinerja(nilai));
}

/**
 * Jumlah minimal responden survei IKM menurut tabel Krejcie dan Morgan (dibulatkan).
 * Contoh: =IKU.IKM.SAMPEL(1000) → 278; 100 → 80; 10000 → 370.
 * @customfunction IKM.SAMPEL
 * @param populasi Jumlah populasi penerima layanan, bilangan bulat ≥ 1.
 * @returns Jumlah minimal responden.
 */
export function ikmSampel(populasi: unknown): number {
  return edge(() => survey.ikmSampel(populasi));
}

/**
 * Capaian kinerja sebagai pecahan (format %): realisasi ÷ target; untuk polaritas negatif (makin kecil makin baik) (2 × target − realisasi) ÷ target, paling kecil 0 (praktik LKjIP: capaian tidak pernah negatif).
 * Contoh: =IKU.CAPAIAN(86,54%;84%) → 103,02 %; =IKU.CAPAIAN(25;10;"negatif") → 0 %.
 * @customfunction CAPAIAN
 * @param realisasi Realisasi indikator (angka ≥ 0; negatif = #VALUE!).
 * @param target Target indikator (angka > 0; negatif = #VALUE!, 0 = #DIV/0!).
 * @param [polaritas] "positif" atau "+" (bawaan, juga bila kosong atau 0), "negatif" atau "-".
 * @returns Capaian sebagai pecahan.
 */
export function capaian(realisasi: unknown, target: unknown, polaritas?: string): number {
  return edge(() => cap.capaian(realisasi, target, polaritas));
}

/**
 * Predikat capaian (dibulatkan 4 desimal, yaitu 0,00 %): ≥ 91 % Sangat Tinggi, ≥ 76 % Tinggi, ≥ 66 % Sedang, ≥ 51 % Rendah, di bawahnya Sangat Rendah.
 * Contoh: =IKU.PREDIKAT(103,02%) → "Sangat Tinggi"; =IKU.PREDIKAT(0,8;G2:H6) dengan skala sendiri.
 * @customfunction PREDIKAT
 * @param capaian Capaian sebagai pecahan (0,91 = 91 %), tidak negatif.
 * @param [skala] Skala sendiri: rentang 2 kolom (batas bawah sebagai pecahan, predikat), menggantikan skala bawaan; baris kosong dilewati, batas bawah kosong = 0.
 * @returns Predikat capaian.
 */
export function predikat(capaian: unknown, skala?: unknown[][]): string {
  return edge(() => cap.predikat(capaian, skala));
}

// Quarterly (triwulan) monitoring: realisasi cumulative to the end of TW I–IV (31 March,
// 30 June, 30 September, 31 December of the performance year); see src/core/triwulan.ts.

/**
 * Realisasi IKU 1 per triwulan, kumulatif: hasil fasilitasi yang ditindaklanjuti ÷ kegiatan, di antara kegiatan yang bertanggal sampai akhir triwulan (TW I s.d. 31 Maret … TW IV s.d. 31 Desember tahun kinerja).
 * Contoh: =IKU.FASILITASI.TW(F5:F204;B5:B204;2025;2) → persentase s.d. 30/06/2025.
 * @customfunction FASILITASI.TW
 * @param status Rentang status Ya/Tidak (juga Y/T, Sudah/Belum, TRUE/FALSE), satu sel per kegiatan; sel kosong (juga angka 0) bukan kegiatan.
 * @param tanggal Rentang tanggal kegiatan, ukuran sama dengan status. Kegiatan berstatus tanpa tanggal ditolak (#VALUE!); tanggal sesudah 31 Desember tidak dihitung.
 * @param tahunKinerja Tahun kinerja N (1901–9998).
 * @param triwulan 1, 2, 3 atau 4 (TW I–IV).
 * @returns Persentase sebagai pecahan 0–1; #DIV/0! bila belum ada kegiatan sampai akhir triwulan.
 */
export function fasilitasiTw(
  status: unknown[][],
  tanggal: unknown[][],
  tahunKinerja: unknown,
  triwulan: unknown,
): number {
  return edge(() => tw.fasilitasiTw(status, tanggal, tahunKinerja, triwulan));
}

/**
 * Realisasi IKU 2 per triwulan: dokumen desa yang batas waktunya jatuh sampai triwulan itu dan disampaikan tepat waktu ÷ (jumlah desa × dokumen tersebut). TW I–II: LPPDesa TA N−1; TW III: + RKPDesa TA N+1; TW IV: + APBDesa TA N+1 (= IKU.DOKDESA.TANGGAL).
 * Contoh: =IKU.DOKDESA.TW(2025;C5:C16;E5:E16;G5:G16;3) → (LPPDesa + RKPDesa tepat waktu) ÷ (2 × 12).
 * @customfunction DOKDESA.TW
 * @param tahunKinerja Tahun kinerja N (1901–9998).
 * @param tanggalRKP Satu kolom tanggal penetapan RKPDesa TA N+1 (batas 30 September N), satu baris per desa. Kosong (juga angka 0) = belum ada.
 * @param tanggalAPB Satu kolom tanggal penetapan APBDesa TA N+1 (batas 31 Desember N), tinggi sama.
 * @param tanggalLPP Satu kolom tanggal penyampaian LPPDesa TA N−1 (batas 31 Maret N), tinggi sama.
 * @param triwulan 1, 2, 3 atau 4 (TW I–IV).
 * @returns Persentase sebagai pecahan 0–1.
 */
export function dokDesaTw(
  tahunKinerja: unknown,
  tanggalRKP: unknown[][],
  tanggalAPB: unknown[][],
  tanggalLPP: unknown[][],
  triwulan: unknown,
): number {
  return edge(() => tw.dokDesaTw(tahunKinerja, tanggalRKP, tanggalAPB, tanggalLPP, triwulan));
}

/**
 * Nilai IKM per triwulan, kumulatif: IKM (PermenPAN-RB 14/2017) dari responden yang bertanggal sampai akhir triwulan.
 * Contoh: =IKU.IKM.TW(C5:K504;B5:B504;2025;1) → IKM responden s.d. 31/03/2025.
 * @customfunction IKM.TW
 * @param jawaban 9 kolom (U1 Persyaratan … U9 Sarana dan Prasarana), satu baris per responden, nilai bilangan bulat 1–4. Baris kosong seluruhnya (angka 0 = kosong) dilewati.
 * @param tanggal Satu kolom tanggal survei, tinggi sama dengan jawaban. Responden tanpa tanggal ditolak (#VALUE!).
 * @param tahunKinerja Tahun kinerja N (1901–9998).
 * @param triwulan 1, 2, 3 atau 4 (TW I–IV).
 * @param [bobot] Bobot per unsur seperti IKU.IKM: kosongkan untuk tepat 1/9; hasil di luar 25–100 = #NUM!.
 * @returns Nilai IKM 25–100; #DIV/0! bila belum ada responden sampai akhir triwulan.
 */
export function ikmTw(
  jawaban: unknown[][],
  tanggal: unknown[][],
  tahunKinerja: unknown,
  triwulan: unknown,
  bobot?: unknown,
): number {
  return edge(() => tw.ikmTw(jawaban, tanggal, tahunKinerja, triwulan, bobot));
}
