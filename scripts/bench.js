#!/usr/bin/env node
"use strict";
// Runs every scripts/bench/*.js in name order. Each exports `async run(log)` and prints its
// own figures through `log`. Benchmarks measure; they never fail on a timing.
const fs = require("fs");
const path = require("path");

// `node scripts/bench.js 50-cli 30-rekap` runs only the benchmarks whose file names match.
const only = process.argv.slice(2);

async function main() {
  const dir = path.join(__dirname, "bench");
  // "_" files are helpers shared by benchmarks, not benchmarks.
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".js") && !f.startsWith("_"))
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
    .sort();
  for (const file of files) {
    const mod = require(path.join(dir, file));
    console.log(`\n== ${file.replace(/\.js$/, "")} ==`);
    await mod.run((line) => console.log(line));
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
