/**
 * `Laporan SKM`: the Survei Kepuasan Masyarakat report as offices publish it, built from the
 * survey through its defined names only (PermenPAN-RB No. 14 Tahun 2017): respondents and
 * period, respondent profile, NRR / NRR × bobot / NRR × 25 per unsur, IKM with mutu and
 * kinerja, the unsur weakest first with an empty Rencana Tindak Lanjut column, and a bar
 * chart of the nine NRR. A4 portrait, fit to width; the ranking and chart start page 2.
 */
import { isIkuError } from "../errors";
import { ikmMutu, UNSUR_IKM } from "../ikm";
import { ikmBobotOf, type Profile } from "../profile";
import { cachedResult } from "./cached";
import type { ChartModel } from "./chart-model";
import { PROFIL_GROUPS, skmValues, type SkmSurvey, type SkmValues } from "./laporan-skm-data";
import { body, LAST_COL, profilName, sectionTitle, WIDTHS, writeProfil } from "./laporan-skm-profil";
import type { CachedValue, CellStyle, FormulaMode, SheetModel } from "./model";
import { NAMES } from "./model";
import { filledCells } from "./portable-expr";
import { addr, heightFor, HEADER_STYLE, linesFor, rangeAddr, SheetDraft } from "./sheet-kit";

export const LAPORAN_SKM_SHEET = "Laporan SKM";

const UNSUR = UNSUR_IKM.length;

const num2: CellStyle = { border: true, hAlign: "center", vAlign: "top", numFmt: "0.00" };
const center: CellStyle = { border: true, hAlign: "center", vAlign: "top" };

/** Where the report's computed cells are (for tests and readers). */
export interface SkmLayout {
  respondents: string;
  first: string;
  last: string;
  bobot: string;
  /** First row of the nine unsur rows and of the nine ranked rows. */
  unsurRow: number;
  rankedRow: number;
  ikm: string;
  mutu: string;
  kinerja: string;
  /** Row of the first profile table's first category, or 0 without the profile section. */
  profilRow: number;
}

/** The cached value of `v`, or "" while the survey is empty (the formulas' COUNTA guard). */
const orEmpty = (empty: boolean, v: () => CachedValue): CachedValue => (empty ? "" : v());

/**
 * Builds the report. `names` are the defined names the workbook has (the respondent profile
 * needs the survey's optional columns); `survey` is the data the cached values are computed
 * from (a fresh workbook: none).
 */
