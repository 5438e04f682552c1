"use strict";
// `iku buat` for all 21 kecamatan into a temp dir, in-process through the compiled CLI
// (lib/cli/main.js, built by `npm run build:cli`). Prints total and per-file milliseconds.
const fs = require("fs");
const os = require("os");
const path = require("path");

async function run(log) {
  const { main } = require("../../lib/cli/main.js");
  const { listKecamatan } = require("../../lib/core/wilayah.js");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "iku-bench-buat-"));
  const io = { out: () => undefined, err: (t) => log(`  ! ${t.trim()}`), cwd: dir };
  const times = [];
  const start = process.hrtime.bigint();
  for (const k of listKecamatan()) {
    const t0 = process.hrtime.bigint();
    const code = await main(["buat", "--kecamatan", k.nama, "--tahun", "2025"], io);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (code !== 0) log(`  ${k.nama}: keluar dengan kode ${code}`);
    times.push([k.nama, ms]);
  }
  const total = Number(process.hrtime.bigint() - start) / 1e6;
  for (const [nama, ms] of times) log(`  ${nama.padEnd(14)} ${ms.toFixed(0).padStart(6)} ms`);
  const files = fs.readdirSync(dir);
  const bytes = files.reduce((s, f) => s + fs.statSync(path.join(dir, f)).size, 0);
  log(
    `iku buat × ${times.length}: total ${total.toFixed(0)} ms (tujuan < 3000 ms), ${files.length} berkas, ${(bytes / 1024).toFixed(0)} KiB`,
  );
  fs.rmSync(dir, { recursive: true, force: true });
}

module.exports = { run };

if (require.main === module) {
  run((line) => console.log(line)).catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
