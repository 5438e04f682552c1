/**
 * The Office.js renderer with several daftar logs (issue 10), against the fake Excel: each log
 * sheet (kind "fasilitasi") is created, reused by its own name with the rows typed in it, and
 * gets its own names; a workbook built before (one log on sheet "Pengaduan" named
 * IKU_Fasilitasi_*) is upgraded in place without losing a row. Print areas of both logs grow.
 */
import * as fs from "fs";
import * as path from "path";
import type { Profile } from "../../src/core/profile";
import { parseProfileJson } from "../../src/core/profile-json";
import { NAMES, type WorkbookModel } from "../../src/core/workbook/model";
import { convertFormulas } from "../../src/excel/convert";
import { FORMULA_STORE_SHEET } from "../../src/excel/formula-store";
import { refreshDataPrintAreas } from "../../src/excel/print-refresh";
import { renderWorkbook, type RenderOptions } from "../../src/excel/render";
import { createFakeExcel, type FakeExcel } from "../fakes/fake-excel";
import { gridOf, model, preset } from "./helpers";

function asembagus(): Profile {
  const file = path.join(__dirname, "..", "fixtures", "profil", "asembagus-2026.json");
  const parsed = parseProfileJson(fs.readFileSync(file, "utf8"));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.profile;
}

const ALWAYS: RenderOptions = { replaceUntouched: "always", confirm: () => Promise.resolve(true) };

async function render(fake: FakeExcel, m: WorkbookModel, options?: RenderOptions) {
  return fake.run((ctx) => renderWorkbook(ctx, m, options));
}

/** Types `rows` into columns B..F (Tanggal, item, instansi, hasil, status) from row 5. */
function typeRows(fake: FakeExcel, sheet: string, rows: [number, string, string][]): void {
  const s = fake.sheet(sheet);
  if (!s) throw new Error(`lembar ${sheet} tidak ada`);
  rows.forEach(([tanggal, item, status], i) => {
    const r = 5 + i;
    for (const [c, v] of [
      [2, tanggal],
      [3, item],
      [6, status],
    ] as const) {
      const cell = s.cells.get(`${r},${c}`);
      if (!cell) throw new Error(`${sheet} ${r},${c} tidak ada`);
      cell.value = v;
    }
  });
}

const nameAt = (fake: FakeExcel, name: string) => {
  const n = fake.state.names.get(name.toLowerCase());
  return n ? `${n.sheet.name}!${n.rect.top}:${n.rect.bottom}/${n.rect.left}` : undefined;
};

const FAS: [number, string, string][] = [
  [46032, "Rapat koordinasi", "Ya"],
  [46050, "Fasilitasi BUMDes", "Tidak"],
];
const ADU: [number, string, string][] = [[46100, "Pengaduan parkir liar", "Ya"]];

describe("two daftar logs", () => {
  test("built: both sheets, each with its own names", async () => {
    const fake = createFakeExcel();
    const report = await render(fake, model(asembagus(), "addin", { fasilitasiRows: 30 }));
    expect(report.sheets.filter((s) => ["Fasilitasi", "Pengaduan"].includes(s.name))).toEqual([
      { name: "Fasilitasi", status: "dibuat" },
      { name: "Pengaduan", status: "dibuat" },
    ]);
    expect(nameAt(fake, "IKU_Fasilitasi_Status")).toBe("Fasilitasi!5:34/6");
    expect(nameAt(fake, "IKU_Pengaduan_Status")).toBe("Pengaduan!5:34/6");
    expect(nameAt(fake, "IKU_Pengaduan_Tanggal")).toBe("Pengaduan!5:34/2");
  });

  test("rebuilt after typing in both: each reused by its own name, rows kept, print areas grow", async () => {
    const fake = createFakeExcel();
    const m = model(asembagus(), "addin", { fasilitasiRows: 30 });
    await render(fake, m);
    typeRows(fake, "Fasilitasi", FAS);
    typeRows(fake, "Pengaduan", ADU);
    const grown = await fake.run((ctx) => refreshDataPrintAreas(ctx));
    expect(grown.map((g) => [g.sheet, g.lastRow])).toEqual([
      ["Fasilitasi", 6],
      ["Pengaduan", 5],
    ]);
    const report = await render(fake, m, ALWAYS);
    expect(report.sheets.filter((s) => ["Fasilitasi", "Pengaduan"].includes(s.name))).toEqual([
      { name: "Fasilitasi", status: "dipakai-ulang" },
      { name: "Pengaduan", status: "dipakai-ulang" },
    ]);
    expect(fake.sheetNames().filter((n) => n.includes("("))).toEqual([]);
    const rowsOf = (sheet: string, n: number) =>
      gridOf(fake.sheet(sheet) ?? fail())
        .slice(4, 4 + n)
        .map((r) => [r[1], r[2], r[5]]);
    expect(rowsOf("Fasilitasi", 2)).toEqual(FAS);
    expect(rowsOf("Pengaduan", 1)).toEqual(ADU);
    // The next empty prepared row got its No. formula, nothing typed.
    expect(fake.cell("Pengaduan", "A6")?.formula).toBe('=IF(C6="","",ROW()-4)');
    expect(fake.cell("Pengaduan", "C6")?.value ?? "").toBe("");
    expect(nameAt(fake, "IKU_Pengaduan_Status")).toBe("Pengaduan!5:34/6");
  });

  test("a workbook with only the Fasilitasi log gets the missing Pengaduan sheet and names", async () => {
    const fake = createFakeExcel();
    await render(fake, model(preset("randuagung-2025"), "addin", { fasilitasiRows: 30 }));
    typeRows(fake, "Fasilitasi", FAS);
    const report = await render(fake, model(asembagus(), "addin", { fasilitasiRows: 30 }), ALWAYS);
    expect(report.sheets.find((s) => s.name === "Pengaduan")?.status).toBe("dibuat");
    expect(report.sheets.find((s) => s.name === "Fasilitasi")?.status).toBe("dipakai-ulang");
    expect(gridOf(fake.sheet("Fasilitasi") ?? fail())[4].slice(1, 3)).toEqual(FAS[0].slice(0, 2));
    expect(nameAt(fake, "IKU_Pengaduan_Status")).toBe("Pengaduan!5:34/6");
    expect(nameAt(fake, "IKU_Fasilitasi_Status")).toBe("Fasilitasi!5:34/6");
  });
});

