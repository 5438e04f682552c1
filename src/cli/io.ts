/**
 * What a command may touch besides its arguments: two output streams and a working
 * directory. Tests pass their own (in-process, temp cwd); bin/iku.js uses the process's.
 */

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Directory relative paths are resolved against. */
  cwd: string;
}

/** The real console and working directory. */
export function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    cwd: process.cwd(),
  };
}

/** Exit codes: 0 success, 1 the data or a file was refused, 2 the command line was wrong. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;
