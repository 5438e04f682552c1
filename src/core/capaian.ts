/**
 * Capaian (achievement) of an indicator against its target, and its predikat. Capaian is
 * a fraction (1 = 100 %).
 */
import { ErrorKind, Result, finite, ikuError } from "./errors";
import {
  checkNumber,
  checkOptionalText,
  fmt,
  isBlank,
  isBlankCell,
  isIkuErrorValue,
  roundTo,
  scalarOf,
  toMatrix,
} from "./args";

/** One step of a predikat scale: capaian ≥ min (a fraction) gets `label`. */
export interface PredikatStep {
  readonly min: number;
  readonly label: string;
}

/**
 * Tingkat capaian kinerja most used by Pemda (Permendagri 86/2017 as commonly cited; not
 * checked against the regulation text here), highest bound first.
 */
export const DEFAULT_PREDIKAT_SCALE: readonly PredikatStep[] = [
  { min: 0.91, label: "Sangat Tinggi" },
  { min: 0.76, label: "Tinggi" },
  { min: 0.66, label: "Sedang" },
  { min: 0.51, label: "Rendah" },
  { min: 0, label: "Sangat Rendah" },
];

// A lower bound above 10 (1000 %) is surely a percentage typed as 91 instead of 0,91.
const MAX_BOUND = 10;

/** Polarity words (lower case, no spaces): the one list the core and the portable formulas read. */
export const POLARITAS: ReadonlyMap<string, "positif" | "negatif"> = new Map([
  ["positif", "positif"],
  ["+", "positif"],
  ["positive", "positif"],
  ["negatif", "negatif"],
  ["-", "negatif"],
  ["negative", "negatif"],
]);

/**
 * capaian = realisasi ÷ target when higher is better ("positif", "+", default);
 * (2·target − realisasi) ÷ target when lower is better ("negatif", "-"), the LKjIP
 * convention (target − (realisasi − target)) ÷ target. Target 0 → #DIV/0!.
 * Never negative: a negative realisasi or target is a data error (#VALUE!; every IKU here is
 * a percentage or an index), and a negative-polarity realisasi above twice the target gives
 * 0 — LKjIP practice caps capaian at 0 % rather than report a negative achievement.
 */
export function capaian(realisasi: unknown, target: unknown, polaritas: unknown): Result<number> {
  // A polaritas is text, so the number 0 is a blank cell as Excel for Windows sends it.
  const p = isBlankCell(scalarOf(polaritas, "polaritas")) ? null : checkOptionalText(polaritas, "polaritas");
  if (isIkuErrorValue(p)) return p;
  const pol = p === null ? "positif" : POLARITAS.get(p.replace(/\s+/g, "").toLowerCase());
  if (pol === undefined)
    return ikuError(ErrorKind.Value, `polaritas: "${p}" tidak dikenal; pakai "positif" atau "negatif"`);
  const r = checkNumber(realisasi, { name: "realisasi" });
  if (isIkuErrorValue(r)) return r;
  const t = checkNumber(target, { name: "target" });
  if (isIkuErrorValue(t)) return t;
  if (r < 0) return ikuError(ErrorKind.Value, `realisasi: nilai ${fmt(r)} negatif; capaian tidak dihitung`);
  if (t < 0) return ikuError(ErrorKind.Value, `target: nilai ${fmt(t)} negatif; isi target 0 atau lebih`);
  if (t === 0) return ikuError(ErrorKind.DivZero, "target 0: capaian tidak dapat dihitung");
  return finite(pol === "positif" ? r / t : Math.max(0, (2 * t - r) / t), "capaian");
}

/** A user scale from a two-column range (lower bound as fraction, label); blank rows skipped. */
export function parseSkala(skala: unknown): Result<PredikatStep[]> {
  const rows = toMatrix(skala, "skala");
  if (isIkuErrorValue(rows)) return rows;
  if (rows.length > 0 && rows[0].length !== 2) {
    return ikuError(ErrorKind.Value, `skala: harus 2 kolom (batas bawah, predikat), bukan ${rows[0].length}`);
  }
  const steps: PredikatStep[] = [];
  for (let r = 0; r < rows.length; r++) {
    const [bound, label] = rows[r];
    // Excel for Windows sends blank cells of the range as 0: a row without a label text whose
    // bound is blank or 0 is an empty row, however it arrives.
    if (isBlankCell(bound) && isBlankCell(label)) continue;
    const where = `skala baris ${r + 1}`;
    // A blank bound next to a label is 0: Excel for Windows sends it as 0 anyway.
    const min = isBlank(bound) ? 0 : checkNumber(bound, { name: `${where} kolom 1`, min: 0, max: MAX_BOUND });
    if (isIkuErrorValue(min)) return min;
    if (typeof label !== "string" || label.trim() === "") {
      return ikuError(ErrorKind.Value, `${where} kolom 2: predikat harus berupa teks`);
    }
    if (steps.some((s) => s.min === min))
      return ikuError(ErrorKind.Value, `${where}: batas bawah ${fmt(min)} ganda`);
    steps.push({ min, label: label.trim() });
  }
  if (steps.length === 0) return ikuError(ErrorKind.Value, "skala: kosong");
  return steps.sort((a, b) => b.min - a.min);
}

/**
 * The predikat of a capaian. Classification uses capaian rounded to 4 decimals — the
 * 0,00 % Excel displays — so 0,9099999999 from float noise is "Sangat Tinggi", exactly as
 * a ROUND(x;4)>=0,91 formula decides. Negative capaian → #NUM!; below the lowest bound of
 * a user scale → #N/A.
 */
export function predikat(nilaiCapaian: unknown, skala: unknown): Result<string> {
  const c = checkNumber(nilaiCapaian, { name: "capaian", min: 0, outOfRange: ErrorKind.Num });
  if (isIkuErrorValue(c)) return c;
  const steps = isBlank(skala) || isBlankRange(skala) ? DEFAULT_PREDIKAT_SCALE : parseSkala(skala);
  if (isIkuErrorValue(steps)) return steps;
  const rounded = roundTo(c, 4);
  for (const s of steps) if (rounded >= s.min) return s.label;
  return ikuError(
    ErrorKind.NotAvailable,
    `capaian ${fmt(c)} di bawah batas terendah skala (${fmt(steps[steps.length - 1].min)})`,
  );
}

/**
 * A profile's own scale (Profile.skalaPredikat) as the `skala` argument of {@link predikat}
 * — what the sheets' IKU_Skala_Predikat range holds — or null for the default scale.
 */
export function skalaMatrix(steps: readonly PredikatStep[] | undefined): (number | string)[][] | null {
  return steps ? steps.map((s) => [s.min, s.label]) : null;
}

// Excel sends an omitted matrix argument as null, but a 1×1 [[null]] must mean the same.
function isBlankRange(x: unknown): boolean {
  return (
    Array.isArray(x) && x.length === 1 && Array.isArray(x[0]) && x[0].length === 1 && isBlankCell(x[0][0])
  );
}
