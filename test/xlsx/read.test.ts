/**
 * readIkuWorkbook: the profile and the named data ranges of a workbook written by the
 * writer, ranges the user widened, Excel-shaped cell values, and bad files → IkuError.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { isIkuError, ErrorKind } from "../../src/core/errors";
import type { IkuWorkbookData } from "../../src/core/evaluate";
import { presetProfile } from "../../src/core/presets";
import { buildWorkbook } from "../../src/core/workbook/build";
import { NAMES } from "../../src/core/workbook/model";
import { cellValue, excelValue, parseRef, readIkuWorkbook } from "../../src/xlsx/read";
import { modelToExcelJs, writeXlsx } from "../../src/xlsx/write";

function sumbersuko() {
  const p = presetProfile("sumbersuko-2020");
  if (!p) throw new Error("preset hilang");
  return p;
}

async function read(bytes: Uint8Array | ArrayBuffer): Promise<IkuWorkbookData> {
  const data = await readIkuWorkbook(bytes);
  if (isIkuError(data)) throw new Error(data.message);
  return data;
}

describe("readIkuWorkbook of a generated workbook", () => {
  let data: IkuWorkbookData;
  const model = buildWorkbook(sumbersuko(), "addin");
  beforeAll(async () => {
    data = await read(await writeXlsx(model));
  });

  test("the Profil sheet reads back as the profile", () => {
    expect(data.profile).toEqual(sumbersuko());
  });

  const field =
    (key: "dokDesa" | "dokRkp" | "dokApb" | "dokLpp" | "ikmTanggal" | "ikmJawaban") => (d: IkuWorkbookData) =>
      d[key];
  test.each([
    ["daftar Fasilitasi status", NAMES.fasilitasiStatus, (d: IkuWorkbookData) => d.daftar?.Fasilitasi.status],
    [
      "daftar Fasilitasi tanggal",
      NAMES.fasilitasiTanggal,
      (d: IkuWorkbookData) => d.daftar?.Fasilitasi.tanggal,
    ],
    ["dokDesa", NAMES.dokDesa, field("dokDesa")],
    ["dokRkp", NAMES.dokRkp, field("dokRkp")],
    ["dokApb", NAMES.dokApb, field("dokApb")],
    ["dokLpp", NAMES.dokLpp, field("dokLpp")],
    ["ikmTanggal", NAMES.ikmTanggal, field("ikmTanggal")],
    ["ikmJawaban", NAMES.ikmJawaban, field("ikmJawaban")],
  ] as const)("%s found through %s with the model's size and place", (_key, name, pick) => {
    const def = model.names.find((n) => n.name === name);
    const ref = def ? parseRef(`'${def.sheet}'!${def.range}`) : null;
    const range = pick(data);
    if (!ref || !range) throw new Error(`${name} hilang`);
    expect(range.sheet).toBe(ref.sheet);
    expect([range.top, range.left]).toEqual([ref.top, ref.left]);
    expect(range.values).toHaveLength(ref.bottom - ref.top + 1);
    expect(range.values[0]).toHaveLength(ref.right - ref.left + 1);
  });

  test("the survey's IKU_IKM_Tanggal is no daftar log", () => {
    expect(Object.keys(data.daftar ?? {})).toEqual(["Fasilitasi"]);
  });

  test("the desa names are prefilled, the date columns empty", () => {
    expect(data.dokDesa?.values.map((r) => r[0])).toEqual(sumbersuko().desa);
    expect(data.dokRkp?.values.every((r) => r[0] === null)).toBe(true);
  });

  test("a workbook without Survei IKM has no IKM ranges", async () => {
    const p = presetProfile("randuagung-2025");
    if (!p) throw new Error("preset hilang");
    const d = await read(await writeXlsx(buildWorkbook(p, "portable")));
    expect(d.ikmJawaban).toBeUndefined();
    expect(d.daftar?.Fasilitasi.status).toBeDefined();
  });
});

describe("ranges are read through the names, not fixed addresses", () => {
  test("a name widened by inserted rows counts the new rows; dates become serials", async () => {
    const wb = modelToExcelJs(buildWorkbook(sumbersuko(), "portable"));
    const [ref] = wb.definedNames.getRanges(NAMES.fasilitasiStatus).ranges;
    const r = parseRef(ref);
    if (!r) throw new Error("nama tidak terbaca");
    const ws = wb.getWorksheet(r.sheet);
    if (!ws) throw new Error("lembar hilang");
    // What Excel does when rows are inserted inside the range: the name grows.
    const col = ref.replace(/^.*!\$([A-Z]+)\$.*$/, "$1");
    wb.definedNames.remove(ref, NAMES.fasilitasiStatus);
    wb.definedNames.add(`'${r.sheet}'!$${col}$${r.top}:$${col}$${r.bottom + 10}`, NAMES.fasilitasiStatus);
    ws.getCell(r.bottom + 10, r.left).value = { richText: [{ text: "Y" }, { text: "a" }] };
    ws.getCell(r.top, r.left).value = {
      formula: 'IF(1,"Tidak","Ya")',
      result: "Tidak",
    };
    const dates = namedTop(wb, NAMES.fasilitasiTanggal);
    ws.getCell(dates.row, dates.col).value = new Date(Date.UTC(2020, 2, 3));
    const data = await read(await wb.xlsx.writeBuffer());
    const status = data.daftar?.Fasilitasi.status?.values ?? [];
    expect(status).toHaveLength(r.bottom - r.top + 11);
    expect(status[status.length - 1]).toEqual(["Ya"]);
    expect(status[0]).toEqual(["Tidak"]);
    expect(data.daftar?.Fasilitasi.tanggal?.values[0][0]).toBeCloseTo(43893, 9); // 3 Maret 2020
  });
});

function namedTop(wb: ExcelJS.Workbook, name: string): { row: number; col: number } {
  const r = parseRef(wb.definedNames.getRanges(name).ranges[0] ?? "");
  if (!r) throw new Error(`${name} hilang`);
  return { row: r.top, col: r.left };
}

describe("excelValue", () => {
  test.each([
    [null, null],
    [undefined, null],
    [4, 4],
    ["Ya", "Ya"],
    [false, false],
    [new Date(Date.UTC(2025, 0, 31)), 45688],
    [new Date(Date.UTC(1900, 2, 1)), 61],
    [{ richText: [{ text: "Su" }, { text: "dah" }] }, "Sudah"],
    [{ text: "Laporan", hyperlink: "https://x" }, "Laporan"],
    [{ text: { richText: [{ text: "L" }] }, hyperlink: "https://x" }, "L"],
    [{ formula: "1+1", result: 2 }, 2],
    [{ sharedFormula: "A1", result: "x" }, "x"],
    [{ formula: "1+1" }, null],
    [{ formula: "NOW()", result: new Date(Date.UTC(2025, 0, 1, 12)) }, 45658.5],
    [{ error: "#N/A" }, "#N/A"],
    [{ formula: "1/0", result: { error: "#DIV/0!" } }, "#DIV/0!"],
    [{ unknown: 1 }, null],
  ])("%j → %j", (v, expected) => {
    const x = excelValue(v);
    if (typeof expected === "number") expect(x as number).toBeCloseTo(expected, 9);
    else expect(x).toEqual(expected);
  });
});

describe("cellValue: cached formula results, falsy ones included", () => {
  // ExcelJS's cell.value drops a cached 0 or FALSE; LibreOffice and Excel write them.
  test.each([
    ["1-1", "", "0", 0],
    ["1=2", ' t="b"', "0", false],
    ["1=1", ' t="b"', "1", true],
    ["0.5*2", "", "1", 1],
    ['""', ' t="str"', "", null],
  ])("=%s (%s) cached %s → %p", async (formula, type, cached, expected) => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("S").getCell("A1").value = { formula, date1904: false };
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const path = "xl/worksheets/sheet1.xml";
    const xml = (await zip.file(path)?.async("string")) ?? "";
    const withCache = xml.replace(
      /<c r="A1"([^>]*)><f>(.*?)<\/f><\/c>/,
      `<c r="A1"$1${type}><f>$2</f><v>${cached}</v></c>`,
    );
    expect(withCache).not.toBe(xml);
    zip.file(path, withCache);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await zip.generateAsync({ type: "nodebuffer" })) as unknown as ExcelJS.Buffer);
    expect(
      cellValue(
        back.getWorksheet("S")?.getCell("A1") ?? new ExcelJS.Workbook().addWorksheet("x").getCell("A1"),
      ),
    ).toEqual(expected);
  });
  test("a plain cell gives its value", () => {
    const ws = new ExcelJS.Workbook().addWorksheet("S");
    ws.getCell("A1").value = new Date(Date.UTC(2025, 0, 31));
    expect(cellValue(ws.getCell("A1"))).toBeCloseTo(45688, 9);
  });
});

describe("parseRef", () => {
  test.each([
    ["'Survei IKM'!$C$5:$K$504", { sheet: "Survei IKM", top: 5, left: 3, bottom: 504, right: 11 }],
    ["Profil!$B$7", { sheet: "Profil", top: 7, left: 2, bottom: 7, right: 2 }],
    ["'Desa''ku'!B9:A2", { sheet: "Desa'ku", top: 2, left: 1, bottom: 9, right: 2 }],
    ["Data!$AA$1:$AB$2", { sheet: "Data", top: 1, left: 27, bottom: 2, right: 28 }],
    ["$C$5:$K$504", null],
    ["Profil!#REF!", null],
    ["", null],
  ])("%s", (ref, expected) => {
    expect(parseRef(ref)).toEqual(expected);
  });
});

describe("bad files → IkuError with an Indonesian message", () => {
  let good: Uint8Array;
  beforeAll(async () => {
    good = await writeXlsx(buildWorkbook(sumbersuko(), "portable"));
  });
  type Make = () => Uint8Array | Promise<Uint8Array>;
  const noProfil = async (): Promise<Uint8Array> => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("IKU 2025").getCell("A1").value = "INDIKATOR KINERJA UTAMA";
    return new Uint8Array(await wb.xlsx.writeBuffer());
  };
  const brokenProfil = async (): Promise<Uint8Array> => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Profil").getCell("A1").value = "apa saja";
    return new Uint8Array(await wb.xlsx.writeBuffer());
  };
  test.each([
    [
      "random bytes",
      () => Uint8Array.from({ length: 1000 }, (_, i) => (i * 7919) % 256),
      /bukan buku kerja Excel \(\.xlsx\) yang utuh/,
    ],
    ["empty", () => new Uint8Array(0), /bukan buku kerja Excel/],
    [
      "truncated zip",
      () => good.slice(0, Math.floor(good.length / 2)),
      /bukan buku kerja Excel \(\.xlsx\) yang utuh/,
    ],
    ["xlsx without Profil", noProfil, /lembar "Profil" tidak ditemukan/],
    ["Profil sheet that is not a profile", brokenProfil, /^Lembar "Profil" tidak dapat dibaca: /],
  ] as [string, Make, RegExp][])("%s", async (_name, make, message) => {
    const res = await readIkuWorkbook(await make());
    expect(isIkuError(res)).toBe(true);
    if (isIkuError(res)) {
      expect(res.kind).toBe(ErrorKind.Value);
      expect(res.message).toMatch(message);
    }
  });
});
