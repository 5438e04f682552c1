/**
 * The respondent-profile tables of the Laporan SKM sheet: per group (jenis kelamin, usia,
 * pendidikan, pekerjaan) the count and percentage of respondents per category, counted with
 * COUNTIF/COUNTIFS over the survey's optional columns (built-in functions in both modes).
 * Text categories match whole cell texts case-insensitively; anything else filled is
 * "Lainnya", so each table adds up to the number of respondents.
 */
import { LAINNYA, PROFIL_GROUPS, TIDAK_DIISI, type SkmValues } from "./laporan-skm-data";
import { NAMES, type CellStyle } from "./model";
import { addr, HEADER_STYLE, rangeAddr, type SheetDraft } from "./sheet-kit";

/** Columns A–G: No | Unsur | NRR | NRR × bobot | konversi | mutu | peringkat (G wide: RTL). */
// Never width 9: ExcelJS takes it for its default and drops it.
export const WIDTHS: readonly number[] = [7, 36, 11.5, 12, 13, 10, 32];
export const LAST_COL = WIDTHS.length;
export const body: CellStyle = { border: true, vAlign: "top", wrap: true };

export function sectionTitle(s: SheetDraft, row: number, text: string): void {
  s.value(row, 1, text, { bold: true }).merge(row, 1, row, LAST_COL);
}

/** The survey column's defined name of a profile group. */
export function profilName(key: (typeof PROFIL_GROUPS)[number]["key"]): string {
  return {
    jenisKelamin: NAMES.ikmJenisKelamin,
    usia: NAMES.ikmUsia,
    pendidikan: NAMES.ikmPendidikan,
    pekerjaan: NAMES.ikmPekerjaan,
  }[key];
}

const count: CellStyle = { border: true, hAlign: "center", vAlign: "top", numFmt: "0" };
const pct: CellStyle = { border: true, hAlign: "center", vAlign: "top", numFmt: "0.00%" };

const quoted = (w: string): string => `"${w.replace(/"/g, '""')}"`;

/**
 * Writes the section from row `start`; `resp` is the absolute address of the respondent
 * count. Returns the first category row and the row after the section.
 */
export function writeProfil(
  s: SheetDraft,
  start: number,
  resp: string,
  v: SkmValues,
): { first: number; next: number } {
  let r = start;
  sectionTitle(s, r++, "B. PROFIL RESPONDEN");
  ["Karakteristik", "", "Jumlah", "Persentase"].forEach((h, i) =>
    h ? s.value(r, i + 1, h, HEADER_STYLE) : s.style(r, i + 1, r, i + 1, HEADER_STYLE),
  );
  s.merge(r, 1, r, 2);
  r++;
  const first = r + 1;
  for (const g of PROFIL_GROUPS) {
    const name = profilName(g.key);
    s.value(r, 1, g.title, { ...body, bold: true, fill: "F2F2F2" }).merge(r, 1, r, 4);
    s.style(r, 2, r, 4, { ...body, fill: "F2F2F2" });
    r++;
    const top = r;
    const counts = v.profil[g.key];
    const labels = [...g.kategori.map((k) => k.label), ...(g.key === "usia" ? [] : [LAINNYA]), TIDAK_DIISI];
    const filled = `SUMPRODUCT(--(TRIM(${name})<>""))`;
    labels.forEach((label, i) => {
      const k = g.kategori[i];
      let f: string;
      if (k?.words) f = `SUMPRODUCT(COUNTIF(${name},{${k.words.map(quoted).join(",")}}))`;
      else if (k) {
        const lo = `${name},">${k.lo ?? 0}"`;
        f = k.hi === undefined ? `COUNTIF(${lo})` : `COUNTIFS(${lo},${name},"<=${k.hi}")`;
      } else if (label === LAINNYA) f = `${filled}-SUM(${rangeAddr(top, 3, r - 1, 3)})`;
      else if (g.key === "usia") f = `${resp}-SUM(${rangeAddr(top, 3, r - 1, 3)})`;
      else f = `${resp}-${filled}`;
      s.style(r, 1, r, 1, body);
      s.value(r, 2, label, body);
      s.formula(r, 3, f, count, counts[i]);
      s.formula(
        r,
        4,
        `IF(${resp}=0,"",${addr(r, 3)}/${resp})`,
        pct,
        v.respondents === 0 ? "" : counts[i] / v.respondents,
      );
      r++;
    });
  }
  return { first, next: r + 1 };
}
