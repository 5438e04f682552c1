/**
 * What a command may touch besides its arguments: two output streams and a working
 * directory (tests pass their own; bin/iku.js uses the process's), plus the two file
 * operations every command shares: reading a workbook with bounds, and writing a result so
 * that nothing is ever clobbered without --timpa.
 */

import * as fs from "fs";
import * as path from "path";
import { cleanForTerminal } from "./sanitize";

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Directory relative paths are resolved against. */
  cwd: string;
}

/**
 * The real console and working directory. Everything printed is cleaned of control
 * characters and terminal escape sequences (text from a kecamatan file could carry them).
 */
export function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(cleanForTerminal(text)),
    err: (text) => process.stderr.write(cleanForTerminal(text)),
    cwd: process.cwd(),
  };
}

/** Exit codes: 0 success, 1 the data or a file was refused, 2 the command line was wrong. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** Largest .xlsx file read from disk (its parts are capped again when inflated). */
export const MAX_INPUT_BYTES = 200 * 1024 * 1024;

/**
 * The bytes of a workbook file, or an Indonesian reason why not: missing, a folder, a device
 * or pipe (/dev/zero, a FIFO — which would never end), or larger than MAX_INPUT_BYTES. The
 * file is opened once and checked through that descriptor, so it cannot be swapped between
 * the check and the read; O_NONBLOCK keeps opening a FIFO from blocking.
 */
export function readInputFile(file: string): { bytes: Buffer } | { reason: string } {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { reason: "berkas tidak ditemukan" };
    if (code === "EISDIR") return { reason: "ini folder, bukan berkas .xlsx" };
    if (code === "EACCES" || code === "EPERM") return { reason: "tidak ada izin membaca berkas ini" };
    return { reason: `tidak dapat dibaca (${code ?? String(err)})` };
  }
  try {
    const st = fs.fstatSync(fd);
    if (st.isDirectory()) return { reason: "ini folder, bukan berkas .xlsx" };
    if (!st.isFile())
      return { reason: "bukan berkas biasa (perangkat, pipa atau soket); sebutkan berkas .xlsx" };
    if (st.size > MAX_INPUT_BYTES) {
      const mb = (n: number): number => Math.ceil(n / 1024 / 1024);
      return { reason: `berkas berukuran ${mb(st.size)} MB, paling banyak ${mb(MAX_INPUT_BYTES)} MB` };
    }
    const bytes = Buffer.alloc(st.size);
    let at = 0;
    while (at < bytes.length) {
      const n = fs.readSync(fd, bytes, at, bytes.length - at, at);
      if (n === 0) break;
      at += n;
    }
    return { bytes: at === bytes.length ? bytes : bytes.subarray(0, at) };
  } catch (err) {
    return { reason: `tidak dapat dibaca (${(err as NodeJS.ErrnoException).code ?? String(err)})` };
  } finally {
    fs.closeSync(fd);
  }
}

/** Thrown by writeSafely when the target exists and overwriting was not asked for. */
export class TargetExistsError extends Error {}

const TEMP_TAG = ".iku-";
const TEMP_NAME = /^\..+\.iku-\d+-[0-9a-z]+\.tmp$/;
/** A temp file older than this is a leftover of a killed run. */
export const STALE_TEMP_MS = 60 * 60 * 1000;

function tempName(target: string): string {
  const rnd = Math.random().toString(36).slice(2, 10) || "0";
  return path.join(path.dirname(target), `.${path.basename(target)}${TEMP_TAG}${process.pid}-${rnd}.tmp`);
}

/** Removes our temp files older than STALE_TEMP_MS in `dir` (best effort). */
export function cleanStaleTemps(dir: string, now = Date.now()): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    if (!TEMP_NAME.test(name)) continue;
    const p = path.join(dir, name);
    try {
      const st = fs.lstatSync(p);
      if (st.isFile() && now - st.mtimeMs > STALE_TEMP_MS) {
        fs.unlinkSync(p);
        removed.push(name);
      }
    } catch {
      // Another run may have removed it meanwhile; nothing to do.
    }
  }
  return removed;
}

/**
 * Writes `data` to `target` through a temp file in the same directory, flushed to disk
 * (fsync) before it takes the target's name, and removed on every failure path.
 * Without `overwrite`, the finished file is hard-linked to the target name, which fails
 * when anything exists there — a file created meanwhile or a dangling symlink included — so
 * of several parallel runs exactly one wins. Where hard links are not supported, an
 * exclusive create (O_EXCL, which also refuses symlinks) gives the same guarantee.
 * @throws TargetExistsError when the target exists and `overwrite` is false; the system
 *   error otherwise.
 */
export function writeSafely(target: string, data: Uint8Array, overwrite: boolean): void {
  const dir = path.dirname(target);
  cleanStaleTemps(dir);
  const tmp = tempName(target);
  try {
    const fd = fs.openSync(tmp, "wx");
    try {
      let at = 0;
      while (at < data.length) at += fs.writeSync(fd, data, at, data.length - at);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    if (overwrite) {
      fs.renameSync(tmp, target);
      return;
    }
    try {
      fs.linkSync(tmp, target);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === "EEXIST") throw new TargetExistsError(target);
      if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EXDEV" && code !== "ENOSYS") throw err;
      writeExclusive(target, data);
    }
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

function writeExclusive(target: string, data: Uint8Array): void {
  let fd: number;
  try {
    fd = fs.openSync(target, "wx");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "EEXIST") throw new TargetExistsError(target);
    throw err;
  }
  try {
    let at = 0;
    while (at < data.length) at += fs.writeSync(fd, data, at, data.length - at);
    fs.fsyncSync(fd);
  } catch (err) {
    fs.closeSync(fd);
    fs.rmSync(target, { force: true });
    throw err;
  }
  fs.closeSync(fd);
}

/** The Indonesian line for a failed write of `target` by command `cmd`. */
export function writeFailure(cmd: string, target: string, err: unknown): string {
  if (err instanceof TargetExistsError) {
    return `iku ${cmd}: berkas ${target} sudah ada; pakai --timpa untuk menimpanya\n`;
  }
  return `iku ${cmd}: gagal menulis ${target}: ${err instanceof Error ? err.message : String(err)}\n`;
}
