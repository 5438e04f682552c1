/**
 * Text output of `iku hitung`: Indonesian number formatting (decimal comma) and an aligned
 * plain-text table that stays readable in a Windows console (ASCII only apart from names).
 */

import type { IndicatorResult } from "../core/evaluate";
import type { Unit } from "../core/profile";

/** A number with `digits` decimals and a decimal comma: 86.538 → "86,54". */
export function decimalId(x: number, digits = 2): string {
  const s = (Math.round(x * 10 ** digits) / 10 ** digits).toFixed(digits);
  return (s === `-${(0).toFixed(digits)}` ? (0).toFixed(digits) : s).replace(".", ",");
}

/** A fraction as an Indonesian percentage: 0.86538 → "86,54 %". */
export function percentId(x: number): string {
  return `${decimalId(x * 100)} %`;
}

/** A value of an indicator in its unit: persen → "86,54 %", indeks → "87,25"; null → "-". */
export function valueId(x: number | null, unit: Unit): string {
  if (x === null) return "-";
  return unit === "persen" ? percentId(x) : decimalId(x);
}

/** Splits text into lines of at most `width` characters at spaces (long words kept whole). */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter((w) => w.length > 0)) {
    if (line === "") line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== "" || lines.length === 0) lines.push(line);
  return lines;
}

const HEADERS = ["No", "Indikator Kinerja Utama", "Target", "Realisasi", "Capaian", "Predikat"] as const;
const NAME_WIDTH = 46;

/**
 * The results as an aligned table, one block per indicator (the name wrapped), numbers
 * right-aligned.
 * @param title a first line, e.g. "IKU Kecamatan Randuagung tahun 2025".
 */
export function resultsTable(title: string, results: readonly IndicatorResult[]): string {
  const rows = results.map((r, i) => ({
    no: String(i + 1),
    name: wrapText(r.indikator, NAME_WIDTH),
    target: valueId(r.target, r.satuan),
    realisasi: valueId(r.realisasi, r.satuan),
    capaian: r.capaian === null ? "-" : percentId(r.capaian),
    predikat: r.predikat ?? "-",
  }));
  const w = [
    Math.max(HEADERS[0].length, ...rows.map((r) => r.no.length)),
    Math.max(HEADERS[1].length, ...rows.flatMap((r) => r.name.map((l) => l.length))),
    Math.max(HEADERS[2].length, ...rows.map((r) => r.target.length)),
    Math.max(HEADERS[3].length, ...rows.map((r) => r.realisasi.length)),
    Math.max(HEADERS[4].length, ...rows.map((r) => r.capaian.length)),
    Math.max(HEADERS[5].length, ...rows.map((r) => r.predikat.length)),
  ];
  const line = (cells: readonly string[], rightAlign: boolean): string =>
    cells
      .map((c, i) => (rightAlign && i !== 1 && i !== 5 ? c.padStart(w[i]) : c.padEnd(w[i])))
      .join("  ")
      .trimEnd();
  const out = [title, "", line(HEADERS, false), w.map((n) => "-".repeat(n)).join("  ")];
  for (const r of rows) {
    out.push(line([r.no, r.name[0], r.target, r.realisasi, r.capaian, r.predikat], true));
    for (const more of r.name.slice(1)) out.push(line(["", more, "", "", "", ""], true));
  }
  return out.join("\n") + "\n";
}
