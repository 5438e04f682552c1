/**
 * Rebuilding with "Buat Lembar IKU" again (issue 13): the generated IKU and Pengukuran sheets
 * are updated in place after one confirmation naming them; data sheets keep every typed cell;
 * a generated sheet changed by hand is kept and the new one gets a suffix.
 */

import type { Profile } from "../../src/core/profile";
import { planRebuild, rebuildQuestion, fingerprintModel } from "../../src/excel/rebuild";
import { renderWorkbook, type RenderOptions } from "../../src/excel/render";
import { createFakeExcel, type FakeExcel } from "../fakes/fake-excel";
import { fakeRowBreaks } from "../fakes/fake-charts";
import { model, preset, sheetOf } from "./helpers";

const small = (p: Profile) => model(p, "addin", { fasilitasiRows: 20, surveiRows: 20 });

async function build(fake: FakeExcel, p: Profile, options: RenderOptions = {}) {
  const questions: string[] = [];
  const report = await fake.run((ctx) =>
    renderWorkbook(ctx, small(p), {
      confirm: (q) => {
        questions.push(q);
        return Promise.resolve(true);
      },
      ...options,
    }),
  );
  return { report, questions };
}

/** All text values of a sheet joined, to look for a profile field. */
const textOf = (fake: FakeExcel, sheet: string): string =>
  [...(fake.sheet(sheet)?.cells.values() ?? [])].map((c) => String(c.value)).join("|");

describe("rebuild in place", () => {
  test("second build replaces IKU and Pengukuran, keeps typed data, reflects the new Profil", async () => {
    const fake = createFakeExcel();
    const first = preset("randuagung-2025");
    await build(fake, first);
    const names = fake.sheetNames();
    // Staff type activities into Fasilitasi.
    const typed = fake.sheet("Fasilitasi")?.cells.get("5,3");
    if (!typed) throw new Error("sel Fasilitasi C5 tidak ada");
    typed.value = "Rapat koordinasi musrenbang";
    const f6 = fake.sheet("Fasilitasi")?.cells.get("5,6");
    if (f6) f6.value = "Ya";

    const changed: Profile = {
      ...first,
      penandatangan: { ...first.penandatangan, nama: "DRS. PENGGANTI BARU, M.Si" },
    };
    const { report, questions } = await build(fake, changed);

    expect(fake.sheetNames()).toEqual(names); // no "IKU 2025 (2)", no second Pengukuran
    expect(report.sheets.find((s) => s.name === "IKU 2025")?.status).toBe("diperbarui");
    expect(report.sheets.find((s) => s.name === "Pengukuran Kinerja")?.status).toBe("diperbarui");
    expect(questions[0]).toBe(
      'Lembar "IKU 2025" dan "Pengukuran Kinerja" akan diperbarui di tempat (isinya diganti dengan ' +
        "susunan baru dari Profil). Lembar data (Fasilitasi, Dokumen Desa, Survei IKM) dan isiannya " +
        'tidak diubah. Lembar "Profil" berisi profil lain (Kecamatan Randuagung, tahun 2025). Timpa ' +
        "dengan profil baru (Kecamatan Randuagung, tahun 2025) dan perbarui lembar itu?",
    );
    expect(questions).toHaveLength(1); // one confirmation for everything replaced
    expect(fake.cell("Fasilitasi", "C5")?.value).toBe("Rapat koordinasi musrenbang");
    expect(fake.cell("Fasilitasi", "F5")?.value).toBe("Ya");
    // The IKU sheet's signature reads Profil through a formula (issue 13): the new signer is in
    // Profil, and neither sheet still holds the old name.
    expect(textOf(fake, "Profil")).toContain("DRS. PENGGANTI BARU, M.Si");
    expect(textOf(fake, "Profil")).not.toContain(first.penandatangan.nama);
    expect(textOf(fake, "IKU 2025")).not.toContain(first.penandatangan.nama);

    // And again: still in place (the fingerprint was renewed with the new content).
    await build(fake, changed);
    expect(fake.sheetNames()).toEqual(names);
  });

  test("a hand-edited IKU sheet is kept; the new one gets a suffix and is replaced next time", async () => {
    const fake = createFakeExcel();
    const p = preset("randuagung-2025");
    await build(fake, p);
    const cell = fake.sheet("IKU 2025")?.cells.get("1,1");
    if (!cell) throw new Error("IKU 2025 A1 tidak ada");
    cell.value = "JUDUL YANG SAYA UBAH";

    const { report, questions } = await build(fake, p);
    expect(fake.cell("IKU 2025", "A1")?.value).toBe("JUDUL YANG SAYA UBAH");
    expect(report.sheets[0]).toEqual({ name: "IKU 2025 (2)", status: "dinamai-ulang" });
    expect(report.sheets[1]).toEqual({ name: "Pengukuran Kinerja", status: "diperbarui" });
    expect(report.warnings).toContain(
      'Lembar "IKU 2025" sudah ada dan sudah diubah sejak dibuat; dibiarkan utuh, lembar baru diberi nama "IKU 2025 (2)".',
    );
    expect(questions[0]).toMatch(/Lembar "IKU 2025" sudah Anda ubah sendiri: dibiarkan/);

    // Third build: "IKU 2025 (2)" is untouched, so it is updated in place — no "(3)".
    const third = await build(fake, p);
    expect(third.report.sheets[0]).toEqual({ name: "IKU 2025 (2)", status: "diperbarui" });
    expect(fake.sheetNames()).not.toContain("IKU 2025 (3)");
  });

  test("no to the confirmation: nothing is replaced, new sheets get suffixes", async () => {
    const fake = createFakeExcel();
    const p = preset("randuagung-2025");
    await build(fake, p);
    const { report } = await build(fake, p, { confirm: () => Promise.resolve(false) });
    expect(report.sheets[0]).toEqual({ name: "IKU 2025 (2)", status: "dinamai-ulang" });
  });

  test("ribbon (replaceUntouched always): replaced without asking; hand-edited still kept", async () => {
    const fake = createFakeExcel();
    const p = preset("randuagung-2025");
    await build(fake, p);
    const asked: string[] = [];
    const ribbon: RenderOptions = {
      replaceUntouched: "always",
      confirm: (q) => (asked.push(q), Promise.resolve(false)),
    };
    const again = await build(fake, p, ribbon);
    expect(again.report.sheets[0]).toEqual({ name: "IKU 2025", status: "diperbarui" });
    expect(asked).toEqual([]);
    const cell = fake.sheet("Pengukuran Kinerja")?.cells.get("1,1");
    if (cell) cell.value = "catatan saya";
    const third = await build(fake, p, ribbon);
    expect(third.report.sheets[1]).toEqual({ name: "Pengukuran Kinerja (2)", status: "dinamai-ulang" });
    expect(fake.cell("Pengukuran Kinerja", "A1")?.value).toBe("catatan saya");
  });

  test("a workbook without fingerprints (built elsewhere) is never replaced", async () => {
    const fake = createFakeExcel();
    const p = preset("randuagung-2025");
    await build(fake, p);
    fake.state.settings.clear();
    const { report, questions } = await build(fake, p);
    expect(questions).toEqual([]);
    expect(report.sheets[0]).toEqual({ name: "IKU 2025 (2)", status: "dinamai-ulang" });
  });
});

