"use strict";
// Benchmarks of the core IKU functions (compiled to lib/ by `npx tsc -p tsconfig.cli.json`),
// each against a plain loop that only sums/counts the same arrays: the goal is within 3× of
// that loop. Prints the median of several runs; never fails on a timing.
const path = require("path");
const lib = path.join(__dirname, "..", "..", "lib", "core");
const { ikm } = require(path.join(lib, "ikm.js"));
const { fasilitasi } = require(path.join(lib, "fasilitasi.js"));
const { dokDesaTanggal } = require(path.join(lib, "dokdesa.js"));

const RUNS = 15;

// Excel hands a custom function its arguments deserialised from JSON: every text cell is
// its own string object, not one interned literal. Build the data the same way.
const asFromExcel = (x) => JSON.parse(JSON.stringify(x));

/**
 * Median wall time in ms of one call of `f`, over RUNS samples after warm-up. A sample
 * repeats `f` until it lasts ≥ 5 ms, so sub-millisecond calls are not lost in timer noise
 * or a single garbage collection. Keeps the results alive so nothing is optimised away.
 */
function median(f) {
  let sink = 0;
  let reps = 1;
  for (;;) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < reps; i++) sink += Number(f()) || 0;
    if (Number(process.hrtime.bigint() - t0) / 1e6 >= 5 || reps >= 1 << 16) break;
    reps *= 2;
  }
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    for (let j = 0; j < reps; j++) sink += Number(f()) || 0;
    times.push(Number(process.hrtime.bigint() - t0) / 1e6 / reps);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(RUNS / 2)], sink };
}

// Deterministic pseudo-random data (LCG) so runs are comparable.
function rng(seed) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

function survey(rows) {
  const r = rng(rows);
  return Array.from({ length: rows }, () => Array.from({ length: 9 }, () => 1 + Math.floor(r() * 4)));
}

function sumMatrix(m) {
  let s = 0;
  for (let i = 0; i < m.length; i++) {
    const row = m[i];
    for (let j = 0; j < row.length; j++) s += row[j];
  }
  return s;
}

function report(log, name, f, baseline) {
  const a = median(f);
  const b = median(baseline);
  log(
    `${name.padEnd(36)} ${a.ms.toFixed(2).padStart(8)} ms   loop ${b.ms.toFixed(2).padStart(7)} ms   ratio ${(a.ms / b.ms).toFixed(2)}×`,
  );
}

async function run(log) {
  for (const rows of [10000, 100000]) {
    const data = survey(rows);
    report(
      log,
      `IKU.IKM ${rows}×9`,
      () => ikm(data, null),
      () => sumMatrix(data),
    );
  }

  const r = rng(7);
  const words = ["Ya", "Tidak", "Sudah", "Belum", ""];
  const statuses = asFromExcel(Array.from({ length: 100000 }, () => [words[Math.floor(r() * words.length)]]));
  report(
    log,
    "IKU.FASILITASI 100000 status",
    () => fasilitasi(statuses, null),
    () => {
      let n = 0;
      for (let i = 0; i < statuses.length; i++)
        if (statuses[i][0] === "Ya" || statuses[i][0] === "Sudah") n++;
      return n;
    },
  );

  const col = (lo) => Array.from({ length: 10000 }, () => [lo + Math.floor(r() * 400)]);
  const rkp = col(45800);
  const apb = col(45900);
  const lpp = col(45600);
  report(
    log,
    "IKU.DOKDESA.TANGGAL 10000 desa",
    () => dokDesaTanggal(2025, rkp, apb, lpp),
    () => sumMatrix(rkp) + sumMatrix(apb) + sumMatrix(lpp),
  );
}

module.exports = { run };
