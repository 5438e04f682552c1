/**
 * The reader finds every daftar log by its names' pattern IKU_<key>_Status/_Tanggal (issue 10),
 * without the profile: the survey's IKU_IKM_Tanggal is no log, and a hostile file with
 * thousands of such names gets at most MAX_DAFTAR_NAMES of them read (bounded memory).
 */
import { isIkuError } from "../../src/core/errors";
import { buildWorkbook } from "../../src/core/workbook/build";
import { parseDaftarName } from "../../src/core/workbook/model";
import { MAX_DAFTAR_NAMES, readIkuWorkbook } from "../../src/xlsx/read";
import { modelToExcelJs } from "../../src/xlsx/write";
import { preset } from "../helpers/profiles";

test.each([
  ["IKU_Pengaduan_Status", { key: "Pengaduan", column: "status" }],
  ["IKU_Pengaduan_Trantib_Tanggal", { key: "Pengaduan_Trantib", column: "tanggal" }],
  ["iku_fasilitasi_status", { key: "fasilitasi", column: "status" }],
  ["IKU_IKM_Tanggal", null],
  ["IKU_ikm_tanggal", null],
  ["IKU_Dok_Desa", null],
  ["IKU_Target_1", null],
  ["IKU__Status", null],
])("parseDaftarName(%s)", (name, want) => {
  expect(parseDaftarName(name)).toEqual(want);
});

test("a file naming thousands of logs is read with at most MAX_DAFTAR_NAMES of them", async () => {
  const wb = modelToExcelJs(buildWorkbook(preset("sumbersuko-2020"), "addin"));
  for (let i = 0; i < 3 * MAX_DAFTAR_NAMES; i++)
    wb.definedNames.add(`'Fasilitasi'!$F$5:$F$204`, `IKU_X${i}_Status`);
  const data = await readIkuWorkbook(Buffer.from(await wb.xlsx.writeBuffer()));
  if (isIkuError(data)) throw new Error(data.message);
  const logs = Object.values(data.daftar ?? {});
  expect(logs.length).toBeGreaterThan(0);
  expect(logs.reduce((n, l) => n + (l.status ? 1 : 0) + (l.tanggal ? 1 : 0), 0)).toBeLessThanOrEqual(
    MAX_DAFTAR_NAMES,
  );
});
