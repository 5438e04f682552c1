/**
 * The measured Indikator Tujuan (issue 10): evaluated like an IKU (nilai, rasio, survei-ikm;
 * yearly and TW I–IV; capaian with polarity; predikat), refused by validation when wrong, and
 * built into the IKU identity block, the Pengukuran sheet, the input block and the Profil rows.
 */
import { serialFromYmd } from "../../src/core/dates";
import { isIkuError } from "../../src/core/errors";
import { evaluateTujuan, evaluateTujuanQuarters } from "../../src/core/evaluate-tujuan";
import type { IkuWorkbookData, RangeData } from "../../src/core/indicators/data";
import type { Profile, TujuanUkur } from "../../src/core/profile";
import { validateProfile } from "../../src/core/profile-validate";
import { buildWorkbook } from "../../src/core/workbook/build";
import type { SheetModel } from "../../src/core/workbook/model";
import { readProfile } from "../../src/core/workbook/profil-sheet";
import { gridOf } from "../../src/core/workbook/sheet-kit";
import { preset } from "../helpers/profiles";

const _ = null;

function withTujuan(u: TujuanUkur, nama = "Indeks Pelayanan Publik"): Profile {
  return { ...preset("randuagung-2025"), indikatorTujuan: nama, tujuanUkur: u };
}

const NILAI: TujuanUkur = {
  kind: "nilai",
  pengukuran: { jenis: "nilai", desimal: 2 },
  target: 4,
  satuan: "nilai",
  polaritas: "positif",
};
const RASIO: TujuanUkur = {
  kind: "rasio",
  pengukuran: { jenis: "rasio", pembilang: "Layanan tepat waktu", penyebut: "Layanan" },
  target: 0.9,
  satuan: "persen",
  polaritas: "positif",
};
const IKM: TujuanUkur = { kind: "ikm", target: 80, satuan: "indeks", polaritas: "positif" };

function masukan(values: unknown[][]): Record<number, RangeData> {
  return { 0: { sheet: "Pengukuran Kinerja", top: 12, left: 4, values } };
}

describe("evaluateTujuan: a name-only tujuan gives nothing", () => {
  test("presets", () => {
    expect(evaluateTujuan({ profile: preset("randuagung-2025") })).toBeNull();
    expect(evaluateTujuanQuarters({ profile: preset("randuagung-2025") })).toBeNull();
  });
});

describe("evaluateTujuan: nilai (Indeks Pelayanan Publik typed per quarter)", () => {
  const data: IkuWorkbookData = { profile: withTujuan(NILAI), masukan: masukan([[3.2, _, 3.8, _]]) };
  test("yearly: the last quarter typed, capaian 3,8 ÷ 4, predikat on the default scale", () => {
    const r = evaluateTujuan(data);
    expect(r).toMatchObject({ indikator: "Indeks Pelayanan Publik", target: 4, predikat: "Sangat Tinggi" });
    expect(r?.realisasi).toBeCloseTo(3.8, 12);
    expect(r?.capaian).toBeCloseTo(0.95, 12);
    expect(r?.error).toBeUndefined();
  });
  test("quarters: TW I 3,2 (Tinggi), TW II stays 3,2, TW III–IV 3,8", () => {
    const q = evaluateTujuanQuarters(data);
    expect(q?.triwulan.map((t) => t.realisasi)).toEqual([3.2, 3.2, 3.8, 3.8]);
    expect(q?.triwulan[0].capaian).toBeCloseTo(0.8, 12);
    expect(q?.triwulan.map((t) => t.predikat)).toEqual([
      "Tinggi",
      "Tinggi",
      "Sangat Tinggi",
      "Sangat Tinggi",
    ]);
  });
  test("negative polarity: (2·target − realisasi) ÷ target", () => {
    const r = evaluateTujuan({ ...data, profile: withTujuan({ ...NILAI, polaritas: "negatif" }) });
    expect(r?.capaian).toBeCloseTo((8 - 3.8) / 4, 12);
    const q = evaluateTujuanQuarters({
      ...data,
      profile: withTujuan({ ...NILAI, target: 2, polaritas: "negatif" }),
    });
    // TW I: (4 − 3,2) ÷ 2 = 40 % → Sangat Rendah.
    expect(q?.triwulan[0].capaian).toBeCloseTo(0.4, 12);
    expect(q?.triwulan[0].predikat).toBe("Sangat Rendah");
  });
  test("own predikat scale of the profile", () => {
    const profile = {
      ...withTujuan(NILAI),
      skalaPredikat: [
        { min: 0.9, label: "Baik" },
        { min: 0, label: "Kurang" },
      ],
    };
    expect(evaluateTujuan({ ...data, profile })?.predikat).toBe("Baik");
  });
  test("text typed: an error on the input row, named by sheet and cell", () => {
    const r = evaluateTujuan({ ...data, masukan: masukan([[3.2, "tiga", _, _]]) });
    expect(r?.realisasi).toBeNull();
    expect(r?.error?.message).toMatch(/^Pengukuran Kinerja baris 12 kolom E/);
  });
  test("no IKU_Masukan_Tujuan in the workbook: said so", () => {
    const r = evaluateTujuan({ profile: withTujuan(NILAI) });
    expect(r?.error?.message).toMatch(/Indikator Tujuan \(nama IKU_Masukan_Tujuan\) tidak ditemukan/);
  });
  test("nothing typed: realisasi empty, no capaian", () => {
    const r = evaluateTujuan({ ...data, masukan: masukan([[_, _, _, _]]) });
    expect(r).toMatchObject({ realisasi: null, capaian: null, predikat: null });
  });
  test("a target above 10 with satuan persen read from Profil is refused like an IKU target", () => {
    const r = evaluateTujuan({ ...data, profile: withTujuan({ ...RASIO, target: 90 }) });
    expect(r?.error?.message).toMatch(/Indikator Tujuan Target/);
  });
});

