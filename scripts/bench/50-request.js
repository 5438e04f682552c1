"use strict";
// Request budget of the Office.js renderer (issue 8 §6): Excel on the web refuses a request or
// response over 5 MB; ours stay under 4 MB. Renders the Sumbersuko workbook (all three data
// sheets) with 200, 5 000 and 20 000 prepared rows into the fake Excel of test/fakes, which
// measures each sync (100 B per queued operation + JSON payloads; JSON of what loads return),
// fresh and again over data sheets filled in every other row. The TypeScript sources are
// transpiled on the fly with the project's own `typescript` (no ts-node, no type check).
const fs = require("fs");
const path = require("path");
const ts = require("typescript");

function registerTs() {
  if (require.extensions[".ts"]) return;
  require.extensions[".ts"] = (module, filename) => {
    const source = fs.readFileSync(filename, "utf8");
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2020,
        esModuleInterop: true,
      },
      fileName: filename,
    });
    module._compile(outputText, filename);
  };
}

/** Every other prepared row typed in: date, activity, status; a survey answer in U1–U9. */
function fillEveryOtherRow(fake, rows) {
  const fas = fake.sheet("Fasilitasi");
  const ikm = fake.sheet("Survei IKM");
  for (let r = 5; r < 5 + rows; r += 2) {
    const set = (sheet, col, value) => {
      const cell = sheet.cells.get(`${r},${col}`);
      if (cell) Object.assign(cell, { value, formula: null });
    };
    set(fas, 2, 45678);
    set(fas, 3, `Rapat koordinasi kegiatan desa ke-${r}`);
    set(fas, 6, r % 4 === 1 ? "Ya" : "Tidak");
    for (let c = 3; c <= 11; c++) set(ikm, c, 1 + (r % 4));
  }
}

const mb = (n) => (n / 1e6).toFixed(2).replace(".", ",");

async function run(log) {
  registerTs();
  const root = path.join(__dirname, "..", "..");
  const { renderWorkbook } = require(path.join(root, "src/excel/render.ts"));
  const { REQUEST_BUDGET_BYTES } = require(path.join(root, "src/excel/request-budget.ts"));
  const { createFakeExcel } = require(path.join(root, "test/fakes/fake-excel.ts"));
  const { buildWorkbook } = require(path.join(root, "src/core/workbook/build.ts"));
  const { presetProfile } = require(path.join(root, "src/core/presets/index.ts"));
  const profile = presetProfile("sumbersuko-2020");
  const options = { isSetSupported: () => true };
  const line = (what, rows, fake) => {
    const req = Math.max(...fake.syncSizes.map((s) => s.request));
    const res = Math.max(...fake.syncSizes.map((s) => s.response));
    const total = fake.syncSizes.reduce((n, s) => n + s.request, 0);
    const ok = req <= REQUEST_BUDGET_BYTES && res <= REQUEST_BUDGET_BYTES ? "ok" : "MELEBIHI";
    log(
      `  ${String(rows).padStart(6)} baris ${what.padEnd(9)} ${String(fake.syncSizes.length).padStart(2)} sync; ` +
        `permintaan terbesar ${mb(req)} MB, jawaban terbesar ${mb(res)} MB, kirim total ${mb(total)} MB (${ok})`,
    );
  };
  for (const rows of [200, 5000, 20000]) {
    const model = buildWorkbook(profile, "addin", { fasilitasiRows: rows, surveiRows: rows });
    const fake = createFakeExcel();
    await fake.run((ctx) => renderWorkbook(ctx, model, options));
    line("baru", rows, fake);
    fillEveryOtherRow(fake, rows);
    fake.resetSyncCount();
    await fake.run((ctx) => renderWorkbook(ctx, model, options));
    line("dipakai", rows, fake);
  }
  log(
    `tujuan: tiap permintaan dan jawaban ≤ ${mb(REQUEST_BUDGET_BYTES)} MB (batas Excel untuk web 5 MB); buku kerja baru 2 sync`,
  );
}

module.exports = { run };

if (require.main === module) {
  run((l) => console.log(l)).catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
