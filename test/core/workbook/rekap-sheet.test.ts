/** buildRekapWorkbook: the Rekap sheet's layout, formulas, chart and print setup as model data. */
import type { IndicatorResult } from "../../../src/core/evaluate";
import type { RekapKecamatan, RekapResult } from "../../../src/core/rekap";
import { indikatorKey, statsOf } from "../../../src/core/rekap";
import {
  buildRekapWorkbook,
  REKAP_COL,
  REKAP_HEADER_ROW,
  rekapSheetName,
} from "../../../src/core/workbook/rekap-sheet";
import type { CellModel, SheetModel } from "../../../src/core/workbook/model";

const EVIL = '=HYPERLINK("http://x")';

function row(
  kind: IndicatorResult["kind"],
  realisasi: number | null,
  target: number | null,
  nama: string = kind,
): IndicatorResult & { polaritas: "positif"; key: string } {
  const satuan = kind === "ikm" ? "indeks" : "persen";
  const capaian = realisasi !== null && target !== null ? realisasi / target : null;
  return {
    indikator: nama,
    kind,
    satuan,
    target,
    realisasi,
    capaian,
    predikat: capaian === null ? null : "Tinggi",
    polaritas: "positif",
    key: indikatorKey(nama),
  };
}

function rekapOf(kecamatan: RekapKecamatan[], catatan: RekapResult["catatan"] = []): RekapResult {
  const keys = [...new Set(kecamatan.flatMap((k) => k.rows.map((r) => r.key)))];
  const summaries = keys.map((key) => {
    const rows = kecamatan.flatMap((k) => k.rows.filter((r) => r.key === key));
    return {
      key,
      kind: rows[0].kind,
      nama: rows[0].indikator,
      satuan: rows[0].satuan,
      kecamatan: rows.length,
      realisasi: statsOf(rows.map((r) => r.realisasi)),
      capaian: statsOf(rows.map((r) => r.capaian)),
      tanpa: kecamatan.filter((k) => !k.rows.some((r) => r.key === key)).map((k) => k.kecamatan),
    };
  });
  return { tahun: 2025, kecamatan, summaries, catatan };
}

const at = (sheet: SheetModel, r: number, c: number): CellModel | undefined =>
  sheet.cells.find((x) => x.row === r && x.col === c);