describe("evaluateTujuan: rasio (cumulative Σ ÷ Σ)", () => {
  const data: IkuWorkbookData = {
    profile: withTujuan(RASIO, "Persentase layanan tepat waktu"),
    masukan: masukan([
      [8, _, 12, 5],
      [10, _, 15, 5],
    ]),
  };
  test("yearly 25 ÷ 30, capaian against 90 %", () => {
    const r = evaluateTujuan(data);
    expect(r?.realisasi).toBeCloseTo(25 / 30, 12);
    expect(r?.capaian).toBeCloseTo(25 / 30 / 0.9, 12);
    expect(r?.predikat).toBe("Sangat Tinggi");
  });
  test("quarters", () => {
    const q = evaluateTujuanQuarters(data);
    const got = q?.triwulan.map((t) => t.realisasi) ?? [];
    [0.8, 0.8, 20 / 25, 25 / 30].forEach((want, k) => expect(got[k]).toBeCloseTo(want, 12));
  });
});

describe("evaluateTujuan: survei-ikm (IKM as tujuan, no IKU measures IKM)", () => {
  const all4 = Array<number>(9).fill(4);
  const mixed = [3, 3, 3, 3, 3, 3, 3, 3, 4];
  const data: IkuWorkbookData = {
    profile: withTujuan(IKM, "Indeks Kepuasan Masyarakat"),
    ikmJawaban: { sheet: "Survei IKM", top: 5, left: 3, values: [all4, mixed] },
    ikmTanggal: {
      sheet: "Survei IKM",
      top: 5,
      left: 2,
      values: [[serialFromYmd(2025, 2, 10)], [serialFromYmd(2025, 8, 1)]],
    },
  };
  const ikm = (25 * (36 + 28)) / 18;
  test("yearly IKM of both respondents, capaian against 80", () => {
    const r = evaluateTujuan(data);
    expect(r?.realisasi).toBeCloseTo(ikm, 9);
    expect(r?.capaian).toBeCloseTo(ikm / 80, 9);
    expect(r?.predikat).toBe("Sangat Tinggi");
  });
  test("quarters: TW I–II the February respondent only, TW III–IV both", () => {
    const q = evaluateTujuanQuarters(data)?.triwulan.map((t) => t.realisasi) ?? [];
    expect(q[0]).toBeCloseTo(100, 9);
    expect(q[1]).toBeCloseTo(100, 9);
    expect(q[2]).toBeCloseTo(ikm, 9);
    expect(q[3]).toBeCloseTo(ikm, 9);
  });
});

describe("validateProfile: the measured tujuan", () => {
  const errs = (u: TujuanUkur, nama?: string): Record<string, string> =>
    Object.fromEntries(validateProfile(withTujuan(u, nama)).map((e) => [e.field, e.message]));
  test("valid kinds pass", () => {
    for (const u of [NILAI, RASIO, IKM]) expect(validateProfile(withTujuan(u))).toEqual([]);
  });
  test("daftar and dokumen-desa are refused in Indonesian", () => {
    expect(
      errs({ ...NILAI, kind: "fasilitasi", pengukuran: undefined, satuan: "persen", target: 0.9 })[
        "tujuanUkur.kind"
      ],
    ).toMatch(/harus nilai, rasio atau survei-ikm; daftar dan dokumen desa belum dapat dipakai/);
    expect(
      errs({ ...NILAI, kind: "dokdesa", pengukuran: undefined, satuan: "persen", target: 0.9 }),
    ).toHaveProperty(["tujuanUkur.kind"]);
  });
  test("satuan, target, polaritas, options and name", () => {
    expect(errs({ ...RASIO, satuan: "indeks", target: 80 })["tujuanUkur.satuan"]).toMatch(
      /rasio\) harus persen/,
    );
    expect(errs({ ...IKM, satuan: "persen", target: 0.8 })["tujuanUkur.satuan"]).toMatch(/harus indeks/);
    expect(errs({ ...RASIO, target: 90 })["tujuanUkur.target"]).toMatch(/berarti 9000 %/);
    expect(errs({ ...IKM, target: 120 })["tujuanUkur.target"]).toMatch(/antara 25 dan 100/);
    expect(errs({ ...NILAI, polaritas: "naik" as never })["tujuanUkur.polaritas"]).toMatch(
      /positif atau negatif/,
    );
    expect(errs({ ...RASIO, pengukuran: { jenis: "rasio", pembilang: " ", penyebut: "x" } })).toHaveProperty([
      "tujuanUkur.pembilang",
    ]);
    expect(errs({ ...NILAI, pengukuran: { jenis: "nilai", desimal: 1.5 } })).toHaveProperty([
      "tujuanUkur.desimal",
    ]);
    expect(errs(NILAI, " ")["indikatorTujuan"]).toMatch(/Nama Indikator Tujuan wajib diisi/);
  });
});

