"use strict";
// Benchmark of the kabupaten recap: 21 kecamatan workbooks (each with all three indicators —
// lumajangProfile plus Sumbersuko's IKM — 200 fasilitasi rows, every desa's three dates and
// 400 survey respondents), generated and filled first (not timed), then the recap timed:
// read + evaluate + build + write, in-process and through `iku rekap`. Goal: under 3 s.
// Uses the compiled lib/ (npm run build:cli). Never fails on a timing.
const fs = require("fs");
const os = require("os");
const path = require("path");
const ExcelJS = require("exceljs");
const lib = path.join(__dirname, "..", "..", "lib");
const { listKecamatan, lumajangProfile } = require(path.join(lib, "core", "wilayah.js"));
const { presetProfile } = require(path.join(lib, "core", "presets", "index.js"));
const { buildWorkbook } = require(path.join(lib, "core", "workbook", "build.js"));
const { serialFromYmd } = require(path.join(lib, "core", "dates.js"));
const { NAMES } = require(path.join(lib, "core", "workbook", "model.js"));
const { modelToExcelJs, writeXlsx } = require(path.join(lib, "xlsx", "write.js"));
const { readIkuWorkbook, parseRef } = require(path.join(lib, "xlsx", "read.js"));
const { buildRekap } = require(path.join(lib, "core", "rekap.js"));
const { buildRekapWorkbook } = require(path.join(lib, "core", "workbook", "rekap-sheet.js"));
const { main } = require(path.join(lib, "cli", "main.js"));

const TAHUN = 2025;
const FASILITASI = 200;
const RESPONDEN = 400;

function rng(seed) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

function block(wb, name) {
  const [ref] = wb.definedNames.getRanges(name).ranges;
  const r = ref === undefined ? null : parseRef(ref);
  return r ? { ws: wb.getWorksheet(r.sheet), ...r } : null;
}

/** Fills every named data range of a kecamatan workbook with plausible values. */
function fill(wb, seed) {
  const rnd = rng(seed);
  const status = block(wb, NAMES.fasilitasiStatus);
  const tanggal = block(wb, NAMES.fasilitasiTanggal);
  for (let i = 0; i < FASILITASI; i++) {
    status.ws.getCell(status.top + i, status.left).value = rnd() < 0.85 ? "Ya" : "Tidak";
    tanggal.ws.getCell(tanggal.top + i, tanggal.left).value = serialFromYmd(TAHUN, 1 + (i % 12), 1 + (i % 28));
  }
  const docs = [
    [NAMES.dokRkp, serialFromYmd(TAHUN, 9, 30)],
    [NAMES.dokApb, serialFromYmd(TAHUN, 12, 31)],
    [NAMES.dokLpp, serialFromYmd(TAHUN, 3, 31)],
  ];
  for (const [name, deadline] of docs) {
    const b = block(wb, name);
    for (let r = b.top; r <= b.bottom; r++) b.ws.getCell(r, b.left).value = deadline - 30 + Math.floor(rnd() * 45);
  }
  const jawaban = block(wb, NAMES.ikmJawaban);
  for (let i = 0; i < RESPONDEN; i++) {
    for (let j = 0; j < 9; j++) jawaban.ws.getCell(jawaban.top + i, jawaban.left + j).value = rnd() < 0.6 ? 4 : 3;
  }
}

async function run(log) {
  const ikm = presetProfile("sumbersuko-2020").indicators.find((i) => i.kind === "ikm");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "iku-bench-rekap-"));
  const files = [];
  const t0 = Date.now();
  for (const [i, k] of listKecamatan().entries()) {
    const p = lumajangProfile(k.nama, TAHUN);
    const profile = { ...p, indicators: [...p.indicators, { ...ikm, target: 80 }] };
    const wb = modelToExcelJs(
      buildWorkbook(profile, "portable", { fasilitasiRows: FASILITASI, surveiRows: RESPONDEN }),
    );
    fill(wb, i + 1);
    const file = path.join(dir, `IKU-${k.nama.replace(/\s+/g, "-")}-${TAHUN}.xlsx`);
    await wb.xlsx.writeFile(file);
    files.push(file);
  }
  const mb = files.reduce((s, f) => s + fs.statSync(f).size, 0) / 1e6;
  log(`menyiapkan 21 buku kerja terisi (tidak diukur): ${Date.now() - t0} ms, ${mb.toFixed(1)} MB`);

  const t1 = process.hrtime.bigint();
  const inputs = [];
  for (const f of files) inputs.push({ fileName: path.basename(f), data: await readIkuWorkbook(fs.readFileSync(f)) });
  const t2 = process.hrtime.bigint();
  const rekap = buildRekap(inputs);
  const model = buildRekapWorkbook(rekap);
  const t3 = process.hrtime.bigint();
  const bytes = await writeXlsx(model);
  const t4 = process.hrtime.bigint();
  const ms = (a, b) => (Number(b - a) / 1e6).toFixed(0).padStart(6);
  const ditolak = rekap.catatan.filter((n) => n.ditolak).length;
  log(`baca 21 berkas            ${ms(t1, t2)} ms`);
  log(`hitung + susun rekap      ${ms(t2, t3)} ms   (${rekap.kecamatan.length} kecamatan, ${ditolak} ditolak)`);
  log(`tulis xlsx + grafik       ${ms(t3, t4)} ms   (${(bytes.length / 1e3).toFixed(0)} kB)`);
  log(`total di dalam proses     ${ms(t1, t4)} ms   (sasaran < 3000 ms)`);

  let sink = "";
  const io = { out: (t) => (sink += t), err: (t) => (sink += t), cwd: dir };
  const t5 = process.hrtime.bigint();
  const code = await main(["rekap", ...files.map((f) => path.basename(f)), "-o", "Rekap.xlsx"], io);
  const t6 = process.hrtime.bigint();
  log(`iku rekap (21 berkas)     ${ms(t5, t6)} ms   (kode keluar ${code})`);
  fs.rmSync(dir, { recursive: true, force: true });
  return sink.length;
}

module.exports = { run };

if (require.main === module) run((line) => console.log(line));
