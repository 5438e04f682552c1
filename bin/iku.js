#!/usr/bin/env node
"use strict";
// The CLI is compiled from src/cli by `npm install` (the `prepare` script) into lib/.
let main;
try {
  ({ main } = require("../lib/cli/main.js"));
} catch (err) {
  if (err && err.code === "MODULE_NOT_FOUND") {
    process.stderr.write(
      "iku belum dibangun. Jalankan `npm install` (atau `npm run build:cli`) di folder proyek.\n",
    );
    process.exit(2);
  }
  throw err;
}
// exitCode, not process.exit(): exit() would drop output still queued for a slow pipe
// (`iku rekap … | tee log` lost everything after 64 KiB); the process ends once it drained.
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`Kesalahan tak terduga: ${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 1;
  },
);
