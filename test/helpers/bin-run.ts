/** Runs the built CLI (bin/iku.js → lib/) as a child process and reports its peak memory. */
import { spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

export const ROOT = path.join(__dirname, "..", "..");
const WRAPPER = path.join(__dirname, "rss-wrapper.js");

export interface BinRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Peak resident memory in MB; NaN when the process died before reporting it. */
  peakMB: number;
}

/** `npm run build:cli`; call in beforeAll of a test that runs bin/iku.js. */
export function buildCli(): { status: number | null; output: string } {
  const r = spawnSync("npm", ["run", "build:cli"], { cwd: ROOT, encoding: "utf8" });
  return { status: r.status, output: r.stdout + r.stderr };
}

function rssFile(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), "iku-rss-")), "rss");
}

function peakOf(file: string): number {
  try {
    return Number(fs.readFileSync(file, "utf8")) / 1024;
  } catch {
    return NaN;
  }
}

/** `iku <argv…>` in `cwd`, synchronously, with a 120 s limit. */
export function runBin(argv: readonly string[], cwd: string): BinRun {
  const file = rssFile();
  const r = spawnSync(process.execPath, [WRAPPER, ...argv], {
    cwd,
    encoding: "utf8",
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, IKU_RSS_FILE: file },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, peakMB: peakOf(file) };
}

/** The same, asynchronously (for parallel runs). */
export function runBinAsync(argv: readonly string[], cwd: string): Promise<BinRun> {
  const file = rssFile();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [WRAPPER, ...argv], {
      cwd,
      env: { ...process.env, IKU_RSS_FILE: file },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (status) => resolve({ status, stdout, stderr, peakMB: peakOf(file) }));
  });
}
