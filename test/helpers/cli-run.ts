/** Runs the `iku` CLI in-process with a temp working directory and captured output. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** A fresh empty directory under the OS temp dir. */
export function tempDir(prefix = "iku-cli-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** `iku <argv…>` with `cwd` as working directory. */
export async function runCli(argv: string[], cwd: string): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    out: (t) => {
      stdout += t;
    },
    err: (t) => {
      stderr += t;
    },
    cwd,
  });
  return { code, stdout, stderr };
}

/** Names of the files in `dir`, sorted (to prove a failed command wrote nothing). */
export function listDir(dir: string): string[] {
  return fs.readdirSync(dir).sort();
}
