/**
 * renderWorkbook against the fake Excel: few syncs whatever the row count, never destroying
 * what a workbook already holds, Profil overwrite only on confirmation, and graceful
 * degradation when Excel lacks a requirement set.
 */

import { readProfile } from "../../src/core/workbook/profil-sheet";
import { NAMES } from "../../src/core/workbook/model";
import { renderWorkbook, type RenderOptions, type RenderReport } from "../../src/excel/render";
import { createFakeExcel, type FakeExcel } from "../fakes/fake-excel";
import { gridOf, model, modelRows, preset, sheetOf } from "./helpers";

async function render(
  fake: FakeExcel,
  m: ReturnType<typeof model>,
  options?: RenderOptions,
): Promise<RenderReport> {
  return fake.run((ctx) => renderWorkbook(ctx, m, options));
}

describe("sync count stays small whatever the number of rows", () => {
  const cases: [string, number, number][] = [
    ["200 rows, empty workbook", 200, 2],
    ["5 000 rows, empty workbook", 5000, 2],
  ];
  test.each(cases)(
    "%s",
    async (_what, rows, expected) => {
      const fake = createFakeExcel();
      const m = model(preset("sumbersuko-2020"), "addin", { fasilitasiRows: rows, surveiRows: rows });
      await render(fake, m);
      expect(fake.syncCount).toBe(expected);
      // The prepared rows really were written: the last Fasilitasi row has its No formula.
      const last = fake.cell("Fasilitasi", `A${4 + rows}`);
      expect(last?.formula).toBe(`=IF(C${4 + rows}="","",ROW()-4)`);
      // Second build into the same workbook: existing sheets are probed → 3 syncs; at 5 000 rows
      // the estimated read of the data sheets (40 B a cell) exceeds 4 MB, so it takes two.
      fake.resetSyncCount();
      await render(fake, m);
      expect(fake.syncCount).toBe(rows > 2000 ? 4 : 3);
    },
    60000,
  );
});

describe("a fresh workbook", () => {
  test("every sheet is created with names, freeze, validation, page layout and widths", async () => {
    const fake = createFakeExcel();
    const m = model(preset("randuagung-2025"));
    const report = await render(fake, m);
    expect(report.sheets).toEqual(m.sheets.map((s) => ({ name: s.name, status: "dibuat" })));
    expect(report.warnings).toEqual([]);
    expect(fake.state.active?.name).toBe("IKU 2025");
    const names = [...fake.state.names.values()].map((n) => n.name).sort();
    expect(names).toEqual(m.names.map((n) => n.name).sort());
    const fas = fake.sheet("Fasilitasi");
    expect(fas?.freeze).toEqual({ rows: 4, cols: 0 });
    const rules = fas?.validations.map((v) => v.rule as Record<string, unknown>) ?? [];
    expect(rules.map((r) => Object.keys(r))).toEqual([["date"], ["list"]]);
    expect(rules[1]).toEqual({ list: { inCellDropDown: true, source: "Ya,Tidak" } });
    const iku = fake.sheet("IKU 2025");
    const page = sheetOf(m, "iku").page;
    const [t1, t2] = (page?.printTitleRows ?? "").split(":");
    expect(iku?.pageLayout).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: `$${t1}:$${t2}`,
      printArea: "$A$1:$J$30",
    });
    // Column A of the IKU sheet is 5 characters wide: trunc(5·7 + 0.5) = 35 px = 26.25 pt.
    expect(iku?.columnWidths.get(1)).toBeCloseTo(26.25, 6);
  });
});