function sheet(model: ReturnType<typeof buildWorkbook>, kind: string): SheetModel {
  const s = model.sheets.find((x) => x.kind === kind);
  if (!s) throw new Error(kind);
  return s;
}

describe("the workbook of a measured tujuan", () => {
  test("IKM tujuan: the Survei IKM sheet is built though no IKU measures IKM", () => {
    const names = buildWorkbook(withTujuan(IKM), "portable").sheets.map((s) => s.name);
    expect(names).toContain("Survei IKM");
    expect(buildWorkbook(preset("randuagung-2025"), "portable").sheets.map((s) => s.name)).not.toContain(
      "Survei IKM",
    );
  });
  test.each(["addin", "portable"] as const)("%s: names, identity rows and the Pengukuran row", (mode) => {
    const m = buildWorkbook(withTujuan(NILAI), mode);
    const names = new Map(m.names.map((n) => [n.name, n]));
    expect(names.get("IKU_Target_Tujuan")?.sheet).toBe("Profil");
    expect(names.get("IKU_Masukan_Tujuan")).toMatchObject({ sheet: "Pengukuran Kinerja" });
    const iku = gridOf(sheet(m, "iku"));
    const labels = iku.map((r) => r[0]);
    const at = labels.indexOf("Realisasi Indikator Tujuan");
    expect(labels.slice(at - 2, at + 3)).toEqual([
      "Indikator Tujuan",
      "Target Indikator Tujuan",
      "Realisasi Indikator Tujuan",
      "Capaian Indikator Tujuan",
      "Predikat Indikator Tujuan",
    ]);
    const cells = sheet(m, "iku").cells.filter((c) => c.row >= at && c.row <= at + 3 && c.col === 3);
    expect(cells.map((c) => c.formula)).toHaveLength(4);
    const realF = cells.find((c) => c.row === at + 1)?.formula ?? "";
    expect(realF).toContain("'Pengukuran Kinerja'!$D$");
    const peng = gridOf(sheet(m, "pengukuran"));
    expect(peng.find((r) => r[0] === "T")?.[1]).toBe("Indikator Tujuan: Indeks Pelayanan Publik");
    expect(peng.some((r) => typeof r[1] === "string" && r[1].startsWith("Indikator Tujuan — Nilai:"))).toBe(
      true,
    );
  });
  test("a name-only tujuan has none of it", () => {
    const m = buildWorkbook(preset("randuagung-2025"), "addin");
    expect(m.names.map((n) => n.name)).not.toContain("IKU_Target_Tujuan");
    expect(gridOf(sheet(m, "iku")).map((r) => r[0])).not.toContain("Realisasi Indikator Tujuan");
  });
});

describe("Profil sheet round trip of the tujuan rows", () => {
  test.each([
    ["nilai", NILAI],
    ["nilai without desimal, negatif", { ...NILAI, pengukuran: undefined, polaritas: "negatif" as const }],
    ["rasio", RASIO],
    ["survei-ikm", IKM],
    ["no target yet", { ...IKM, target: null }],
  ])("%s", (_l, u) => {
    const p = withTujuan(u);
    const back = readProfile(gridOf(sheet(buildWorkbook(p, "portable"), "profil")));
    expect(back).toEqual(p);
  });
  test("jenis changed to rasio on the sheet, caption rows not there yet: the usual captions", () => {
    const grid = gridOf(sheet(buildWorkbook(withTujuan(NILAI), "portable"), "profil"));
    const set = (label: string, v: unknown): void => {
      const row = grid.find((r) => r[0] === label);
      if (row) row[1] = v;
    };
    set("Indikator Tujuan Jenis", "rasio");
    set("Indikator Tujuan Satuan", "persen");
    set("Indikator Tujuan Target", 0.8);
    const r = readProfile(grid);
    if (isIkuError(r)) throw new Error(r.message);
    expect(r.tujuanUkur).toEqual({ kind: "rasio", target: 0.8, satuan: "persen", polaritas: "positif" });
    expect(validateProfile(r)).toEqual([]);
  });
  test("a bad jenis typed on Profil is refused with its row", () => {
    const grid = gridOf(sheet(buildWorkbook(withTujuan(NILAI), "portable"), "profil"));
    const row = grid.find((r) => r[0] === "Indikator Tujuan Jenis");
    if (row) row[1] = "tebakan";
    const r = readProfile(grid);
    expect(isIkuError(r) ? r.message : "").toMatch(
      /^Lembar Profil baris \d+: Indikator Tujuan Jenis "tebakan"/,
    );
  });
});