export function buildLaporanSkmSheet(
  profile: Profile,
  mode: FormulaMode,
  names: ReadonlySet<string>,
  survey: SkmSurvey = { jawaban: [] },
): { sheet: SheetModel; layout: SkmLayout } {
  const bobot = ikmBobotOf(profile);
  const v: SkmValues = skmValues(survey, bobot);
  // As on the survey sheet: nothing computed while no answer cell holds anything.
  const empty = !v.answered;
  const s = new SheetDraft(LAPORAN_SKM_SHEET, "skm", [...WIDTHS], mode);
  const J = NAMES.ikmJawaban;
  const T = NAMES.ikmTanggal;

  s.value(1, 1, "LAPORAN SURVEI KEPUASAN MASYARAKAT (SKM)", { bold: true, fontSize: 13, hAlign: "center" });
  s.merge(1, 1, 1, LAST_COL);
  s.value(2, 1, `${profile.instansi} Tahun ${profile.tahun}`, { bold: true, hAlign: "center" });
  s.merge(2, 1, 2, LAST_COL);
  const note =
    "Dihitung dari lembar Survei IKM menurut PermenPAN-RB No. 14 Tahun 2017: NRR per unsur = jumlah nilai ÷ " +
    "jumlah responden yang menjawab unsur itu; IKM = 25 × Σ (NRR × bobot). Nilai konversi unsur = NRR × 25.";
  s.value(3, 1, note, { italic: true, wrap: true, vAlign: "top" }).merge(3, 1, 3, LAST_COL);
  s.height(3, heightFor(linesFor(note, s.width(1, LAST_COL))));

  // A. Respondents, period, bobot.
  let r = 5;
  sectionTitle(s, r++, "A. RESPONDEN DAN PERIODE SURVEI");
  const label = (row: number, text: string): void => {
    s.value(row, 1, text, body).merge(row, 1, row, 2);
    s.style(row, 2, row, 2, body);
  };
  const respCell = addr(r, 3, true);
  label(r, "Jumlah responden");
  const answered = UNSUR_IKM.map((_, i) => filledCells(`INDEX(${J},0,${i + 1})`)).join("+");
  s.formula(r++, 3, `SUMPRODUCT(--((${answered})>0))`, { ...center, numFmt: "0" }, v.respondents);
  const dated = `COUNTIF(${T},">0")`;
  const firstCell = addr(r, 3, true);
  label(r, "Tanggal survei pertama");
  s.formula(r++, 3, `IF(${dated}=0,"",SMALL(${T},COUNT(${T})-${dated}+1))`, dateStyle(), v.first ?? "");
  const lastCell = addr(r, 3, true);
  label(r, "Tanggal survei terakhir");
  s.formula(r++, 3, `IF(${dated}=0,"",MAX(${T}))`, dateStyle(), v.last ?? "");
  const bobotCell = addr(r, 3, true);
  label(r, "Bobot per unsur (Profil)");
  const B = NAMES.ikmBobot;
  s.formula(r++, 3, `IF(OR(TRIM(${B})="",${B}=0),1/9,${B})`, { ...center, numFmt: "0.0000" }, bobot);

  // B. Respondent profile (only with the survey's optional columns).
  r++;
  const profilRow = PROFIL_GROUPS.every((g) => names.has(profilName(g.key)))
    ? writeProfil(s, r, respCell, v)
    : { first: 0, next: r };
  r = profilRow.next;

  // C. Per unsur.
  sectionTitle(s, r++, `${profilRow.first ? "C" : "B"}. NILAI PER UNSUR PELAYANAN`);
  const head = r;
  const headers = [
    "No.",
    "Unsur Pelayanan",
    "NRR",
    "NRR × Bobot",
    "Nilai Konversi (NRR × 25)",
    "Mutu",
    "Peringkat",
  ];
  headers.forEach((h, i) => s.value(head, i + 1, h, HEADER_STYLE));
  s.height(head, heightFor(Math.max(...headers.map((h, i) => linesFor(h, WIDTHS[i])))));
  const top = head + 1;
  const bottom = top + UNSUR - 1;
  const guard = (f: string): string => `IF(COUNTA(${J})=0,"",${f})`;
  const nrrOf = (i: number): CachedValue =>
    orEmpty(empty, () => (isIkuError(v.nrr) ? cachedResult(v.nrr) : v.nrr[i]));
  const rankOf = new Map(v.ranking.map((k, p) => [k, p + 1]));
  UNSUR_IKM.forEach((u, i) => {
    const row = top + i;
    const c = (col: number): string => addr(row, col);
    s.value(row, 1, i + 1, center);
    s.value(row, 2, `U${i + 1} ${u}`, body);
    s.height(row, heightFor(linesFor(`U${i + 1} ${u}`, WIDTHS[1])));
    s.formula(row, 3, guard(`INDEX(IKU.IKM.NRR(${J}),1,${i + 1})`), num2, nrrOf(i));
    const n = nrrOf(i);
    const num = typeof n === "number" ? n : null;
    s.formula(
      row,
      4,
      `IF(${c(3)}="","",${c(3)}*${bobotCell})`,
      { ...num2, numFmt: "0.0000" },
      num === null ? n : num * bobot,
    );
    s.formula(row, 5, `IF(${c(3)}="","",${c(3)}*25)`, num2, num === null ? n : num * 25);
    s.formula(
      row,
      6,
      `IF(${c(5)}="","",IKU.IKM.MUTU(${c(5)}))`,
      center,
      num === null ? n : cachedResult(ikmMutu(num * 25)),
    );
    // Weakest first, ties in unsur order: lower NRRs, plus equal NRRs of earlier unsur.
    const col = rangeAddr(top, 3, bottom, 3, true);
    const earlier = i === 0 ? "" : `+SUMPRODUCT(--(${rangeAddr(top, 3, row - 1, 3, true)}=${c(3)}))`;
    const rank = `IF(${c(3)}="","",SUMPRODUCT(--(${col}<${c(3)}))${earlier}+1)`;
    s.formula(row, 7, rank, center, num === null ? n : (rankOf.get(i) ?? ""));
  });
  r = bottom + 1;
  const total = (
    text: string,
    col: number,
    formula: string,
    style: CellStyle,
    cached: CachedValue,
  ): string => {
    s.value(r, 1, text, { ...body, bold: true }).merge(r, 1, r, col - 1);
    s.style(r, 2, r, col - 1, body);
    s.formula(r, col, formula, { ...style, bold: true }, cached);
    return addr(r++, col, true);
  };
  const sum = isIkuError(v.nrr) ? cachedResult(v.nrr) : v.nrr.reduce((a, x) => a + x * bobot, 0);
  total(
    "Jumlah NRR × bobot",
    4,
    guard(`SUM(${rangeAddr(top, 4, bottom, 4)})`),
    { ...num2, numFmt: "0.0000" },
    orEmpty(empty, () => sum),
  );
  const ikmCell = total(
    "Nilai IKM = 25 × Σ (NRR × bobot)",
    5,
    guard(`IKU.IKM(${J},${B})`),
    num2,
    orEmpty(empty, () => cachedResult(v.ikm)),
  );
  const mutuCell = total(
    "Mutu pelayanan",
    5,
    `IF(${ikmCell}="","",IKU.IKM.MUTU(${ikmCell}))`,
    center,
    orEmpty(empty, () => cachedResult(v.mutu)),
  );
  const kinerjaCell = total(
    "Kinerja unit pelayanan",
    5,
    `IF(${ikmCell}="","",IKU.IKM.KINERJA(${ikmCell}))`,
    center,
    orEmpty(empty, () => cachedResult(v.kinerja)),
  );
  const breakRow = r + 1;

  // D. Ranking (page 2) with the Rencana Tindak Lanjut column to fill in.
  r = breakRow;
  sectionTitle(
    s,
    r++,
    `${profilRow.first ? "D" : "C"}. URUTAN UNSUR DARI NILAI TERENDAH DAN RENCANA TINDAK LANJUT`,
  );
  const rh = r++;
  ["Urutan", "Unsur Pelayanan", "NRR", "Nilai Konversi", "Mutu", "Rencana Tindak Lanjut"].forEach((h, i) =>
    s.value(rh, i + 1, h, HEADER_STYLE),
  );
  s.merge(rh, 6, rh, 7);
  s.style(rh, 7, rh, 7, HEADER_STYLE);
  s.height(rh, heightFor(2));
  const rankedRow = r;
  const ranks = rangeAddr(top, 7, bottom, 7, true);
  for (let p = 1; p <= UNSUR; p++, r++) {
    const k = v.ranking[p - 1];
    const at = `MATCH(${p},${ranks},0)`;
    const pick = (col: number): string =>
      `IF(ISNUMBER(${at}),INDEX(${rangeAddr(top, col, bottom, col, true)},${at}),"")`;
    const got = (x: CachedValue | undefined): CachedValue => (k === undefined || x === undefined ? "" : x);
    s.value(r, 1, p, center);
    s.formula(r, 2, pick(2), body, got(k === undefined ? undefined : `U${k + 1} ${UNSUR_IKM[k]}`));
    const n = k === undefined || isIkuError(v.nrr) ? undefined : v.nrr[k];
    s.formula(r, 3, pick(3), num2, got(n));
    s.formula(r, 4, pick(5), num2, got(n === undefined ? undefined : n * 25));
    s.formula(r, 5, pick(6), center, got(n === undefined ? undefined : cachedResult(ikmMutu(n * 25))));
    s.style(r, 6, r, 7, { ...body, fill: "FFF2CC" }).merge(r, 6, r, 7);
    s.height(r, Math.max(s.rowHeights[top + (k ?? p - 1)] ?? 0, 30));
  }

  // E. Chart over the unsur table's label and NRR columns.
  r++;
  sectionTitle(s, r++, `${profilRow.first ? "E" : "D"}. GRAFIK NILAI RATA-RATA (NRR) PER UNSUR`);
  const chartTop = r;
  const chartRows = 20;
  const chart: ChartModel = {
    type: "barClustered",
    title: `NRR per Unsur Pelayanan — ${profile.instansi} ${profile.tahun}`,
    source: rangeAddr(head, 2, bottom, 3),
    valueFormat: "0.00",
    from: { row: chartTop, col: 1 },
    to: { row: chartTop + chartRows, col: LAST_COL + 1 },
    cache: {
      series: ["NRR"],
      categories: UNSUR_IKM.map((u, i) => `U${i + 1} ${u}`),
      values: [UNSUR_IKM.map((_, i) => (empty || isIkuError(v.nrr) ? null : v.nrr[i]))],
    },
  };
  const lastRow = chartTop + chartRows - 1;
  s.page = {
    orientation: "portrait",
    paper: "A4",
    fitToWidth: true,
    printArea: rangeAddr(1, 1, lastRow, LAST_COL),
    rowBreaks: [breakRow],
  };
  const sheet = s.done();
  sheet.charts = [chart];
  return {
    sheet,
    layout: {
      respondents: respCell,
      first: firstCell,
      last: lastCell,
      bobot: bobotCell,
      unsurRow: top,
      rankedRow,
      ikm: ikmCell,
      mutu: mutuCell,
      kinerja: kinerjaCell,
      profilRow: profilRow.first,
    },
  };
}

function dateStyle(): CellStyle {
  return { ...center, numFmt: "dd/mm/yyyy" };
}
