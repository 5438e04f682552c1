/**
 * The `IKU <tahun>` sheet in the layout of the official document: title block, identity rows,
 * the IKU table (with Realisasi, Capaian and Predikat computed from the data sheets) and the
 * signature block, set up to print on A4 landscape, one page wide.
 */
import { moduleOf } from "../indicators";
import { measureOf } from "../profile";
import { desimalFormat } from "./masukan-block";
import { evaluateIndicators } from "../evaluate";
import type { Indicator, Profile } from "../profile";
import { FormulaMode, SheetModel, targetName } from "./model";
import type { CachedValue, CellStyle, TextRun } from "./model";
import type { ProfilCells } from "./profil-sheet";
import { TANGGAL_KOSONG, signatureBreak, tanggalFormula } from "./iku-signature";
import { writeCapaianPredikat } from "./capaian-cells";
import { writeTujuanBlock } from "./iku-tujuan";
import { SheetDraft, addr, heightFor, linesFor, tanggalIndonesia, HEADER_STYLE } from "./sheet-kit";

/** Table columns (1-based). */
export const IKU_COL = {
  no: 1,
  sasaran: 2,
  indikator: 3,
  rumus: 4,
  target: 5,
  realisasi: 6,
  capaian: 7,
  predikat: 8,
  sumber: 9,
  pj: 10,
} as const;

const WIDTHS = [5, 22, 26, 56, 11, 11, 11, 13, 20, 14];
const LAST_COL = WIDTHS.length;

/** The sheet name for performance year `tahun`. */
export function ikuSheetName(tahun: number): string {
  return `IKU ${tahun}`;
}

/** Number format of a target/realisasi of this unit. */
export function unitFormat(ind: Indicator): string {
  if (ind.satuan === "persen") return "0.00%";
  // A typed nilai shows its own decimals (0 for a count); indeks and others two.
  const m = measureOf(ind);
  return m.jenis === "nilai" && ind.satuan === "nilai" ? desimalFormat(m.desimal) : "0.00";
}

/** The add-in formula of an indicator's realisasi (its registry module): blank while no data. */
export function realisasiFormula(ind: Indicator, i: number, profile: Profile): string {
  return moduleOf(ind.kind).formula(ind, i, profile);
}

/** Rumus cell text: the formula, then its Penjelasan in the same cell. */
export function rumusText(ind: Indicator): string {
  return rumusRuns(ind)
    .map((r) => r.text)
    .join("");
}

/** The rumus cell as the documents print it: "Penjelasan :" in bold. */
export function rumusRuns(ind: Indicator): TextRun[] {
  if (!ind.penjelasan.trim()) return [{ text: ind.rumus }];
  return [{ text: `${ind.rumus}\n\n` }, { text: "Penjelasan :", bold: true }, { text: ` ${ind.penjelasan}` }];
}

/** Row layout facts other modules (tests, readers) may rely on. */
export interface IkuLayout {
  headerRow: number;
  firstIndicatorRow: number;
  signatureNameRow: number;
  lastRow: number;
}

/**
 * Builds the IKU sheet. With `profil` (the Profil sheet's cells), the identity block and the
 * signature are formulas reading Profil — editing Profil updates the printed sheet without a
 * rebuild — each cached with the text it shows; without, they are constants.
 */
