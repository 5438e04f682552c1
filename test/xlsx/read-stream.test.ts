/**
 * The streaming reader (issue 12): sheet bytes are scanned chunk by chunk, so every cell form
 * must read the same wherever a chunk boundary falls, a read workbook must evaluate exactly
 * as the core does on the same data, and parts are inflated only as far as the reader needs.
 */
import { isIkuError } from "../../src/core/errors";
import { evaluateIndicators, type IkuWorkbookData } from "../../src/core/evaluate";
import { ikm } from "../../src/core/ikm";
import { presetProfile } from "../../src/core/presets";
import { readIkuWorkbook, type IkuWorkbookRead } from "../../src/xlsx/read";
import { parseSharedStrings } from "../../src/xlsx/ooxml";
import { SheetScanner, type Box } from "../../src/xlsx/sheet-scan";
import { SharedStringScanner } from "../../src/xlsx/shared-strings";
import { surveyRows, surveyWorkbook } from "../helpers/survey-craft";
import { FIRST_SCORE_COL } from "../../src/core/workbook/ikm-sheet";
import { editPart, partText, sheetPart, workbookParts, zipParts } from "../helpers/xlsx-craft";

jest.setTimeout(60_000);

function sumbersuko() {
  const p = presetProfile("sumbersuko-2020");
  if (!p) throw new Error("preset hilang");
  return p;
}

function emptyBox(top: number, left: number, rows: number, cols: number): Box {
  const values = Array.from({ length: rows }, () => new Array<unknown>(cols).fill(null));
  return { top, left, bottom: top + rows - 1, right: left + cols - 1, values };
}

/** Scans `xml` fed in pieces of `piece` bytes into the U1–U9 box and the B5 (Tanggal) box. */
function scanInPieces(xml: string, rows: number, shared: string[], piece: number) {
  const jawaban = emptyBox(5, FIRST_SCORE_COL, rows, 9);
  const tanggal = emptyBox(5, 2, rows, 1);
  const scan = new SheetScanner([jawaban, tanggal], [], false);
  const bytes = new TextEncoder().encode(xml);
  for (let i = 0; i < bytes.length && !scan.stopped; i += piece) scan.push(bytes.subarray(i, i + piece));
  const refs = scan.shared;
  for (let i = 0; i < refs.index.length; i++) refs.rows[i][refs.cols[i]] = shared[refs.index[i]] ?? null;
  return { jawaban: jawaban.values, tanggal: tanggal.values };
}

describe("chunk boundaries never change a value", () => {
  const rows = 400;
  const data = surveyRows(rows, "varied", 0);
  const xml = `<x:worksheet><x:sheetData>${data.rowsXml}</x:sheetData><!-- <c r="C5"><v>9</v></c> --></x:worksheet>`;
  const prefixed = xml.replace(/<(\/?)(row|c|v|f|is|r|t|rPr|rPh|i)([\s>/])/g, "<$1x:$2$3");
  test.each([1, 2, 3, 7, 61, 4093, 1 << 20])("pieces of %i bytes", (piece) => {
    const got = scanInPieces(prefixed, rows, data.sharedValues, piece);
    expect(got.jawaban).toEqual(data.jawaban);
    expect(got.tanggal).toEqual(data.tanggal);
  });

  test("shared strings in pieces, rich text without its phonetic runs", () => {
    const sst = `<sst>${data.sharedXml}<si/><si><t>a &amp; b</t><t><![CDATA[<&>]]></t></si></sst>`;
    const want = [...data.sharedValues, "", "a & b<&>"];
    expect(parseSharedStrings(sst)).toEqual(want);
    const bytes = new TextEncoder().encode(sst);
    for (const piece of [1, 5, 64]) {
      const s = new SharedStringScanner("all");
      for (let i = 0; i < bytes.length; i += piece) s.push(bytes.subarray(i, i + piece));
      expect(s.list()).toEqual(want);
    }
  });
});

