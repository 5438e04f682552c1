/**
 * The profile as JSON on the command line: `iku profil BUKU.xlsx` prints a workbook's profile
 * (its Profil sheet) in the profil.schema.json format, and `iku buat --profil PROFIL.json`
 * reads such a file (profileFromFile). A bad file gets every error with its JSON path.
 */
import * as path from "path";
import { isIkuError } from "../core/errors";
import type { Profile } from "../core/profile";
import { parseProfileJson, profileToJsonText, type JsonError } from "../core/profile-json";
import { OptionSpec, parseArgs, UsageError } from "./args";
import { CliIo, EXIT, readInputFile } from "./io";

export const PROFIL_OPTIONS: readonly OptionSpec[] = [{ name: "help", alias: "h", value: false }];

/** "profil tidak valid (2 masalah):\n  indikator[0].target: …\n" — one line per error. */
export function formatJsonErrors(errors: readonly JsonError[]): string {
  const lines = errors.map((e) => `  ${e.path === "" ? "(berkas)" : e.path}: ${e.message}`);
  return `profil tidak valid (${errors.length} masalah):\n${lines.join("\n")}\n`;
}

/**
 * The profile in JSON file `file`, or the message (ending in a newline) saying why not.
 * @param read how the bytes are read (the CLI's bounded readInputFile).
 */
export function profileFromFile(
  file: string,
  read: (file: string) => { bytes: Buffer } | { reason: string },
): Profile | string {
  const got = read(file);
  const name = path.basename(file);
  if ("reason" in got) return `${name}: ${got.reason}\n`;
  const text = got.bytes.toString("utf8");
  const parsed = parseProfileJson(text);
  return parsed.ok ? parsed.profile : `${name}: ${formatJsonErrors(parsed.errors)}`;
}

/**
 * Runs `iku profil BUKU.xlsx`.
 * @returns 0 with the JSON on stdout; 1 when the file is no readable IKU workbook.
 */
export async function profil(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, PROFIL_OPTIONS);
  if (args.positional.length === 0)
    throw new UsageError("sebutkan buku kerja .xlsx, misalnya: iku profil IKU-Senduro-2025.xlsx");
  if (args.positional.length > 1) throw new UsageError(`hanya satu berkas, bukan ${args.positional.length}`);
  const file = path.resolve(io.cwd, args.positional[0]);
  const got = readInputFile(file);
  if ("reason" in got) {
    io.err(`iku profil: ${file}: ${got.reason}\n`);
    return EXIT.failed;
  }
  const { readIkuWorkbook } = await import("../xlsx/read");
  const data = await readIkuWorkbook(got.bytes);
  if (isIkuError(data)) {
    io.err(`iku profil: ${path.basename(file)}: ${data.message}\n`);
    return EXIT.failed;
  }
  io.out(profileToJsonText(data.profile));
  return EXIT.ok;
}
