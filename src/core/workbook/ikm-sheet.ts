/**
 * `Survei IKM`: one row per respondent (No, Tanggal, the optional respondent columns Jenis
 * Layanan, Jenis Kelamin, Usia, Pendidikan, Pekerjaan, then U1–U9 headed by the unsur NAMES,
 * since some apps swap U8 and U9 — columns as in SURVEY_FIELDS), scores 1–4, and a summary
 * block to the right: NRR per unsur,
 * Nilai IKM, mutu, kinerja, populasi and the Krejcie–Morgan minimum sample
 * (PermenPAN-RB No. 14 Tahun 2017).
 */
import { UNSUR_IKM } from "../ikm";
import { SURVEY_RESPONDENT_FIELDS } from "../survey-fields";
import { ikmBobotOf, type Profile } from "../profile";
import { FormulaMode, NAMES } from "./model";
import type { CellStyle } from "./model";
import { BuiltSheet, DATA_FIRST_ROW, dataPage, dateValidation } from "./data-sheets";
import { filledCells } from "./portable-expr";
import { SheetDraft, addr, heightFor, linesFor, rangeAddr, HEADER_STYLE } from "./sheet-kit";

export const IKM_SHEET = "Survei IKM";

const HEADER_ROW = 4;
/** Column widths of the respondent columns after No.: Tanggal, Layanan, L/P, Usia, … */
const RESPONDENT_WIDTHS = [12, 22, 10, 8, 14, 16];
/** First answer column (U1): after No. and the respondent columns. */
export const FIRST_SCORE_COL = 2 + SURVEY_RESPONDENT_FIELDS.length;
/** Summary block columns: label and value (the column before them is a spacer). */
export const IKM_SUMMARY = {
  labelCol: FIRST_SCORE_COL + UNSUR_IKM.length + 1,
  valueCol: FIRST_SCORE_COL + UNSUR_IKM.length + 2,
  populasiRow: HEADER_ROW + 16,
} as const;

/** Rows of the "IKM per Jenis Layanan" table where the user types the service names. */
export const LAYANAN_ROWS = 8;

