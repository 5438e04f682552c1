"use strict";
// Runs bin/iku.js with the same arguments and records the process's peak resident memory
// (KB, process.resourceUsage().maxRSS) to the file named by IKU_RSS_FILE when it exits.
// A process killed by the out-of-memory handler never writes it, so the test fails.
const fs = require("fs");
const path = require("path");
process.on("exit", () => {
  if (process.env.IKU_RSS_FILE)
    fs.writeFileSync(process.env.IKU_RSS_FILE, String(process.resourceUsage().maxRSS));
});
require(path.join(__dirname, "..", "..", "bin", "iku.js"));
