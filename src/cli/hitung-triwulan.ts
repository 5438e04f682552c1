/**
 * `iku hitung FILE --triwulan [--json]`: per indicator the cumulative realisasi at
 * the end of TW I–IV with capaian against the yearly target and predikat, as an aligned
 * plain-text table (Indonesian decimal comma) or JSON.
 */

import { ymdFromSerial } from "../core/dates";
import type { IkuWorkbookData } from "../core/evaluate";
import { evaluateQuarters, QuarterResult } from "../core/evaluate-triwulan";
import { evaluateTujuanQuarters } from "../core/evaluate-tujuan";
import { tujuanErrorLine } from "./hitung-tujuan";
import { TRIWULAN_LABEL } from "../core/triwulan";
import { percentId, valueId, wrapText } from "./format";
import { CliIo, EXIT } from "./io";

/** One quarter in the JSON output; numbers are fractions (indeks for IKM), null = not yet. */
export interface QuarterJson {
  triwulan: number;
  label: string;
  /** Last day of the quarter, yyyy-mm-dd. */
  sampai: string;
  realisasi: number | null;
  capaian: number | null;
  predikat: string | null;
}

function isoDate(serial: number): string {
  const { y, m, d } = ymdFromSerial(serial);
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

function ddmmyyyy(serial: number): string {
  const { y, m, d } = ymdFromSerial(serial);
  return `${String(d).padStart(2, "0")}/${String(m).padStart(2, "0")}/${y}`;
}

/** The JSON rows: `[{ indikator, target, triwulan: [{ triwulan, label, sampai, realisasi, capaian, predikat }] }]`. */
export function quartersJson(
  results: readonly QuarterResult[],
  tujuan: QuarterResult | null = null,
): { indikator: string; tujuan?: true; target: number | null; triwulan: QuarterJson[] }[] {
  // The measured tujuan last, marked "tujuan": true.
  const all = tujuan ? [...results, { ...tujuan, tujuan: true as const }] : results;
  return all.map((r) => ({
    indikator: r.indikator,
    ...("tujuan" in r ? { tujuan: r.tujuan } : {}),
    target: r.target,
    triwulan: r.triwulan.map((q) => ({
      triwulan: q.triwulan,
      label: TRIWULAN_LABEL[q.triwulan],
      sampai: isoDate(q.akhir),
      realisasi: q.realisasi,
      capaian: q.capaian,
      predikat: q.predikat,
    })),
  }));
}

const HEADERS = ["Triwulan", "s.d.", "Realisasi", "Capaian", "Predikat"] as const;
const NAME_WIDTH = 70;

/**
 * The quarters as text: per indicator its name (wrapped), target and a four-row table.
 * @param title a first line, e.g. "Pengukuran kinerja triwulan Kecamatan Randuagung tahun 2025".
 */
export function quartersTable(
  title: string,
  results: readonly QuarterResult[],
  tujuan: QuarterResult | null = null,
): string {
  const out = [title, "(realisasi kumulatif sampai akhir triwulan; capaian terhadap target tahunan)"];
  // The measured tujuan last, numbered "T." and named as such.
  const all = tujuan
    ? [...results, { ...tujuan, indikator: `Indikator Tujuan: ${tujuan.indikator}` }]
    : results;
  all.forEach((r, i) => {
    out.push("");
    const no = i < results.length ? `${i + 1}.` : "T.";
    wrapText(r.indikator, NAME_WIDTH).forEach((line, k) => out.push(`${k === 0 ? no : "  "} ${line}`));
    out.push(`   Target tahunan: ${valueId(r.target, r.satuan)}`);
    const rows = r.triwulan.map((q) => [
      TRIWULAN_LABEL[q.triwulan],
      ddmmyyyy(q.akhir),
      valueId(q.realisasi, r.satuan),
      q.capaian === null ? "-" : percentId(q.capaian),
      q.predikat ?? "-",
    ]);
    const w = HEADERS.map((h, c) => Math.max(h.length, ...rows.map((row) => row[c].length)));
    const line = (cells: readonly string[], header: boolean): string =>
      "   " +
      cells
        .map((c, k) => (!header && (k === 2 || k === 3) ? c.padStart(w[k]) : c.padEnd(w[k])))
        .join("  ")
        .trimEnd();
    out.push(line(HEADERS, true), "   " + w.map((n) => "-".repeat(n)).join("  "));
    for (const row of rows) out.push(line(row, false));
  });
  return out.join("\n") + "\n";
}

/**
 * The `--triwulan` part of `iku hitung`: evaluates the quarters of a workbook already read and
 * prints them (text or JSON).
 * @returns 0 with the output on stdout; 1 with every rejected cell on stderr (nothing on stdout).
 */
export function printQuarters(data: IkuWorkbookData, asJson: boolean, io: CliIo): number {
  const results = evaluateQuarters(data);
  const tujuan = evaluateTujuanQuarters(data);
  const errors = results.filter((r) => r.error);
  const tujuanError = tujuanErrorLine(tujuan);
  if (errors.length > 0 || tujuanError) {
    const lines = errors.map((r) => `  ${r.indikator}:\n    ${r.error?.message ?? ""}`);
    if (tujuanError) lines.push(tujuanError);
    io.err(`iku hitung: data ditolak, perbaiki sel berikut lalu hitung lagi:\n${lines.join("\n")}\n`);
    return EXIT.failed;
  }
  if (asJson) io.out(JSON.stringify(quartersJson(results, tujuan), null, 2) + "\n");
  else {
    const { instansi, tahun } = data.profile;
    io.out(quartersTable(`Pengukuran kinerja triwulan ${instansi} tahun ${tahun}`, results, tujuan));
  }
  return EXIT.ok;
}
