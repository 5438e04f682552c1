/**
 * The Profil sheet as main built it before the indicator table (commit 9ec10bd, one
 * "IKU n Field" row per field), kept verbatim so compatibility tests read a real old layout.
 */
import { BUILDABLE_KINDS, ikmBobotOf } from "../../src/core/profile";
import type { Indicator, IndicatorKind, Polarity, Profile, Unit } from "../../src/core/profile";
import type { FormulaMode, SheetModel } from "../../src/core/workbook/model";
import { SheetDraft, dateSerial, heightFor, linesFor } from "../../src/core/workbook/sheet-kit";

const PROFIL_SHEET = "Profil";

const L = {
  kabupaten: "Kabupaten",
  kecamatan: "Kecamatan",
  instansi: "Instansi",
  tahun: "Tahun",
  tugasLabel: "Label Tugas",
  tugas: "Tugas",
  tujuan: "Tujuan",
  indikatorTujuan: "Indikator Tujuan",
  tempat: "Penandatangan Tempat",
  tanggal: "Penandatangan Tanggal",
  jabatan: "Penandatangan Jabatan",
  nama: "Penandatangan Nama",
  nip: "Penandatangan NIP",
  judulOrganisasi: "Judul Organisasi",
  ikmBobot: "Bobot IKM per Unsur",
} as const;

/** Per-indicator labels "IKU <n> <suffix>" and the Indicator field each one holds. */
const IND_FIELDS: readonly (readonly [string, Exclude<keyof Indicator, "pengukuran">])[] = [
  ["Jenis", "kind"],
  ["Sasaran Strategis", "sasaran"],
  ["Indikator", "nama"],
  ["Rumus", "rumus"],
  ["Penjelasan", "penjelasan"],
  ["Target", "target"],
  ["Satuan", "satuan"],
  ["Polaritas", "polaritas"],
  ["Sumber Data", "sumberData"],
  ["Penanggung Jawab", "penanggungJawab"],
];

const KINDS: readonly IndicatorKind[] = BUILDABLE_KINDS;
const UNITS: readonly Unit[] = ["persen", "indeks"];
const POLARITIES: readonly Polarity[] = ["positif", "negatif"];

const LABEL_W = 28;
const VALUE_W = 90;

