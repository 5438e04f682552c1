/**
 * The input sheets of the daftar and dokumen-desa kinds: one log per daftar indicator
 * (`Fasilitasi`, `Pengaduan` …, one row per item) and the one shared `Dokumen Desa` (one row
 * per desa). Their data ranges get defined names (daftarNames per log, NAMES for the rest) so
 * formulas and readers find them even after the user inserted rows inside them.
 */
import { BATAS_WAKTU, JenisDokumen, tepatWaktu } from "../dokdesa";
import { cachedResult } from "./cached";
import { isIkuError, type Result } from "../errors";
import { FASILITASI_MEASURE, type DaftarMeasure } from "../measure";
import { measureOf } from "../profile";
import type { Indicator, Profile } from "../profile";
import {
  FormulaMode,
  NAMES,
  NamedRangeModel,
  SheetModel,
  ValidationModel,
  daftarKey,
  daftarNames,
} from "./model";
import type { CachedValue } from "./model";
import type { CellStyle } from "./model";
import {
  SheetDraft,
  addr,
  dateSerial,
  ddmmyyyy,
  heightFor,
  linesFor,
  rangeAddr,
  HEADER_STYLE,
} from "./sheet-kit";

export const FASILITASI_SHEET = "Fasilitasi";
export const DOKDESA_SHEET = "Dokumen Desa";

/** First data row of both sheets (rows 1–3: title, note, blank; row 4: header). */
export const DATA_FIRST_ROW = 5;
const HEADER_ROW = 4;
const DATE_FMT = "dd/mm/yyyy";

/** Date validation shared by the data sheets: a real date between 2000 and 2100. */
export function dateValidation(range: string): ValidationModel {
  return {
    range,
    type: "date",
    min: dateSerial(2000, 1, 1),
    max: dateSerial(2100, 12, 31),
    prompt: "Tanggal (dd/mm/yyyy)",
    error: "Isi tanggal yang sah antara 01/01/2000 dan 31/12/2100, misalnya 15/03/2025.",
  };
}

const YA = "Ya";
const TIDAK = "Tidak";

/** The cached value of a tepat-waktu cell: Ya/Tidak for the core's boolean, else its error. */
function yaTidak(r: Result<boolean>): CachedValue {
  return isIkuError(r) ? cachedResult(r) : r ? YA : TIDAK;
}

/** A sheet with its defined names. */
export interface BuiltSheet {
  sheet: SheetModel;
  names: NamedRangeModel[];
}

/**
 * Print setup of a data sheet: A4 landscape, one page wide, the header row on every page, and
 * a print area of columns A..`lastCol` down to `lastRow` — the title, the header and the rows
 * filled when the sheet is built, never the hundreds of prepared empty rows (printing the
 * workbook must give the pages a kecamatan hands in, not pages of empty grid). A print area
 * does not grow by itself: it is set again when the sheets are rebuilt (with
 * {@link dataPrintArea} and the last filled row), or by the user (Tata Letak Halaman → Area
 * Cetak).
 */
export function dataPage(lastCol: number, lastRow: number): SheetModel["page"] {
  return {
    orientation: "landscape",
    paper: "A4",
    fitToWidth: true,
    printTitleRows: `${HEADER_ROW}:${HEADER_ROW}`,
    printArea: dataPrintArea(lastCol, lastRow),
  };
}

/** "A1:G37": the print area of a data sheet whose last filled row is `lastRow` (≥ the header). */
export function dataPrintArea(lastCol: number, lastRow: number): string {
  return rangeAddr(1, 1, Math.max(HEADER_ROW, lastRow), lastCol);
}

function titleRows(s: SheetDraft, title: string, note: string, lastCol: number): void {
  s.value(1, 1, title, { bold: true, fontSize: 12 }).merge(1, 1, 1, lastCol);
  s.value(2, 1, note, { italic: true, wrap: true, vAlign: "top" }).merge(2, 1, 2, lastCol);
  s.height(2, heightFor(linesFor(note, s.width(1, lastCol))));
}

/** The `daftar` measurement of an indicator of kind fasilitasi (today's log when it has none). */
export function daftarMeasureOf(ind: Pick<Indicator, "kind" | "pengukuran">): DaftarMeasure {
  const m = measureOf(ind);
  return m.jenis === "daftar" ? m : FASILITASI_MEASURE;
}

/**
 * The daftar logs of the profile, one per daftar indicator in its order, each with its own
 * sheet and names (issue 10). A sheet name repeated (ignoring case and what daftarKey
 * replaces; validateProfile refuses it) is built once.
 */
export function daftarsOf(profile: Pick<Profile, "indicators">): DaftarMeasure[] {
  const seen = new Set<string>();
  const out: DaftarMeasure[] = [];
  for (const ind of profile.indicators) {
    if (ind.kind !== "fasilitasi") continue;
    const m = daftarMeasureOf(ind);
    const key = daftarKey(m.lembar).toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(m);
  }
  return out;
}

function isDefaultDaftar(m: DaftarMeasure): boolean {
  const d = FASILITASI_MEASURE;
  return m.lembar === d.lembar && m.kolomItem === d.kolomItem && m.kolomStatus === d.kolomStatus;
}

