/**
 * Excel date serials in the 1900 date system, which keeps Lotus 1-2-3's fake 29 February
 * 1900: serial 1 = 1900-01-01, 59 = 1900-02-28, 60 = "1900-02-29", 61 = 1900-03-01.
 * Only UTC arithmetic is used, so the result never depends on the machine's time zone.
 */
import { ErrorKind, Result, ikuError } from "./errors";
import { isBlankCell, isIkuErrorValue, scalarOf } from "./args";

const MS_PER_DAY = 86_400_000;
const EPOCH_MS = Date.UTC(1899, 11, 30);
/** Serial of 9999-12-31, Excel's last date. */
export const MAX_SERIAL = 2_958_465;

/** The Excel serial of a calendar date (y 1900–9999). 1900-02-29 gives Excel's fake serial 60. */
export function serialFromYmd(y: number, m: number, d: number): number {
  if (y === 1900 && m === 2 && d === 29) return 60;
  const utc = new Date(0);
  utc.setUTCFullYear(y, m - 1, d); // setUTCFullYear, unlike Date.UTC, does not map 0–99 to 19xx
  const days = Math.round((utc.getTime() - EPOCH_MS) / MS_PER_DAY);
  // Before the fake leap day Excel counts from 1899-12-31, one day later than after it.
  return days < 61 ? days - 1 : days;
}

/** The calendar date of an Excel serial (the fractional time part is ignored). */
export function ymdFromSerial(serial: number): { y: number; m: number; d: number } {
  const s = Math.floor(serial);
  if (s === 60) return { y: 1900, m: 2, d: 29 };
  const date = new Date(EPOCH_MS + (s < 60 ? s + 1 : s) * MS_PER_DAY);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** A checked calendar date as a serial, or a #VALUE! naming `what`. */
export function serialFromParts(y: number, m: number, d: number, what: string): Result<number> {
  if (y < 1900 || y > 9999) return ikuError(ErrorKind.Value, `${what}: tahun ${y} di luar 1900–9999`);
  const s = serialFromYmd(y, m, d);
  const back = ymdFromSerial(s);
  if (m < 1 || m > 12 || d < 1 || back.m !== m || back.d !== d) {
    return ikuError(ErrorKind.Value, `${what}: tanggal ${d}/${m}/${y} tidak ada`);
  }
  return s;
}

/**
 * A date argument as a whole-day serial: a serial number (time part dropped), or text
 * "dd/mm/yyyy" (also with "-" or "."), or "yyyy-mm-dd". Blank gives null (not delivered),
 * and so does the number 0: serial 0 is no date, and Excel for Windows sends a blank cell as 0.
 */
export function parseDate(x: unknown, what: string): Result<number | null> {
  const v = scalarOf(x, what);
  if (isIkuErrorValue(v)) return v;
  if (isBlankCell(v)) return null;
  if (typeof v === "number") {
    if (!Number.isFinite(v) || v < 1 || v >= MAX_SERIAL + 1) {
      return ikuError(ErrorKind.Value, `${what}: ${String(v)} bukan tanggal Excel (1900–9999)`);
    }
    return Math.floor(v);
  }
  if (typeof v === "string") {
    const t = v.trim();
    const dmy = DMY.exec(t);
    if (dmy) return serialFromParts(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]), what);
    const ymd = YMD.exec(t);
    if (ymd) return serialFromParts(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]), what);
  }
  const shown = typeof v === "string" ? `"${v.slice(0, 30)}"` : String(v);
  return ikuError(ErrorKind.Value, `${what}: ${shown} bukan tanggal; tulis dd/mm/yyyy atau yyyy-mm-dd`);
}