describe.each(["varied", "numeric"] as const)(
  "a 5 000-row workbook (%s cells) reads as the data it holds",
  (forms) => {
    let read: IkuWorkbookRead;
    let made: Awaited<ReturnType<typeof surveyWorkbook>>;
    beforeAll(async () => {
      made = await surveyWorkbook(sumbersuko(), 5000, forms);
      const r = await readIkuWorkbook(made.bytes);
      if (isIkuError(r)) throw new Error(r.message);
      read = r;
    });

    test("every answer and date cell, whatever its form", () => {
      expect(read.ikmJawaban?.values).toEqual(made.jawaban);
      expect(read.ikmTanggal?.values).toEqual(made.tanggal);
    });

    test("evaluated exactly as the core evaluates the same data", () => {
      const direct: IkuWorkbookData = {
        ...read,
        ikmJawaban: { sheet: "Survei IKM", top: 5, left: FIRST_SCORE_COL, values: made.jawaban },
        ikmTanggal: { sheet: "Survei IKM", top: 5, left: 2, values: made.tanggal },
      };
      const results = evaluateIndicators(read);
      expect(results).toEqual(evaluateIndicators(direct));
      const ikmResult = results.find((r) => r.kind === "ikm");
      if (forms === "numeric") {
        const value = ikm(made.jawaban, null);
        expect(typeof value).toBe("number");
        expect(ikmResult?.realisasi).toBe(value);
      } else expect(ikmResult?.error?.message).toMatch(/teks/);
    });
  },
);

describe("parts are inflated only as far as the reader needs", () => {
  const limits = { maxPartBytes: 2 * 1024 * 1024, maxTotalBytes: 300 * 1024 * 1024, maxEntries: 10000 };
  /** The zip with part `name` declaring 4 KB, so only inflating it shows its size. */
  const lying = (parts: Map<string, Uint8Array>, name: string): Uint8Array =>
    zipParts(parts, [{ name, data: parts.get(name), declaredSize: 4096 }]);

  test("a sheet part goes on past its data (3 MB after </sheetData>): the rest is never inflated", async () => {
    const parts = await workbookParts(sumbersuko());
    editPart(parts, sheetPart(parts, "Survei IKM"), (x) =>
      x.replace("</sheetData>", `</sheetData>${" ".repeat(3 * 1024 * 1024)}`),
    );
    const r = await readIkuWorkbook(lying(parts, sheetPart(parts, "Survei IKM")), limits);
    expect(isIkuError(r) ? r.message : "ok").toBe("ok");
  });

  test("shared strings past the last one used (3 MB of them) are never inflated", async () => {
    const parts = await workbookParts(sumbersuko());
    const extra = `<si><t>${"x".repeat(1000)}</t></si>`.repeat(3 * 1024);
    editPart(parts, "xl/sharedStrings.xml", (x) => x.replace("</sst>", `${extra}</sst>`));
    expect(partText(parts, "xl/sharedStrings.xml").length).toBeGreaterThan(limits.maxPartBytes);
    const r = await readIkuWorkbook(lying(parts, "xl/sharedStrings.xml"), limits);
    expect(isIkuError(r) ? r.message : r.profile.kecamatan).toBe("Sumbersuko");
  });

  test("the limit still holds for what is needed", async () => {
    const parts = await workbookParts(sumbersuko());
    // 3 MB before the first item: the strings the reader needs lie past the limit.
    const pad = `<!--${"x".repeat(3 * 1024 * 1024)}-->`;
    editPart(parts, "xl/sharedStrings.xml", (x) => x.replace(/<si>/, `${pad}<si>`));
    const r = await readIkuWorkbook(lying(parts, "xl/sharedStrings.xml"), limits);
    expect(isIkuError(r) ? r.message : "dibaca").toMatch(/sharedStrings\.xml mengembang melebihi 2 MB/);
  });

  test("a small part declaring less than it holds is still read whole, and still bounded", async () => {
    const parts = await workbookParts(sumbersuko());
    const profil = sheetPart(parts, "Profil");
    const small = zipParts(parts, [{ name: profil, data: parts.get(profil), declaredSize: 100 }]);
    const r = await readIkuWorkbook(small);
    expect(isIkuError(r) ? r.message : r.profile.kecamatan).toBe("Sumbersuko");
    const zeros = zipParts(parts, [
      { name: profil, data: new Uint8Array(3 * 1024 * 1024), declaredSize: 100 },
    ]);
    const z = await readIkuWorkbook(zeros, limits);
    expect(isIkuError(z) ? z.message : "dibaca").toMatch(/mengembang melebihi 2 MB/);
  });
});
