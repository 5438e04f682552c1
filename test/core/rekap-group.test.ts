/**
 * The recap groups rows by indicator (normalised name), not by kind (issue 10): workbooks
 * with different indicator sets are recapped together; core, `iku rekap` text and the
 * Rekap sheet model agree with the values computed straight from each file's data.
 */
import { buildRekap, indikatorKey, type RekapResult } from "../../src/core/rekap";
import { buildRekapWorkbook, REKAP_COL, REKAP_HEADER_ROW } from "../../src/core/workbook/rekap-sheet";
import { rekapText } from "../../src/cli/rekap-format";
import { readIkuWorkbook } from "../../src/xlsx/read";
import { APBDES, differentSets, type SetFile } from "../helpers/rekap-sets";

jest.setTimeout(60_000);

describe("indikatorKey", () => {
  test.each([
    [
      "Persentase  desa yang menyampaikan APBDes tepat waktu",
      "persentase desa yang menyampaikan apbdes tepat waktu",
    ],
    [
      " PERSENTASE desa\tyang\nmenyampaikan apbdes tepat waktu ",
      "persentase desa yang menyampaikan apbdes tepat waktu",
    ],
    ["Nilai\u00a0IKM  Kecamatan", "nilai ikm kecamatan"],
  ])("%j → %j", (nama, key) => expect(indikatorKey(nama)).toBe(key));

  test("prefixes and punctuation are kept: these stay different indicators", () => {
    const base = indikatorKey("Persentase desa yang menyampaikan APBDes tepat waktu");
    expect(indikatorKey("Desa yang menyampaikan APBDes tepat waktu")).not.toBe(base);
    expect(indikatorKey("Rata-rata persentase desa yang menyampaikan APBDes tepat waktu")).not.toBe(base);
    expect(indikatorKey("Persentase desa yang menyampaikan APBDes, tepat waktu")).not.toBe(base);
  });
});

