/**
 * Checks that make `iku hitung` and `iku rekap` refuse what the sheet itself would show as an
 * error (issue 8 §5). The add-in functions read a date typed as text ("15/09/2025") and a
 * survey score stored as text ("4"), but the portable formulas (workbook/portable*.ts: ISNUMBER,
 * COUNT, MATCH against {1,2,3,4}) show #VALUE! for them, and a workbook travels in either mode.
 * So evaluation takes the strict side and says where and what to do. Also the profile read
 * back from the Profil sheet: a year outside 2000–2100 or a persen target above 1000 %.
 */
import { columnLetters } from "./a1";
import { isBlankCell, numberFrom } from "./args";
import type { IkuWorkbookData, RangeData, Where } from "./indicators/data";
import type { Profile } from "./profile";
import { validateWorkbookProfile } from "./profile-validate";

export type { Where } from "./indicators/data";

/** At most 30 characters of a typed value, for messages. */
function shown(text: string): string {
  const t = text.trim();
  return t.length > 30 ? `${t.slice(0, 30)}…` : t;
}

function at(range: RangeData, r: number, c: number): string {
  return `${range.sheet} baris ${range.top + r} kolom ${columnLetters(range.left + c)}`;
}

/**
 * The first date typed as text in a date range (any non-blank text: the portable formulas
 * count only real date cells). `rowCounts(r)` limits the check to rows the formula reads a
 * date for (a Fasilitasi row with a status, an answered survey row); all rows when absent.
 */
export function textDateError(range: RangeData, rowCounts?: (r: number) => boolean): Where | null {
  const v = range.values;
  for (let r = 0; r < v.length; r++) {
    if (rowCounts && !rowCounts(r)) continue;
    for (let c = 0; c < v[r].length; c++) {
      const x = v[r][c];
      if (typeof x === "string" && x.trim() !== "") {
        return {
          sheet: range.sheet,
          message:
            `${at(range, r, c)}: tanggal berupa teks "${shown(x)}"; ketik ulang sebagai tanggal ` +
            `(sel berformat tanggal, mis. 15/09/2025)`,
        };
      }
    }
  }
  return null;
}

/** The first survey score stored as text ("4", "3,5"): MATCH(…,{1,2,3,4},0) finds no text. */
export function textScoreError(range: RangeData): Where | null {
  const v = range.values;
  for (let r = 0; r < v.length; r++) {
    for (let c = 0; c < v[r].length; c++) {
      const x = v[r][c];
      if (typeof x === "string" && numberFrom(x) !== undefined) {
        return {
          sheet: range.sheet,
          message: `${at(range, r, c)} (U${c + 1}): nilai "${shown(x)}" berupa teks; ketik ulang sebagai angka 1–4`,
        };
      }
    }
  }
  return null;
}

/** Row filter: the rows of `range` with something in them (the number 0 is blank). */
export function filledRows(range: RangeData | undefined): (r: number) => boolean {
  return (r) => range?.values[r]?.some((x) => !isBlankCell(x)) ?? false;
}

/** The first of several checks that found something. */
export function firstProblem(...found: (Where | null)[]): Where | null {
  return found.find((w) => w !== null) ?? null;
}

/** Excel serial of a JS Date as readers create them (UTC midnight = whole serial). */
function serialOf(d: Date): number {
  return 25569 + d.getTime() / 86_400_000;
}

function withSerials(range: RangeData | undefined): RangeData | undefined {
  // Readers may add fields beside the ranges (e.g. profilRows): only cell blocks are converted.
  if (!range || !Array.isArray(range.values)) return range;
  if (!range.values.some((row) => row.some((x) => x instanceof Date))) return range;
  return {
    ...range,
    values: range.values.map((row) => row.map((x) => (x instanceof Date ? serialOf(x) : x))),
  };
}

/** The daftar logs with Date cells as serials; the same object when none holds a Date. */
function daftarWithSerials(logs: IkuWorkbookData["daftar"]): IkuWorkbookData["daftar"] {
  if (!logs) return logs;
  let changed = false;
  const out: NonNullable<IkuWorkbookData["daftar"]> = {};
  for (const [key, log] of Object.entries(logs)) {
    const tanggal = withSerials(log.tanggal);
    const status = withSerials(log.status);
    changed ||= tanggal !== log.tanggal || status !== log.status;
    out[key] = { ...log, tanggal, status };
  }
  return changed ? out : logs;
}

/**
 * The data with Date cells turned into Excel serials, as the core reads dates (a reader may
 * hand them as Date objects). The same object when no range holds a Date.
 */
export function withDateSerials(data: IkuWorkbookData): IkuWorkbookData {
  const out: IkuWorkbookData = { ...data };
  let changed = false;
  for (const k of Object.keys(data) as (keyof IkuWorkbookData)[]) {
    // Typed quarterly inputs (masukan) are numbers, never dates.
    if (k === "profile" || k === "masukan") continue;
    if (k === "daftar") {
      const logs = daftarWithSerials(data.daftar);
      if (logs !== data.daftar) {
        out.daftar = logs;
        changed = true;
      }
      continue;
    }
    const next = withSerials(data[k]);
    if (next !== data[k]) {
      out[k] = next;
      changed = true;
    }
  }
  return changed ? out : data;
}

/**
 * Problems of the profile read from the Profil sheet, per indicator index: a bad year
 * concerns every indicator, a bad target or a log on another log's sheet its own. Empty map =
 * none.
 */
export function profileProblems(profile: Profile): Map<number, Where> {
  const out = new Map<number, Where>();
  const problems = validateWorkbookProfile(profile);
  const tahun = problems.find((p) => p.field === "tahun");
  profile.indicators.forEach((_, i) => {
    const target = problems.find((p) => p.field === `indicators.${i}.target`);
    const lembar = problems.find((p) => p.field === `indicators.${i}.lembar`);
    if (tahun) out.set(i, { sheet: "Profil", message: `Profil "Tahun": ${tahun.message}` });
    else if (target)
      out.set(i, {
        sheet: "Profil",
        message: `Profil, tabel indikator No. ${i + 1} kolom "Target": ${target.message}`,
      });
    else if (lembar)
      out.set(i, {
        sheet: "Profil",
        message: `Profil, tabel indikator No. ${i + 1} kolom "Daftar: Nama Lembar": ${lembar.message}`,
      });
  });
  return out;
}
