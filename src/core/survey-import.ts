/**
 * Turns a survey export's table (CSV or the first sheet of an xlsx) into survey-sheet rows:
 * columns found by name (./survey-import-map), every cell converted and checked. A bad cell
 * rejects its row — reported with row, column, value and why — and the good rows are kept.
 * Pure: the CLI and the pane share it.
 */
import { MAX_SERIAL, serialFromParts } from "./dates";
import { isIkuError } from "./errors";
import type { SurveyField } from "./survey-fields";
import { mapColumns, type ColumnMapping } from "./survey-import-map";

export { mapColumns, normaliseHeader, fieldByName } from "./survey-import-map";
export type { ColumnMapping } from "./survey-import-map";

/** One imported respondent: field key → value (null = left blank, e.g. a skipped answer). */
export type SurveyRow = Record<string, number | string | null>;

export interface RowProblem {
  /** Row number in the export (the header is row 1). */
  row: number;
  column: string;
  value: string;
  why: string;
}

export interface SurveyImport {
  mapping: ColumnMapping;
  headers: string[];
  rows: SurveyRow[];
  /** Export row number of each kept row. */
  sourceRows: number[];
  problems: RowProblem[];
  /** Rows rejected (each has at least one problem). */
  rejected: number;
  /** Fully blank rows skipped. */
  blank: number;
}

const ANSWERS: Record<string, number> = {};
for (const [word, n] of [
  ["sangat", 4],
  ["", 3],
  ["kurang", 2],
  ["tidak", 1],
] as const) {
  for (const base of [
    "baik",
    "puas",
    "setuju",
    "sesuai",
    "mudah",
    "cepat",
    "wajar",
    "kompeten",
    "sopan",
    "memadai",
  ]) {
    ANSWERS[`${word} ${base}`.trim()] = n;
  }
}

function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

function shown(v: unknown): string {
  return typeof v === "string" ? v : String(v);
}

type Converted = { ok: number | string } | { why: string };

function score(v: unknown): Converted {
  if (typeof v === "number") {
    return Number.isInteger(v) && v >= 1 && v <= 4 ? { ok: v } : { why: "nilai harus bilangan bulat 1–4" };
  }
  const s = shown(v).trim().toLowerCase().replace(/\s+/g, " ");
  if (/^[1-4]([.,]0+)?$/.test(s)) return { ok: Number(s[0]) };
  // "4 - Sangat Baik", "4. Sangat Puas": the number, when the words agree with it.
  const lead = /^([1-4])\s*[-.):]\s*(.+)$/.exec(s);
  if (lead && (ANSWERS[lead[2]] === undefined || ANSWERS[lead[2]] === Number(lead[1])))
    return { ok: Number(lead[1]) };
  const word = ANSWERS[s.replace(/[.!]+$/, "")];
  if (word !== undefined) return { ok: word };
  if (/^-?\d+([.,]\d+)?$/.test(s)) return { why: "nilai di luar 1–4 (harus bilangan bulat 1, 2, 3 atau 4)" };
  return { why: "jawaban tidak dikenal (pakai 1–4 atau Sangat Baik/Baik/Kurang Baik/Tidak Baik)" };
}

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T]+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?$/;
const YMD =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

function date(v: unknown): Converted {
  if (typeof v === "number") {
    return Number.isFinite(v) && v >= 1 && v < MAX_SERIAL + 1
      ? { ok: Math.floor(v) }
      : { why: "bukan tanggal" };
  }
  const s = shown(v).trim();
  const dmy = DMY.exec(s);
  const ymd = YMD.exec(s);
  const parts = dmy ? [dmy[3], dmy[2], dmy[1]] : ymd ? [ymd[1], ymd[2], ymd[3]] : null;
  if (!parts) return { why: "tanggal tidak terbaca (pakai dd/mm/yyyy atau yyyy-mm-dd)" };
  const r = serialFromParts(Number(parts[0]), Number(parts[1]), Number(parts[2]), "tanggal");
  return isIkuError(r) ? { why: r.message.replace(/^tanggal: /, "") } : { ok: r };
}

function age(v: unknown): Converted {
  const s =
    typeof v === "number"
      ? String(v)
      : shown(v)
          .trim()
          .replace(/\s*(tahun|thn|th)\.?$/i, "");
  if (!/^\d{1,3}$/.test(s)) return { why: "usia harus bilangan bulat (tahun)" };
  const n = Number(s);
  return n >= 10 && n <= 120 ? { ok: n } : { why: "usia di luar 10–120 tahun" };
}

const GENDER: Record<string, string> = {
  l: "L",
  "laki laki": "L",
  lakilaki: "L",
  pria: "L",
  p: "P",
  perempuan: "P",
  wanita: "P",
};

/** The survey sheet's Jenis Kelamin is a list L/P; exports write the words. */
function gender(v: unknown): Converted {
  const g =
    GENDER[
      shown(v)
        .toLowerCase()
        .replace(/[^a-z]+/g, " ")
        .trim()
    ];
  return g ? { ok: g } : { why: "jenis kelamin harus L atau P (Laki-laki/Perempuan)" };
}

function convert(f: SurveyField, v: unknown): Converted {
  switch (f.kind) {
    case "skor":
      return score(v);
    case "tanggal":
      return date(v);
    case "usia":
      return age(v);
    default: {
      if (f.key === "jenisKelamin") return gender(v);
      const s = shown(v).replace(/\s+/g, " ").trim();
      return s.length <= 255 ? { ok: s } : { why: "teks lebih dari 255 karakter" };
    }
  }
}

/**
 * Reads a survey table.
 * @param table the export: header row first, then one row per respondent (cells as read:
 *   strings from CSV; numbers, strings or null from xlsx).
 * @param available keys of the fields the workbook has a column for.
 * @returns the mapping and converted rows, or the mapping errors.
 */
export function importSurvey(
  table: readonly (readonly unknown[])[],
  available: ReadonlySet<string>,
  overrides: readonly { field: string; header: string }[] = [],
): SurveyImport | { errors: string[] } {
  if (table.length === 0) return { errors: ["berkas survei kosong (tidak ada baris judul kolom)"] };
  const headers = table[0].map((h) => (isBlank(h) ? "" : shown(h).trim()));
  const mapped = mapColumns(headers, available, overrides);
  if (!mapped.ok) return { errors: mapped.errors };
  const { mapping } = mapped;
  const out: SurveyImport = {
    mapping,
    headers,
    rows: [],
    sourceRows: [],
    problems: [],
    rejected: 0,
    blank: 0,
  };
  for (let r = 1; r < table.length; r++) {
    const cells = table[r];
    if (cells.every(isBlank)) {
      out.blank++;
      continue;
    }
    const row: SurveyRow = {};
    const problems: RowProblem[] = [];
    let answers = 0;
    for (const [i, f] of mapping.columns) {
      const v = cells[i];
      if (isBlank(v)) {
        row[f.key] = null;
        continue;
      }
      const c = convert(f, v);
      if ("why" in c) problems.push({ row: r + 1, column: headers[i], value: shown(v), why: c.why });
      else {
        row[f.key] = c.ok;
        if (f.kind === "skor") answers++;
      }
    }
    if (problems.length === 0 && answers === 0) {
      problems.push({
        row: r + 1,
        column: "U1–U9",
        value: "",
        why: "semua unsur kosong (baris tanpa jawaban)",
      });
    }
    if (problems.length > 0) {
      out.problems.push(...problems);
      out.rejected++;
    } else {
      out.rows.push(row);
      out.sourceRows.push(r + 1);
    }
  }
  return out;
}