/**
 * The `daftar` log (today's `Fasilitasi`): No, Tanggal, <item>, Instansi/Lembaga, Hasil/Output,
 * <status>, Keterangan — sheet name and the two captions from the measurement's options.
 */
export function buildFasilitasiSheet(
  profile: Profile,
  mode: FormulaMode,
  rows: number,
  m: DaftarMeasure = FASILITASI_MEASURE,
): BuiltSheet {
  const widths = [6, 12, 40, 26, 34, 15, 26];
  const s = new SheetDraft(m.lembar, "fasilitasi", widths, mode);
  const statusWords = "Ya atau Tidak (juga dibaca: Y/T, Sudah/Belum, TRUE/FALSE, 1/0)";
  titleRows(
    s,
    isDefaultDaftar(m)
      ? `Data Fasilitasi dan Koordinasi — ${profile.instansi} Tahun ${profile.tahun}`
      : `Data ${m.lembar} — ${profile.instansi} Tahun ${profile.tahun}`,
    isDefaultDaftar(m)
      ? `Satu baris per kegiatan fasilitasi/koordinasi. Kolom Ditindaklanjuti: ${statusWords}. ` +
          "Baris yang kolom Ditindaklanjuti-nya kosong tidak dihitung."
      : `Satu baris per ${m.kolomItem.toLowerCase()}. Kolom ${m.kolomStatus}: ${statusWords}. ` +
          `Baris yang kolom ${m.kolomStatus}-nya kosong tidak dihitung.`,
    widths.length,
  );
  const headers = [
    "No.",
    "Tanggal",
    m.kolomItem,
    "Instansi/Lembaga",
    "Hasil/Output",
    m.kolomStatus,
    "Keterangan",
  ];
  headers.forEach((h, i) => s.value(HEADER_ROW, i + 1, h, HEADER_STYLE));
  s.height(HEADER_ROW, heightFor(2));
  const first = DATA_FIRST_ROW;
  const last = first + rows - 1;
  const cell: CellStyle = { border: true, vAlign: "top" };
  for (let r = first; r <= last; r++) {
    s.formula(r, 1, `IF(C${r}="","",ROW()-${HEADER_ROW})`, { ...cell, hAlign: "center" }, "");
  }
  s.style(first, 2, last, 2, { ...cell, numFmt: DATE_FMT, hAlign: "center" });
  s.style(first, 3, last, 5, { ...cell, wrap: true });
  s.style(first, 6, last, 6, { ...cell, hAlign: "center" });
  s.style(first, 7, last, 7, { ...cell, wrap: true });
  s.validations.push(dateValidation(rangeAddr(first, 2, last, 2)));
  s.validations.push({
    range: rangeAddr(first, 6, last, 6),
    type: "list",
    list: ["Ya", "Tidak"],
    prompt: isDefaultDaftar(m) ? "Ya = hasilnya ditindaklanjuti" : `Ya = ${m.kolomStatus.toLowerCase()}`,
    error: "Pilih Ya atau Tidak.",
  });
  s.freeze = { rows: HEADER_ROW, cols: 0 };
  // A fresh log has no activity yet: title and header only.
  s.page = dataPage(headers.length, HEADER_ROW);
  const names = daftarNames(m.lembar);
  return {
    sheet: s.done(),
    names: [
      { name: names.tanggal, sheet: m.lembar, range: rangeAddr(first, 2, last, 2, true) },
      { name: names.status, sheet: m.lembar, range: rangeAddr(first, 6, last, 6, true) },
    ],
  };
}

/** The documents one dokdesa indicator counts: its `dokumen`, or all three. */
export function dokumenOfIndicator(ind: Pick<Indicator, "kind" | "pengukuran">): readonly JenisDokumen[] {
  const m = measureOf(ind);
  return m.jenis === "dokumen-desa" && m.dokumen.length > 0 ? m.dokumen : ALL_DOKUMEN;
}

const ALL_DOKUMEN: readonly JenisDokumen[] = ["RKPDesa", "APBDesa", "LPPDesa"];

/**
 * The documents the one Dokumen Desa sheet holds: the union of what the profile's dokdesa
 * indicators count, in the sheet's column order (a desa's documents are facts shared by every
 * indicator; each indicator counts its own subset of the columns). All three without one.
 */
export function dokumenOf(profile: Pick<Profile, "indicators">): readonly JenisDokumen[] {
  const chosen = new Set(
    profile.indicators.filter((i) => i.kind === "dokdesa").flatMap((i) => dokumenOfIndicator(i)),
  );
  return chosen.size === 0 ? ALL_DOKUMEN : ALL_DOKUMEN.filter((j) => chosen.has(j));
}

/** Deadline of `jenis` for budget year `ta` as dd/mm/yyyy (for headers and the note). */
function batas(jenis: JenisDokumen, ta: number): string {
  const b = BATAS_WAKTU[jenis];
  return ddmmyyyy(ta + b.tahun, b.bulan, b.hari);
}

