/**
 * Several `daftar` indicators in one workbook (issue 10): each log has its own sheet and names
 * IKU_<Lembar>_Status/_Tanggal, its own realisasi (yearly and TW I–IV, core and `iku hitung`),
 * while dokumen-desa indicators share the one Dokumen Desa sheet (the union of their
 * documents, each counting its own) and survei-ikm indicators share the one survey.
 */
import * as path from "path";
import { evaluateIndicators } from "../../src/core/evaluate";
import { evaluateQuarters } from "../../src/core/evaluate-triwulan";
import type { Profile } from "../../src/core/profile";
import { buildWorkbook } from "../../src/core/workbook/build";
import { NAMES, daftarNames } from "../../src/core/workbook/model";
import { toPortable } from "../../src/core/workbook/portable";
import { runCli } from "../helpers/cli-run";
import { preset } from "../helpers/profiles";
import {
  ADU_STATUS,
  ADU_TANGGAL,
  FAS_STATUS,
  FAS_TANGGAL,
  YEARLY,
  asembagus,
  filledFile,
} from "../helpers/multi-daftar";

jest.setTimeout(60_000);

describe("the workbook of two daftar indicators", () => {
  const model = buildWorkbook(asembagus(), "addin");

  test("one sheet per log, each with its own captions and names", () => {
    const logs = model.sheets.filter((s) => s.kind === "fasilitasi");
    expect(logs.map((s) => s.name)).toEqual(["Fasilitasi", "Pengaduan"]);
    const header = (name: string) =>
      logs
        .find((s) => s.name === name)
        ?.cells.filter((c) => c.row === 4)
        .map((c) => c.value);
    expect(header("Fasilitasi")).toEqual(expect.arrayContaining(["Kegiatan", "Ditindaklanjuti"]));
    expect(header("Pengaduan")).toEqual(expect.arrayContaining(["Pengaduan", "Diselesaikan"]));
    const names = Object.fromEntries(model.names.map((n) => [n.name, `${n.sheet}!${n.range}`]));
    expect(names).toMatchObject({
      IKU_Fasilitasi_Status: "Fasilitasi!$F$5:$F$204",
      IKU_Fasilitasi_Tanggal: "Fasilitasi!$B$5:$B$204",
      IKU_Pengaduan_Status: "Pengaduan!$F$5:$F$204",
      IKU_Pengaduan_Tanggal: "Pengaduan!$B$5:$B$204",
    });
  });

  test("each indicator's IKU and Pengukuran formulas read its own log", () => {
    const formulas = model.sheets
      .filter((s) => s.kind === "iku" || s.kind === "pengukuran")
      .flatMap((s) => s.cells.flatMap((c) => (c.formula ? [c.formula] : [])));
    const reading = (name: string) => formulas.filter((f) => f.includes(name)).length;
    expect(reading("IKU_Fasilitasi_Status")).toBeGreaterThanOrEqual(5); // year + TW I–IV
    expect(reading("IKU_Pengaduan_Status")).toBeGreaterThanOrEqual(5);
    expect(formulas.some((f) => f.includes("IKU_Pengaduan_Status") && f.includes("IKU_Fasilitasi"))).toBe(
      false,
    );
  });

  test("Konversi formula: every add-in formula translates to the portable model's (per call)", () => {
    const portable = buildWorkbook(asembagus(), "portable");
    let checked = 0;
    model.sheets.forEach((s, i) =>
      s.cells.forEach((c) => {
        if (!c.formula) return;
        const p = portable.sheets[i].cells.find((x) => x.row === c.row && x.col === c.col);
        expect(toPortable(c.formula)).toBe(p?.formula);
        checked++;
      }),
    );
    expect(checked).toBeGreaterThan(50);
    const adu = portable.sheets[0].cells.filter((c) => c.formula?.includes("IKU_Pengaduan_Status"));
    expect(adu.length).toBeGreaterThan(0);
    expect(adu.every((c) => !c.formula?.includes("IKU."))).toBe(true);
  });

  test("Dokumen Desa holds the union of the chosen documents, no other column", () => {
    const names = model.names.map((n) => n.name);
    expect(names).toEqual(expect.arrayContaining([NAMES.dokApb, NAMES.dokLpp]));
    expect(names).not.toContain(NAMES.dokRkp);
    const dok = model.sheets.find((s) => s.kind === "dokdesa");
    const header = dok?.cells.filter((c) => c.row === 4).map((c) => String(c.value)) ?? [];
    expect(header.some((h) => h.startsWith("Tanggal Perdes APBDesa"))).toBe(true);
    expect(header.some((h) => h.startsWith("Tanggal penyampaian LPPDesa"))).toBe(true);
    expect(header.some((h) => h.includes("RKPDesa"))).toBe(false);
    expect(model.sheets.filter((s) => s.kind === "dokdesa")).toHaveLength(1);
  });
});

