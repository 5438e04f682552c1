"use strict";
// Benchmark of the command line (issue 12): start-up of commands that do not touch xlsx
// against a bare `node -e 0` (goal: within 1.5×), and `iku hitung` of a workbook with
// 100 000 survey rows (goal: under 3 s and 300 MB peak), each a real child process.
// Uses the compiled lib/ (npm run build:cli). Never fails on a timing.
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const lib = path.join(__dirname, "..", "..", "lib");
const BIN = path.join(__dirname, "..", "..", "bin", "iku.js");
const { presetProfile } = require(path.join(lib, "core", "presets", "index.js"));
const { buildWorkbook } = require(path.join(lib, "core", "workbook", "build.js"));
const { NAMES } = require(path.join(lib, "core", "workbook", "model.js"));
const { serialFromYmd } = require(path.join(lib, "core", "dates.js"));
const { modelToExcelJs } = require(path.join(lib, "xlsx", "write.js"));
const { parseRef } = require(path.join(lib, "xlsx", "read.js"));

const ROWS = 100000;
// Records the child's peak memory (KB) on exit, then runs the CLI with the same arguments.
const WRAP = `process.on("exit",()=>require("fs").writeFileSync(process.env.RSS_FILE,String(process.resourceUsage().maxRSS)));process.argv.splice(1,0,"iku");require(${JSON.stringify(BIN)});`;

function timed(args, cwd) {
  const rss = path.join(cwd, `rss-${process.hrtime.bigint()}`);
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, {
    cwd,
    env: { ...process.env, RSS_FILE: rss },
    encoding: "utf8",
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const peak = fs.existsSync(rss) ? Number(fs.readFileSync(rss, "utf8")) / 1024 : NaN;
  return { ms, peak, status: r.status, stderr: r.stderr };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function block(wb, name) {
  const r = parseRef(wb.definedNames.getRanges(name).ranges[0]);
  return { ws: wb.getWorksheet(r.sheet), ...r };
}

async function run(log) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "iku-bench-cli-"));
  const N = 7;
  const bare = median(Array.from({ length: N }, () => timed(["-e", "0"], dir).ms));
  log(`node -e 0                 ${bare.toFixed(0).padStart(6)} ms   (median dari ${N})`);
  for (const cmd of [["--version"], ["daftar"]]) {
    const t = median(Array.from({ length: N }, () => timed([BIN, ...cmd], dir).ms));
    log(
      `iku ${cmd.join(" ").padEnd(21)} ${t.toFixed(0).padStart(6)} ms   (sasaran ≤ 1,5× node -e 0, rasio ${(t / bare).toFixed(2)}×)`,
    );
  }

  const t0 = Date.now();
  const wb = modelToExcelJs(
    buildWorkbook(presetProfile("sumbersuko-2020"), "portable", { surveiRows: ROWS }),
  );
  const jawaban = block(wb, NAMES.ikmJawaban);
  const tanggal = block(wb, NAMES.ikmTanggal);
  for (let i = 0; i < ROWS; i++) {
    tanggal.ws.getCell(tanggal.top + i, tanggal.left).value = serialFromYmd(2020, 1 + (i % 12), 1 + (i % 28));
    for (let j = 0; j < 9; j++)
      jawaban.ws.getCell(jawaban.top + i, jawaban.left + j).value = 1 + ((i + j) % 4);
  }
  const file = path.join(dir, "IKU-100k.xlsx");
  await wb.xlsx.writeFile(file);
  log(
    `menyiapkan ${ROWS} baris survei (tidak diukur): ${Date.now() - t0} ms, ${(fs.statSync(file).size / 1e6).toFixed(1)} MB`,
  );
  const h = timed(["-e", WRAP, "hitung", file], dir);
  log(
    `iku hitung 100 000 baris  ${h.ms.toFixed(0).padStart(6)} ms   (sasaran < 3000 ms, rasio ${(h.ms / 3000).toFixed(2)}); ` +
      `puncak ${h.peak.toFixed(0)} MB (sasaran < 300 MB, rasio ${(h.peak / 300).toFixed(2)}); kode keluar ${h.status}`,
  );
  if (h.status !== 0) log(h.stderr.slice(0, 500));
  fs.rmSync(dir, { recursive: true, force: true });
}

module.exports = { run };

if (require.main === module) run((line) => console.log(line));
