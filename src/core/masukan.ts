/**
 * Realisasi of the typed kinds (issue 10): figures typed per quarter on the Pengukuran
 * Kinerja sheet, TW I–IV across, instead of a data sheet.
 * - `rasio`: two rows, pembilang and penyebut. Realisasi up to quarter q is CUMULATIVE:
 *   Σ pembilang ÷ Σ penyebut over the quarters typed up to q — what offices report for e.g.
 *   "persentase pengaduan diselesaikan" (all complaints of the year so far). A quarter with
 *   only one of the two typed is refused; Σ penyebut 0 → #DIV/0!.
 * - `nilai`: one row. Realisasi up to q is the LAST quarter typed up to q (Nilai SAKIP, an
 *   index: the latest measurement stands for the year).
 * The yearly realisasi is the value up to TW IV. Blank quarters are "not measured"; nothing
 * typed → null. Figures are numbers ≥ 0; text or a negative → #VALUE!.
 */
import { columnLetters } from "./a1";
import { ErrorKind, IkuError, Result, ikuErrorAt, ikuError } from "./errors";
import { fmt } from "./args";
import { isEmptyCell } from "./indicators/data";
import type { Triwulan } from "./triwulan";
import { TRIWULAN_LABEL } from "./triwulan";

/** The figure of row r (0-based), quarter q: a number ≥ 0, null when blank, or an error. */
function figure(
  values: readonly (readonly unknown[])[],
  r: number,
  q: Triwulan,
  name: string,
): Result<number | null> {
  const x = values[r]?.[q - 1];
  if (isEmptyCell(x)) return null;
  const p = { argument: name, row: r + 1, column: q, columnLabel: columnLetters(q) };
  if (typeof x !== "number" || !Number.isFinite(x)) {
    const shown = typeof x === "string" ? `"${x.trim().slice(0, 30)}"` : String(x);
    return ikuErrorAt(ErrorKind.Value, p, ` (${TRIWULAN_LABEL[q]}): ${shown} bukan angka`);
  }
  if (x < 0) return ikuErrorAt(ErrorKind.Value, p, ` (${TRIWULAN_LABEL[q]}): nilai ${fmt(x)} negatif`);
  return x;
}

function isErr(x: unknown): x is IkuError {
  return typeof x === "object" && x !== null;
}

/**
 * Rasio up to quarter `upTo`: Σ pembilang ÷ Σ penyebut over the quarters typed.
 * @param values 2 rows (pembilang, penyebut) × 4 quarters, as the IKU_Masukan_<n> range.
 * @returns the ratio, null when nothing is typed up to `upTo`, or an error with its place.
 */
export function rasioSampai(values: readonly (readonly unknown[])[], upTo: Triwulan): Result<number | null> {
  let p = 0;
  let d = 0;
  let typed = false;
  for (let q = 1 as Triwulan; q <= upTo; q = (q + 1) as Triwulan) {
    const a = figure(values, 0, q, "pembilang");
    if (isErr(a)) return a;
    const b = figure(values, 1, q, "penyebut");
    if (isErr(b)) return b;
    if ((a === null) !== (b === null)) {
      const row = a === null ? 1 : 2;
      const p2 = {
        argument: row === 1 ? "pembilang" : "penyebut",
        row,
        column: q,
        columnLabel: columnLetters(q),
      };
      return ikuErrorAt(
        ErrorKind.Value,
        p2,
        ` (${TRIWULAN_LABEL[q]}): kosong, padahal ${row === 1 ? "penyebut" : "pembilang"} diisi`,
      );
    }
    if (a === null || b === null) continue;
    typed = true;
    p += a;
    d += b;
  }
  if (!typed) return null;
  if (d === 0) return ikuError(ErrorKind.DivZero, `penyebut: jumlah sampai ${TRIWULAN_LABEL[upTo]} 0`);
  return p / d;
}

/**
 * Nilai up to quarter `upTo`: the last quarter typed.
 * @param values 1 row × 4 quarters, as the IKU_Masukan_<n> range.
 */
export function nilaiSampai(values: readonly (readonly unknown[])[], upTo: Triwulan): Result<number | null> {
  let last: number | null = null;
  for (let q = 1 as Triwulan; q <= upTo; q = (q + 1) as Triwulan) {
    const v = figure(values, 0, q, "nilai");
    if (isErr(v)) return v;
    if (v !== null) last = v;
  }
  return last;
}
