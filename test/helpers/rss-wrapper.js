"use strict";
// Runs bin/iku.js with the same arguments and records the process's peak resident memory
// (KB) to the file named by IKU_RSS_FILE when it exits.
// A process killed by the out-of-memory handler never writes it, so the test fails.
const fs = require("fs");
const path = require("path");
// On Linux maxRSS carries the parent's resident size across fork+exec (a jest worker that
// just built 100 000 rows made a 130 MB child report 350 MB); VmHWM is this process's own.
function peakKb() {
  try {
    const m = /VmHWM:\s*(\d+)\s*kB/.exec(fs.readFileSync("/proc/self/status", "utf8"));
    if (m) return Number(m[1]);
  } catch {
    // no /proc: fall back to maxRSS
  }
  return process.resourceUsage().maxRSS;
}
process.on("exit", () => {
  if (process.env.IKU_RSS_FILE) fs.writeFileSync(process.env.IKU_RSS_FILE, String(peakKb()));
});
require(path.join(__dirname, "..", "..", "bin", "iku.js"));