describe("page breaks of a sheet rebuilt in place", () => {
  const breaks = (fake: FakeExcel, name: string): number[] => {
    const sheet = fake.sheet(name);
    if (!sheet) throw new Error(`lembar ${name} tidak ada`);
    return [...fakeRowBreaks(sheet)];
  };

  test("rebuilding leaves exactly the breaks of one build, also when the layout moved them", async () => {
    const fake = createFakeExcel();
    const p = preset("sumbersuko-2020");
    const expected = sheetOf(small(p), "iku").page?.rowBreaks;
    expect(expected).toEqual([22]); // the signature break (kept with the last table row)
    await build(fake, p);
    expect(breaks(fake, "IKU 2020")).toEqual([22]);

    // Profil edited (one fungsi fewer): the table moves up a row, so does the break.
    const shorter: Profile = { ...p, fungsi: p.fungsi.slice(0, -1) };
    expect(sheetOf(small(shorter), "iku").page?.rowBreaks).toEqual([21]);
    const second = await build(fake, shorter);
    expect(second.report.sheets[0]).toEqual({ name: "IKU 2020", status: "diperbarui" });
    expect(breaks(fake, "IKU 2020")).toEqual([21]);
    await build(fake, shorter);
    expect(breaks(fake, "IKU 2020")).toEqual([21]);
  });

  test("without page layout (ExcelApi 1.9) nothing is removed or added", async () => {
    const fake = createFakeExcel();
    const p = preset("sumbersuko-2020");
    await build(fake, p);
    const no19 = (set: string, v: string) => !(set === "ExcelApi" && v === "1.9");
    const { report } = await build(fake, p, { isSetSupported: no19 });
    expect(report.sheets[0]).toEqual({ name: "IKU 2020", status: "diperbarui" });
    expect(breaks(fake, "IKU 2020")).toEqual([22]);
  });
});

describe("planRebuild and its question", () => {
  test("replace / hand-edited / create", () => {
    const m = small(preset("sumbersuko-2020"));
    const iku = sheetOf(m, "iku");
    const plan = planRebuild(
      m.sheets,
      [
        { name: "IKU 2020", fingerprint: "lain" },
        { name: "Pengukuran Kinerja", fingerprint: fingerprintModel(sheetOf(m, "pengukuran")) },
      ],
      { "iku 2020": fingerprintModel(iku), "pengukuran kinerja": fingerprintModel(sheetOf(m, "pengukuran")) },
    );
    expect(plan).toEqual({
      replace: [{ model: "Pengukuran Kinerja", sheet: "Pengukuran Kinerja" }],
      handEdited: ["IKU 2020"],
      create: ["Laporan SKM"],
    });
    expect(rebuildQuestion(plan)).toBe(
      'Lembar "Pengukuran Kinerja" akan diperbarui di tempat (isinya diganti dengan susunan baru dari ' +
        "Profil). Lembar data (Fasilitasi, Dokumen Desa, Survei IKM) dan isiannya tidak diubah. " +
        'Lembar "IKU 2020" sudah Anda ubah sendiri: dibiarkan, lembar baru diberi akhiran. Lanjutkan?',
    );
  });
});
