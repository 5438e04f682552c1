/**
 * A recap of workbooks with DIFFERENT indicator sets (test/helpers/rekap-sets.ts: presets,
 * a renamed and a removed indicator, input files in both formula modes), recalculated by
 * LibreOffice Calc: every row's capaian/predikat and every indicator's MIN/MAX/AVERAGE over
 * the kecamatan having it equal the values computed straight from the data (1e-9).
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { buildRekap, indikatorKey } from "../../src/core/rekap";
import { buildRekapWorkbook, REKAP_COL, REKAP_HEADER_ROW } from "../../src/core/workbook/rekap-sheet";
import { cellValue, readIkuWorkbook } from "../../src/xlsx/read";
import { writeXlsx } from "../../src/xlsx/write";
import { tempDir } from "../helpers/cli-run";
import { convert, makeProfile } from "../helpers/libreoffice";
import { differentSets, type SetRow } from "../helpers/rekap-sets";

jest.setTimeout(180_000);

function num(ws: ExcelJS.Worksheet, row: number, col: number): number | null {
  const x = cellValue(ws.getCell(row, col));
  if (x === null || x === "") return null;
  if (typeof x !== "number") throw new Error(`${ws.name}!R${row}C${col} = ${JSON.stringify(x)}`);
  return x;
}

describe("recap of different indicator sets recalculated in LibreOffice = core", () => {
  const dir = tempDir("iku-rekap-sets-");
  let expected: SetRow[] = [];
  let ws: ExcelJS.Worksheet;

  beforeAll(async () => {
    const files = await differentSets();
    expected = files.flatMap((f) => f.rows);
    const inputs = [];
    for (const f of files) inputs.push({ fileName: f.fileName, data: await readIkuWorkbook(f.bytes) });
    const rekap = buildRekap(inputs);
    expect(rekap.catatan.filter((n) => n.ditolak)).toEqual([]);
    const file = path.join(dir, "Rekap-2025.xlsx");
    fs.writeFileSync(file, await writeXlsx(buildRekapWorkbook(rekap)));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(convert(file, path.join(dir, "out"), "xlsx", makeProfile()));
    const sheet = wb.getWorksheet("Rekap 2025");
    if (!sheet) throw new Error("lembar Rekap 2025 hilang");
    ws = sheet;
  });

  test("every row = core, blocks contiguous per indicator", () => {
    let rows = 0;
    const seen: string[] = [];
    for (let r = REKAP_HEADER_ROW + 1; typeof cellValue(ws.getCell(r, REKAP_COL.no)) === "number"; r++) {
      const kec = cellValue(ws.getCell(r, REKAP_COL.kecamatan));
      const key = indikatorKey(String(cellValue(ws.getCell(r, REKAP_COL.indikator))));
      const e = expected.find((x) => x.kecamatan === kec && indikatorKey(x.indikator) === key);
      if (!e) throw new Error(`baris ${r}: ${String(kec)} / ${key} tidak diharapkan`);
      expect(num(ws, r, REKAP_COL.realisasi)).toBeCloseTo(e.realisasi, 9);
      const cap = num(ws, r, REKAP_COL.capaian);
      if (e.capaian === null) expect(cap).toBeNull();
      else expect(cap).toBeCloseTo(e.capaian, 9);
      expect(cellValue(ws.getCell(r, REKAP_COL.predikat)) || null).toBe(e.predikat);
      if (!seen.includes(key)) seen.push(key);
      expect(seen[seen.length - 1]).toBe(key);
      rows++;
    }
    expect(rows).toBe(expected.length);
    expect(seen).toHaveLength(4);
  });

  test("summary per indicator over the kecamatan having it = core statistics", () => {
    let checked = 0;
    for (let r = 1; r <= ws.rowCount; r++) {
      if (cellValue(ws.getCell(r, 4)) !== "Minimum") continue;
      const key = indikatorKey(String(cellValue(ws.getCell(r, 2))));
      const group = expected.filter((e) => indikatorKey(e.indikator) === key);
      expect(group.length).toBeGreaterThan(0);
      const caps = group.map((e) => e.capaian).filter((x): x is number => x !== null);
      const reals = group.map((e) => e.realisasi);
      const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
      const want: [number, number, number | null][] = [
        [r, Math.min(...reals), caps.length ? Math.min(...caps) : null],
        [r + 1, Math.max(...reals), caps.length ? Math.max(...caps) : null],
        [r + 2, mean(reals), caps.length ? mean(caps) : null],
      ];
      for (const [row, real, cap] of want) {
        expect(num(ws, row, REKAP_COL.realisasi)).toBeCloseTo(real, 9);
        if (cap === null) expect(num(ws, row, REKAP_COL.capaian)).toBeNull();
        else expect(num(ws, row, REKAP_COL.capaian)).toBeCloseTo(cap, 9);
      }
      expect(num(ws, r, 7)).toBe(caps.length);
      checked++;
    }
    expect(checked).toBe(4);
  });
});
