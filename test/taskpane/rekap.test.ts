/**
 * The pane's "Rekap Kecamatan" action against the fake Excel: picked files are read, bad ones
 * reported, the Rekap sheet (and its chart) drawn; formula-looking texts stay text.
 */
import type { Profile } from "../../src/core/profile";
import ExcelJS from "exceljs";
import { rekapKecamatan, type PickedFile } from "../../src/taskpane/rekap";
import { buildRekap } from "../../src/core/rekap";
import { buildRekapWorkbook } from "../../src/core/workbook/rekap-sheet";
import { fakeCharts, fakeRowBreaks } from "../fakes/fake-charts";
import { createFakeExcel } from "../fakes/fake-excel";
import { bytesOf, filledExcelJs } from "../helpers/rekap-files";
import { profileOf } from "../helpers/profiles";

jest.setTimeout(30_000);

const EVIL = '=HYPERLINK("http://x")';

function picked(name: string, bytes: Uint8Array): PickedFile {
  return {
    name,
    arrayBuffer: () =>
      Promise.resolve(
        bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
      ),
  };
}

function withEvilName(wb: ExcelJS.Workbook): ExcelJS.Workbook {
  wb.getWorksheet("Profil")?.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.value === "Persentase hasil fasilitasi dan koordinasi yang ditindaklanjuti") cell.value = EVIL;
    }),
  );
  return wb;
}

function withTargets(p: Profile): Profile {
  return { ...p, indicators: p.indicators.map((i) => ({ ...i, target: 0.8 })) };
}

