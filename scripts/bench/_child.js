"use strict";
// Shared by the CLI benchmarks (not a benchmark itself: scripts/bench.js skips "_" files).
// Runs the real CLI as a child process, as a user does, and records its peak memory; figures
// are taken N times and the median reported, next to a bare `node -e 0` measured in the same
// minutes, because the machine is shared and load changes every figure.
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const BIN = path.join(__dirname, "..", "..", "bin", "iku.js");
// Records the child's peak memory (KB) on exit, then runs the CLI with the same arguments.
// VmHWM, not maxRSS: on Linux maxRSS carries the parent's resident size across fork+exec
// (this benchmark's parent holds the 100 000-row workbook it just built with ExcelJS).
const PEAK = `(()=>{try{const m=/VmHWM:\\s*(\\d+)/.exec(require("fs").readFileSync("/proc/self/status","utf8"));if(m)return m[1]}catch{}return String(process.resourceUsage().maxRSS)})()`;
const WRAP = `process.on("exit",()=>require("fs").writeFileSync(process.env.RSS_FILE,${PEAK}));process.argv.splice(1,0,"iku");require(${JSON.stringify(BIN)});`;

/** One run of `node args…` in cwd: wall time (ms), peak memory (MB), exit status, output. */
function timed(args, cwd) {
  const rss = path.join(cwd, `rss-${process.hrtime.bigint()}`);
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, {
    cwd,
    env: { ...process.env, RSS_FILE: rss },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const peak = fs.existsSync(rss) ? Number(fs.readFileSync(rss, "utf8")) / 1024 : NaN;
  if (fs.existsSync(rss)) fs.rmSync(rss);
  return { ms, peak, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** `iku argv…` as a child process, with its peak memory. */
function iku(argv, cwd) {
  return timed(["-e", WRAP, ...argv], cwd);
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Runs `once` n times: { ms, peak } medians, all wall times, the last run. */
function repeat(n, once) {
  const runs = Array.from({ length: n }, once);
  return {
    ms: median(runs.map((r) => r.ms)),
    peak: median(runs.map((r) => r.peak)),
    all: runs.map((r) => r.ms),
    last: runs[runs.length - 1],
  };
}

/** "(sasaran < 3000 ms, rasio 0.52)" */
function goal(value, limit, unit) {
  return `sasaran < ${limit} ${unit}, rasio ${(value / limit).toFixed(2)}`;
}

/** "1520 ms (1490–1700)" */
function spread(r) {
  const lo = Math.min(...r.all).toFixed(0);
  const hi = Math.max(...r.all).toFixed(0);
  return `${r.ms.toFixed(0).padStart(6)} ms (${lo}–${hi})`;
}

module.exports = { BIN, timed, iku, median, repeat, goal, spread };
