/**
 * Cell values of the Profil sheet as renderers hand them over (numbers, strings, booleans,
 * null, Date), turned into profile fields; shared by the label rows and the indicator table.
 */
import { ErrorKind, Result, ikuError } from "../errors";

export function text(x: unknown): string {
  if (x === null || x === undefined) return "";
  if (typeof x === "string") return x;
  if (typeof x === "number" || typeof x === "boolean") return String(x);
  if (x instanceof Date) return isoOf(x.getUTCFullYear(), x.getUTCMonth() + 1, x.getUTCDate());
  // Renderers hand over plain values; anything else (rich text objects …) is not readable text.
  return "";
}

export function isoOf(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** A number, or a typed text "0,84" / "84%"; null otherwise. */
export function num(x: unknown): number | null {
  if (typeof x === "number" && Number.isFinite(x)) return x;
  if (typeof x === "string") {
    const t = x.trim().replace(",", ".");
    const pct = t.endsWith("%");
    const body = pct ? t.slice(0, -1).trim() : t;
    if (/^[+-]?\d+(\.\d+)?$/.test(body)) return pct ? Number(body) / 100 : Number(body);
  }
  return null;
}

/** An error naming where on the sheet it is ("baris 7", "sel C25"). */
export function placeError(place: string, message: string): Result<never> {
  return ikuError(ErrorKind.Value, `Lembar Profil ${place}: ${message}`);
}

/** `x` as one of `allowed` (case and surrounding spaces ignored), or an error at `place`. */
export function pick<T extends string>(
  place: string,
  label: string,
  x: unknown,
  allowed: readonly T[],
): Result<T> {
  const v = text(x).trim().toLowerCase();
  const found = allowed.find((a) => a === v);
  return found ?? placeError(place, `${label} "${text(x)}" tidak dikenal; pakai ${allowed.join(", ")}`);
}
