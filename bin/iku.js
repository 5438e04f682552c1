#!/usr/bin/env node
"use strict";
// The CLI is compiled from src/cli by `npm install` (the `prepare` script) into lib/.
let main;
try {
  ({ main } = require("../lib/cli/main.js"));
} catch (err) {
  if (err && err.code === "MODULE_NOT_FOUND") {
    process.stderr.write("iku belum dibangun. Jalankan `npm install` (atau `npm run build:cli`) di folder proyek.\n");
    process.exit(2);
  }
  throw err;
}
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`Kesalahan tak terduga: ${err && err.stack ? err.stack : err}\n`);
    process.exit(1);
  },
);
