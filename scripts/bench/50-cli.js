"use strict";
// Benchmark of the command line (issue 12): start-up of commands that do not touch xlsx
// against a bare `node -e 0` (goal: within 1.5×), and `iku hitung` of a workbook with
// 100 000 survey rows (goal: under 3 s and 300 MB peak), each a real child process, each
// figure the median of several runs with `node -e 0` measured alongside (shared machine).
// Uses the compiled lib/ (npm run build:cli). Never fails on a timing.
const fs = require("fs");
const os = require("os");
const path = require("path");
const { BIN, goal, iku, median, repeat, spread, timed } = require("./_child");
const lib = path.join(__dirname, "..", "..", "lib");
const { presetProfile } = require(path.join(lib, "core", "presets", "index.js"));
const { buildWorkbook } = require(path.join(lib, "core", "workbook", "build.js"));
const { NAMES } = require(path.join(lib, "core", "workbook", "model.js"));
const { serialFromYmd } = require(path.join(lib, "core", "dates.js"));
const { modelToExcelJs } = require(path.join(lib, "xlsx", "write.js"));
const { parseRef } = require(path.join(lib, "xlsx", "read.js"));

const ROWS = 100000;
const START_RUNS = 7;
const HITUNG_RUNS = 3;

function block(wb, name) {
  const r = parseRef(wb.definedNames.getRanges(name).ranges[0]);
  return { ws: wb.getWorksheet(r.sheet), ...r };
}

/** The 100 000-row workbook as ExcelJS writes it (not timed; about 45 s). */
async function hundredThousand(dir) {
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
  return file;
}

async function run(log) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "iku-bench-cli-"));
  const bareRuns = () => median(Array.from({ length: START_RUNS }, () => timed(["-e", "0"], dir).ms));
  const bare = bareRuns();
  log(`node -e 0                 ${bare.toFixed(0).padStart(6)} ms   (median dari ${START_RUNS})`);
  for (const cmd of [["--version"], ["daftar"]]) {
    const t = median(Array.from({ length: START_RUNS }, () => timed([BIN, ...cmd], dir).ms));
    log(
      `iku ${cmd.join(" ").padEnd(21)} ${t.toFixed(0).padStart(6)} ms   (sasaran ≤ 1,5× node -e 0, rasio ${(t / bare).toFixed(2)}×)`,
    );
  }

  const t0 = Date.now();
  const file = process.env.IKU_BENCH_100K ?? (await hundredThousand(dir));
  log(
    `menyiapkan ${ROWS} baris survei (tidak diukur): ${Date.now() - t0} ms, ${(fs.statSync(file).size / 1e6).toFixed(1)} MB`,
  );
  const h = repeat(HITUNG_RUNS, () => iku(["hitung", file], dir));
  const bareNow = bareRuns();
  log(
    `iku hitung 100 000 baris  ${spread(h)}   (${goal(h.ms, 3000, "ms")}); median dari ${HITUNG_RUNS}, ` +
      `node -e 0 saat itu ${bareNow.toFixed(0)} ms`,
  );
  log(
    `  puncak memori           ${h.peak.toFixed(0).padStart(6)} MB   (${goal(h.peak, 300, "MB")}); ` +
      `kode keluar ${h.last.status}; sebelum streaming, diukur pada menit yang sama: 2,4–3,3 s, 319–322 MB`,
  );
  if (h.last.status !== 0) log(h.last.stderr.slice(0, 500));
  fs.rmSync(dir, { recursive: true, force: true });
}

module.exports = { run };

if (require.main === module) run((line) => console.log(line));
