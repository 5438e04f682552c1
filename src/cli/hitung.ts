/**
 * `iku hitung FILE.xlsx [--json] [--triwulan]`: reads a filled IKU workbook and computes every
 * IKU with the core functions (the same semantics as the sheet formulas); with --triwulan per
 * quarter TW I–IV, as the Pengukuran Kinerja sheet.
 */

import * as path from "path";
import { evaluateIndicators, type IndicatorResult } from "../core/evaluate";
import { evaluateTujuan } from "../core/evaluate-tujuan";
import { isIkuError } from "../core/errors";
import { IkuWorkbookRead, profilTargetCell, readIkuWorkbook } from "../xlsx/read";
import { hasFlag, OptionSpec, parseArgs, UsageError } from "./args";
import { resultsTable } from "./format";
import { layananJson, layananLines } from "./hitung-ikm";
import { printQuarters } from "./hitung-triwulan";
import { tujuanErrorLine, tujuanJson, tujuanLines } from "./hitung-tujuan";
import { CliIo, EXIT, readInputFile } from "./io";

export const HITUNG_OPTIONS: readonly OptionSpec[] = [
  { name: "json", value: false },
  { name: "triwulan", value: false },
  { name: "help", alias: "h", value: false },
];

/**
 * Runs `iku hitung`.
 * @returns 0 with the table (or JSON) on stdout; 1 with every problem on stderr when the
 *   file is not an IKU workbook or data cells are rejected (nothing on stdout then).
 */
export async function hitung(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, HITUNG_OPTIONS);
  if (args.positional.length === 0)
    throw new UsageError("sebutkan berkas .xlsx yang dihitung, misalnya: iku hitung IKU-Senduro-2025.xlsx");
  if (args.positional.length > 1) throw new UsageError(`hanya satu berkas, bukan ${args.positional.length}`);
  const file = path.resolve(io.cwd, args.positional[0]);
  const read = readInputFile(file);
  if ("reason" in read) {
    io.err(`iku hitung: ${file}: ${read.reason}\n`);
    return EXIT.failed;
  }
  const data = await readIkuWorkbook(read.bytes);
  if (isIkuError(data)) {
    io.err(`iku hitung: ${path.basename(file)}: ${data.message}\n`);
    return EXIT.failed;
  }
  if (hasFlag(args, "triwulan")) return printQuarters(data, hasFlag(args, "json"), io);
  const results = evaluateIndicators(data);
  const tujuan = evaluateTujuan(data);
  const errors = results.filter((r) => r.error);
  const tujuanError = tujuanErrorLine(tujuan);
  if (errors.length > 0 || tujuanError) {
    const lines = errors.map((r) => `  ${r.indikator}:\n    ${r.error?.message ?? ""}`);
    if (tujuanError) lines.push(tujuanError);
    io.err(`iku hitung: data ditolak, perbaiki sel berikut lalu hitung lagi:\n${lines.join("\n")}\n`);
    return EXIT.failed;
  }
  if (hasFlag(args, "json")) {
    const layanan = layananJson(data);
    const rows = results.map((r, i) => ({
      indikator: r.indikator,
      target: r.target,
      realisasi: r.realisasi,
      capaian: r.capaian,
      predikat: r.predikat,
      // The survey's IKM per jenis layanan, on the IKM indicator's row (as under the table).
      ...(layanan && data.profile.indicators[i]?.kind === "ikm" ? { ikmPerLayanan: layanan } : {}),
    }));
    const tujuanRow = tujuan && {
      ...tujuanJson(tujuan),
      ...(layanan && data.profile.tujuanUkur?.kind === "ikm" ? { ikmPerLayanan: layanan } : {}),
    };
    io.out(JSON.stringify(tujuanRow ? [...rows, tujuanRow] : rows, null, 2) + "\n");
  } else {
    io.out(resultsTable(`IKU ${data.profile.instansi} tahun ${data.profile.tahun}`, results));
    io.out(tujuanLines(tujuan));
    io.out(layananLines(data));
    io.out(emptyNotes(data, results));
  }
  return EXIT.ok;
}

/**
 * Why a row of the table is empty, as `iku rekap` says it: no data yet, or no target (with
 * the Profil cell to fill). Empty string when every indicator has both.
 */
export function emptyNotes(data: IkuWorkbookRead, results: readonly IndicatorResult[]): string {
  const lines = results.flatMap((r, i) => {
    const out: string[] = [];
    if (r.realisasi === null) out.push(`  IKU ${i + 1}: data belum diisi — realisasi belum dapat dihitung`);
    if (r.target === null) {
      const cell = profilTargetCell(data, i);
      out.push(`  target IKU ${i + 1} kosong — isi di Profil ${cell ?? `baris "IKU ${i + 1} Target"`}`);
    }
    return out;
  });
  if (data.profile.penandatangan.tanggal.trim() === "")
    lines.push('  tanggal penandatanganan belum diisi — isi di Profil baris "Penandatangan Tanggal"');
  return lines.length === 0 ? "" : `\nCatatan:\n${lines.join("\n")}\n`;
}