/** Builds the survey sheet with `rows` prepared respondent rows. */
export function buildIkmSheet(profile: Profile, mode: FormulaMode, rows: number): BuiltSheet {
  if (RESPONDENT_WIDTHS.length !== SURVEY_RESPONDENT_FIELDS.length)
    throw new Error("RESPONDENT_WIDTHS tidak sesuai SURVEY_RESPONDENT_FIELDS");
  const widths = [6, ...RESPONDENT_WIDTHS, ...UNSUR_IKM.map(() => 13), 3, 48, 14];
  const s = new SheetDraft(IKM_SHEET, "ikm", widths, mode);
  const lastScoreCol = FIRST_SCORE_COL + UNSUR_IKM.length - 1;
  const note =
    "Satu baris per responden. Nilai tiap unsur 1–4 (1 = tidak baik, 2 = kurang baik, 3 = baik, 4 = sangat baik). " +
    "Jenis Layanan, Jenis Kelamin (L/P), Usia, Pendidikan dan Pekerjaan boleh dikosongkan (dipakai Laporan SKM). " +
    "Unsur yang tidak dijawab (mis. Biaya untuk layanan gratis) biarkan kosong: NRR tiap unsur = jumlah nilai ÷ jumlah responden " +
    "yang menjawab unsur itu; baris kosong seluruhnya dilewati; baris yang berisi data responden tanpa satu pun jawaban U1–U9 " +
    "harus dilengkapi atau dihapus. IKM = 25 × Σ NRR × bobot (bobot di Profil; PermenPAN-RB 14/2017).";
  s.value(1, 1, `Survei Kepuasan Masyarakat (IKM) — ${profile.instansi} Tahun ${profile.tahun}`, {
    bold: true,
    fontSize: 12,
  });
  s.merge(1, 1, 1, lastScoreCol);
  s.value(2, 1, note, { italic: true, wrap: true, vAlign: "top" }).merge(2, 1, 2, lastScoreCol);
  s.height(2, heightFor(linesFor(note, s.width(1, lastScoreCol))));

  s.value(HEADER_ROW, 1, "No.", HEADER_STYLE);
  SURVEY_RESPONDENT_FIELDS.forEach((f, i) => s.value(HEADER_ROW, 2 + i, f.caption, HEADER_STYLE));
  UNSUR_IKM.forEach((u, i) => s.value(HEADER_ROW, FIRST_SCORE_COL + i, `U${i + 1} ${u}`, HEADER_STYLE));
  s.height(HEADER_ROW, heightFor(Math.max(...UNSUR_IKM.map((u, i) => linesFor(`U${i + 1} ${u}`, 13)))));

  const first = DATA_FIRST_ROW;
  const last = first + rows - 1;
  const cell: CellStyle = { border: true, hAlign: "center" };
  for (let r = first; r <= last; r++) {
    s.formula(
      r,
      1,
      `IF(COUNTA(${rangeAddr(r, FIRST_SCORE_COL, r, lastScoreCol)})=0,"",ROW()-${HEADER_ROW})`,
      cell,
      "",
    );
  }
  s.style(first, 2, last, 2, { ...cell, numFmt: "dd/mm/yyyy" });
  // Respondent columns: text left-aligned (names of services, schools, jobs), Usia a number.
  s.style(first, 3, last, FIRST_SCORE_COL - 1, { border: true });
  const col = (key: string): number => 2 + SURVEY_RESPONDENT_FIELDS.findIndex((f) => f.key === key);
  s.style(first, col("jenisKelamin"), last, col("jenisKelamin"), cell);
  s.style(first, col("usia"), last, col("usia"), { ...cell, numFmt: "0" });
  s.validations.push({
    range: rangeAddr(first, col("jenisKelamin"), last, col("jenisKelamin")),
    type: "list",
    list: ["L", "P"],
    prompt: "L = laki-laki, P = perempuan (boleh kosong)",
    error: "Isi L (laki-laki) atau P (perempuan), atau biarkan kosong.",
  });
  s.validations.push({
    range: rangeAddr(first, col("usia"), last, col("usia")),
    type: "whole",
    min: 10,
    max: 120,
    prompt: "Usia dalam tahun (boleh kosong)",
    error: "Usia harus bilangan bulat 10–120 tahun.",
  });
  s.style(first, FIRST_SCORE_COL, last, lastScoreCol, { ...cell, numFmt: "0" });
  s.validations.push(dateValidation(rangeAddr(first, 2, last, 2)));
  s.validations.push({
    range: rangeAddr(first, FIRST_SCORE_COL, last, lastScoreCol),
    type: "whole",
    min: 1,
    max: 4,
    prompt: "Nilai 1–4",
    error: "Nilai unsur harus bilangan bulat 1, 2, 3 atau 4.",
  });

  // Summary block.
  const { labelCol: L, valueCol: V } = IKM_SUMMARY;
  const J = NAMES.ikmJawaban;
  const empty = `COUNTA(${J})=0`;
  s.value(HEADER_ROW, L, "Ringkasan IKM", HEADER_STYLE);
  s.value(HEADER_ROW, V, "Nilai", HEADER_STYLE);
  const label: CellStyle = { border: true, wrap: true, vAlign: "top" };
  const val: CellStyle = { border: true, hAlign: "center", vAlign: "top" };
  let r = HEADER_ROW + 1;
  UNSUR_IKM.forEach((u, i) => {
    s.value(r, L, `NRR U${i + 1} ${u}`, label);
    // A fresh survey has no answers: the summary's emptiness guards show nothing yet.
    s.formula(r, V, `IF(${empty},"",INDEX(IKU.IKM.NRR(${J}),1,${i + 1}))`, { ...val, numFmt: "0.00" }, "");
    s.height(r, heightFor(linesFor(`NRR U${i + 1} ${u}`, s.width(L))));
    r++;
  });
  const B = NAMES.ikmBobot;
  s.value(r, L, "Bobot per unsur (Profil IKU_IKM_Bobot)", label);
  s.formula(
    r++,
    V,
    `IF(OR(TRIM(${B})="",${B}=0),1/9,${B})`,
    { ...val, numFmt: "0.0000" },
    ikmBobotOf(profile),
  );
  const ikmCell = addr(r, V);
  s.value(r, L, "Nilai IKM", { ...label, bold: true });
  s.formula(r++, V, `IF(${empty},"",IKU.IKM(${J},${B}))`, { ...val, bold: true, numFmt: "0.00" }, "");
  s.value(r, L, "Mutu pelayanan", label);
  s.formula(r++, V, `IF(${ikmCell}="","",IKU.IKM.MUTU(${ikmCell}))`, val, "");
  s.value(r, L, "Kinerja unit pelayanan", label);
  s.formula(r++, V, `IF(${ikmCell}="","",IKU.IKM.KINERJA(${ikmCell}))`, val, "");
  // Respondents: rows with at least one answer (a skipped answer is a blank cell or 0).
  const answers = UNSUR_IKM.map((_, i) => filledCells(`INDEX(${J},0,${i + 1})`)).join("+");
  const respCell = addr(r, V);
  s.value(r, L, "Jumlah responden", label);
  s.formula(r++, V, `SUMPRODUCT(--((${answers})>0))`, { ...val, numFmt: "0" }, 0);
  // Rows with respondent data (Tanggal, Jenis Layanan, …) but no answer: to fill or delete.
  const others = SURVEY_RESPONDENT_FIELDS.map((_, i) =>
    filledCells(rangeAddr(first, 2 + i, last, 2 + i, true)),
  );
  s.value(r, L, "Baris berisi data responden tanpa jawaban (lengkapi atau hapus)", label);
  s.formula(r++, V, `SUMPRODUCT(((${answers})=0)*((${others.join("+")})>0))`, { ...val, numFmt: "0" }, 0);
  const popRow = r;
  const popCell = addr(popRow, V);
  s.value(r, L, "Populasi penerima layanan (isi)", label);
  s.style(r++, V, popRow, V, { ...val, fill: "FFF2CC", numFmt: "0" });
  const sampleCell = addr(r, V);
  s.value(r, L, "Sampel minimum (Krejcie & Morgan)", label);
  s.formula(r++, V, `IF(${popCell}="","",IKU.IKM.SAMPEL(${popCell}))`, { ...val, numFmt: "0" }, "");
  s.value(r, L, "Jumlah responden mencukupi?", label);
  s.formula(r++, V, `IF(${sampleCell}="","",IF(${respCell}>=${sampleCell},"Cukup","Kurang"))`, val, "");
  s.validations.push({
    range: popCell,
    type: "whole",
    min: 1,
    max: 100000000,
    prompt: "Jumlah penerima layanan dalam periode survei",
    error: "Populasi harus bilangan bulat 1 atau lebih.",
  });
  // IKM per jenis layanan: the sheet cannot list the distinct services by formula in every
  // Excel, so the user types the names; the core (iku hitung) lists them itself.
  r++;
  const layananTitle = "IKM per Jenis Layanan (ketik nama layanan seperti di kolom Jenis Layanan)";
  s.value(r, L, layananTitle, { ...HEADER_STYLE, wrap: true });
  s.height(r, heightFor(linesFor(layananTitle, s.width(L))));
  s.value(r++, V, "Nilai IKM", HEADER_STYLE);
  for (let i = 0; i < LAYANAN_ROWS; i++, r++) {
    const name = addr(r, L);
    s.style(r, L, r, L, { border: true, fill: "FFF2CC" });
    s.formula(
      r,
      V,
      `IF(${name}="","",IKU.IKM.LAYANAN(${J},${NAMES.ikmLayanan},${name},${B}))`,
      { ...val, numFmt: "0.00" },
      "",
    );
  }
  if (popRow !== IKM_SUMMARY.populasiRow) throw new Error("IKM_SUMMARY.populasiRow tidak sesuai tata letak");

  s.freeze = { rows: HEADER_ROW, cols: 2 };
  // No respondent yet: the title, the header and the summary block beside it.
  s.page = dataPage(V, r - 1);
  return {
    sheet: s.done(),
    names: [
      // Tanggal (IKU_IKM_Tanggal) and the optional respondent columns, one name each.
      ...SURVEY_RESPONDENT_FIELDS.flatMap((f, i) =>
        f.name ? [{ name: f.name, sheet: IKM_SHEET, range: rangeAddr(first, 2 + i, last, 2 + i, true) }] : [],
      ),
      {
        name: NAMES.ikmJawaban,
        sheet: IKM_SHEET,
        range: rangeAddr(first, FIRST_SCORE_COL, last, lastScoreCol, true),
      },
      { name: NAMES.ikmPopulasi, sheet: IKM_SHEET, range: addr(popRow, V, true) },
    ],
  };
}
