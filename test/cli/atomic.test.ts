/**
 * `iku buat` writes through a temp file and a rename: when the final step fails, neither a
 * half file nor the temp file is left behind. fs.renameSync is made to fail on demand.
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
  };
});

test.each([
  [true, 1, /gagal menulis .*IKU-Tekung-2025\.xlsx: disk penuh/, []],
  [false, 0, /^$/, ["IKU-Tekung-2025.xlsx"]],
])("rename fails: %s → exit %i", async (fail, code, stderr, files) => {
  const cwd = tempDir();
  failRename.on = fail;
  try {
    const r = await runCli(["buat", "-k", "Tekung", "-t", "2025"], cwd);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(stderr);
  } finally {
    failRename.on = false;
  }
  expect(listDir(cwd)).toEqual(files);
});
