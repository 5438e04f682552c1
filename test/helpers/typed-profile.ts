/**
 * A profile with the typed kinds (issue 10): Randuagung 2025's two indicators plus a rasio
 * ("persentase pengaduan trantibum yang diselesaikan", as Banyuwangi kecamatan documents
 * state it) and a nilai (Nilai SAKIP, 0–100 with 2 decimals), and a helper that types their
 * quarterly inputs into a built workbook through the IKU_Masukan_<n> names.
 */
import ExcelJS from "exceljs";
import type { DokumenDesa } from "../../src/core/measure";
import type { Profile } from "../../src/core/profile";
import { masukanName } from "../../src/core/indicators/masukan-layout";
import { preset } from "./profiles";
import { namedBlock } from "./sample-data";

export function typedProfile(): Profile {
  const p = preset("randuagung-2025");
  const sasaran = "Meningkatnya ketenteraman dan akuntabilitas kinerja kecamatan";
  return {
    ...p,
    indicators: [
      ...p.indicators,
      {
        kind: "rasio",
        pengukuran: {
          jenis: "rasio",
          pembilang: "Pengaduan yang diselesaikan",
          penyebut: "Pengaduan yang diterima",
        },
        sasaran,
        nama: "Persentase pengaduan/gangguan trantibum yang diselesaikan",
        rumus: "Pengaduan yang diselesaikan ÷ pengaduan yang diterima × 100 %",
        penjelasan: "",
        target: 0.9,
        satuan: "persen",
        polaritas: "positif",
        sumberData: "Seksi Trantib",
        penanggungJawab: "Kasi Trantib",
      },
      {
        kind: "nilai",
        pengukuran: { jenis: "nilai", desimal: 2 },
        sasaran,
        nama: "Nilai SAKIP kecamatan",
        rumus: "Nilai hasil evaluasi SAKIP oleh Inspektorat",
        penjelasan: "",
        target: 70,
        satuan: "nilai",
        polaritas: "positif",
        sumberData: "LHE SAKIP",
        penanggungJawab: "Sekretaris Camat",
      },
    ],
  };
}

/** Types `rows` (TW I–IV across, null = blank) into indicator n's (1-based) input range. */
export function typeInputs(wb: ExcelJS.Workbook, n: number, rows: (number | string | null)[][]): void {
  const b = namedBlock(wb, masukanName(n));
  if (!b) throw new Error(`${masukanName(n)} tidak ada`);
  rows.forEach((row, r) =>
    row.forEach((v, q) => {
      b.ws.getCell(b.top + r, b.left + q).value = v;
    }),
  );
}

/** Randuagung 2025 with its dokumen-desa indicator counting only `dokumen`. */
export function withDokumen(dokumen: DokumenDesa[]): Profile {
  const p = preset("randuagung-2025");
  return {
    ...p,
    indicators: p.indicators.map((ind) =>
      ind.kind === "dokdesa" ? { ...ind, pengukuran: { jenis: "dokumen-desa", dokumen } } : ind,
    ),
  };
}