describe("buildRekapWorkbook", () => {
  const rekap = rekapOf(
    [
      {
        kecamatan: "Senduro",
        fileName: "a.xlsx",
        rows: [row("fasilitasi", 0.8, 0.84, EVIL), row("dokdesa", 0.5, 0.89)],
      },
      {
        kecamatan: "Klakah",
        fileName: "b.xlsx",
        rows: [row("fasilitasi", 0.7, 0.84, EVIL), row("dokdesa", null, 0.89), row("ikm", 82, 80)],
      },
    ],
    [{ fileName: "c.xlsx", kecamatan: null, ditolak: true, message: `ditolak ${EVIL}` }],
  );
  const model = buildRekapWorkbook(rekap);
  const sheet = model.sheets[0];
  const grafik = model.sheets[1];

  test("the sheet 'Rekap 2025' and its chart sheet, portable, print-ready", () => {
    expect(model.sheets.map((s) => s.name)).toEqual(["Rekap 2025", "Grafik Rekap 2025"]);
    expect(sheet.charts ?? []).toEqual([]);
    expect(sheet.name).toBe("Rekap 2025");
    expect(sheet.kind).toBe("rekap");
    expect(model.mode).toBe("portable");
    expect(sheet.page).toMatchObject({
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      printTitleRows: "5:5",
    });
    expect(sheet.freeze).toEqual({ rows: REKAP_HEADER_ROW, cols: 0 });
  });

  test("table header and rows grouped by indicator, kecamatan in the given order", () => {
    const headers = [1, 2, 3, 4, 5, 6, 7].map((c) => at(sheet, REKAP_HEADER_ROW, c)?.value);
    expect(headers).toEqual([
      "No",
      "Kecamatan",
      "Indikator Kinerja Utama",
      "Target",
      "Realisasi",
      "Capaian",
      "Predikat",
    ]);
    const kec = [1, 2, 3, 4, 5].map((i) => at(sheet, REKAP_HEADER_ROW + i, REKAP_COL.kecamatan)?.value);
    expect(kec).toEqual(["Senduro", "Klakah", "Senduro", "Klakah", "Klakah"]);
    const r = REKAP_HEADER_ROW + 1;
    expect(at(sheet, r, REKAP_COL.realisasi)?.value).toBeCloseTo(0.8, 12);
    expect(at(sheet, r, REKAP_COL.target)?.value).toBeCloseTo(0.84, 12);
    expect(at(sheet, r, REKAP_COL.capaian)?.formula).toMatch(/E6/);
    expect(at(sheet, r + 3, REKAP_COL.realisasi)?.value).toBeUndefined();
  });

  test("summary formulas are MIN/MAX/AVERAGE over each indicator's block", () => {
    const f = sheet.cells.map((c) => c.formula ?? "").filter((x) => /^IF\(COUNT\(/.test(x));
    expect(f).toContain('IF(COUNT($F$6:$F$7)=0,"",MIN($F$6:$F$7))');
    expect(f).toContain('IF(COUNT($E$8:$E$9)=0,"",AVERAGE($E$8:$E$9))');
    expect(f).toContain('IF(COUNT($F$10:$F$10)=0,"",MAX($F$10:$F$10))');
    expect(f).toHaveLength(3 * 3 * 2);
  });

  test("error rows: texts from files are values, never formulas; refused file in Catatan", () => {
    const evil = sheet.cells.filter((c) => (c.value ?? c.formula ?? "").toString().includes("HYPERLINK"));
    expect(evil.length).toBe(4);
    for (const c of evil) {
      expect(c.formula).toBeUndefined();
      expect(typeof c.value).toBe("string");
    }
    expect(
      sheet.cells.some((c) => typeof c.value === "string" && c.value.startsWith("DITOLAK — ditolak")),
    ).toBe(true);
    expect(sheet.cells.some((c) => c.value === "c.xlsx")).toBe(true);
  });

  test("chart over the data block: header row, kecamatan column, one series per indicator", () => {
    const charts = grafik.charts ?? [];
    expect(charts).toHaveLength(1);
    const m = /^B(\d+):E(\d+)$/.exec(charts[0].source);
    expect(m).not.toBeNull();
    const top = Number(m?.[1]);
    expect(at(grafik, top, 2)?.value).toBe("Kecamatan");
    expect(at(grafik, top + 1, 2)?.value).toBe("Senduro");
    expect(at(grafik, top + 1, 3)?.formula).toBe("'Rekap 2025'!F6");
    // Klakah has no dokdesa capaian: left blank rather than plotted as 0.
    expect(at(grafik, top + 2, 4)?.formula).toBeUndefined();
    expect(Number(m?.[2])).toBe(top + 2);
    // The chart sheet's page starts with the chart (no repeated table header), the frame
    // above its data block.
    expect(grafik.page?.printTitleRows).toBeUndefined();
    expect(at(grafik, 1, 1)?.value).toBe("GRAFIK CAPAIAN PER KECAMATAN");
    expect(charts[0].from.row).toBe(2);
    expect(charts[0].to.row).toBeLessThan(top);
    expect(grafik.page?.printArea).toBe(`$A$1:$G$${top + 2}`);
  });

  test.each([
    [2025, "Rekap 2025"],
    [null, "Rekap"],
  ])("rekapSheetName(%p)", (tahun, name) => expect(rekapSheetName(tahun)).toBe(name));

  test("error row: nothing accepted → a note instead of rows, no chart", () => {
    const empty = buildRekapWorkbook(
      rekapOf([], [{ fileName: "x.xlsx", kecamatan: null, ditolak: true, message: "rusak" }]),
    );
    const s = empty.sheets[0];
    expect(s.cells.some((c) => c.value === "Tidak ada buku kerja kecamatan yang dapat direkap.")).toBe(true);
    expect(empty.sheets).toHaveLength(1);
    expect(s.charts ?? []).toEqual([]);
  });
});
