import { isIkuError } from "../../../src/core/errors";
import { MEASURE_KINDS } from "../../../src/core/measure";
import type { Profile } from "../../../src/core/profile";
import { PRESET_NAMES } from "../../../src/core/presets";
import { validateProfile } from "../../../src/core/profile-validate";
import { buildWorkbook } from "../../../src/core/workbook/build";
import type { SheetModel, WorkbookModel } from "../../../src/core/workbook/model";
import { buildProfilSheet, readProfile } from "../../../src/core/workbook/profil-sheet";
import { TABLE_MIN_ROWS } from "../../../src/core/workbook/profil-table-layout";
import { targetAddresses } from "../../../src/core/workbook/profil-table-read";
import { buildLegacyProfilSheet } from "../../helpers/profil-legacy";
import { gridOf, setTableCell, tableCellAddress, tableHeader } from "../../helpers/profil-grid";
import { profileOf } from "../../helpers/profiles";

const base = profileOf("randuagung-2025");
const profilOf = (wb: WorkbookModel): SheetModel => wb.sheets.find((s) => s.kind === "profil") as SheetModel;
const read = (g: unknown[][]): Profile => {
  const p = readProfile(g);
  if (isIkuError(p)) throw new Error(p.message);
  return p;
};
const errorOf = (g: unknown[][]): string => {
  const p = readProfile(g);
  if (!isIkuError(p)) throw new Error("expected an error");
  return p.message;
};

describe("the indicator table", () => {
  const wb = buildWorkbook(base, "addin");
  const sheet = profilOf(wb);
  const g = gridOf(sheet);
  const h = tableHeader(g);

  test("a header row with every field and the options, one row per indicator, spare rows", () => {
    expect(g[h]).toEqual([
      "No.",
      "Indikator",
      "Jenis Pengukuran",
      "Sasaran Strategis",
      "Rumus",
      "Penjelasan",
      "Target",
      "Satuan",
      "Polaritas",
      "Sumber Data",
      "Penanggung Jawab",
      "Daftar: Nama Lembar",
      "Daftar: Kolom Item",
      "Daftar: Kolom Ya/Tidak",
      "Dokumen Desa: Dokumen",
      "Rasio: Pembilang",
      "Rasio: Penyebut",
      "Nilai: Desimal",
    ]);
    expect(g[h + 1].slice(0, 3)).toEqual([1, base.indicators[0].nama, "daftar"]);
    expect(g[h + 1].slice(11, 14)).toEqual(["Fasilitasi", "Kegiatan", "Ditindaklanjuti"]);
    expect(g[h + 2].slice(0, 3)).toEqual([2, base.indicators[1].nama, "dokumen-desa"]);
    expect(g[h + 2][14]).toBe("RKPDesa, APBDesa, LPPDesa");
    // Spare rows are numbered and empty.
    expect(g[h + TABLE_MIN_ROWS][0]).toBe(TABLE_MIN_ROWS);
    expect(g[h + TABLE_MIN_ROWS].slice(1).every((v) => v === null || v === undefined)).toBe(true);
  });

  test("IKU_Target_n point at the Target column of each indicator's row", () => {
    base.indicators.forEach((ind, i) => {
      const name = wb.names.find((n) => n.name === `IKU_Target_${i + 1}`);
      expect(name).toMatchObject({ sheet: "Profil", range: `$G$${h + 2 + i}` });
      expect(g[h + 1 + i][6]).toBe(ind.target);
    });
    expect(targetAddresses(g)).toEqual(base.indicators.map((_, i) => `G${h + 2 + i}`));
  });

  test("Jenis Pengukuran has a list of the five kinds, each explained below the table", () => {
    const jenis = sheet.validations.find((v) => v.range === `C${h + 2}:C${h + 1 + TABLE_MIN_ROWS}`);
    expect(jenis?.list).toEqual(MEASURE_KINDS.map((k) => k.jenis));
    for (const k of MEASURE_KINDS) {
      const row = g.find((r) => r[0] === k.jenis);
      expect(row?.[1]).toBe(`${k.label}: ${k.penjelasan}`);
    }
  });

  test("printable: A4 landscape, fit to width", () => {
    expect(sheet.page).toMatchObject({ orientation: "landscape", paper: "A4", fitToWidth: true });
  });
});

