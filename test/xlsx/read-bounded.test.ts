/**
 * The bounded reader on crafted parts: other formats get an Indonesian reason with what to
 * do (never the zip library's English), cell forms other writers use (inline strings,
 * prefixed namespaces, cells without `r`, 1904 dates) read as Excel would, and the limits.
 */
import { zipSync, strToU8 } from "fflate";
import { isIkuError } from "../../src/core/errors";
import { presetProfile } from "../../src/core/presets";
import { readIkuWorkbook } from "../../src/xlsx/read";
import {
  cellValue,
  parseSharedStrings,
  scanSheet,
  xmlText,
  MAX_CELL_TEXT,
  type Box,
} from "../../src/xlsx/ooxml";
import { ZipReader } from "../../src/xlsx/zip";
import { editPart, sheetPart, workbookParts, zipEntries, zipParts } from "../helpers/xlsx-craft";

async function message(bytes: Uint8Array): Promise<string> {
  const r = await readIkuWorkbook(bytes);
  if (!isIkuError(r)) throw new Error("harus ditolak");
  return r.message;
}

function sumbersuko() {
  const p = presetProfile("sumbersuko-2020");
  if (!p) throw new Error("preset hilang");
  return p;
}

describe("other formats and damaged files: Indonesian reasons only", () => {
  const ods = zipSync({
    mimetype: [strToU8("application/vnd.oasis.opendocument.spreadsheet"), { level: 0 }],
    "content.xml": strToU8("<office:document-content/>"),
  });
  test.each([
    ["an .ods file", ods, /OpenDocument \(\.ods.*simpan sebagai Buku Kerja Excel \(\.xlsx\)/],
    [
      "an old .xls",
      Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      /Excel lama \(\.xls\).*simpan sebagai \.xlsx/,
    ],
    ["a PDF", strToU8("%PDF-1.7 ..."), /PDF, bukan buku kerja Excel/],
    [
      "random bytes",
      Uint8Array.from({ length: 500 }, (_, i) => (i * 31) % 251),
      /bukan buku kerja Excel \(\.xlsx\) yang utuh.*\(bukan arsip zip\)/,
    ],
    [
      "a zip without its end",
      zipEntries([{ name: "a.txt", data: strToU8("halo") }]).slice(0, 40),
      /\(akhir arsip zip tidak ditemukan/,
    ],
    [
      "a zip of something else",
      zipEntries([{ name: "a.txt", data: strToU8("halo") }]),
      /bagian xl\/workbook\.xml tidak ada/,
    ],
  ])("%s", async (_n, bytes, want) => {
    const m = await message(bytes);
    expect(m).toMatch(want);
    expect(m).not.toMatch(/Can't find|Corrupted zip|end of central directory|invalid|unexpected/i);
  });

  test("a damaged deflate stream inside a real workbook", async () => {
    const parts = await workbookParts(sumbersuko());
    const name = sheetPart(parts, "Profil");
    const m = await message(
      zipParts(parts, [{ name, deflated: Uint8Array.from([0xff, 0xff, 0xff, 0x00]), declaredSize: 10 }]),
    );
    expect(m).toMatch(/bagian xl\/worksheets\/sheet\d+\.xml rusak/);
  });
});

describe("cell forms of other writers", () => {
  const ctx = { shared: ["Ya", "Tidak"], dateStyles: [false, true], date1904: false };
  const box = (): Box => ({
    top: 1,
    left: 1,
    bottom: 3,
    right: 3,
    values: [
      [null, null, null],
      [null, null, null],
      [null, null, null],
    ],
  });

  test("inline strings, shared strings, booleans, errors, cached formula results, cells without r", () => {
    const b = box();
    scanSheet(
      '<x:worksheet><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>a &amp; b</x:t></x:is></x:c>' +
        '<x:c t="s"><x:v>1</x:v></x:c><x:c r="C1" t="b"><x:v>0</x:v></x:c></x:row>' +
        '<x:row r="2"><x:c r="A2" t="e"><x:v>#N/A</x:v></x:c><x:c r="B2"><x:f>1-1</x:f><x:v>0</x:v></x:c>' +
        '<x:c r="C2" t="str"><x:f>""</x:f><x:v></x:v></x:c></x:row>' +
        '<x:row r="3"><x:c r="A3" s="1"><x:v>45658</x:v></x:c><x:c r="C3"><x:f>_xldudf_IKU_IKM(A1)</x:f></x:c></x:row>' +
        "</x:sheetData></x:worksheet>",
      [b],
      ctx,
    );
    expect(b.values).toEqual([
      ["a & b", "Tidak", false],
      ["#N/A", 0, null],
      [45658, null, null],
    ]);
  });

  test("cellValue: one cell from its attributes and inner XML", () => {
    expect(cellValue({ t: "s" }, "<v>1</v>", ctx)).toBe("Tidak");
    expect(cellValue({ t: "inlineStr" }, "<is><r><t>a &amp;</t></r><r><t> b</t></r></is>", ctx)).toBe(
      "a & b",
    );
    expect(cellValue({ s: "1" }, "<f>A1</f><v>45658</v>", { ...ctx, date1904: true })).toBe(45658 + 1462);
    expect(cellValue({ t: "b" }, "<v>1</v>", ctx)).toBe(true);
    expect(cellValue({}, "<f>A1</f>", ctx)).toBeNull();
  });

  test("a 1904-dated workbook gives 1900-system serials for date cells only", () => {
    const b = box();
    scanSheet(
      '<sheetData><row r="1"><c r="A1" s="1"><v>44196</v></c><c r="B1"><v>7</v></c></row></sheetData>',
      [b],
      {
        ...ctx,
        date1904: true,
      },
    );
    expect(b.values[0].slice(0, 2)).toEqual([44196 + 1462, 7]);
  });

  test("phonetic runs are not part of a shared string; text is cut at Excel's cell limit", () => {
    expect(
      parseSharedStrings(
        '<sst><si><r><t>Su</t></r><r><t xml:space="preserve">dah </t></r><rPh><t>x</t></rPh></si><si/></sst>',
      ),
    ).toEqual(["Sudah ", ""]);
    expect(xmlText("a".repeat(MAX_CELL_TEXT + 10))).toHaveLength(MAX_CELL_TEXT);
  });
});

describe("malformed XML stays linear (a quadratic scan would hang past the test's timeout)", () => {
  test("200 000 unclosed cells and string items", () => {
    const b: Box = { top: 1, left: 1, bottom: 1, right: 1, values: [[null]] };
    const cells = '<c r="A1"><v>1</v>'.repeat(200_000);
    scanSheet(`<sheetData><row r="1">${cells}<c r="A1"><v>7</v></c></row></sheetData>`, [b], {
      shared: [],
      dateStyles: [],
      date1904: false,
    });
    expect(b.values[0][0]).toBe(7);
    expect(parseSharedStrings(`<sst>${"<si><t>x</t>".repeat(200_000)}<si><t>ok</t></si></sst>`)).toEqual([
      "ok",
    ]);
  });
});

describe("limits", () => {
  test("a part larger than the limit is refused before it inflates; the running total too", () => {
    const zip = new ZipReader(
      zipEntries([
        { name: "a", data: new Uint8Array(3000) },
        { name: "b", data: new Uint8Array(3000) },
      ]),
      { maxPartBytes: 2000, maxTotalBytes: 4000, maxEntries: 10 },
    );
    expect(() => zip.checkDeclared(["a"])).toThrow(/bagian a berukuran 1 MB setelah diekstrak/);
    const loose = new ZipReader(
      zipEntries([
        { name: "a", data: new Uint8Array(3000) },
        { name: "b", data: new Uint8Array(3000) },
      ]),
      {
        maxPartBytes: 5000,
        maxTotalBytes: 4000,
        maxEntries: 10,
      },
    );
    expect(loose.read("a")).toHaveLength(3000);
    expect(() => loose.read("b")).toThrow(/mengembang melebihi/);
  });

  test("too many entries are refused", () => {
    const entries = Array.from({ length: 12 }, (_, i) => ({ name: `p${i}`, data: new Uint8Array(1) }));
    expect(
      () => new ZipReader(zipEntries(entries), { maxPartBytes: 10, maxTotalBytes: 10, maxEntries: 10 }),
    ).toThrow(/12 bagian, paling banyak 10/);
  });

  test("only the parts the reader needs are inflated: a damaged unused part does no harm", async () => {
    const parts = await workbookParts(sumbersuko());
    editPart(parts, "docProps/app.xml", (x) => `${x} `);
    const bytes = zipParts(parts, [
      { name: "xl/media/rusak.png", deflated: Uint8Array.from([0xff, 0xff]), declaredSize: 5 },
    ]);
    const r = await readIkuWorkbook(bytes);
    expect(isIkuError(r)).toBe(false);
  });
});