/** The Profil sheet of `profile`, and the absolute address of its Tahun cell (for IKU_Tahun). */
export function buildLegacyProfilSheet(
  profile: Profile,
  mode: FormulaMode,
): { sheet: SheetModel; tahunCell: string; bobotCell: string; targetCells: string[]; cells: unknown } {
  const s = new SheetDraft(PROFIL_SHEET, "profil", [LABEL_W, VALUE_W], mode);
  s.value(1, 1, "Profil IKU", { bold: true, fontSize: 12 });
  s.value(
    2,
    1,
    "Data ini dibaca oleh add-in dan perintah iku. Ubah isinya di kolom B; jangan ubah label di kolom A.",
    {
      italic: true,
    },
  );
  s.merge(2, 1, 2, 2);
  s.value(3, 1, "Isian", { bold: true, border: true, fill: "D9E1F2" });
  s.value(3, 2, "Nilai", { bold: true, border: true, fill: "D9E1F2" });
  let row = 4;
  const put = (label: string, value: string | number | null, style: { numFmt?: string } = {}): number => {
    s.value(row, 1, label, { border: true, vAlign: "top" });
    s.style(row, 2, row, 2, { border: true, wrap: true, vAlign: "top", hAlign: "left", ...style });
    if (value !== null && value !== "") s.value(row, 2, value);
    if (typeof value === "string") s.height(row, heightFor(linesFor(value, VALUE_W)));
    return row++;
  };
  put(L.kabupaten, profile.kabupaten);
  put(L.kecamatan, profile.kecamatan);
  const at = (r: number): string => `${PROFIL_SHEET}!$B$${r}`;
  const instansi = at(put(L.instansi, profile.instansi));
  const tahunRow = put(L.tahun, profile.tahun, { numFmt: "0" });
  const tugasLabel = at(put(L.tugasLabel, profile.tugasLabel));
  const tugas = at(put(L.tugas, profile.tugasPokok));
  const fungsi = profile.fungsi.map((f, i) => at(put(`Fungsi ${i + 1}`, f)));
  const tujuan = at(put(L.tujuan, profile.tujuan));
  const indikatorTujuan = at(put(L.indikatorTujuan, profile.indikatorTujuan));
  const targetCells: string[] = [];
  profile.indicators.forEach((ind, i) => {
    for (const [suffix, key] of IND_FIELDS) {
      const label = `IKU ${i + 1} ${suffix}`;
      if (key === "target") {
        const persen = ind.satuan === "persen";
        const r = put(label, ind.target, { numFmt: persen ? "0.00%" : "0.00" });
        targetCells.push(`$B$${r}`);
        // 84 typed for 84 % would be 8400 %: the cell refuses it (the core refuses above 10).
        s.validations.push(
          persen
            ? {
                range: `B${r}`,
                type: "decimal",
                min: 0,
                max: 10,
                prompt: "Target dalam persen, misalnya 84% atau 0,84",
                error: "Target persen harus 0%–1000%: ketik 84% atau 0,84, bukan 84.",
              }
            : {
                range: `B${r}`,
                type: "decimal",
                min: 25,
                max: 100,
                prompt: "Target nilai indeks (IKM 25–100), misalnya 80",
                error: "Target indeks harus antara 25 dan 100.",
              },
        );
      } else {
        const r = put(label, ind[key]);
        const list =
          key === "kind" ? KINDS : key === "satuan" ? UNITS : key === "polaritas" ? POLARITIES : null;
        if (list)
          s.validations.push({
            range: `B${r}`,
            type: "list",
            list: [...list],
            error: `Pilih salah satu: ${list.join(", ")}`,
          });
      }
    }
  });
  profile.desa.forEach((d, i) => put(`Desa ${i + 1}`, d));
  const tempat = at(put(L.tempat, profile.penandatangan.tempat));
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(profile.penandatangan.tanggal);
  const tanggal = iso
    ? dateSerial(Number(iso[1]), Number(iso[2]), Number(iso[3]))
    : profile.penandatangan.tanggal;
  const tanggalCell = at(
    put(L.tanggal, tanggal, typeof tanggal === "number" ? { numFmt: "dd/mm/yyyy" } : {}),
  );
  const jabatan = at(put(L.jabatan, profile.penandatangan.jabatan));
  const nama = at(put(L.nama, profile.penandatangan.nama));
  // Text format: 18 digits typed without spaces must not become 1.97E+17.
  const nip = at(put(L.nip, profile.penandatangan.nip, { numFmt: "@" }));
  // A number, so formulas read it through IKU_IKM_Bobot; exact 1/9 is stored as the double 1/9.
  const bobotRow = put(L.ikmBobot, ikmBobotOf(profile), { numFmt: "0.0000" });
  s.validations.push({
    range: `B${bobotRow}`,
    type: "decimal",
    min: 0.11,
    max: 0.1112,
    prompt: "Bobot IKM: 0,1111 (= 1/9 tepat, ketik =1/9), 0,111 atau 0,11",
    error: "Bobot IKM harus 1/9 (ketik =1/9), 0,111 atau 0,11.",
  });
  // Only a document that words its title differently has the row (rows are found by label).
  if (profile.judulOrganisasi?.trim()) put(L.judulOrganisasi, profile.judulOrganisasi);
  s.freeze = { rows: 3, cols: 1 };
  s.page = { orientation: "portrait", paper: "A4", fitToWidth: true, printTitleRows: "3:3" };
  return {
    sheet: s.done(),
    tahunCell: `$B$${tahunRow}`,
    bobotCell: `$B$${bobotRow}`,
    targetCells,
    cells: {
      instansi,
      tugasLabel,
      tugas,
      fungsi,
      tujuan,
      indikatorTujuan,
      tempat,
      tanggal: tanggalCell,
      jabatan,
      nama,
      nip,
    },
  };
}
