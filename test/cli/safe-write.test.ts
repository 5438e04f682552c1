/**
 * Safe writes and complete output (issue 9): parallel `iku buat` to one name gives exactly
 * one success, an existing file or a dangling symlink is never replaced without --timpa,
 * stale temp files of a killed run are cleaned, piped output read slowly arrives whole, and
 * escape sequences from a file never reach the terminal.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { cleanStaleTemps, STALE_TEMP_MS } from "../../src/cli/io";
import { cleanForTerminal, MAX_LINE } from "../../src/cli/sanitize";
import { isIkuError } from "../../src/core/errors";
import { lumajangProfile } from "../../src/core/wilayah";
import { buildCli, ROOT, runBin, runBinAsync } from "../helpers/bin-run";
import { listDir, runCli, tempDir } from "../helpers/cli-run";
import { workbookParts, zipParts } from "../helpers/xlsx-craft";

jest.setTimeout(120_000);

beforeAll(() => {
  const b = buildCli();
  expect(b.output).not.toMatch(/error TS/);
  expect(b.status).toBe(0);
});

test("four parallel `iku buat -o race.xlsx`: exactly one succeeds, no temp file left", async () => {
  const cwd = tempDir();
  const runs = await Promise.all(
    [0, 1, 2, 3].map(() => runBinAsync(["buat", "-k", "Tekung", "-t", "2025", "-o", "race.xlsx"], cwd)),
  );
  expect(runs.filter((r) => r.status === 0)).toHaveLength(1);
  for (const r of runs.filter((x) => x.status !== 0))
    expect(r.stderr).toMatch(/race\.xlsx sudah ada; pakai --timpa/);
  expect(listDir(cwd)).toEqual(["race.xlsx"]);
});

test("an existing file and a dangling symlink are never replaced without --timpa", async () => {
  const cwd = tempDir();
  fs.writeFileSync(path.join(cwd, "ada.xlsx"), "punya orang");
  fs.symlinkSync(path.join(cwd, "tidak-ada-di-sini.xlsx"), path.join(cwd, "tautan.xlsx"));
  for (const name of ["ada.xlsx", "tautan.xlsx"]) {
    const r = await runCli(["buat", "-k", "Tekung", "-t", "2025", "-o", name], cwd);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`${name.replace(".", "\\.")} sudah ada`));
  }
  expect(fs.readFileSync(path.join(cwd, "ada.xlsx"), "utf8")).toBe("punya orang");
  expect(fs.readlinkSync(path.join(cwd, "tautan.xlsx"))).toBe(path.join(cwd, "tidak-ada-di-sini.xlsx"));
  expect(fs.existsSync(path.join(cwd, "tidak-ada-di-sini.xlsx"))).toBe(false);
  expect(listDir(cwd)).toEqual(["ada.xlsx", "tautan.xlsx"]);
  const r = await runCli(["buat", "-k", "Tekung", "-t", "2025", "-o", "ada.xlsx", "--timpa"], cwd);
  expect(r.code).toBe(0);
  expect(fs.readFileSync(path.join(cwd, "ada.xlsx")).subarray(0, 2).toString()).toBe("PK");
});

test("temp files of a killed run older than an hour are removed, fresh ones and others kept", () => {
  const dir = tempDir();
  const old = ".IKU-Tekung-2025.xlsx.iku-4242-abc123.tmp";
  const fresh = ".IKU-Tekung-2025.xlsx.iku-4243-def456.tmp";
  const other = ".catatan.tmp";
  for (const f of [old, fresh, other]) fs.writeFileSync(path.join(dir, f), "x");
  const past = new Date(Date.now() - STALE_TEMP_MS - 60_000);
  fs.utimesSync(path.join(dir, old), past, past);
  fs.utimesSync(path.join(dir, other), past, past);
  expect(cleanStaleTemps(dir)).toEqual([old]);
  expect(listDir(dir)).toEqual([other, fresh].sort());
});

test("output piped to a slow reader arrives whole (past 64 KiB)", () => {
  const cwd = tempDir();
  const names = Array.from({ length: 3000 }, (_, i) => `tidak-ada-${String(i).padStart(4, "0")}.xlsx`);
  fs.writeFileSync(path.join(cwd, "args"), names.join("\n"));
  // The reader sleeps before reading, so the pipe (64 KiB) fills and the CLI must wait for it
  // to drain; process.exit() would drop the rest, as `iku rekap … | tee log` did.
  const cli = `"${process.execPath}" "${path.join(ROOT, "bin", "iku.js")}" rekap $(cat args)`;
  const out = spawnSync("sh", ["-c", `${cli} 2>&1 >/dev/null | (sleep 2; cat)`], {
    cwd,
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  }).stdout;
  expect(out.length).toBeGreaterThan(128 * 1024);
  const refused = out.split("\n").filter((l) => / ditolak — berkas tidak ditemukan$/.test(l));
  expect(refused).toHaveLength(names.length);
  expect(out).toMatch(/tidak ada buku kerja kecamatan yang sah; rekap tidak ditulis\n$/);
});

describe("what the CLI prints is cleaned", () => {
  test.each([
    ["a\x1b[31mb\x1b[0m", "ab"],
    ["judul\x1b]0;diretas\x07!", "judul!"],
    ["x\u202eexe.xlsx", "xexe.xlsx"],
    ["baris\r\nbaru\tok\x00\x07", "baris\nbaru\tok"],
  ])("%j → %j", (input, want) => expect(cleanForTerminal(input)).toBe(want));

  test("a very long line is cut", () => {
    expect(cleanForTerminal(`${"x".repeat(MAX_LINE + 50)}\nok`)).toBe(`${"x".repeat(MAX_LINE)}…\nok`);
  });

  test("an escape sequence in a kecamatan file never reaches stdout", async () => {
    const p = lumajangProfile("Tekung", 2025);
    if (isIkuError(p)) throw new Error(p.message);
    const cwd = tempDir();
    const bytes = zipParts(
      await workbookParts({ ...p, instansi: "Kecamatan Tekung\x1b]0;diretas\x07\x1b[2J" }),
    );
    fs.writeFileSync(path.join(cwd, "x.xlsx"), bytes);
    const r = runBin(["hitung", "x.xlsx"], cwd);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/IKU Kecamatan Tekung/);
    expect(r.stdout).not.toMatch(/[\x1b\x07]/);
  });
});
