import * as fs from "fs";
import * as path from "path";
import { isIkuError } from "../../../src/core/errors";
import { PRESET_NAMES } from "../../../src/core/presets";
import { lumajangProfile } from "../../../src/core/wilayah";
import { buildWorkbook } from "../../../src/core/workbook/build";
import type { CellModel, FormulaMode, SheetModel, WorkbookModel } from "../../../src/core/workbook/model";
import { NAMES } from "../../../src/core/workbook/model";
import { toPortable } from "../../../src/core/workbook/portable";
import { TANGGAL_KOSONG } from "../../../src/core/workbook/iku-signature";
import { preset } from "../../helpers/profiles";

const GOLDEN_DIR = path.join(__dirname, "golden");
const MODES: FormulaMode[] = ["addin", "portable"];
const TYPOS = [
  "apemberdayaan",
  "pelayananh",
  "akegiatan",
  "pemerinbtah",
  "Desa/.Kelurahan",
  "Startegis",
  "RPKDesa",
];

function sheet(model: WorkbookModel, kind: SheetModel["kind"]): SheetModel {
  const s = model.sheets.find((x) => x.kind === kind);
  if (!s) throw new Error(`no ${kind} sheet`);
  return s;
}

function cellAt(s: SheetModel, row: number, col: number): CellModel | undefined {
  return s.cells.find((c) => c.row === row && c.col === col);
}

/** What a cell shows: its constant, or a formula's cached result (identity, signature). */
function shown(c: CellModel | undefined): unknown {
  return c?.value ?? c?.cached;
}

/** The row whose column `col` shows exactly `text`. */
function rowOf(s: SheetModel, col: number, text: string): number {
  const c = s.cells.find((x) => x.col === col && shown(x) === text);
  if (!c) throw new Error(`"${text}" not in column ${col} of ${s.name}`);
  return c.row;
}

// Goldens use 3 prepared rows: the repeated rows add nothing and would make them huge.
const SMALL = { fasilitasiRows: 3, surveiRows: 3 };

/** Indented JSON with one cell per line, so a golden diff shows which cells changed. */
function goldenText(model: WorkbookModel): string {
  const cells: CellModel[] = [];
  const withTokens = {
    ...model,
    sheets: model.sheets.map((s) => ({ ...s, cells: s.cells.map((c) => `@@cell${cells.push(c) - 1}@@`) })),
  };
  return (
    JSON.stringify(withTokens, null, 1).replace(/"@@cell(\d+)@@"/g, (_m, i: string) =>
      JSON.stringify(cells[Number(i)]),
    ) + "\n"
  );
}

describe("buildWorkbook golden files", () => {
  const cases = PRESET_NAMES.flatMap((p) => MODES.map((m) => [p, m] as const));
  test.each(cases)("%s %s", (name, mode) => {
    const model = buildWorkbook(preset(name), mode, SMALL);
    const file = path.join(GOLDEN_DIR, `${name}.${mode}.json`);
    const actual = goldenText(model);
    expect(JSON.parse(actual)).toEqual(JSON.parse(JSON.stringify(model)));
    if (process.env.UPDATE_GOLDEN === "1") {
      fs.mkdirSync(GOLDEN_DIR, { recursive: true });
      fs.writeFileSync(file, actual);
    }
    expect(fs.existsSync(file)).toBe(true);
    expect(actual).toBe(fs.readFileSync(file, "utf8"));
  });
});