describe("a workbook built before issue 10 (one log on Pengaduan, names IKU_Fasilitasi_*)", () => {
  /** Randuagung with its log renamed Pengaduan. */
  function pengaduan(): Profile {
    const p = preset("randuagung-2025");
    const [fas, ...rest] = p.indicators;
    const log = {
      jenis: "daftar",
      lembar: "Pengaduan",
      kolomItem: "Pengaduan",
      kolomStatus: "Diselesaikan",
    } as const;
    return { ...p, indicators: [{ ...fas, pengukuran: log }, ...rest] };
  }

  /** The model as the previous release built it: the log's names were always IKU_Fasilitasi_*. */
  function legacyModel(): WorkbookModel {
    const m = model(pengaduan(), "addin", { fasilitasiRows: 30 });
    const old = (t: string) => t.replace(/IKU_Pengaduan_/g, "IKU_Fasilitasi_");
    return {
      ...m,
      sheets: m.sheets.map((s) => ({
        ...s,
        cells: s.cells.map((c) => (c.formula ? { ...c, formula: old(c.formula) } : c)),
      })),
      names: m.names.map((n) => ({ ...n, name: old(n.name) })),
    };
  }

  test("upgraded in place: rows kept, its own names added, the IKU formulas read them", async () => {
    const fake = createFakeExcel();
    await render(fake, legacyModel());
    expect(nameAt(fake, NAMES.fasilitasiStatus)).toBe("Pengaduan!5:34/6");
    expect(nameAt(fake, "IKU_Pengaduan_Status")).toBeUndefined();
    typeRows(fake, "Pengaduan", ADU);

    const report = await render(fake, model(pengaduan(), "addin", { fasilitasiRows: 30 }), ALWAYS);
    expect(report.sheets.find((s) => s.name === "Pengaduan")?.status).toBe("dipakai-ulang");
    expect(report.sheets.find((s) => s.name === "IKU 2025")?.status).toBe("diperbarui");
    expect(gridOf(fake.sheet("Pengaduan") ?? fail())[4].slice(1, 3)).toEqual(ADU[0].slice(0, 2));
    expect(nameAt(fake, "IKU_Pengaduan_Status")).toBe("Pengaduan!5:34/6");
    expect(nameAt(fake, "IKU_Pengaduan_Tanggal")).toBe("Pengaduan!5:34/2");
    const formulas = gridOf(fake.sheet("IKU 2025") ?? fail(), "formulas")
      .flat()
      .map(String);
    expect(formulas.some((f) => f.includes("IKU.FASILITASI(IKU_Pengaduan_Status)"))).toBe(true);
    expect(formulas.some((f) => f.includes("IKU_Fasilitasi_"))).toBe(false);
  });
});

test("Konversi formula of a two-log workbook gives the portable build's formulas, and back", async () => {
  const rendered = async (mode: "addin" | "portable") => {
    const fake = createFakeExcel();
    await render(fake, model(asembagus(), mode, { fasilitasiRows: 20, surveiRows: 20 }));
    return fake;
  };
  const formulas = (fake: FakeExcel) =>
    Object.fromEntries(
      fake.state.sheets
        .filter((s) => s.name !== FORMULA_STORE_SHEET)
        .flatMap((s) =>
          [...s.cells].flatMap(([k, c]) => (c.formula !== null ? [[`${s.name}!${k}`, c.formula]] : [])),
        ),
    );
  const fake = await rendered("addin");
  const original = formulas(fake);
  const r = await fake.run((ctx) => convertFormulas(ctx, "portable"));
  expect(r.warnings).toEqual([]);
  expect(r.converted).toBeGreaterThan(10);
  const converted = formulas(fake);
  expect(converted).toEqual(formulas(await rendered("portable")));
  expect(Object.values(converted).some((f) => f.includes("IKU_Pengaduan_Status"))).toBe(true);
  await fake.run((ctx) => convertFormulas(ctx, "addin"));
  expect(formulas(fake)).toEqual(original);
});