describe("recap of workbooks with different indicator sets", () => {
  let files: SetFile[];
  let rekap: RekapResult;

  beforeAll(async () => {
    files = await differentSets();
    const inputs = [];
    for (const f of files) inputs.push({ fileName: f.fileName, data: await readIkuWorkbook(f.bytes) });
    rekap = buildRekap(inputs);
  });

  const expectedRows = (): SetFile["rows"] => files.flatMap((f) => f.rows);

  test("all four accepted; one group per normalised name, first appearance in recap order", () => {
    expect(rekap.catatan.filter((n) => n.ditolak)).toEqual([]);
    const order = rekap.kecamatan.map((k) => k.kecamatan);
    expect([...order].sort()).toEqual(["Klakah", "Randuagung", "Senduro", "Sumbersuko"]);
    // Expected order of the groups, derived independently from the profiles.
    const keys: string[] = [];
    for (const kec of order) {
      const f = files.find((x) => x.profile.kecamatan === kec);
      for (const i of f?.profile.indicators ?? [])
        if (!keys.includes(indikatorKey(i.nama))) keys.push(indikatorKey(i.nama));
    }
    expect(rekap.summaries.map((s) => s.key)).toEqual(keys);
    // fasilitasi, dokumen desa (two cases of "Rata-rata persentase …"), IKM, APBDes (two spellings).
    expect(keys).toHaveLength(4);
    const apbdes = rekap.summaries.find((s) => s.key === indikatorKey(APBDES));
    expect(apbdes?.kecamatan).toBe(2);
    expect([...(apbdes?.tanpa ?? [])].sort()).toEqual(["Randuagung", "Sumbersuko"]);
    const dok = rekap.summaries.find((s) => /^rata-rata persentase desa/.test(s.key));
    expect(dok?.kecamatan).toBe(2);
    const ikm = rekap.summaries.find((s) => s.kind === "ikm");
    expect(ikm?.satuan).toBe("indeks");
    expect(ikm?.tanpa).toHaveLength(3);
  });

  test("every summary = statistics of the core values of the kecamatan having it", () => {
    for (const s of rekap.summaries) {
      const group = expectedRows().filter((e) => indikatorKey(e.indikator) === s.key);
      expect(s.kecamatan).toBe(group.length);
      const reals = group.map((e) => e.realisasi);
      expect(s.realisasi?.min).toBeCloseTo(Math.min(...reals), 12);
      expect(s.realisasi?.max).toBeCloseTo(Math.max(...reals), 12);
      expect(s.realisasi?.mean).toBeCloseTo(reals.reduce((a, b) => a + b, 0) / reals.length, 12);
      const caps = group.map((e) => e.capaian).filter((x): x is number => x !== null);
      expect(s.capaian?.count ?? 0).toBe(caps.length);
      const missing = files.filter((f) => !group.some((e) => e.kecamatan === f.profile.kecamatan));
      expect([...s.tanpa].sort()).toEqual(missing.map((f) => f.profile.kecamatan).sort());
    }
  });

  test("the Catatan says which kecamatan lack which indicator", () => {
    const notes = rekap.catatan.filter((n) => /tidak memiliki indikator/.test(n.message));
    const senduro = notes.find((n) => n.kecamatan === "Senduro");
    expect(senduro?.message).toMatch(/"Persentase hasil fasilitasi dan koordinasi yang ditindaklanjuti"/);
    expect(senduro?.message).toMatch(/"Nilai IKM Kecamatan"/);
    const randu = notes.find((n) => n.kecamatan === "Randuagung");
    expect(randu?.message).toMatch(/APBDes/);
    // Every kecamatan lacks something here (IKM is Sumbersuko's only; APBDes not in the presets).
    expect(notes.map((n) => n.kecamatan).sort()).toEqual(["Klakah", "Randuagung", "Senduro", "Sumbersuko"]);
  });

  test("iku rekap text: a summary line per indicator and the lacking notes", () => {
    const text = rekapText(rekap);
    const summary = text.slice(text.indexOf("Ringkasan per indikator"), text.indexOf("Catatan:"));
    expect(summary).toMatch(/APBDes/);
    expect(summary).toMatch(/Nilai IKM Kecamatan\s+1\s/);
    const catatan = text.slice(text.indexOf("Catatan:"));
    expect(catatan).toMatch(/senduro\.xlsx: Kecamatan Senduro: tidak memiliki indikator/);
  });

  test("sheet: one block per indicator holding only the kecamatan having it, = core", () => {
    const sheet = buildRekapWorkbook(rekap).sheets[0];
    const at = (r: number, c: number): unknown => sheet.cells.find((x) => x.row === r && x.col === c)?.value;
    const seen: string[] = [];
    let r = REKAP_HEADER_ROW + 1;
    for (; typeof at(r, REKAP_COL.no) === "number"; r++) {
      const kec = String(at(r, REKAP_COL.kecamatan));
      const key = indikatorKey(String(at(r, REKAP_COL.indikator)));
      const e = expectedRows().find((x) => x.kecamatan === kec && indikatorKey(x.indikator) === key);
      if (!e) throw new Error(`baris ${r}: ${kec} / ${key}`);
      expect(at(r, REKAP_COL.realisasi)).toBeCloseTo(e.realisasi, 12);
      if (!seen.includes(key)) seen.push(key);
      // Blocks are contiguous: a key never comes back after another one started.
      expect(seen[seen.length - 1]).toBe(key);
    }
    expect(r - REKAP_HEADER_ROW - 1).toBe(expectedRows().length);
    expect(seen).toEqual(rekap.summaries.map((s) => s.key));
    const ikmRow = sheet.cells.find(
      (c) =>
        c.col === REKAP_COL.realisasi &&
        c.value !== undefined &&
        c.row > REKAP_HEADER_ROW &&
        typeof c.value === "number" &&
        c.value > 1,
    );
    expect(ikmRow?.style?.numFmt).toBe("0.00");
    const grafik = buildRekapWorkbook(rekap).sheets[1];
    expect(grafik.charts?.[0].cache?.series).toHaveLength(4);
  });
});
