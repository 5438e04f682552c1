/** Indonesian help texts of `iku` and its commands. */

export const HELP_MAIN = `iku — IKU untuk Excel: buku kerja Indikator Kinerja Utama kecamatan di Kabupaten Lumajang

Pemakaian:
  iku buat --kecamatan <nama> --tahun <N> [--formula portable|addin] [-o BERKAS] [--timpa]
  iku buat --preset randuagung-2025|sumbersuko-2020 [...]
  iku buat --profil PROFIL.json [--keluar BERKAS] [--timpa]
  iku profil BUKU.xlsx
  iku daftar
  iku hitung BERKAS.xlsx [--json] [--triwulan]
  iku rekap BERKAS.xlsx… [-o BERKAS] [--timpa]
  iku impor-survei BUKU.xlsx DATA.csv|DATA.xlsx [--kolom "U8=Judul"] [--coba]

Perintah:
  buat     membuat buku kerja IKU (.xlsx) sebuah kecamatan atau preset
  profil   mencetak profil buku kerja sebagai JSON (format profil.schema.json)
  daftar   menampilkan preset dan 21 kecamatan beserta jumlah desa/kelurahan
  hitung   menghitung target, realisasi, capaian dan predikat dari buku kerja yang sudah diisi
           (--triwulan: per triwulan TW I–IV, kumulatif)
  rekap    merekap buku kerja beberapa kecamatan: tabel, ringkasan, catatan dan grafik
  impor-survei  menambahkan data survei IKM (ekspor Google Forms/aplikasi SKM) ke lembar Survei IKM

Bantuan tiap perintah: iku <perintah> --help
`;

export const HELP_BUAT = `iku buat — membuat buku kerja IKU (.xlsx)

Pemakaian:
  iku buat --kecamatan <nama> --tahun <N> [opsi]
  iku buat --preset <nama> [opsi]
  iku buat --profil PROFIL.json [opsi]

Opsi:
  -k, --kecamatan <nama>   kecamatan di Kabupaten Lumajang (lihat: iku daftar)
  -t, --tahun <N>          tahun kinerja, 2000–2100
  -p, --preset <nama>      randuagung-2025 atau sumbersuko-2020 (dokumen resmi; tahun dari preset)
      --profil <berkas>    profil IKU sendiri dalam JSON (format: profil.schema.json);
                           semua kesalahan dicetak dengan jalurnya, tidak ada yang ditulis
  -f, --formula <mode>     portable (bawaan): hanya fungsi Excel bawaan, bisa dibuka di Excel
                           mana pun dan LibreOffice; addin: fungsi =IKU.* (perlu add-in)
  -o, --output <berkas>    nama berkas; bawaan IKU-<Kecamatan>-<N>.xlsx di folder ini
      --keluar <berkas>    sama dengan --output
      --timpa              menimpa berkas yang sudah ada
  -h, --help               bantuan ini

Contoh:
  iku buat --kecamatan Senduro --tahun 2025
  iku buat --preset randuagung-2025 -o randuagung.xlsx
  iku buat -k "Kecamatan Lumajang" -t 2026 --formula addin --timpa
  iku buat --profil sidemen-2021.json --keluar IKU-Sidemen-2021.xlsx
`;

export const HELP_PROFIL = `iku profil — profil buku kerja IKU sebagai JSON

Pemakaian:
  iku profil BUKU.xlsx

Membaca lembar Profil buku kerja dan mencetaknya sebagai JSON dalam format profil.schema.json,
siap diubah lalu dipakai lagi dengan iku buat --profil.

Contoh:
  iku profil IKU-Senduro-2025.xlsx > profil-senduro.json
  iku buat --profil profil-senduro.json --keluar IKU-Senduro-2026.xlsx
`;

export const HELP_DAFTAR = `iku daftar — preset dan 21 kecamatan Kabupaten Lumajang

Pemakaian:
  iku daftar
`;

