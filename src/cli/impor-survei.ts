/**
 * `iku impor-survei BUKU.xlsx DATA.csv|DATA.xlsx [--kolom "U8=Judul;…"] [--coba]`: appends
 * the rows of a survey export (Google Forms, e-SKM apps) to the workbook's survey sheet.
 * Columns are found by name and shown before anything is written; unreadable rows are
 * reported one by one and left out; the workbook is patched in place (a backup first), never
 * regenerated, and nothing already in it is overwritten.
 */
import * as path from "path";
import { importSurvey, type SurveyImport } from "../core/survey-import";
import { readSurveyFile } from "../xlsx/survey-table";
import { appendSurveyRows, surveyTarget } from "../xlsx/survey-patch";
import { hasFlag, optionValue, OptionSpec, parseArgs, UsageError } from "./args";
import { CliIo, EXIT, readInputFile, TargetExistsError, writeSafely } from "./io";

export const IMPOR_OPTIONS: readonly OptionSpec[] = [
  { name: "kolom", value: true },
  { name: "coba", value: false },
  { name: "help", alias: "h", value: false },
];

/** "U8=Sarana;U9=Pengaduan" → pairs; the header may itself contain "=" after the first. */
export function parseKolom(value: string | undefined): { field: string; header: string }[] {
  if (value === undefined) return [];
  return value
    .split(";")
    .filter((p) => p.trim() !== "")
    .map((p) => {
      const eq = p.indexOf("=");
      if (eq <= 0 || p.slice(eq + 1).trim() === "")
        throw new UsageError(
          `--kolom "${p}": tulis <kolom survei>=<judul kolom di berkas>, misalnya "U8=Sarana"`,
        );
      return { field: p.slice(0, eq).trim(), header: p.slice(eq + 1).trim() };
    });
}

/** BUKU.sebelum-impor.xlsx, or -2, -3, … when that exists (a backup is never overwritten). */
function writeBackup(book: string, bytes: Uint8Array): string {
  const base = book.replace(/\.xlsx$/i, "");
  for (let n = 1; n < 1000; n++) {
    const name = `${base}.sebelum-impor${n === 1 ? "" : `-${n}`}.xlsx`;
    try {
      writeSafely(name, bytes, false);
      return name;
    } catch (err) {
      if (!(err instanceof TargetExistsError)) throw err;
    }
  }
  throw new Error("terlalu banyak cadangan sebelum-impor");
}

function letters(i: number): string {
  let s = "";
  for (let x = i + 1; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

function mappingText(imp: SurveyImport, source: string, sheet: string): string {
  const lines = [`Pemetaan kolom (${source} → lembar ${sheet}):`];
  // The column letter tells apart question texts that start alike.
  const show = (i: number): string => {
    const h = imp.headers[i];
    return `${letters(i).padStart(2)} "${h.length > 60 ? `${h.slice(0, 57)}…` : h}"`;
  };
  for (const [i, f] of [...imp.mapping.columns].sort((a, b) => a[0] - b[0]))
    lines.push(`  ${show(i)} → ${f.caption}`);
  for (const g of imp.mapping.ignored) lines.push(`  ${show(g.index)} (tidak diimpor: ${g.reason})`);
  return lines.join("\n") + "\n";
}

function problemsText(imp: SurveyImport): string {
  if (imp.problems.length === 0) return "";
  const lines = imp.problems.map(
    (p) => `  baris ${p.row}, kolom "${p.column}": nilai "${p.value}" — ${p.why}`,
  );
  return `Baris yang tidak dapat dibaca (${imp.rejected}), tidak diimpor:\n${lines.join("\n")}\n`;
}

/**
 * Runs `iku impor-survei`.
 * @returns 0 when every row was imported; 1 when some or all rows were refused or a file
 *   could not be read (rows that were fine are still imported); 2 for a wrong command line.
 */
export function imporSurvei(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv, IMPOR_OPTIONS);
  if (args.positional.length !== 2)
    throw new UsageError(
      "sebutkan buku kerja dan berkas survei, misalnya: iku impor-survei IKU-Senduro-2025.xlsx survei.csv",
    );
  const overrides = parseKolom(optionValue(args, "kolom"));
  const dry = hasFlag(args, "coba");
  const [bookArg, dataArg] = args.positional;
  const book = path.resolve(io.cwd, bookArg);
  const data = path.resolve(io.cwd, dataArg);
  const bookRead = readInputFile(book);
  if ("reason" in bookRead) return fail(io, `${bookArg}: ${bookRead.reason}`);
  const target = surveyTarget(bookRead.bytes);
  if ("reason" in target) return fail(io, `${bookArg}: ${target.reason}`);
  const dataRead = readInputFile(data);
  if ("reason" in dataRead) return fail(io, `${dataArg}: ${dataRead.reason}`);
  const table = readSurveyFile(dataRead.bytes);
  if ("reason" in table) return fail(io, `${dataArg}: ${table.reason}`);
  const imp = importSurvey(table.table, new Set(target.columns.keys()), overrides);
  if ("errors" in imp)
    return fail(
      io,
      `kolom berkas survei tidak dapat dipetakan:\n${imp.errors.map((e) => `  ${e}`).join("\n")}`,
    );
  io.out(mappingText(imp, path.basename(data), target.sheet));
  io.err(problemsText(imp));
  const free = target.bottom - target.lastFilled;
  const first = target.lastFilled + 1;
  const summary =
    `Baris survei: ${imp.rows.length} terbaca, ${imp.rejected} ditolak, ${imp.blank} kosong dilewati. ` +
    (target.lastFilled < target.top
      ? `Lembar ${target.sheet} masih kosong`
      : `Lembar ${target.sheet} sudah terisi sampai baris ${target.lastFilled}`) +
    `; tersedia ${free} baris siap isi (baris ${target.top}–${target.bottom}).\n`;
  io.out(summary);
  if (imp.rows.length > free) {
    return fail(
      io,
      `${imp.rows.length} baris tidak muat: hanya ${free} baris siap isi tersisa di ${target.sheet}. Tidak ada yang ditulis. Buat ulang lembar dengan lebih banyak baris atau impor sebagian.`,
    );
  }
  if (imp.rows.length === 0) return fail(io, "tidak ada baris yang dapat diimpor; tidak ada yang ditulis.");
  const last = first + imp.rows.length - 1;
  if (dry) {
    io.out(`--coba: akan mengisi baris ${first}–${last}; tidak ada yang ditulis.\n`);
    return imp.rejected > 0 ? EXIT.failed : EXIT.ok;
  }
  const patched = appendSurveyRows(bookRead.bytes, target, imp.rows);
  let backup: string;
  try {
    backup = writeBackup(book, bookRead.bytes);
    writeSafely(book, patched, true);
  } catch (err) {
    return fail(io, `gagal menulis ${bookArg}: ${err instanceof Error ? err.message : String(err)}`);
  }
  io.out(
    `Diimpor ${imp.rows.length} baris ke ${target.sheet} baris ${first}–${last}` +
      (imp.rejected > 0 ? ` (${imp.rejected} baris ditolak, lihat di atas)` : "") +
      `.\nCadangan berkas sebelum impor: ${path.basename(backup)}\n` +
      `Langkah berikutnya: iku hitung ${bookArg}\n`,
  );
  return imp.rejected > 0 ? EXIT.failed : EXIT.ok;
}

function fail(io: CliIo, message: string): number {
  io.err(`iku impor-survei: ${message}\n`);
  return EXIT.failed;
}
