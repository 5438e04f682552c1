/**
 * Entry point of the `iku` command (bin/iku.js calls `main(argv)` and exits with the
 * result). Dispatches to the commands; turns usage errors into a message + exit code 2.
 */

import { UsageError } from "./args";
import {
  HELP_BUAT,
  HELP_DAFTAR,
  HELP_HITUNG,
  HELP_IMPOR_SURVEI,
  HELP_MAIN,
  HELP_PROFIL,
  HELP_REKAP,
} from "./help";
import { CliIo, EXIT, processIo } from "./io";

interface Command {
  help: string;
  run(argv: readonly string[], io: CliIo): number | Promise<number>;
}

// Each command module is loaded only when it runs, so `iku --version` or `iku daftar` never
// loads the xlsx reader or ExcelJS.
const COMMANDS: Readonly<Record<string, Command>> = {
  buat: { help: HELP_BUAT, run: async (a, io) => (await import("./buat")).buat(a, io) },
  daftar: { help: HELP_DAFTAR, run: async (a, io) => (await import("./daftar")).daftar(a, io) },
  hitung: { help: HELP_HITUNG, run: async (a, io) => (await import("./hitung")).hitung(a, io) },
  profil: { help: HELP_PROFIL, run: async (a, io) => (await import("./profil")).profil(a, io) },
  rekap: { help: HELP_REKAP, run: async (a, io) => (await import("./rekap")).rekap(a, io) },
  "impor-survei": {
    help: HELP_IMPOR_SURVEI,
    run: async (a, io) => (await import("./impor-survei")).imporSurvei(a, io),
  },
};

function wantsHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf("--");
  return (end < 0 ? argv : argv.slice(0, end)).some((a) => a === "--help" || a === "-h");
}

/**
 * Runs `iku` with the arguments after the program name.
 * @param argv e.g. ["buat", "--kecamatan", "Senduro", "--tahun", "2025"].
 * @param io where output goes and relative paths start (tests pass their own).
 * @returns the exit code: 0 success, 1 refused data/file, 2 wrong command line.
 */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.out(HELP_MAIN);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === "--version" || name === "-v") {
    io.out("iku 0.1.0\n");
    return EXIT.ok;
  }
  const command = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.err(
      `iku: perintah tidak dikenal: ${name}\nPerintah yang ada: ${Object.keys(COMMANDS).join(", ")}. Lihat: iku --help\n`,
    );
    return EXIT.usage;
  }
  if (wantsHelp(rest)) {
    io.out(command.help);
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`iku ${name}: ${err.message}\nLihat: iku ${name} --help\n`);
      return EXIT.usage;
    }
    throw err;
  }
}
