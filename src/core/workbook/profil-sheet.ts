/**
 * The `Profil` sheet: the profile as labelled rows (label in column A, value in column B),
 * so the add-in and `iku hitung` can read a workbook's profile back whatever the IKU sheet
 * looks like after the user edited it. Labels, not row numbers, identify the fields.
 */
import { ikmBobotOf } from "../profile";
import type { Profile } from "../profile";
import type { FormulaMode, SheetModel } from "./model";
import { SheetDraft, dateSerial, heightFor, linesFor } from "./sheet-kit";
import { writeIndicatorTable } from "./profil-table";
import { TABLE_COLUMNS } from "./profil-table-layout";
import { writeTujuanRows } from "./profil-tujuan";
import { L, PROFIL_SHEET, readProfile } from "./profil-read";

export { PROFIL_SHEET, readProfile };

const LABEL_W = 28;
const VALUE_W = 70;

/** The Profil sheet of `profile`, and the absolute address of its Tahun cell (for IKU_Tahun). */
export function buildProfilSheet(
  profile: Profile,
  mode: FormulaMode,
): {
  sheet: SheetModel;
  tahunCell: string;
  bobotCell: string;
  targetCells: string[];
  /** "$B$r" of the measured tujuan's target (IKU_Target_Tujuan), when it is measured. */
  tujuanTargetCell?: string;
  /** "$B$r:$C$s" of the predikat scale rows, when the profile has its own scale. */
  skalaRange?: string;
  cells: ProfilCells;
} {
  const s = new SheetDraft(
    PROFIL_SHEET,
    "profil",
    [LABEL_W, VALUE_W, ...TABLE_COLUMNS.slice(2).map((c) => c.width)],
    mode,
  );
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
  const tujuanTargetCell = writeTujuanRows(s, put, profile);
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
  // The office's own predikat scale: rows "Skala Predikat n" (B = batas bawah, C = predikat),
  // the 2-column range IKU_Skala_Predikat. Only a profile with its own scale has them.
  let skalaRange: string | undefined;
  if (profile.skalaPredikat && profile.skalaPredikat.length > 0) {
    const first = row;
    for (const [i, step] of profile.skalaPredikat.entries()) {
      const r = put(`${L.skala} ${i + 1}`, step.min, { numFmt: "0.00%" });
      s.value(r, 3, step.label, { border: true });
    }
    skalaRange = `$B$${first}:$C$${row - 1}`;
  }
  const table = writeIndicatorTable(s, profile, row + 1);
  const targetCells = table.targetCells;
  s.freeze = { rows: 3, cols: 1 };
  // The table is wide: landscape, every column on the page width.
  s.page = { orientation: "landscape", paper: "A4", fitToWidth: true, printTitleRows: "3:3" };
  return {
    sheet: s.done(),
    tahunCell: `$B$${tahunRow}`,
    bobotCell: `$B$${bobotRow}`,
    targetCells,
    ...(tujuanTargetCell ? { tujuanTargetCell } : {}),
    ...(skalaRange ? { skalaRange } : {}),
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

/** Where the IKU sheet's identity block and signature read their text ("Profil!$B$6"). */
export interface ProfilCells {
  instansi: string;
  tugasLabel: string;
  tugas: string;
  fungsi: string[];
  tujuan: string;
  indikatorTujuan: string;
  tempat: string;
  tanggal: string;
  jabatan: string;
  nama: string;
  nip: string;
}
