/**
 * A workbook built before issue 10 gave its one daftar log the names IKU_Fasilitasi_* whatever
 * its sheet was called. It is still read: when the names of the log's own sheet
 * (IKU_Pengaduan_*) are absent and the profile has exactly one daftar, the legacy names are
 * used — never when there are two logs, which would then read one sheet twice.
 */
import ExcelJS from "exceljs";
import { serialFromYmd } from "../../src/core/dates";
import { isIkuError } from "../../src/core/errors";
import { evaluateIndicators } from "../../src/core/evaluate";
import { evaluateQuarters } from "../../src/core/evaluate-triwulan";
import type { Profile } from "../../src/core/profile";
import { buildWorkbook } from "../../src/core/workbook/build";
import { NAMES } from "../../src/core/workbook/model";
import { readIkuWorkbook } from "../../src/xlsx/read";
import { modelToExcelJs } from "../../src/xlsx/write";
import { preset } from "../helpers/profiles";
import { namedBlock } from "../helpers/sample-data";

const LOG = {
  jenis: "daftar",
  lembar: "Pengaduan",
  kolomItem: "Pengaduan",
  kolomStatus: "Diselesaikan",
} as const;

function pengaduan(): Profile {
  const p = preset("randuagung-2025");
  const [fas, ...rest] = p.indicators;
  return { ...p, indicators: [{ ...fas, pengukuran: LOG }, ...rest] };
}

/** Renames the defined name `from` to `to` (same range), as the previous release named it. */
function rename(wb: ExcelJS.Workbook, from: string, to: string): void {
  const model = wb.definedNames.model as { name: string; ranges: string[] }[];
  wb.definedNames.model = model.map((d) => (d.name === from ? { ...d, name: to } : d));
}

/** The Pengaduan log of `profile` filled (2 of 3 settled) under the legacy names. */
async function legacyBytes(profile: Profile): Promise<Buffer> {
  const wb = modelToExcelJs(buildWorkbook(profile, "addin"));
  rename(wb, "IKU_Pengaduan_Status", NAMES.fasilitasiStatus);
  rename(wb, "IKU_Pengaduan_Tanggal", NAMES.fasilitasiTanggal);
  const s = namedBlock(wb, NAMES.fasilitasiStatus);
  const t = namedBlock(wb, NAMES.fasilitasiTanggal);
  if (!s || !t) throw new Error("nama lama tidak ada");
  expect(s.ws.name).toBe("Pengaduan");
  ["Ya", "Tidak", "Ya"].forEach((v, i) => (s.ws.getCell(s.top + i, s.left).value = v));
  [serialFromYmd(2025, 2, 1), serialFromYmd(2025, 5, 1), serialFromYmd(2025, 8, 1)].forEach(
    (v, i) => (t.ws.getCell(t.top + i, t.left).value = v),
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test("one daftar on a custom sheet with the legacy names: read and computed", async () => {
  const data = await readIkuWorkbook(await legacyBytes(pengaduan()));
  if (isIkuError(data)) throw new Error(data.message);
  expect(Object.keys(data.daftar ?? {})).toEqual(["Fasilitasi"]);
  expect(data.daftar?.Fasilitasi.status?.sheet).toBe("Pengaduan");
  const [r] = evaluateIndicators(data);
  expect(r.error).toBeUndefined();
  expect(r.realisasi).toBeCloseTo(2 / 3, 12);
  const [q] = evaluateQuarters(data);
  expect(q.error).toBeUndefined();
  expect(q.triwulan.map((x) => x.realisasi)).toEqual([1, 1 / 2, 2 / 3, 2 / 3]);
});

test("the log's own names win over legacy names left behind", async () => {
  const data = await readIkuWorkbook(await legacyBytes(pengaduan()));
  if (isIkuError(data)) throw new Error(data.message);
  const own = {
    ...data.daftar?.Fasilitasi,
    status: { sheet: "Pengaduan", top: 5, left: 6, values: [["Tidak"]] },
  };
  const [r] = evaluateIndicators({ ...data, daftar: { ...data.daftar, Pengaduan: own } });
  expect(r.realisasi).toBe(0);
});

test("with two daftar the legacy names are not borrowed by the log that lacks its own", async () => {
  const base = pengaduan();
  const second = {
    ...base.indicators[0],
    nama: "Persentase musrenbang yang dihadiri",
    pengukuran: { ...LOG, lembar: "Musrenbang" },
  };
  const profile = { ...base, indicators: [...base.indicators, second] };
  const data = await readIkuWorkbook(await legacyBytes(profile));
  if (isIkuError(data)) throw new Error(data.message);
  const r = evaluateIndicators(data);
  expect(r[0].realisasi).toBeNull();
  expect(r[0].error?.message).toContain("Lembar data Pengaduan tidak ditemukan");
  expect(r[2].error).toBeUndefined(); // Musrenbang has its own names (empty log)
  expect(r[2].realisasi).toBeNull();
});