describe("never destroys data", () => {
  test("an existing IKU 2025 is left alone; a Fasilitasi data sheet is reused with its rows", async () => {
    const fake = createFakeExcel();
    const m = model(preset("randuagung-2025"));
    fake.seedSheet("IKU 2025", [["Catatan saya"], [null, 42]]);
    const fasModel = sheetOf(m, "fasilitasi");
    const typed = [
      [1, 45678, "Rapat koordinasi musrenbang", "Desa Randuagung", "Notulen", "Ya", ""],
      [2, 45700, "Fasilitasi BUMDes", "Desa Ranulogong", "Berita acara", "Tidak", "menunggu SK"],
    ];
    fake.seedSheet("Fasilitasi", [...modelRows(fasModel, 4), ...typed]);
    fake.seedName(NAMES.fasilitasiStatus, "Fasilitasi", "$F$5:$F$300");

    const report = await render(fake, m);

    expect(report.sheets.map((s) => [s.name, s.status])).toEqual([
      ["IKU 2025 (2)", "dinamai-ulang"],
      ["Pengukuran Kinerja", "dibuat"],
      ["Fasilitasi", "dipakai-ulang"],
      ["Dokumen Desa", "dibuat"],
      ["Profil", "dibuat"],
    ]);
    expect(report.warnings).toHaveLength(1);
    expect(report.warnings[0]).toBe(
      'Lembar "IKU 2025" sudah ada; dibiarkan utuh, lembar baru diberi nama "IKU 2025 (2)".',
    );
    expect(fake.cell("IKU 2025", "A1")?.value).toBe("Catatan saya");
    expect(fake.cell("IKU 2025", "B2")?.value).toBe(42);
    expect(fake.cell("IKU 2025 (2)", "A1")?.value).toBe("INDIKATOR KINERJA UTAMA");
    // Typed rows unchanged, the next empty prepared row filled in.
    expect(gridOf(fake.sheet("Fasilitasi") ?? fail()).slice(4, 6)).toEqual(
      typed.map((r) => r.map((x) => (x === "" ? null : x)).slice(0, trimmedLength(r))),
    );
    expect(fake.cell("Fasilitasi", "A7")?.formula).toBe('=IF(C7="","",ROW()-4)');
    // The user's longer name range is kept; the missing one is defined.
    expect(fake.state.names.get(NAMES.fasilitasiStatus.toLowerCase())?.rect.bottom).toBe(300);
    expect(fake.state.names.get(NAMES.fasilitasiTanggal.toLowerCase())?.sheet.name).toBe("Fasilitasi");
  });

  test("a sheet named Fasilitasi with other headers is kept; names point to the new sheet", async () => {
    const fake = createFakeExcel();
    fake.seedSheet("Fasilitasi", [
      ["Daftar belanja"],
      ["Tanggal", "Barang", "Harga"],
      [45678, "Kertas", 50000],
    ]);
    fake.seedName(NAMES.fasilitasiStatus, "Fasilitasi", "$C$3:$C$3");
    const report = await render(fake, model(preset("randuagung-2025")));
    expect(report.sheets[2]).toEqual({ name: "Fasilitasi (2)", status: "dinamai-ulang" });
    expect(fake.cell("Fasilitasi", "B3")?.value).toBe("Kertas");
    expect(fake.state.names.get(NAMES.fasilitasiStatus.toLowerCase())?.sheet.name).toBe("Fasilitasi (2)");
  });

  test("formulas naming a sheet that had to be renamed follow the new name", async () => {
    const fake = createFakeExcel();
    fake.seedSheet("IKU 2025", [["lama"]]);
    const m = model(preset("randuagung-2025"));
    sheetOf(m, "profil").cells.push({ row: 100, col: 1, formula: "'IKU 2025'!A1" });
    await render(fake, m);
    expect(fake.cell("Profil", "A100")?.formula).toBe("='IKU 2025 (2)'!A1");
  });

  test("a Profil sheet that is not an IKU profile is kept and the new one renamed", async () => {
    const fake = createFakeExcel();
    fake.seedSheet("Profil", [["Profil pegawai"], ["Nama", "Budi"]]);
    const report = await render(fake, model(preset("randuagung-2025")));
    expect(report.sheets[4]).toEqual({ name: "Profil (2)", status: "dinamai-ulang" });
    expect(fake.cell("Profil", "B2")?.value).toBe("Budi");
    expect(fake.state.names.get(NAMES.tahun.toLowerCase())?.sheet.name).toBe("Profil (2)");
  });
});

