"use strict";
// Size of the JavaScript the task pane page loads at first paint: parses dist/taskpane.html's
// <script src>, sums the gzip sizes of OUR files (goal < 40 KB, issue 12) and reports office.js
// from the Microsoft CDN separately (not ours, cached by Office). Per file: the entry points
// (functions.js carries the one webpack runtime; commands.js, taskpane.js) and the chunk they
// share (shared.js). Lazy chunks (import()) are listed apart with what loads them: they are
// not loaded when the pane opens. Also checks that ExcelJS is not in the page's JS.
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const GOAL_KB = 40;
const ENTRIES = ["functions.js", "commands.js", "taskpane.js"];
// What loads each named lazy chunk (webpackChunkName in src/); unnamed ones are shared by those.
const LAZY_WHY = {
  lembar: "Buat Lembar IKU (panel atau pita)",
  konversi: "Konversi formula",
  indikator: "Ubah indikator (editor indikator di panel)",
  rekap: "Rekap Kecamatan",
  "xlsx-read": "Rekap Kecamatan: pembaca xlsx",
  pustaka: "Rekap Kecamatan: ExcelJS",
  "lambat-bersama": "penyusun lembar, dipakai Buat Lembar IKU dan Rekap Kecamatan",
};
const ROOT = path.join(__dirname, "..", "..");

function gzipSize(buf) {
  return zlib.gzipSync(buf, { level: 9 }).length;
}

/** The src of every <script src="…"> in the page, in order. */
function scriptSources(html) {
  const out = [];
  // The production build minifies the page: attribute values may be unquoted (src=taskpane.js).
  const re = /<script\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>/gi;
  let m;
  while ((m = re.exec(html)) !== null) out.push(m[1] ?? m[2] ?? m[3]);
  return out;
}

// Strings only ExcelJS's bundle carries (its xlsx writer's part names and class names).
const EXCELJS_MARKERS = ["xl/sharedStrings.xml", "WorkbookXform", "exceljs"];

/** Measures dist/: { ours: [{file, bytes, gzip}], external: [...], lazy: [...], oursGzip, hasExcelJs }. */
function measure(distDir = path.join(ROOT, "dist")) {
  const htmlPath = path.join(distDir, "taskpane.html");
  if (!fs.existsSync(htmlPath)) throw new Error(`${htmlPath} tidak ada: jalankan dulu npm run build`);
  const html = fs.readFileSync(htmlPath, "utf8");
  const ours = [];
  const external = [];
  for (const src of scriptSources(html)) {
    if (/^https?:\/\//i.test(src) || src.startsWith("//")) {
      // The CDN file is not ours; report the npm copy's size for orientation only.
      const local = path.join(
        ROOT,
        "node_modules",
        "@microsoft",
        "office-js",
        "dist",
        path.basename(src.split("?")[0]),
      );
      const buf = fs.existsSync(local) ? fs.readFileSync(local) : null;
      external.push({ file: src, bytes: buf ? buf.length : null, gzip: buf ? gzipSize(buf) : null });
      continue;
    }
    const buf = fs.readFileSync(path.join(distDir, src.split("?")[0].replace(/^\.?\//, "")));
    ours.push({ file: src, bytes: buf.length, gzip: gzipSize(buf), text: buf.toString("utf8") });
  }
  const loaded = new Set(ours.map((o) => path.basename(o.file)));
  const lazy = fs
    .readdirSync(distDir)
    .filter((f) => f.endsWith(".js") && !loaded.has(f))
    .map((f) => {
      const buf = fs.readFileSync(path.join(distDir, f));
      return { file: f, bytes: buf.length, gzip: gzipSize(buf) };
    });
  const hasExcelJs = ours.some((o) => EXCELJS_MARKERS.some((m) => o.text.includes(m)));
  const oursGzip = ours.reduce((s, o) => s + o.gzip, 0);
  return {
    ours: ours.map(({ text: _t, ...rest }) => rest),
    external,
    lazy,
    oursGzip,
    hasExcelJs,
    goalKb: GOAL_KB,
  };
}

const kb = (n) => (n / 1024).toFixed(1);

/** "titik masuk" for the three entry points, "potongan bersama" for the rest of first paint. */
function role(file) {
  return ENTRIES.includes(path.basename(file)) ? "titik masuk" : "potongan bersama";
}

/** Why a lazy chunk is loaded, from its name ("lembar.ae07d087.js" → "Buat Lembar IKU …"). */
function lazyWhy(file) {
  const name = path.basename(file).split(".")[0];
  return LAZY_WHY[name] ?? "potongan lambat tanpa nama";
}

async function run(log) {
  let m;
  try {
    m = measure();
  } catch (e) {
    log(String(e.message || e));
    return;
  }
  // Each file's share of the one goal (< 40 KB gzip for all of them together).
  for (const o of m.ours) {
    const share = o.gzip / (GOAL_KB * 1024);
    log(
      `${role(o.file)} ${o.file}: ${kb(o.bytes)} KB, gzip ${kb(o.gzip)} KB — ${share.toFixed(2)} dari sasaran ${GOAL_KB} KB`,
    );
  }
  const ratio = m.oursGzip / (GOAL_KB * 1024);
  log(
    `JS milik kita saat panel pertama tampil: gzip ${kb(m.oursGzip)} KB — sasaran < ${GOAL_KB} KB — ` +
      `rasio ${ratio.toFixed(2)} (${ratio < 1 ? "tercapai" : "MELEBIHI"}); sebelum issue 12: 61,8 KB`,
  );
  log(`ExcelJS di JS panel: ${m.hasExcelJs ? "YA (seharusnya tidak)" : "tidak"}`);
  for (const e of m.external) {
    log(
      `bukan milik kita (CDN): ${e.file}${e.gzip === null ? "" : ` — salinan npm ${kb(e.bytes)} KB, gzip ${kb(e.gzip)} KB (memuat berkas lain lagi)`}`,
    );
  }
  for (const l of m.lazy)
    log(`dimuat saat diperlukan: ${l.file}: gzip ${kb(l.gzip)} KB — ${lazyWhy(l.file)}`);
}

module.exports = { run, measure, scriptSources, lazyWhy, GOAL_KB };