describe("readProfile of an edited table", () => {
  const grid = (): unknown[][] => gridOf(buildProfilSheet(base, "addin").sheet);

  test("a row added in a spare row is read, with its kind and options", () => {
    const g = grid();
    setTableCell(g, 3, "Indikator", "Persentase pengaduan trantibum yang diselesaikan");
    setTableCell(g, 3, "Jenis Pengukuran", "rasio");
    setTableCell(g, 3, "Target", "75%");
    setTableCell(g, 3, "Satuan", "persen");
    setTableCell(g, 3, "Rasio: Pembilang", "Pengaduan yang diselesaikan");
    const p = read(g);
    expect(p.indicators).toHaveLength(3);
    expect(p.indicators[2]).toMatchObject({
      kind: "rasio",
      pengukuran: { jenis: "rasio", pembilang: "Pengaduan yang diselesaikan", penyebut: "Penyebut" },
      target: 0.75,
      polaritas: "positif",
    });
    // The registry builds rasio: the profile read from the table is valid as it is.
    expect(validateProfile(p)).toEqual([]);
  });

  test("a kind changed by the user is read; options equal to the kind's default leave pengukuran out", () => {
    const g = grid();
    setTableCell(g, 2, "Jenis Pengukuran", "Daftar Ya/Tidak");
    const p = read(g);
    expect(p.indicators[1].kind).toBe("fasilitasi");
    expect(p.indicators[1].pengukuran).toBeUndefined();
    setTableCell(g, 2, "Daftar: Nama Lembar", "Pengaduan");
    expect(read(g).indicators[1].pengukuran).toEqual({
      jenis: "daftar",
      lembar: "Pengaduan",
      kolomItem: "Kegiatan",
      kolomStatus: "Ditindaklanjuti",
    });
  });

  test.each([
    ["APBDesa", ["APBDesa"]],
    ["apbdes; lppdesa", ["APBDesa", "LPPDesa"]],
    ["LPPDesa, RKPDesa", ["RKPDesa", "LPPDesa"]],
  ])("dokumen %s", (typed, dokumen) => {
    const g = grid();
    setTableCell(g, 2, "Dokumen Desa: Dokumen", typed);
    expect(read(g).indicators[1].pengukuran).toEqual({ jenis: "dokumen-desa", dokumen });
  });

  test("a profile with its own options survives the round trip", () => {
    const p: Profile = {
      ...base,
      indicators: [
        {
          ...base.indicators[0],
          pengukuran: {
            jenis: "daftar",
            lembar: "Pengaduan",
            kolomItem: "Pengaduan",
            kolomStatus: "Diselesaikan",
          },
        },
        { ...base.indicators[1], pengukuran: { jenis: "dokumen-desa", dokumen: ["APBDesa"] } },
        {
          ...base.indicators[1],
          kind: "nilai",
          satuan: "nilai",
          target: 70,
          pengukuran: { jenis: "nilai", desimal: 0 },
        },
      ],
    };
    expect(read(gridOf(buildProfilSheet(p, "portable").sheet))).toEqual(p);
  });

  test.each([
    ["Jenis Pengukuran", "", /Jenis Pengukuran kosong/],
    ["Dokumen Desa: Dokumen", "SPJ", /Dokumen "SPJ" tidak dikenal/],
  ])("an error names the cell: %s = %p", (header, value, message) => {
    const g = grid();
    setTableCell(g, 2, "Jenis Pengukuran", "dokumen-desa");
    setTableCell(g, 2, header, value);
    const { row, col } = tableCellAddress(g, 2, header);
    const msg = errorOf(g);
    expect(msg).toMatch(message);
    expect(msg).toContain(`Lembar Profil sel ${String.fromCharCode(64 + col)}${row}:`);
  });

  test("nilai: desimal must be a whole number 0–10", () => {
    const g = grid();
    setTableCell(g, 3, "Indikator", "Nilai SAKIP");
    setTableCell(g, 3, "Jenis Pengukuran", "nilai");
    setTableCell(g, 3, "Satuan", "nilai");
    setTableCell(g, 3, "Nilai: Desimal", 1.5);
    expect(errorOf(g)).toMatch(/sel R\d+: Desimal harus bilangan bulat 0–10/);
  });
});

