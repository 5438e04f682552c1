/**
 * `iku rekap FILE.xlsx… [-o rekap.xlsx] [--timpa]`: the kabupaten recap of several kecamatan
 * workbooks. Every file is read and computed with the core on its own; a bad file is listed
 * with its reason and never stops the others. Exit code 1 when any file was refused; nothing
 * is written when none was valid.
 */

import * as fs from "fs";
import * as path from "path";
import { ErrorKind, ikuError } from "../core/errors";
import { anyRejected, buildRekap, type RekapInput } from "../core/rekap";
import { buildRekapWorkbook } from "../core/workbook/rekap-sheet";
import { readIkuWorkbook } from "../xlsx/read";
import { hasFlag, optionValue, OptionSpec, parseArgs, UsageError } from "./args";
import { CliIo, EXIT, readInputFile, TargetExistsError, writeFailure, writeSafely } from "./io";
import { rekapText } from "./rekap-format";

export const REKAP_OPTIONS: readonly OptionSpec[] = [
  { name: "output", alias: "o", value: true },
  { name: "timpa", value: false },
  { name: "help", alias: "h", value: false },
];

/** Reads one file into a recap input; a file that cannot be read is an input with its error. */
async function readInput(cwd: string, arg: string): Promise<RekapInput> {
  const read = readInputFile(path.resolve(cwd, arg));
  if ("reason" in read) return { fileName: arg, data: ikuError(ErrorKind.Value, read.reason) };
  try {
    return { fileName: arg, data: await readIkuWorkbook(read.bytes) };
  } catch (err) {
    // Whatever one file does to the reader, the other files are still recapped.
    const why = err instanceof Error ? err.name : "galat";
    return { fileName: arg, data: ikuError(ErrorKind.Value, `berkas tidak dapat dibaca (${why})`) };
  }
}

/**
 * Runs `iku rekap`.
 * @returns 0 when every file was accepted and the recap written; 1 when a file was refused
 *   (the recap of the others is still written) or none was valid (nothing written) or the
 *   output cannot be written; 2 for a wrong command line.
 */
export async function rekap(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, REKAP_OPTIONS);
  if (args.positional.length === 0) {
    throw new UsageError("sebutkan berkas .xlsx kecamatan yang direkap, misalnya: iku rekap IKU-*.xlsx");
  }
  const output = optionValue(args, "output");
  if (output !== undefined && path.extname(output).toLowerCase() !== ".xlsx") {
    throw new UsageError(`nama berkas ${path.basename(output)} harus berakhiran .xlsx`);
  }
  const inputs: RekapInput[] = [];
  // One at a time: 21 workbooks in memory at once would only raise the peak.
  for (const arg of args.positional) inputs.push(await readInput(io.cwd, arg));
  const result = buildRekap(inputs);
  const rejected = result.catatan.filter((n) => n.ditolak);
  // Each refused file is told once: in the printed Catatan when the recap is written, on
  // stderr (one line per file) when nothing is printed.
  const failed = (message: string): number => {
    for (const n of rejected) io.err(`iku rekap: ${n.fileName}: ditolak — ${n.message}\n`);
    io.err(message);
    return EXIT.failed;
  };

  if (result.kecamatan.length === 0) {
    return failed("iku rekap: tidak ada buku kerja kecamatan yang sah; rekap tidak ditulis\n");
  }
  const target = path.resolve(io.cwd, output ?? `Rekap-${String(result.tahun)}.xlsx`);
  if (!fs.existsSync(path.dirname(target))) {
    return failed(`iku rekap: folder ${path.dirname(target)} tidak ada\n`);
  }
  if (fs.existsSync(target) && fs.statSync(target).isDirectory()) {
    return failed(`iku rekap: ${target} adalah folder, bukan berkas\n`);
  }
  const overwrite = hasFlag(args, "timpa");
  if (!overwrite && fs.existsSync(target)) {
    return failed(writeFailure("rekap", target, new TargetExistsError(target)));
  }
  const { writeXlsx } = await import("../xlsx/write");
  const data = await writeXlsx(buildRekapWorkbook(result));
  try {
    writeSafely(target, data, overwrite);
  } catch (err) {
    return failed(writeFailure("rekap", target, err));
  }
  io.out(rekapText(result));
  io.out(`\nRekap ${result.kecamatan.length} kecamatan tahun ${String(result.tahun)} ditulis ke ${target}\n`);
  if (rejected.length > 0)
    io.err(`iku rekap: ${rejected.length} berkas ditolak — alasannya di Catatan di atas\n`);
  return anyRejected(result) ? EXIT.failed : EXIT.ok;
}
