/**
 * Where the typed kinds' quarterly inputs live: a block on the Pengukuran Kinerja sheet
 * below the monitoring table, one row per typed figure (rasio: pembilang and penyebut; nilai:
 * the value), TW I–IV in columns D–G, named IKU_Masukan_<n> (n = the indicator's number).
 * One layout for the sheet that writes it, the formulas that read it and the reader.
 */
import { columnLetters } from "../a1";
import type { Indicator, Profile } from "../profile";
import type { Triwulan } from "../triwulan";

export const MASUKAN_SHEET = "Pengukuran Kinerja";
/** First indicator row of the monitoring table (PENGUKURAN_LAYOUT.firstIndicatorRow). */
export const TABLE_FIRST_ROW = 7;
/** Column of TW I's input; TW q is MASUKAN_COL + q − 1. */
export const MASUKAN_COL = 4;

/** Name of indicator n's (1-based) input range; n = 0 is the tujuan (TUJUAN_INDEX + 1). */
export function masukanName(n: number): string {
  return n === 0 ? "IKU_Masukan_Tujuan" : `IKU_Masukan_${n}`;
}

type Layout = Pick<Profile, "indicators" | "tujuanUkur">;

/** How many input rows a kind types per quarter (0 = measured from a data sheet). */
export function inputRows(ind: Pick<Indicator, "kind">): number {
  return ind.kind === "rasio" ? 2 : ind.kind === "nilai" ? 1 : 0;
}

export interface MasukanBlock {
  /** Title row of the block and its header row (null rows when no indicator is typed). */
  titleRow: number;
  headerRow: number;
  /** First input row of each indicator by index; undefined for data-sheet kinds. */
  rows: (number | undefined)[];
  /** First input row of the measured tujuan when it is typed (after the indicators'). */
  tujuanRow?: number;
  lastRow: number;
}

/** Rows of the monitoring table: one per indicator, plus the measured tujuan's. */
export function tableRows(profile: Layout): number {
  return profile.indicators.length + (profile.tujuanUkur ? 1 : 0);
}

/** The block of `profile`, or null when neither an indicator nor the tujuan is typed. */
export function masukanBlock(profile: Layout): MasukanBlock | null {
  const tujuanRows = profile.tujuanUkur ? inputRows(profile.tujuanUkur) : 0;
  if (!profile.indicators.some((ind) => inputRows(ind) > 0) && tujuanRows === 0) return null;
  const titleRow = TABLE_FIRST_ROW + Math.max(tableRows(profile), 1) + 1;
  const headerRow = titleRow + 1;
  let next = headerRow + 1;
  const rows = profile.indicators.map((ind) => {
    const k = inputRows(ind);
    if (k === 0) return undefined;
    const r = next;
    next += k;
    return r;
  });
  if (tujuanRows === 0) return { titleRow, headerRow, rows, lastRow: next - 1 };
  return { titleRow, headerRow, rows, tujuanRow: next, lastRow: next + tujuanRows - 1 };
}

/** First input row and row count of indicator i (TUJUAN_INDEX = the tujuan), or an error. */
function inputsOf(profile: Layout, i: number): { top: number; k: number } {
  const block = masukanBlock(profile);
  const top = i < 0 ? block?.tujuanRow : block?.rows[i];
  const kindOf = i < 0 ? profile.tujuanUkur : profile.indicators[i];
  if (top === undefined || !kindOf) throw new Error(`IKU ke-${i + 1} tidak punya masukan triwulan`);
  return { top, k: inputRows(kindOf) };
}

/** Absolute A1 range of indicator i's inputs (all rows, TW I–IV), without the sheet. */
export function masukanRange(profile: Layout, i: number): string {
  const { top, k } = inputsOf(profile, i);
  return `$${columnLetters(MASUKAN_COL)}$${top}:$${columnLetters(MASUKAN_COL + 3)}$${top + k - 1}`;
}

/**
 * Sheet-qualified reference to input row k (0-based) of indicator i, TW I up to `upTo` —
 * what the IKU sheet's and the Pengukuran sheet's formulas read.
 */
export function masukanRef(profile: Layout, i: number, k: number, upTo: Triwulan): string {
  const { top } = inputsOf(profile, i);
  const r = top + k;
  return `'${MASUKAN_SHEET}'!$${columnLetters(MASUKAN_COL)}$${r}:$${columnLetters(MASUKAN_COL + upTo - 1)}$${r}`;
}
