/**
 * `iku buat` writes through a temp file that then takes the target's name (a hard link
 * without --timpa, a rename with it): when that final step fails, neither a half file nor
 * the temp file is left behind. fs.linkSync / fs.renameSync are made to fail on demand.
 */
import * as fs from "fs";
import { listDir, runCli, tempDir } from "../helpers/cli-run";

const failRename = { on: false };

jest.mock("fs", () => {
  const actual = jest.requireActual<typeof import("fs")>("fs");
  return {
    ...actual,
    renameSync: (from: fs.PathLike, to: fs.PathLike): void => {
      if (failRename.on) throw new Error("disk penuh");
      actual.renameSync(from, to);
    },
    linkSync: (from: fs.PathLike, to: fs.PathLike): void => {
      if (failRename.on) throw Object.assign(new Error("disk penuh"), { code: "ENOSPC" });
      actual.linkSync(from, to);
    },
  };
});

test.each([
  [true, false, 1, /gagal menulis .*IKU-Tekung-2025\.xlsx: disk penuh/, []],
  [false, false, 0, /^$/, ["IKU-Tekung-2025.xlsx"]],
  [true, true, 1, /gagal menulis .*IKU-Tekung-2025\.xlsx: disk penuh/, []],
  [false, true, 0, /^$/, ["IKU-Tekung-2025.xlsx"]],
])("last step fails: %s (--timpa %s) → exit %i", async (fail, timpa, code, stderr, files) => {
  const cwd = tempDir();
  failRename.on = fail;
  try {
    const r = await runCli(["buat", "-k", "Tekung", "-t", "2025", ...(timpa ? ["--timpa"] : [])], cwd);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(stderr);
  } finally {
    failRename.on = false;
  }
  expect(listDir(cwd)).toEqual(files);
});