describe('compatibility: the old "IKU n Field" layout of workbooks built before', () => {
  const cases: [string, Profile][] = [
    ...PRESET_NAMES.map((n) => [n, profileOf(n)] as [string, Profile]),
    ["senduro-2026", profileOf("senduro-2026")],
  ];
  test.each(cases)("%s reads to the same profile", (_n, profile) => {
    const old = buildLegacyProfilSheet(profile, "addin");
    const g = gridOf(old.sheet);
    expect(g.some((r) => r[0] === "IKU 1 Jenis")).toBe(true);
    expect(read(g)).toEqual(profile);
    // `iku hitung` names the old target cells.
    expect(targetAddresses(g)).toEqual(old.targetCells.map((c) => c.replace(/\$/g, "")));
  });
});

describe("Skala Predikat (profile setting)", () => {
  const skala = [
    { min: 0.9, label: "Sangat Baik" },
    { min: 0.75, label: "Baik" },
    { min: 0, label: "Kurang" },
  ];
  test("rows and IKU_Skala_Predikat when the profile has its own scale; read back", () => {
    const p: Profile = { ...base, skalaPredikat: skala };
    const wb = buildWorkbook(p, "addin");
    const g = gridOf(profilOf(wb));
    const first = g.findIndex((r) => r[0] === "Skala Predikat 1") + 1;
    expect(g[first - 1].slice(1, 3)).toEqual([0.9, "Sangat Baik"]);
    expect(wb.names.find((n) => n.name === "IKU_Skala_Predikat")).toMatchObject({
      sheet: "Profil",
      range: `$B$${first}:$C$${first + 2}`,
    });
    expect(read(g)).toEqual(p);
    g[first][1] = "80%";
    expect(read(g).skalaPredikat?.[1]).toEqual({ min: 0.8, label: "Baik" });
  });
  test("no rows and no name for the default scale", () => {
    const wb = buildWorkbook(base, "addin");
    expect(wb.names.some((n) => n.name === "IKU_Skala_Predikat")).toBe(false);
    expect(gridOf(profilOf(wb)).some((r) => r[0] === "Skala Predikat 1")).toBe(false);
  });
});

describe("rebuild after editing the table", () => {
  test("a row added, a kind changed and a target changed appear on the rebuilt IKU sheet", () => {
    const g = gridOf(profilOf(buildWorkbook(base, "addin")));
    setTableCell(g, 1, "Target", "90%");
    setTableCell(g, 2, "Jenis Pengukuran", "survei-ikm");
    setTableCell(g, 2, "Satuan", "indeks");
    setTableCell(g, 2, "Target", 82);
    setTableCell(g, 3, "Indikator", "Persentase desa yang menyampaikan APBDes tepat waktu");
    setTableCell(g, 3, "Jenis Pengukuran", "dokumen-desa");
    setTableCell(g, 3, "Sasaran Strategis", base.indicators[1].sasaran);
    setTableCell(g, 3, "Satuan", "persen");
    setTableCell(g, 3, "Target", 0.9);
    setTableCell(g, 3, "Dokumen Desa: Dokumen", "APBDesa");
    const p = read(g);
    expect(validateProfile(p)).toEqual([]);
    expect(p.indicators.map((i) => i.kind)).toEqual(["fasilitasi", "ikm", "dokdesa"]);
    const wb = buildWorkbook(p, "addin");
    const iku = wb.sheets.find((s) => s.kind === "iku") as SheetModel;
    const texts = iku.cells.map((c) => c.value);
    expect(texts).toContain("Persentase desa yang menyampaikan APBDes tepat waktu");
    expect(wb.sheets.some((s) => s.kind === "ikm")).toBe(true);
    const g2 = gridOf(profilOf(wb));
    const h = tableHeader(g2);
    expect(wb.names.find((n) => n.name === "IKU_Target_3")?.range).toBe(`$G$${h + 4}`);
    expect(g2[h + 1][6]).toBe(0.9);
    expect(g2[h + 3][14]).toBe("APBDesa");
  });
});
