/** Text output of `iku rekap`: the table per kecamatan × indicator, the summary and the Catatan. */

import type { RekapResult } from "../core/rekap";
import { percentId, valueId, wrapText } from "./format";

const NAME_WIDTH = 40;

function table(headers: readonly string[], rows: string[][][], left: ReadonlySet<number>): string[] {
  const w = headers.map((h, i) => Math.max(h.length, ...rows.flatMap((r) => r[i].map((l) => l.length))));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => (left.has(i) ? c.padEnd(w[i]) : c.padStart(w[i])))
      .join("  ")
      .trimEnd();
  const out = [line(headers.map((h, i) => (left.has(i) ? h : h))), w.map((n) => "-".repeat(n)).join("  ")];
  for (const r of rows) {
    const height = Math.max(...r.map((c) => c.length));
    for (let k = 0; k < height; k++) out.push(line(r.map((c) => c[k] ?? "")));
  }
  return out;
}

/**
 * The recap as aligned plain text (Indonesian number format), as `iku rekap` prints it.
 * @param rekap from buildRekap.
 */
export function rekapText(rekap: RekapResult): string {
  const rows: string[][][] = [];
  for (const k of rekap.kecamatan) {
    for (const r of k.rows) {
      rows.push([
        [k.kecamatan],
        wrapText(r.indikator, NAME_WIDTH),
        [valueId(r.target, r.satuan)],
        [valueId(r.realisasi, r.satuan)],
        [r.capaian === null ? "-" : percentId(r.capaian)],
        [r.predikat ?? "-"],
      ]);
    }
  }
  const out = [`Rekap IKU kecamatan Kabupaten Lumajang tahun ${String(rekap.tahun ?? "-")}`, ""];
  out.push(
    ...table(
      ["Kecamatan", "Indikator", "Target", "Realisasi", "Capaian", "Predikat"],
      rows,
      new Set([0, 1, 5]),
    ),
  );
  if (rekap.summaries.length > 0) {
    out.push("", "Ringkasan per indikator (min / maks / rata-rata):");
    const sum = rekap.summaries.map((s) => {
      const stat = (x: typeof s.realisasi, f: (v: number) => string): string =>
        x === null ? "-" : `${f(x.min)} / ${f(x.max)} / ${f(x.mean)}`;
      return [
        wrapText(s.nama, NAME_WIDTH),
        [String(s.kecamatan)],
        [stat(s.realisasi, (v) => valueId(v, s.satuan))],
        [stat(s.capaian, percentId)],
      ];
    });
    out.push(...table(["Indikator", "Kecamatan", "Realisasi", "Capaian"], sum, new Set([0])));
  }
  out.push("", "Catatan:");
  if (rekap.catatan.length === 0) out.push("  Semua berkas diterima dan semua IKU dapat dihitung.");
  for (const n of rekap.catatan) {
    const who = n.kecamatan === null ? "" : `Kecamatan ${n.kecamatan}: `;
    out.push(`  ${n.ditolak ? "DITOLAK " : ""}${n.fileName}: ${who}${n.message}`);
  }
  return out.join("\n") + "\n";
}
