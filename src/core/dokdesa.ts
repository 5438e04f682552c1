/**
 * IKU 2 — Rata-rata persentase desa yang menyusun dokumen administrasi pemerintahan desa
 * tepat waktu = (RKPDesa + APBDesa + LPPDesa tepat waktu) ÷ (3 × jumlah desa).
 * Deadlines for budget year (tahun anggaran, TA) t:
 * - RKPDesa: 30 September t−1 (Permendesa PDTT 21/2020 Pasal 22(4); Permendagri 114/2014);
 * - APBDesa: 31 December t−1 (Permendagri 20/2018);
 * - LPPDesa: 31 March t+1, three months after TA t ends (Permendagri 46/2016).
 */
import { ErrorKind, IkuError, Result, finite, ikuError, placeText, withPlace } from "./errors";
import { checkNumber, fmt, isBlank, isIkuErrorValue, scalarOf } from "./args";
import { MAX_SERIAL, parseDate, serialFromYmd } from "./dates";

/** The three village documents. */
export type JenisDokumen = "RKPDesa" | "APBDesa" | "LPPDesa";

// Spellings seen in the source documents and in kecamatan offices ("RPKDesa" is the
// Sumbersuko typo for RKPDesa), compared without spaces and case.
const JENIS_ALIASES: ReadonlyMap<string, JenisDokumen> = new Map([
  ["rkpdesa", "RKPDesa"],
  ["rkpdes", "RKPDesa"],
  ["rpkdesa", "RKPDesa"],
  ["rpkdes", "RKPDesa"],
  ["apbdesa", "APBDesa"],
  ["apbdes", "APBDesa"],
  ["lppdesa", "LPPDesa"],
  ["lppdes", "LPPDesa"],
  ["lppd", "LPPDesa"],
]);

/** Deadline of each document for TA t, as (year offset, month, day). */
export const BATAS_WAKTU: Readonly<
  Record<JenisDokumen, { readonly tahun: number; readonly bulan: number; readonly hari: number }>
> = {
  RKPDesa: { tahun: -1, bulan: 9, hari: 30 },
  APBDesa: { tahun: -1, bulan: 12, hari: 31 },
  LPPDesa: { tahun: 1, bulan: 3, hari: 31 },
};

const YEAR = { min: 1900, max: 9999, whole: true } as const;
const COUNT = { min: 0, whole: true } as const;

/** The canonical document name, or #VALUE! for an unknown one. */
export function normalizeJenis(x: unknown): JenisDokumen | IkuError {
  const v = scalarOf(x, "jenis");
  if (isIkuErrorValue(v)) return v;
  const found = typeof v === "string" ? JENIS_ALIASES.get(v.replace(/\s+/g, "").toLowerCase()) : undefined;
  if (found !== undefined) return found;
  const shown = typeof v === "string" ? `"${v.slice(0, 30)}"` : isBlank(v) ? "kosong" : String(v);
  return ikuError(ErrorKind.Value, `jenis: ${shown} tidak dikenal; pakai RKPDesa, APBDesa atau LPPDesa`);
}

function deadline(jenis: JenisDokumen, ta: number): Result<number> {
  const rule = BATAS_WAKTU[jenis];
  const year = ta + rule.tahun;
  if (year < 1900 || year > 9999) {
    return ikuError(
      ErrorKind.Value,
      `tahunAnggaran ${ta}: batas waktu ${jenis} jatuh pada tahun ${year}, di luar 1900–9999`,
    );
  }
  return serialFromYmd(year, rule.bulan, rule.hari);
}

/** The deadline of document `jenis` for budget year `tahunAnggaran`, as an Excel date serial. */
export function batasWaktu(jenis: unknown, tahunAnggaran: unknown): Result<number> {
  const j = normalizeJenis(jenis);
  if (isIkuErrorValue(j)) return j;
  const ta = checkNumber(tahunAnggaran, { name: "tahunAnggaran", ...YEAR });
  if (isIkuErrorValue(ta)) return ta;
  return deadline(j, ta);
}

/** TRUE when `tanggal` (serial or text date) is on or before the deadline; FALSE when blank. */
export function tepatWaktu(jenis: unknown, tahunAnggaran: unknown, tanggal: unknown): Result<boolean> {
  const limit = batasWaktu(jenis, tahunAnggaran);
  if (isIkuErrorValue(limit)) return limit;
  const date = parseDate(tanggal, "tanggal");
  if (isIkuErrorValue(date)) return date;
  return date !== null && date <= limit;
}

