/**
 * IKM per jenis layanan (offices publish the IKM of each service beside the total) and the
 * survey rows that hold respondent data but no answer at all — both read the survey's other
 * columns, which IKU.IKM alone never sees.
 */
import { isBlankCell, isIkuErrorValue, toColumn } from "./args";
import { ErrorKind, ikuError, type IkuError, type Result, ikuErrorAt } from "./errors";
import { checkedAnswers, ikm } from "./ikm";

/**
 * How a service name is compared: whole text, case-insensitive, as COUNTIFS compares it (the
 * portable formula uses COUNTIFS/SUMIFS). A blank cell (or 0, Excel for Windows) has no name.
 */
export function layananKey(x: unknown): string | null {
  if (isBlankCell(x)) return null;
  const t = String(x);
  return t.trim() === "" ? null : t.toLowerCase();
}

/** Characters COUNTIFS would read as wildcards or a comparison: refused in a service name. */
const CRITERIA_CHARS = /[*?~]|^[=<>]/;

/** The service name argument: text, not blank, without COUNTIFS wildcards. */
function checkNama(nama: unknown): Result<string> {
  const key = layananKey(Array.isArray(nama) ? (nama as unknown[][])[0]?.[0] : nama);
  if (key === null) return ikuError(ErrorKind.Value, "nama: nama jenis layanan kosong");
  if (CRITERIA_CHARS.test(key))
    return ikuError(ErrorKind.Value, `nama: "${key.slice(0, 30)}" memuat * ? ~ atau diawali = < >`);
  return key;
}

/** The answers and the Jenis Layanan column side by side, checked. */
function answersWithLayanan(
  jawaban: unknown,
  layanan: unknown,
): Result<{ rows: readonly (readonly unknown[])[]; col: readonly unknown[]; keys: (string | null)[] }> {
  const rows = checkedAnswers(jawaban);
  if (isIkuErrorValue(rows)) return rows;
  const col = toColumn(layanan, "layanan");
  if (isIkuErrorValue(col)) return col;
  if (col.length !== rows.length) {
    return ikuError(
      ErrorKind.Value,
      `layanan: ${col.length} baris, tidak sama dengan ${rows.length} baris jawaban`,
    );
  }
  return { rows, col, keys: col.map(layananKey) };
}

/**
 * IKU.IKM.LAYANAN: the IKM (IKU.IKM, same bobot and skipped-answer rules) of the respondents
 * whose Jenis Layanan is `nama`. No such respondent → #DIV/0!.
 */
export function ikmLayanan(
  jawaban: unknown,
  layanan: unknown,
  nama: unknown,
  bobot: unknown,
): Result<number> {
  const both = answersWithLayanan(jawaban, layanan);
  if (isIkuErrorValue(both)) return both;
  const key = checkNama(nama);
  if (isIkuErrorValue(key)) return key;
  const picked = both.rows.filter((_, r) => both.keys[r] === key);
  return ikm(picked, bobot);
}

export interface IkmPerLayanan {
  /** The name as first written in the column. */
  readonly layanan: string;
  /** Rows of this service with at least one answer. */
  readonly responden: number;
  readonly ikm: Result<number>;
}

/**
 * The IKM of every service type named in the Jenis Layanan column, in order of first
 * appearance (names compared as layananKey does). Rows with answers but no service name are
 * left out here; they still count in the total IKM.
 */
export function ikmPerLayanan(jawaban: unknown, layanan: unknown, bobot: unknown): Result<IkmPerLayanan[]> {
  const both = answersWithLayanan(jawaban, layanan);
  if (isIkuErrorValue(both)) return both;
  const groups = new Map<string, { layanan: string; rows: (readonly unknown[])[] }>();
  both.rows.forEach((row, r) => {
    const key = both.keys[r];
    if (key === null || row.every(isBlankCell)) return;
    const g = groups.get(key) ?? {
      layanan: String(both.col[r]).trim(),
      rows: [],
    };
    g.rows.push(row);
    groups.set(key, g);
  });
  return [...groups.values()].map((g) => ({
    layanan: g.layanan,
    responden: g.rows.length,
    ikm: ikm(g.rows, bobot),
  }));
}

/**
 * A survey row with respondent data (date, service, …) but every unsur blank is a mistake —
 * a skipped row, not a respondent who skipped everything. `others` are the respondent
 * columns (one entry per row, as tall as `jawaban`; shorter columns are read as blank).
 * Returns the error naming the first such row (1-based within the range), or null.
 */
export function rowWithoutAnswers(
  jawaban: readonly (readonly unknown[])[],
  others: readonly (readonly unknown[] | undefined)[],
  label = "jawaban",
): IkuError | null {
  for (let r = 0; r < jawaban.length; r++) {
    if (!jawaban[r].every(isBlankCell)) continue;
    if (others.some((col) => col !== undefined && !isBlankCell(col[r]) && String(col[r]).trim() !== ""))
      return ikuErrorAt(
        ErrorKind.Value,
        { argument: label, row: r + 1 },
        ": data responden diisi tetapi tidak ada satu pun unsur U1–U9 yang dijawab; isi jawabannya atau hapus baris itu",
      );
  }
  return null;
}