describe("rekapKecamatan (task pane) with the fake Excel", () => {
  test("two good files and bad ones: Rekap sheet drawn, Catatan listed, texts stay text", async () => {
    const fake = createFakeExcel();
    const files = [
      // With targets, so the Catatan has no "target belum diisi" remark quoting the evil name.
      picked(
        "senduro.xlsx",
        await bytesOf(withEvilName(filledExcelJs(withTargets(profileOf("Senduro")), 61).wb)),
      ),
      picked("klakah.xlsx", await bytesOf(filledExcelJs(profileOf("Klakah"), 62).wb)),
      picked("rusak.xlsx", new Uint8Array([80, 75, 3, 4, 1, 2, 3])),
      {
        name: "hilang.xlsx",
        // The browser's reason is English: it is not shown (issue 13).
        arrayBuffer: () =>
          Promise.reject(
            Object.assign(new Error("The requested file could not be read"), { name: "NotReadableError" }),
          ),
      },
    ];
    const progress: string[] = [];
    const { status, rekap } = await rekapKecamatan(fake.run, files, { onProgress: (m) => progress.push(m) });
    expect(rekap?.kecamatan.map((k) => k.kecamatan)).toEqual(["Senduro", "Klakah"]);
    // Partly successful: a success (not red), the accepted files as items, the refused as warnings.
    expect(status.tone).toBe("ok");
    expect(status.text).toMatch(/Rekap 2 kecamatan tahun 2025 .*2 berkas ditolak/);
    expect(status.items?.filter((i) => i.startsWith("Diterima"))).toEqual([
      "Diterima — senduro.xlsx: Kecamatan Senduro",
      "Diterima — klakah.xlsx: Kecamatan Klakah",
    ]);
    expect(status.items?.some((i) => i.startsWith("Ditolak"))).toBe(false);
    expect(status.warnings).toEqual([
      expect.stringMatching(/^Ditolak — rusak\.xlsx: .*bukan buku kerja Excel/),
      "Ditolak — hilang.xlsx: berkas tidak dapat dibaca (dipindah, dihapus, atau dikunci program lain?) — " +
        "pilih ulang berkasnya",
    ]);
    expect(progress).toContain("Memuat pembaca berkas Excel…");
    expect(fake.sheetNames()).toEqual(["Rekap 2025", "Grafik Rekap 2025"]);
    const sheet = fake.sheet("Rekap 2025");
    const cells = [...(sheet?.cells.values() ?? [])];
    const evil = cells.filter(
      (c) => String(c.value).includes("HYPERLINK") || String(c.formula).includes("HYPERLINK"),
    );
    expect(evil.length).toBeGreaterThanOrEqual(1);
    for (const c of evil) {
      expect(c.formula).toBeNull();
      // The name itself, or quoted inside the Catatan line saying Klakah lacks it.
      expect(String(c.value) === EVIL || String(c.value).includes(`"${EVIL}"`)).toBe(true);
    }
    // Grouped by indicator name: Senduro's renamed indicator is one of its own, so three
    // indicators (renamed, dokumen desa, fasilitasi), each summarised with MIN/MAX/AVERAGE.
    expect(rekap?.summaries.map((x) => [x.nama, x.tanpa])).toEqual([
      [EVIL, ["Klakah"]],
      ["Rata-rata persentase desa yang menyusun dokumen administrasi pemerintahan desa tepat waktu", []],
      ["Persentase hasil fasilitasi dan koordinasi yang ditindaklanjuti", ["Senduro"]],
    ]);
    expect(status.items).toContain(
      `Catatan — klakah.xlsx: Kecamatan Klakah: tidak memiliki indikator "${EVIL}"; ` +
        "tidak ikut dalam ringkasan indikator tersebut",
    );
    expect(cells.filter((c) => c.formula !== null && /MIN\(|MAX\(|AVERAGE\(/.test(c.formula)).length).toBe(
      18,
    );
    // The same chart and page breaks as the model (and so as the xlsx writer) describes.
    // The chart lives on its own sheet, so its printed page has no repeated table header.
    const model = buildRekapWorkbook(rekap ?? buildRekap([])).sheets[1];
    const chart = model.charts?.[0];
    const grafik = fake.sheet("Grafik Rekap 2025");
    if (!sheet || !grafik || !chart) throw new Error("lembar atau grafik rekap hilang");
    expect(fakeCharts(sheet)).toEqual([]);
    expect(fakeRowBreaks(sheet)).toEqual([]);
    expect(fakeCharts(grafik)).toEqual([
      {
        type: "BarClustered",
        source: chart.source,
        seriesBy: "Columns",
        title: "Capaian IKU per Kecamatan Tahun 2025",
        legendPosition: "Bottom",
        position: { start: `A${chart.from.row}`, end: `G${chart.to.row - 1}` },
      },
    ]);
    expect(fakeRowBreaks(grafik)).toEqual(model.page?.rowBreaks ?? []);
  });

  test.each([
    ["error: no file picked", [] as PickedFile[], /Pilih dulu/],
    [
      "error: only bad files",
      [picked("a.xlsx", new Uint8Array([1, 2, 3]))],
      /Tidak ada buku kerja kecamatan yang sah/,
    ],
  ])("%s → nothing written", async (_name, files, why) => {
    const fake = createFakeExcel();
    const { status } = await rekapKecamatan(fake.run, files);
    expect(status.tone).toBe("error");
    expect(status.text).toMatch(why);
    // Each refused file is still listed as a warning of its own.
    expect(status.warnings ?? []).toHaveLength(files.length);
    expect(fake.sheetNames()).toEqual([]);
  });

  test("all good → ok tone", async () => {
    const fake = createFakeExcel();
    const { status } = await rekapKecamatan(fake.run, [
      picked("k.xlsx", await bytesOf(filledExcelJs(profileOf("Klakah"), 63).wb)),
    ]);
    expect(status.tone).toBe("ok");
    expect(status.warnings).toEqual([]);
    expect(status.items?.[0]).toBe("Diterima — k.xlsx: Kecamatan Klakah");
    expect(fake.sheetNames()).toEqual(["Rekap 2025", "Grafik Rekap 2025"]);
  });
});