describe("an existing, different Profil", () => {
  const old = preset("randuagung-2025");
  const changed = { ...old, penandatangan: { ...old.penandatangan, nama: "Drs. PENGGANTI, M.Si" } };
  const cases: [string, RenderOptions["confirm"], "old" | "new", number][] = [
    ["confirm false → kept", () => Promise.resolve(false), "old", 1],
    ["confirm true → replaced", () => Promise.resolve(true), "new", 1],
    ["no confirm → kept", undefined, "old", 0],
  ];
  test.each(cases)("%s", async (_what, confirm, expected, asked) => {
    const fake = createFakeExcel();
    await render(fake, model(old));
    const questions: string[] = [];
    const spy = confirm
      ? async (q: string): Promise<boolean> => {
          questions.push(q);
          return confirm(q);
        }
      : undefined;
    const report = await render(fake, model(changed), { confirm: spy });
    expect(questions).toHaveLength(asked);
    expect(report.sheets.find((s) => s.name === "Profil")?.status).toBe("dipakai-ulang");
    expect(report.warnings.some((w) => w.includes("Profil"))).toBe(true);
    const now = readProfile(gridOf(fake.sheet("Profil") ?? fail()));
    expect(now).toEqual(expected === "old" ? old : changed);
  });

  test("the same profile is reused without asking about it; IKU sheets are updated in place", async () => {
    const fake = createFakeExcel();
    await render(fake, model(old));
    const asked: string[] = [];
    const report = await render(fake, model(old), {
      confirm: (q) => {
        asked.push(q);
        return Promise.resolve(true);
      },
    });
    // Only the one rebuild question, which does not mention Profil.
    expect(asked).toHaveLength(1);
    expect(asked[0]).not.toContain('"Profil"');
    expect(report.sheets.map((s) => s.status)).toEqual([
      "diperbarui",
      "diperbarui",
      "dipakai-ulang",
      "dipakai-ulang",
      "dipakai-ulang",
    ]);
  });
});

describe("Excel refusing a command", () => {
  test("the error says in Indonesian what failed and keeps Excel's reason", async () => {
    const fake = createFakeExcel();
    const m = model(preset("randuagung-2025"));
    // A name Excel refuses ("/" is not allowed in sheet names).
    m.sheets[0] = { ...m.sheets[0], name: "IKU/2025" };
    await expect(render(fake, m)).rejects.toThrow(/^Excel gagal menulis lembar IKU .*InvalidArgument/);
  });
});

describe("requirement sets", () => {
  const without = (version: string) => (name: string, v: string) => !(name === "ExcelApi" && v === version);
  const cases: [string, string, (f: FakeExcel) => unknown, unknown][] = [
    ["1.9 (page layout)", "1.9", (f) => f.sheet("IKU 2025")?.pageLayout, {}],
    ["1.8 (validation)", "1.8", (f) => f.sheet("Fasilitasi")?.validations.length, 0],
    ["1.7 (freeze panes)", "1.7", (f) => f.sheet("Fasilitasi")?.freeze, null],
  ];
  test.each(cases)(
    "without ExcelApi %s: a warning, still builds",
    async (_what, version, probe, expected) => {
      const fake = createFakeExcel();
      const report = await render(fake, model(preset("randuagung-2025")), {
        isSetSupported: without(version),
      });
      expect(report.warnings).toHaveLength(1);
      expect(report.warnings[0]).toContain(`ExcelApi ${version}`);
      expect(fake.sheetNames()).toEqual([
        "IKU 2025",
        "Pengukuran Kinerja",
        "Fasilitasi",
        "Dokumen Desa",
        "Profil",
      ]);
      expect(probe(fake)).toEqual(expected);
    },
  );

  test("without ExcelApi 1.4 nothing is built and the error says why", async () => {
    const fake = createFakeExcel();
    await expect(
      render(fake, model(preset("randuagung-2025")), { isSetSupported: () => false }),
    ).rejects.toThrow(/ExcelApi 1\.4/);
    expect(fake.sheetNames()).toEqual([]);
  });
});

function fail(): never {
  throw new Error("lembar tidak ada");
}

/** Typed rows compare up to their last non-empty cell (gridOf drops trailing empties). */
function trimmedLength(row: unknown[]): number {
  let n = row.length;
  while (n > 0 && (row[n - 1] === "" || row[n - 1] === null)) n--;
  return n;
}