describe("iku hitung reads each log and each document subset on its own", () => {
  let file = "";
  beforeAll(async () => {
    file = await filledFile("portable");
  });

  test("yearly", async () => {
    const r = await runCli(["hitung", file, "--json"], path.dirname(file));
    expect(r.stderr).toBe("");
    const rows = JSON.parse(r.stdout) as { realisasi: number }[];
    YEARLY.forEach((x, i) => expect(rows[i].realisasi).toBeCloseTo(x, 12));
  });

  test("--triwulan", async () => {
    const r = await runCli(["hitung", file, "--triwulan", "--json"], path.dirname(file));
    expect(r.stderr).toBe("");
    const rows = JSON.parse(r.stdout) as { triwulan: { realisasi: number | null }[] }[];
    const tw = (i: number) => rows[i].triwulan.map((q) => q.realisasi);
    const close = (got: (number | null)[], want: number[]) =>
      want.forEach((x, q) => expect(got[q] as number).toBeCloseTo(x, 12));
    close(tw(0), [1 / 2, 2 / 3, 2 / 3, 3 / 4]);
    close(tw(1), [0, 0, 1 / 2, 1 / 2]);
    expect(tw(2)[3] as number).toBeCloseTo(2 / 10, 12);
    close(tw(3), [3 / 10, 3 / 10, 3 / 10, 3 / 10]);
  });
});

describe("the core alone", () => {
  const profile = asembagus();
  const col = (sheet: string, c: number, values: unknown[]) => ({
    sheet,
    top: 5,
    left: c,
    values: values.map((v) => [v]),
  });
  const data = {
    profile,
    daftar: {
      Fasilitasi: { status: col("Fasilitasi", 6, FAS_STATUS), tanggal: col("Fasilitasi", 2, FAS_TANGGAL) },
      Pengaduan: { status: col("Pengaduan", 6, ADU_STATUS), tanggal: col("Pengaduan", 2, ADU_TANGGAL) },
    },
  };

  test("each log's errors name its own sheet", () => {
    const bad = {
      ...data,
      daftar: {
        ...data.daftar,
        Pengaduan: { ...data.daftar.Pengaduan, tanggal: col("Pengaduan", 2, ["x", "y"]) },
      },
    };
    const r = evaluateIndicators(bad);
    expect(r[0].error).toBeUndefined();
    expect(r[0].realisasi).toBeCloseTo(0.75, 12);
    expect(r[1].error?.message).toContain("Pengaduan baris 5 kolom B");
  });

  test("a log whose names are missing is missing, never the other log's data", () => {
    const r = evaluateIndicators({ ...data, daftar: { Fasilitasi: data.daftar.Fasilitasi } });
    expect(r[1].realisasi).toBeNull();
    expect(r[1].error?.message).toContain("Lembar data Pengaduan tidak ditemukan");
    const q = evaluateQuarters({ ...data, daftar: { Fasilitasi: data.daftar.Fasilitasi } });
    expect(q[1].error?.message).toContain("Pengaduan");
  });
});

describe("survei-ikm indicators share the one survey", () => {
  const base = preset("sumbersuko-2020");
  const ikm = base.indicators.find((i) => i.kind === "ikm");
  if (!ikm) throw new Error("IKM hilang");
  const profile: Profile = {
    ...base,
    indicators: [...base.indicators, { ...ikm, nama: "IKM pelayanan KTP" }],
  };

  test("one Survei IKM sheet; both indicators read the same answers", () => {
    const model = buildWorkbook(profile, "addin");
    expect(model.sheets.filter((s) => s.kind === "ikm")).toHaveLength(1);
    const jawaban = {
      sheet: "Survei IKM",
      top: 5,
      left: 3,
      values: [new Array(9).fill(4), new Array(9).fill(3)],
    };
    const r = evaluateIndicators({ profile, ikmJawaban: jawaban });
    const both = r.filter((x) => x.kind === "ikm");
    expect(both).toHaveLength(2);
    expect(both[0].realisasi).toBeCloseTo(87.5, 9);
    expect(both[1].realisasi).toBe(both[0].realisasi);
  });
});

test("daftarNames: characters outside [A-Za-z0-9] become _; Fasilitasi keeps today's names", () => {
  expect(daftarNames("Pengaduan Trantib")).toEqual({
    status: "IKU_Pengaduan_Trantib_Status",
    tanggal: "IKU_Pengaduan_Trantib_Tanggal",
  });
  expect(daftarNames("Fasilitasi")).toEqual({
    status: NAMES.fasilitasiStatus,
    tanggal: NAMES.fasilitasiTanggal,
  });
});