export function buildIkuSheet(
  profile: Profile,
  mode: FormulaMode,
  profil?: ProfilCells,
): { sheet: SheetModel; layout: IkuLayout } {
  const s = new SheetDraft(ikuSheetName(profile.tahun), "iku", WIDTHS, mode);
  const title: CellStyle = { bold: true, fontSize: 12, hAlign: "center", vAlign: "middle" };
  const lines = [
    "INDIKATOR KINERJA UTAMA",
    profile.judulOrganisasi?.trim() || "ORGANISASI PERANGKAT DAERAH",
    `DI LINGKUNGAN PEMERINTAH KABUPATEN ${profile.kabupaten.toUpperCase()}`,
  ];
  lines.forEach((t, i) => s.value(i + 1, 1, t, title).merge(i + 1, 1, i + 1, LAST_COL));

  // Identity rows: label in A:B, ": value" in C:J, wrapped.
  let row = 5;
  const valueWidth = s.width(3, LAST_COL);
  // Which Profil cell holds which text, to cut the constant prefix off the cached value.
  const texts = new Map<string, string>();
  const textOf = (ref: string): string => texts.get(ref) ?? "";
  const P = profil;
  if (P) {
    texts.set(P.instansi, profile.instansi).set(P.tugas, profile.tugasPokok);
    texts.set(P.tujuan, profile.tujuan).set(P.indikatorTujuan, profile.indikatorTujuan);
    P.fungsi.forEach((ref, i) => texts.set(ref, profile.fungsi[i]));
  }
  const identity = (label: string, value: string, bold = false, labelRef?: string, ref?: string): void => {
    // Fungsi b., c., … have no label: no empty-string cell either.
    if (label && labelRef) s.formula(row, 1, labelRef, { vAlign: "top" }, label);
    else if (label) s.value(row, 1, label, { vAlign: "top" });
    s.merge(row, 1, row, 2);
    const style: CellStyle = { wrap: true, vAlign: "top", bold };
    // The prefix (": ", "  b. ") stays in the formula; the text comes from Profil.
    if (ref) s.formula(row, 3, `"${value.slice(0, value.length - textOf(ref).length)}"&${ref}`, style, value);
    else s.value(row, 3, value, style);
    s.merge(row, 3, row, LAST_COL);
    s.height(row, heightFor(linesFor(value, valueWidth)));
    row++;
  };
  identity("Instansi", `: ${profile.instansi}`, true, undefined, P?.instansi);
  identity(profile.tugasLabel, `: ${profile.tugasPokok}`, false, P?.tugasLabel, P?.tugas);
  profile.fungsi.forEach((f, i) =>
    identity(
      i === 0 ? "Fungsi" : "",
      `${i === 0 ? ": " : "  "}${letter(i)}. ${f}`,
      false,
      undefined,
      P?.fungsi[i],
    ),
  );
  identity("Tujuan", `: ${profile.tujuan}`, false, undefined, P?.tujuan);
  identity("Indikator Tujuan", `: ${profile.indikatorTujuan}`, false, undefined, P?.indikatorTujuan);
  row = writeTujuanBlock(s, profile, row);

  const headerRow = row + 1;
  const headers = [
    "No.",
    "Sasaran Strategis",
    "Indikator Kinerja Utama",
    "Rumus/Formula",
    `Target Tahun ${profile.tahun}`,
    "Realisasi",
    "Capaian",
    "Predikat",
    "Sumber Data",
    "Penanggung Jawab",
  ];
  headers.forEach((h, i) => s.value(headerRow, i + 1, h, HEADER_STYLE));
  // "Target Tahun 2025" needs three bold lines in its narrow column.
  s.height(headerRow, heightFor(3));

  const first = headerRow + 1;
  // What the formulas show for the data the workbook is built with: the core's results for a
  // fresh workbook (empty data sheets), cached in the file for previewers.
  const results = evaluateIndicators({ profile });
  const body: CellStyle = { wrap: true, vAlign: "top", border: true };
  const numeric: CellStyle = { ...body, hAlign: "center" };
  profile.indicators.forEach((ind, i) => {
    const r = first + i;
    const C = IKU_COL;
    s.value(r, C.no, i + 1, { ...numeric, numFmt: "0" });
    // Cells covered by a merge stay empty (only the top-left cell of a merge keeps a value).
    if (i > 0 && profile.indicators[i - 1].sasaran === ind.sasaran) s.style(r, C.sasaran, r, C.sasaran, body);
    else s.value(r, C.sasaran, ind.sasaran, body);
    s.value(r, C.indikator, ind.nama, body);
    s.value(r, C.rumus, rumusText(ind), body).runs(r, C.rumus, rumusRuns(ind));
    // The target lives on the Profil sheet (one source for the sheet and `iku hitung`).
    const targetRef = targetName(i);
    s.formula(
      r,
      C.target,
      `IF(${targetRef}="","",${targetRef})`,
      { ...numeric, numFmt: unitFormat(ind) },
      orBlank(ind.target),
    );
    const target = addr(r, C.target);
    const real = addr(r, C.realisasi);
    s.formula(
      r,
      C.realisasi,
      realisasiFormula(ind, i, profile),
      { ...numeric, numFmt: unitFormat(ind) },
      orBlank(results[i].realisasi),
    );
    const cached = { capaian: orBlank(results[i].capaian), predikat: orBlank(results[i].predikat) };
    writeCapaianPredikat(
      s,
      {
        row: r,
        capaianCol: C.capaian,
        predikatCol: C.predikat,
        real,
        target,
        polaritas: ind.polaritas,
        cached,
      },
      profile,
      numeric,
    );
    s.value(r, C.sumber, ind.sumberData, body);
    s.value(r, C.pj, ind.penanggungJawab, body);
    const need = [
      [ind.nama, C.indikator],
      [rumusText(ind), C.rumus],
      [ind.sumberData, C.sumber],
      [ind.penanggungJawab, C.pj],
    ] as const;
    s.height(r, heightFor(Math.max(...need.map(([t, c]) => linesFor(t, s.width(c))))));
  });
  mergeSasaran(s, profile.indicators, first);
  const lastTableRow = first + Math.max(profile.indicators.length, 1) - 1;

  // Signature block in the right-hand columns, centred like the document.
  const sigCol = IKU_COL.predikat;
  const sig = lastTableRow + 2;
  const p = profile.penandatangan;
  const centre: CellStyle = { hAlign: "center" };
  const sigLine = (r: number, value: string, style: CellStyle = centre, formula?: string): void => {
    if (formula) s.formula(r, sigCol, formula, style, value);
    else s.value(r, sigCol, value, style);
    s.merge(r, sigCol, r, LAST_COL);
  };
  const dots = "(..............................)";
  sigLine(
    sig,
    `${p.tempat}, ${p.tanggal.trim() ? tanggalIndonesia(p.tanggal) : TANGGAL_KOSONG}`,
    centre,
    P && `${P.tempat}&", "&${tanggalFormula(P.tanggal)}`,
  );
  sigLine(sig + 1, p.jabatan, { ...centre, wrap: true }, P?.jabatan);
  const nameRow = sig + 5;
  // An empty name still gets a dotted line to sign on.
  sigLine(
    nameRow,
    p.nama.trim() ? p.nama : dots,
    { ...centre, bold: true },
    P && `IF(TRIM(${P.nama})="","${dots}",${P.nama})`,
  );
  // Name and NIP in bold, as the Sumbersuko document prints them.
  sigLine(nameRow + 1, `NIP. ${p.nip}`, { ...centre, bold: true }, P && `"NIP. "&${P.nip}`);

  s.page = {
    orientation: "landscape",
    paper: "A4",
    fitToWidth: true,
    printTitleRows: `${headerRow}:${headerRow}`,
    printArea: `A1:${addr(nameRow + 1, LAST_COL)}`,
  };
  const breakAt = signatureBreak(s, headerRow, lastTableRow, nameRow + 1);
  if (breakAt !== null) s.page.rowBreaks = [breakAt];
  return {
    sheet: s.done(),
    layout: { headerRow, firstIndicatorRow: first, signatureNameRow: nameRow, lastRow: nameRow + 1 },
  };
}

/** A core result as the sheet's formulas show it: nothing yet ("") for null. */
export function orBlank(x: number | string | null): CachedValue {
  return x === null ? "" : x;
}

/** a, b, … z, aa, ab … for Fungsi items. */
function letter(i: number): string {
  return i < 26 ? String.fromCharCode(97 + i) : letter(Math.floor(i / 26) - 1) + letter(i % 26);
}

/** Merges runs of equal consecutive sasaran, and makes the rows tall enough for the text. */
function mergeSasaran(s: SheetDraft, indicators: Indicator[], first: number): void {
  let start = 0;
  for (let i = 1; i <= indicators.length; i++) {
    if (i < indicators.length && indicators[i].sasaran === indicators[start].sasaran) continue;
    const r1 = first + start;
    const r2 = first + i - 1;
    s.merge(r1, IKU_COL.sasaran, r2, IKU_COL.sasaran);
    const need = heightFor(linesFor(indicators[start].sasaran, s.width(IKU_COL.sasaran)));
    let have = 0;
    for (let r = r1; r <= r2; r++) have += s.rowHeights[r] ?? 15;
    if (need > have) s.height(r2, (s.rowHeights[r2] ?? 15) + need - have);
    start = i;
  }
}