/**
 * `Dokumen Desa`: one prefilled row per desa; per document a date column whose header names
 * the TA and the deadline, and an on-time column (blank date → FALSE).
 */
export function buildDokDesaSheet(profile: Profile, mode: FormulaMode): BuiltSheet {
  const n = profile.tahun;
  const chosen = dokumenOf(profile);
  const docs = (
    [
      { jenis: "RKPDesa", ta: n + 1, header: "Tanggal Perdes RKPDesa", name: NAMES.dokRkp },
      { jenis: "APBDesa", ta: n + 1, header: "Tanggal Perdes APBDesa", name: NAMES.dokApb },
      { jenis: "LPPDesa", ta: n - 1, header: "Tanggal penyampaian LPPDesa", name: NAMES.dokLpp },
    ] as const
  ).filter((d) => chosen.includes(d.jenis));
  const widths = [6, 24, ...docs.flatMap(() => [22, 12])];
  const s = new SheetDraft(DOKDESA_SHEET, "dokdesa", widths, mode);
  const listed = docs.map((d) => `${d.jenis} TA ${d.ta} (batas ${batas(d.jenis, d.ta)})`);
  const which =
    listed.length > 1 ? `${listed.slice(0, -1).join(", ")} dan ${listed[listed.length - 1]}` : listed[0];
  titleRows(
    s,
    `Dokumen Administrasi Pemerintahan Desa — ${profile.instansi} Tahun Kinerja ${n}`,
    `Konvensi: tahun kinerja ${n} menghitung dokumen yang batas waktunya jatuh pada tahun ${n} — ${which}. ` +
      "Isi tanggal penetapan Perdes atau tanggal penyampaian; tanggal kosong = " +
      "belum ada, dihitung tidak tepat waktu. Dasar: Permendesa PDTT 21/2020, Permendagri 20/2018, Permendagri 46/2016.",
    widths.length,
  );
  s.value(HEADER_ROW, 1, "No.", HEADER_STYLE);
  s.value(HEADER_ROW, 2, "Desa", HEADER_STYLE);
  docs.forEach((d, i) => {
    s.value(HEADER_ROW, 3 + 2 * i, `${d.header} TA ${d.ta} (batas ${batas(d.jenis, d.ta)})`, HEADER_STYLE);
    s.value(HEADER_ROW, 4 + 2 * i, `${d.jenis} tepat waktu`, HEADER_STYLE);
  });
  s.height(HEADER_ROW, heightFor(4));
  const first = DATA_FIRST_ROW;
  const count = Math.max(profile.desa.length, 1);
  const last = first + count - 1;
  const cell: CellStyle = { border: true, vAlign: "top" };
  for (let i = 0; i < count; i++) {
    const r = first + i;
    s.value(r, 1, i + 1, { ...cell, hAlign: "center" });
    if (profile.desa[i] !== undefined) s.value(r, 2, profile.desa[i], cell);
    else s.style(r, 2, r, 2, cell);
    docs.forEach((d, j) => {
      const dateCol = 3 + 2 * j;
      const ta = d.ta === n + 1 ? `${NAMES.tahun}+1` : `${NAMES.tahun}-1`;
      s.style(r, dateCol, r, dateCol, { ...cell, numFmt: DATE_FMT, hAlign: "center" });
      s.formula(
        r,
        dateCol + 1,
        // Staff read Ya/Tidak, not TRUE/FALSE; an error (a date typed as text) still shows.
        `IF(IKU.TEPATWAKTU("${d.jenis}",${ta},${addr(r, dateCol)}),"${YA}","${TIDAK}")`,
        { ...cell, hAlign: "center" },
        yaTidak(tepatWaktu(d.jenis, d.ta, null)),
      );
    });
  }
  const total = last + 1;
  s.value(total, 2, "Jumlah tepat waktu", { bold: true, border: true });
  docs.forEach((_, j) => {
    const c = 4 + 2 * j;
    s.style(total, c - 1, total, c - 1, { border: true });
    // Every prepared row has an empty date: the count is that of one row times the rows.
    const onTime = tepatWaktu(docs[j].jenis, docs[j].ta, null) === true ? count : 0;
    s.formula(
      total,
      c,
      `COUNTIF(${rangeAddr(first, c, last, c)},"${YA}")`,
      { bold: true, border: true, hAlign: "center" },
      onTime,
    );
  });
  s.style(total, 1, total, 1, { border: true });
  for (let j = 0; j < docs.length; j++)
    s.validations.push(dateValidation(rangeAddr(first, 3 + 2 * j, last, 3 + 2 * j)));
  s.freeze = { rows: HEADER_ROW, cols: 2 };
  // The desa names are filled in: every desa row and the totals.
  s.page = dataPage(widths.length, total);
  const name = (nm: string, c: number): NamedRangeModel => ({
    name: nm,
    sheet: DOKDESA_SHEET,
    range: rangeAddr(first, c, last, c, true),
  });
  return {
    sheet: s.done(),
    names: [name(NAMES.dokDesa, 2), ...docs.map((d, j) => name(d.name, 3 + 2 * j))],
  };
}
