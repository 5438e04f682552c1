/** readWorkbookProfile: the profile a workbook carries, found by the IKU_Tahun name or the sheet name. */

import { isIkuError } from "../../src/core/errors";
import { readWorkbookProfile } from "../../src/excel/profile-store";
import { renderWorkbook } from "../../src/excel/render";
import { createFakeExcel, type FakeExcel } from "../fakes/fake-excel";
import { model, preset } from "./helpers";

const read = (fake: FakeExcel) => fake.run((ctx) => readWorkbookProfile(ctx));

describe("readWorkbookProfile", () => {
  test.each(["randuagung-2025", "sumbersuko-2020"] as const)(
    "%s: reads back the rendered profile",
    async (name) => {
      const fake = createFakeExcel();
      await fake.run((ctx) => renderWorkbook(ctx, model(preset(name))));
      expect(await read(fake)).toEqual(preset(name));
    },
  );

  test("follows IKU_Tahun to 'Profil (2)' when an unrelated Profil sheet exists", async () => {
    const fake = createFakeExcel();
    fake.seedSheet("Profil", [["Profil pegawai"], ["Nama", "Budi"]]);
    await fake.run((ctx) => renderWorkbook(ctx, model(preset("sumbersuko-2020"))));
    expect(await read(fake)).toEqual(preset("sumbersuko-2020"));
  });

  test("a workbook without a profile → null", async () => {
    const fake = createFakeExcel();
    fake.seedSheet("Sheet1", [["apa saja"]]);
    expect(await read(fake)).toBeNull();
  });

  const bad: [string, unknown[][]][] = [
    ["an unrelated Profil sheet", [["Profil pegawai"], ["Nama", "Budi"]]],
    ["an empty Profil sheet", []],
  ];
  test.each(bad)("%s → an IkuError with a message", async (_what, rows) => {
    const fake = createFakeExcel();
    fake.seedSheet("Profil", rows);
    const result = await read(fake);
    expect(isIkuError(result)).toBe(true);
    expect(isIkuError(result) && result.message.length).toBeGreaterThan(5);
  });
});
