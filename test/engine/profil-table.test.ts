/**
 * A built workbook's Profil table edited as a user would (a row added in a spare row, a
 * target changed), saved by LibreOffice Calc and read back by src/xlsx/read.ts: the profile
 * holds the new indicator and `iku hitung` knows where its target cell is.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { isIkuError } from "../../src/core/errors";
import { validateProfile } from "../../src/core/profile-validate";
import { buildWorkbook } from "../../src/core/workbook/build";
import { profilTargetCell, readIkuWorkbook } from "../../src/xlsx/read";
import { modelToExcelJs } from "../../src/xlsx/write";
import { tempDir } from "../helpers/cli-run";
import { convert, makeProfile } from "../helpers/libreoffice";
import { profileOf } from "../helpers/profiles";

jest.setTimeout(180_000);

const loProfile = makeProfile();

/** Row and column (1-based) of the table cell of indicator `no` under `header`. */
function tableCell(ws: ExcelJS.Worksheet, no: number, header: string): ExcelJS.Cell {
  let head = 0;
  let col = 0;
  let row = 0;
  ws.eachRow((r, n) => {
    if (head === 0 && r.getCell(1).text === "No.") {
      head = n;
      r.eachCell((c, ci) => {
        if (c.text === header) col = ci;
      });
    } else if (head > 0 && row === 0 && r.getCell(1).value === no) row = n;
  });
  if (!row || !col) throw new Error(`no cell ${no}/${header}`);
  return ws.getCell(row, col);
}

test.each(["addin", "portable"] as const)(
  "%s: a row added to the Profil table survives LibreOffice and is read back",
  async (mode) => {
    const base = profileOf("randuagung-2025");
    const wb = modelToExcelJs(buildWorkbook(base, mode));
    const ws = wb.getWorksheet("Profil");
    if (!ws) throw new Error("no Profil");
    tableCell(ws, 2, "Target").value = 0.95;
    const added: [string, ExcelJS.CellValue][] = [
      ["Indikator", "Persentase desa yang menyampaikan APBDes tepat waktu"],
      ["Jenis Pengukuran", "dokumen-desa"],
      ["Sasaran Strategis", base.indicators[1].sasaran],
      ["Target", 0.8],
      ["Satuan", "persen"],
      ["Polaritas", "positif"],
      ["Dokumen Desa: Dokumen", "APBDesa"],
    ];
    for (const [h, v] of added) tableCell(ws, 3, h).value = v;
    const target3 = tableCell(ws, 3, "Target").address;

    const dir = tempDir();
    const input = path.join(dir, `edited-${mode}.xlsx`);
    fs.writeFileSync(input, Buffer.from(await wb.xlsx.writeBuffer()));
    const saved = convert(input, path.join(dir, "lo"), "xlsx", loProfile);

    const data = await readIkuWorkbook(fs.readFileSync(saved));
    if (isIkuError(data)) throw new Error(data.message);
    const p = data.profile;
    expect(p.indicators).toHaveLength(3);
    expect(p.indicators[1].target).toBeCloseTo(0.95, 12);
    expect(p.indicators[2]).toMatchObject({
      kind: "dokdesa",
      nama: "Persentase desa yang menyampaikan APBDes tepat waktu",
      pengukuran: { jenis: "dokumen-desa", dokumen: ["APBDesa"] },
      target: 0.8,
    });
    expect(p.indicators.slice(0, 1)).toEqual(base.indicators.slice(0, 1));
    expect(validateProfile(p)).toEqual([]);
    expect(profilTargetCell(data, 2)).toBe(target3);
  },
);