/** (rkp + apb + lpp) ÷ (3 × jumlahDesa); counts whole, 0 ≤ count ≤ jumlahDesa. */
export function dokDesa(rkp: unknown, apb: unknown, lpp: unknown, jumlahDesa: unknown): Result<number> {
  const n = checkNumber(jumlahDesa, { name: "jumlahDesa", ...COUNT });
  if (isIkuErrorValue(n)) return n;
  let sum = 0;
  const args: readonly (readonly [string, unknown])[] = [
    ["rkpTepat", rkp],
    ["apbTepat", apb],
    ["lppTepat", lpp],
  ];
  for (const [name, x] of args) {
    const c = checkNumber(x, { name, ...COUNT });
    if (isIkuErrorValue(c)) return c;
    if (c > n)
      return ikuError(ErrorKind.Value, `${name} (${fmt(c)}) lebih besar dari jumlahDesa (${fmt(n)})`);
    sum += c;
  }
  if (n === 0) return ikuError(ErrorKind.DivZero, "jumlahDesa 0: tidak ada desa");
  return finite(sum / (3 * n), "dokumen desa");
}

/**
 * IKU 2 from the delivery dates, one row per desa. For performance year N the documents
 * whose deadline falls inside N count (this project's convention, shown on the sheet):
 * RKPDesa and APBDesa for TA N+1, LPPDesa for TA N−1. Blank = not delivered.
 */
export function dokDesaTanggal(
  tahunKinerja: unknown,
  rkp: unknown,
  apb: unknown,
  lpp: unknown,
): Result<number> {
  const n = checkNumber(tahunKinerja, { name: "tahunKinerja", ...YEAR });
  if (isIkuErrorValue(n)) return n;
  const cols: readonly (readonly [string, unknown, JenisDokumen, number])[] = [
    ["tanggalRKP", rkp, "RKPDesa", n + 1],
    ["tanggalAPB", apb, "APBDesa", n + 1],
    ["tanggalLPP", lpp, "LPPDesa", n - 1],
  ];
  let height = -1;
  let onTime = 0;
  for (const [name, range, jenis, ta] of cols) {
    const limit = deadline(jenis, ta);
    if (isIkuErrorValue(limit)) return limit;
    const counted = countOnTime(Array.isArray(range) ? range : [[range]], name, limit);
    if (isIkuErrorValue(counted)) return counted;
    if (height >= 0 && counted.rows !== height) {
      return ikuError(
        ErrorKind.Value,
        `${name}: ${counted.rows} baris, tidak sama dengan ${height} baris rentang lain`,
      );
    }
    height = counted.rows;
    onTime += counted.onTime;
  }
  if (height <= 0) return ikuError(ErrorKind.DivZero, "tidak ada baris desa");
  return finite(onTime / (3 * height), "dokumen desa");
}

const END_OF_SERIALS = MAX_SERIAL + 1;

/** One column of dates (one row per desa) read in place, without copying it. */
function countOnTime(
  rows: readonly unknown[],
  name: string,
  limit: number,
): Result<{ rows: number; onTime: number }> {
  let onTime = 0;
  const dayAfter = limit + 1; // floor(x) <= limit is x < limit + 1 for a serial x
  for (let r = 0; r < rows.length; r++) {
    const row: unknown = rows[r];
    if (!Array.isArray(row) || row.length !== 1) {
      return ikuError(ErrorKind.Value, `${name}: harus satu kolom (satu baris per desa)`);
    }
    const x: unknown = row[0];
    // The usual cell: a date serial, counted without a call and without a branch on the
    // comparison (on/late is unpredictable, and a mispredicted branch per desa tripled the time).
    if (typeof x === "number" && x >= 1 && x < END_OF_SERIALS) {
      onTime += Number(x < dayAfter);
      continue;
    }
    const p = { argument: name, row: r + 1 };
    const d = withPlace(parseDate(x, placeText(p)), p);
    if (isIkuErrorValue(d)) return d;
    if (d !== null && d <= limit) onTime++;
  }
  return { rows: rows.length, onTime };
}
