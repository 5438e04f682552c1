/** The installed entry point: `npm run build:cli`, then `node bin/iku.js …` in a real process. */
import { spawnSync } from "child_process";
import * as path from "path";
import { tempDir } from "../helpers/cli-run";

jest.setTimeout(180_000);

const ROOT = path.join(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "iku.js");

beforeAll(() => {
  const build = spawnSync("npm", ["run", "build:cli"], { cwd: ROOT, encoding: "utf8" });
  expect(build.stdout + build.stderr).not.toMatch(/error TS/);
  expect(build.status).toBe(0);
});

test.each([
  [["daftar"], 0, "stdout", /Kecamatan di Kabupaten Lumajang \(21\)/],
  [["--help"], 0, "stdout", /iku buat --kecamatan <nama> --tahun <N>/],
  [["buat", "--kecamatan", "Randuagong", "--tahun", "2025"], 2, "stderr", /Mungkin maksud Anda: Randuagung/],
  [["hitung", "tidak-ada.xlsx"], 1, "stderr", /tidak ditemukan/],
])("node bin/iku.js %j → exit %i", (argv, code, stream, pattern) => {
  const r = spawnSync(process.execPath, [BIN, ...argv], { cwd: tempDir(), encoding: "utf8" });
  expect(r.status).toBe(code);
  expect(stream === "stdout" ? r.stdout : r.stderr).toMatch(pattern);
});