export const HELP_HITUNG = `iku hitung — menghitung IKU dari buku kerja yang sudah diisi

Pemakaian:
  iku hitung BERKAS.xlsx [--json] [--triwulan]

Membaca lembar Profil dan lembar data (Fasilitasi, Dokumen Desa, Survei IKM) melalui
nama rentang IKU_*, lalu menghitung realisasi, capaian dan predikat tiap IKU dengan rumus
yang sama seperti di lembar IKU. Sel data yang tidak sah dilaporkan dengan lembar dan barisnya.

Opsi:
  --json       keluaran JSON: [{ indikator, target, realisasi, capaian, predikat }]
               (persentase sebagai pecahan, null bila belum dapat dihitung)
  --triwulan   per triwulan TW I–IV: realisasi kumulatif sampai 31/03, 30/06, 30/09 dan
               31/12 tahun kinerja (menurut tanggal di lembar data), capaian terhadap target
               tahunan dan predikat, seperti lembar Pengukuran Kinerja. Dengan --json:
               [{ indikator, target, triwulan: [{ triwulan, label, sampai, realisasi,
               capaian, predikat }] }]
  -h, --help   bantuan ini

Contoh:
  iku hitung IKU-Senduro-2025.xlsx
  iku hitung IKU-Senduro-2025.xlsx --json > hasil.json
  iku hitung IKU-Senduro-2025.xlsx --triwulan
`;

export const HELP_REKAP = `iku rekap — rekap IKU beberapa kecamatan untuk kabupaten

Pemakaian:
  iku rekap BERKAS.xlsx… [-o BERKAS] [--timpa]

Membaca lembar Profil dan lembar data tiap buku kerja kecamatan, menghitung ulang setiap IKU
(bukan dari nilai tersimpan di sel), lalu menulis lembar "Rekap <tahun>": satu baris per
kecamatan dan indikator, ringkasan per indikator (minimum, maksimum, rata-rata), Catatan, dan
grafik batang capaian per kecamatan. Berkas yang ditolak (bukan xlsx, rusak, bukan buku kerja
IKU, kecamatan ganda, tahun lain, data salah) dicatat beserta alasannya; berkas lain tetap
direkap. Kode keluar 1 bila ada berkas ditolak; tidak ada yang ditulis bila tak satu pun sah.

Opsi:
  -o, --output <berkas>   nama berkas rekap; bawaan Rekap-<tahun>.xlsx di folder ini
      --timpa             menimpa berkas yang sudah ada
  -h, --help              bantuan ini

Contoh:
  iku rekap IKU-*.xlsx
  iku rekap kiriman/*.xlsx -o Rekap-Kabupaten-2025.xlsx --timpa
`;

export const HELP_IMPOR_SURVEI = `iku impor-survei — menambahkan data survei IKM ke buku kerja

Pemakaian:
  iku impor-survei BUKU.xlsx DATA.csv|DATA.xlsx [--kolom "U8=Judul kolom;…"] [--coba]

Membaca ekspor survei (CSV dengan pemisah , atau ; — atau lembar pertama .xlsx), mis. dari
Google Forms. Kolom dikenali dari NAMANYA, bukan urutannya (ada aplikasi yang menukar U8 dan
U9): Tanggal/Timestamp, Jenis Layanan, Jenis Kelamin, Usia, Pendidikan, Pekerjaan, dan U1–U9
(judul "U8", nama unsur, atau teks pertanyaan yang memuat nama unsur). Jawaban 1–4 atau teks
Sangat Baik/Baik/Kurang Baik/Tidak Baik (juga Puas, Setuju). Jawaban kosong = unsur dilewati.
Pemetaan kolom selalu ditampilkan. Baris ditambahkan di bawah baris terisi terakhir lembar
Survei IKM (tidak pernah menimpa). Baris yang tidak terbaca dilaporkan (baris, kolom, nilai,
alasan) dan tidak diimpor; baris lain tetap diimpor (kode keluar 1 bila ada yang ditolak).
Sebelum menulis, berkas asli disimpan sebagai BUKU.sebelum-impor.xlsx (-2, -3, … bila ada).

Opsi:
  --kolom "<kolom>=<judul>"   tentukan sendiri kolom berkas untuk kolom survei; pisahkan
                              beberapa dengan ; misalnya "U8=Sarana;U9=Pengaduan"
  --coba                      hanya tampilkan pemetaan dan masalah; tidak menulis apa pun
  -h, --help                  bantuan ini

Contoh:
  iku impor-survei IKU-Senduro-2025.xlsx "Survei IKM (Jawaban).csv" --coba
  iku impor-survei IKU-Senduro-2025.xlsx survei.xlsx
  iku hitung IKU-Senduro-2025.xlsx
`;