describe("buildWorkbook structure", () => {
  const sheetOrder: [string, string[]][] = [
    ["randuagung-2025", ["IKU 2025", "Pengukuran Kinerja", "Fasilitasi", "Dokumen Desa", "Profil"]],
    [
      "sumbersuko-2020",
      ["IKU 2020", "Pengukuran Kinerja", "Fasilitasi", "Dokumen Desa", "Survei IKM", "Laporan SKM", "Profil"],
    ],
  ];
  test.each(sheetOrder)("%s sheet order", (name, order) => {
    for (const mode of MODES)
      expect(buildWorkbook(preset(name), mode).sheets.map((s) => s.name)).toEqual(order);
  });

  test.each(PRESET_NAMES.map((n) => [n]))("%s: no source typo anywhere, both modes", (name) => {
    for (const mode of MODES) {
      const text = JSON.stringify(buildWorkbook(preset(name), mode, SMALL).sheets);
      for (const typo of TYPOS) expect(text).not.toContain(typo);
    }
  });

  test("IKU table headers, title and signature (Randuagung)", () => {
    const iku = sheet(buildWorkbook(preset("randuagung-2025"), "addin"), "iku");
    expect(cellAt(iku, 1, 1)?.value).toBe("INDIKATOR KINERJA UTAMA");
    expect(cellAt(iku, 3, 1)?.value).toBe("DI LINGKUNGAN PEMERINTAH KABUPATEN LUMAJANG");
    expect(iku.merges).toContain("A1:J1");
    const h = rowOf(iku, 1, "No.");
    const headers = Array.from({ length: 10 }, (_, i) => cellAt(iku, h, i + 1)?.value);
    expect(headers).toEqual([
      "No.",
      "Sasaran Strategis",
      "Indikator Kinerja Utama",
      "Rumus/Formula",
      "Target Tahun 2025",
      "Realisasi",
      "Capaian",
      "Predikat",
      "Sumber Data",
      "Penanggung Jawab",
    ]);
    expect(iku.page).toEqual(
      expect.objectContaining({
        orientation: "landscape",
        paper: "A4",
        fitToWidth: true,
        printTitleRows: `${h}:${h}`,
      }),
    );
    const sig = rowOf(iku, 8, "Lumajang, 31 Januari 2025");
    expect(shown(cellAt(iku, sig + 1, 8))).toBe("Camat Randuagung");
    const name = iku.cells.find((c) => shown(c) === "Dra. MAWI MUJAYANTI");
    expect(name?.style?.bold).toBe(true);
    expect(shown(cellAt(iku, (name?.row ?? 0) + 1, 8))).toBe("NIP. 19680901 199202 2 002");
    // The signature reads Profil: editing Profil changes the printed sheet.
    expect(cellAt(iku, sig + 1, 8)?.formula).toMatch(/^Profil!\$B\$\d+$/);
    expect(name?.formula).toMatch(/^IF\(TRIM\(Profil!\$B\$\d+\)="",/);
    expect(iku.page?.printArea).toBe(`A1:J${(name?.row ?? 0) + 1}`);
  });

  test("IKU rows: targets, formats, formulas (Randuagung addin)", () => {
    const iku = sheet(buildWorkbook(preset("randuagung-2025"), "addin"), "iku");
    const r = rowOf(iku, 3, "Persentase hasil fasilitasi dan koordinasi yang ditindaklanjuti");
    // Targets live on the Profil sheet; the IKU sheet shows them through IKU_Target_<n>.
    const model = buildWorkbook(preset("randuagung-2025"), "addin");
    const profil = sheet(model, "profil");
    const target = cellAt(iku, r, 5);
    expect(target?.value).toBeUndefined();
    expect(target?.formula).toBe('IF(IKU_Target_1="","",IKU_Target_1)');
    expect(target?.style?.numFmt).toBe("0.00%");
    expect(cellAt(iku, r + 1, 5)?.formula).toBe('IF(IKU_Target_2="","",IKU_Target_2)');
    [0.84, 0.89].forEach((t, i) => {
      const name = model.names.find((n) => n.name === `IKU_Target_${i + 1}`);
      expect(name?.sheet).toBe("Profil");
      // The Target column (G) of the indicator's row in the Profil table (No. in column A).
      const row = Number(/^\$G\$(\d+)$/.exec(name?.range ?? "")?.[1]);
      expect(cellAt(profil, row, 1)?.value).toBe(i + 1);
      expect(cellAt(profil, row, 7)?.value).toBeCloseTo(t, 12);
    });
    expect(cellAt(iku, r, 6)?.formula).toBe(
      'IF(COUNTA(IKU_Fasilitasi_Status)=0,"",IKU.FASILITASI(IKU_Fasilitasi_Status))',
    );
    expect(cellAt(iku, r + 1, 6)?.formula).toBe(
      'IF(COUNTA(IKU_Dok_RKP,IKU_Dok_APB,IKU_Dok_LPP)=0,"",IKU.DOKDESA.TANGGAL(IKU_Tahun,IKU_Dok_RKP,IKU_Dok_APB,IKU_Dok_LPP))',
    );
    expect(cellAt(iku, r, 7)?.formula).toBe(
      `IF(OR(E${r}="",F${r}=""),"",IKU.CAPAIAN(F${r},E${r},"positif"))`,
    );
    expect(cellAt(iku, r, 7)?.style?.numFmt).toBe("0.00%");
    expect(cellAt(iku, r, 8)?.formula).toBe(`IF(G${r}="","",IKU.PREDIKAT(G${r}))`);
    expect(String(cellAt(iku, r, 4)?.value)).toMatch(
      /dikalikan 100%\n\nPenjelasan : Fasilitasi dan koordinasi/,
    );
    // Wrapped text must be visible: the Rumus row is far taller than one line.
    expect(iku.rowHeights[r + 1]).toBeGreaterThan(100);
  });

  test("Sumbersuko: one merged sasaran over 3 IKU, blank targets, IKM in 0.00", () => {
    const iku = sheet(buildWorkbook(preset("sumbersuko-2020"), "addin"), "iku");
    const r = rowOf(iku, 3, "Nilai IKM Kecamatan");
    expect(iku.merges).toContain(`B${r}:B${r + 2}`);
    expect(cellAt(iku, r + 1, 2)?.value).toBeUndefined();
    for (let i = 0; i < 3; i++) expect(cellAt(iku, r + i, 5)?.value).toBeUndefined();
    expect(cellAt(iku, r, 5)?.style?.numFmt).toBe("0.00");
    expect(cellAt(iku, r, 6)?.formula).toBe(
      'IF(COUNTA(IKU_IKM_Jawaban)=0,"",IKU.IKM(IKU_IKM_Jawaban,IKU_IKM_Bobot))',
    );
    expect(cellAt(iku, r, 6)?.style?.numFmt).toBe("0.00");
    expect(iku.cells.some((c) => shown(c) === "Tugas")).toBe(true);
    expect(iku.cells.find((c) => shown(c) === "Dra. HERTUTIK, M.Si")?.style?.bold).toBe(true);
  });

  const sizes: [string, Parameters<typeof buildWorkbook>[2], Record<string, string>][] = [
    [
      "defaults",
      undefined,
      {
        [NAMES.fasilitasiStatus]: "$F$5:$F$204",
        [NAMES.ikmJawaban]: "$H$5:$P$504",
        [NAMES.dokRkp]: "$C$5:$C$12",
      },
    ],
    [
      "custom rows",
      { fasilitasiRows: 10, surveiRows: 20 },
      { [NAMES.fasilitasiTanggal]: "$B$5:$B$14", [NAMES.ikmTanggal]: "$B$5:$B$24" },
    ],
    // error rows: unusable options fall back to the defaults
    [
      "rows 0 → default",
      { fasilitasiRows: 0, surveiRows: -5 },
      { [NAMES.fasilitasiStatus]: "$F$5:$F$204", [NAMES.ikmJawaban]: "$H$5:$P$504" },
    ],
    [
      "rows 2.5 → default",
      { fasilitasiRows: 2.5, surveiRows: Number.NaN },
      { [NAMES.fasilitasiStatus]: "$F$5:$F$204", [NAMES.ikmJawaban]: "$H$5:$P$504" },
    ],
  ];
  test.each(sizes)("names sized to the data: %s", (_label, options, expected) => {
    const model = buildWorkbook(preset("sumbersuko-2020"), "addin", options);
    const names = Object.fromEntries(model.names.map((n) => [n.name, n.range]));
    for (const [name, range] of Object.entries(expected)) expect(names[name]).toBe(range);
    expect(model.names.find((n) => n.name === NAMES.tahun)).toEqual({
      name: NAMES.tahun,
      sheet: "Profil",
      range: "$B$7",
    });
    expect(names[NAMES.ikmPopulasi]).toBe("$S$20");
  });

  test("Dokumen Desa: desa prefilled, headers show TA and deadline, on-time formulas", () => {
    const model = buildWorkbook(preset("randuagung-2025"), "addin");
    const dd = sheet(model, "dokdesa");
    expect(cellAt(dd, 4, 3)?.value).toBe("Tanggal Perdes RKPDesa TA 2026 (batas 30/09/2025)");
    expect(cellAt(dd, 4, 5)?.value).toBe("Tanggal Perdes APBDesa TA 2026 (batas 31/12/2025)");
    expect(cellAt(dd, 4, 7)?.value).toBe("Tanggal penyampaian LPPDesa TA 2024 (batas 31/03/2025)");
    expect(cellAt(dd, 5, 2)?.value).toBe("Banyuputih Lor");
    expect(cellAt(dd, 16, 2)?.value).toBe("Salak");
    // Ya/Tidak, not TRUE/FALSE; the totals count the Ya cells.
    expect(cellAt(dd, 5, 4)?.formula).toBe('IF(IKU.TEPATWAKTU("RKPDesa",IKU_Tahun+1,C5),"Ya","Tidak")');
    expect(cellAt(dd, 16, 8)?.formula).toBe('IF(IKU.TEPATWAKTU("LPPDesa",IKU_Tahun-1,G16),"Ya","Tidak")');
    expect(cellAt(dd, 5, 4)?.cached).toBe("Tidak");
    expect(cellAt(dd, 17, 4)?.formula).toBe('COUNTIF(D5:D16,"Ya")');
    expect(dd.validations.filter((v) => v.type === "date").map((v) => v.range)).toEqual([
      "C5:C16",
      "E5:E16",
      "G5:G16",
    ]);
  });

  test("lumajang profile of Kecamatan Lumajang: 5 desa rows", () => {
    const p = lumajangProfile("Lumajang", 2025);
    if (isIkuError(p)) throw new Error(p.message);
    const model = buildWorkbook(p, "portable");
    expect(model.sheets.map((s) => s.kind)).toEqual(["iku", "pengukuran", "fasilitasi", "dokdesa", "profil"]);
    expect(model.names.find((n) => n.name === NAMES.dokDesa)?.range).toBe("$B$5:$B$9");
    const dd = sheet(model, "dokdesa");
    expect([5, 6, 7, 8, 9].map((r) => cellAt(dd, r, 2)?.value)).toEqual([
      "Banjarwaru",
      "Labruk Lor",
      "Denok",
      "Blukon",
      "Boreng",
    ]);
    // The blank name still gets a line to sign on, in bold.
    expect(
      sheet(model, "iku").cells.find((c) => shown(c) === "(..............................)")?.style?.bold,
    ).toBe(true);
  });

  test("Survei IKM: unsur names in headers, 1–4 validation, summary formulas", () => {
    const ikm = sheet(buildWorkbook(preset("sumbersuko-2020"), "addin", SMALL), "ikm");
    // No., then the respondent columns of SURVEY_FIELDS, then U1–U9 headed by the unsur names.
    expect([2, 3, 4, 5, 6, 7].map((c) => cellAt(ikm, 4, c)?.value)).toEqual([
      "Tanggal",
      "Jenis Layanan",
      "Jenis Kelamin",
      "Usia",
      "Pendidikan",
      "Pekerjaan",
    ]);
    expect(cellAt(ikm, 4, 8)?.value).toBe("U1 Persyaratan");
    expect(cellAt(ikm, 4, 15)?.value).toBe("U8 Penanganan Pengaduan, Saran dan Masukan");
    expect(cellAt(ikm, 4, 16)?.value).toBe("U9 Sarana dan Prasarana");
    expect(ikm.validations).toContainEqual(
      expect.objectContaining({ range: "H5:P7", type: "whole", min: 1, max: 4 }),
    );
    expect(ikm.validations).toContainEqual(
      expect.objectContaining({ range: "D5:D7", type: "list", list: ["L", "P"] }),
    );
    expect(ikm.validations).toContainEqual(
      expect.objectContaining({ range: "E5:E7", type: "whole", min: 10, max: 120 }),
    );
    const names = Object.fromEntries(
      buildWorkbook(preset("sumbersuko-2020"), "addin", SMALL).names.map((n) => [n.name, n.range]),
    );
    expect(names).toMatchObject({
      IKU_IKM_Tanggal: "$B$5:$B$7",
      IKU_IKM_Layanan: "$C$5:$C$7",
      IKU_IKM_JenisKelamin: "$D$5:$D$7",
      IKU_IKM_Usia: "$E$5:$E$7",
      IKU_IKM_Pendidikan: "$F$5:$F$7",
      IKU_IKM_Pekerjaan: "$G$5:$G$7",
      IKU_IKM_Jawaban: "$H$5:$P$7",
    });
    // Issue 11: the bobot used (from Profil) shown, and passed to IKU.IKM.
    expect(cellAt(ikm, 14, 18)?.value).toBe("Bobot per unsur (Profil IKU_IKM_Bobot)");
    expect(cellAt(ikm, 14, 19)?.formula).toBe(
      'IF(OR(TRIM(IKU_IKM_Bobot)="",IKU_IKM_Bobot=0),1/9,IKU_IKM_Bobot)',
    );
    expect(cellAt(ikm, 15, 19)?.formula).toBe(
      'IF(COUNTA(IKU_IKM_Jawaban)=0,"",IKU.IKM(IKU_IKM_Jawaban,IKU_IKM_Bobot))',
    );
    expect(cellAt(ikm, 7, 19)?.formula).toBe(
      'IF(COUNTA(IKU_IKM_Jawaban)=0,"",INDEX(IKU.IKM.NRR(IKU_IKM_Jawaban),1,3))',
    );
    expect(cellAt(ikm, 21, 19)?.formula).toBe('IF(S20="","",IKU.IKM.SAMPEL(S20))');
    // IKM per jenis layanan: 8 rows where the user types the service name.
    const layanan = ikm.cells.filter((c) => c.formula?.includes("IKU.IKM.LAYANAN("));
    expect(layanan).toHaveLength(8);
    expect(layanan[0].formula).toBe(
      `IF(R${layanan[0].row}="","",IKU.IKM.LAYANAN(IKU_IKM_Jawaban,IKU_IKM_Layanan,R${layanan[0].row},IKU_IKM_Bobot))`,
    );
  });

  test.each(PRESET_NAMES.map((n) => [n]))(
    "%s: portable = toPortable(addin) cell by cell, no IKU.* left",
    (name) => {
      const addin = buildWorkbook(preset(name), "addin", SMALL);
      const portable = buildWorkbook(preset(name), "portable", SMALL);
      let translated = 0;
      addin.sheets.forEach((s, i) => {
        const other = portable.sheets[i];
        expect(other.cells.length).toBe(s.cells.length);
        s.cells.forEach((c, j) => {
          const p = other.cells[j];
          expect({ row: p.row, col: p.col, value: p.value }).toEqual({
            row: c.row,
            col: c.col,
            value: c.value,
          });
          if (c.formula === undefined) return;
          const expected = toPortable(c.formula);
          expect(isIkuError(expected) ? expected.message : expected).toBe(p.formula);
          expect(p.formula).not.toMatch(/IKU\./i);
          if (p.formula !== c.formula) translated++;
        });
      });
      expect(translated).toBeGreaterThan(5);
    },
  );

  test.each(PRESET_NAMES.map((n) => [n]))(
    "%s: no empty-string constants, merged cells hold a value only top-left",
    (name) => {
      for (const s of buildWorkbook(preset(name), "addin", SMALL).sheets) {
        expect(s.cells.filter((c) => c.value === "")).toEqual([]);
        for (const m of s.merges) {
          const [, c1, r1, c2, r2] = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(m) ?? [];
          const col = (l: string): number => [...l].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
          const inside = s.cells.filter(
            (c) =>
              c.row >= Number(r1) &&
              c.row <= Number(r2) &&
              c.col >= col(c1) &&
              c.col <= col(c2) &&
              !(c.row === Number(r1) && c.col === col(c1)),
          );
          expect(inside.filter((c) => c.value !== undefined || c.formula !== undefined)).toEqual([]);
        }
      }
    },
  );

  test("the model owns a copy of the profile", () => {
    const p = preset("randuagung-2025");
    const model = buildWorkbook(p, "addin");
    p.desa.push("Baru");
    p.indicators[0].target = 0.5;
    expect(model.profile.desa).toHaveLength(12);
    expect(model.profile.indicators[0].target).toBeCloseTo(0.84, 12);
  });
});

describe("signing date not filled in (generated kecamatan)", () => {
  test("the IKU sheet prints a dotted line, not a made-up date, in both modes", () => {
    const tekung = lumajangProfile("Tekung", 2025);
    if (isIkuError(tekung)) throw new Error(tekung.message);
    expect(tekung.penandatangan.tanggal).toBe("");
    for (const mode of ["addin", "portable"] as const) {
      const iku = buildWorkbook(tekung, mode).sheets.find((s) => s.kind === "iku");
      const sig = iku?.cells.find((c) => typeof c.cached === "string" && c.cached.startsWith("Lumajang, "));
      expect(sig?.cached).toBe(`Lumajang, ${TANGGAL_KOSONG}`);
      expect(sig?.formula).toContain(`IF(TRIM(Profil!`);
    }
  });
});
