/**
 * The indicator editor (issue 10) in the built task pane (dist/, `npm run build` first), in
 * headless Chromium with the fake Excel: open it, add an indicator, change its kind, see the
 * messages next to the fields, fix them, move it up, build, and find it on the IKU sheet.
 */

import path from "path";
import { MEASURE_KINDS, type Measure } from "../../src/core/measure";
import { BUILDABLE_KINDS, kindOfMeasure } from "../../src/core/profile";
import { ARTIFACTS, open, sheetTexts, startHarness, stopHarness } from "./harness";

jest.setTimeout(180_000);

beforeAll(startHarness);
afterAll(stopHarness);

test("add an indicator, change its kind, fix its messages, move it, build: it is on the IKU sheet", async () => {
  const { page, problems } = await open({ fake: true });
  await page.locator("#btn-buat:enabled").waitFor();
  await page.fill("#f-kecamatan", "Randuagung");
  await page.press("#f-kecamatan", "Tab");
  await page.fill("#f-tahun", "2025");
  await page.fill("#f-target-0", "84");
  await page.fill("#f-target-1", "89");
  const secondName = await page.evaluate(
    () => document.querySelector('label[for="f-target-1"]')?.textContent,
  );

  await page.getByRole("button", { name: "Ubah indikator…" }).click();
  await page.locator("section.indikator").nth(1).waitFor();
  expect(await page.locator("section.indikator").count()).toBe(2);
  // The targets typed before opening the editor are kept.
  expect(await page.inputValue("#f-target-0")).toBe("84");
  expect(await page.inputValue("#f-target-1")).toBe("89");
  expect(secondName).toContain(await page.inputValue("#f-ind-1-nama"));
  // Kinds this version cannot build are listed but disabled ("belum tersedia"), from BUILDABLE_KINDS.
  const options = await page.$$eval("#f-ind-0-kind option", (os) =>
    os.map((o) => ({ value: (o as HTMLOptionElement).value, disabled: (o as HTMLOptionElement).disabled })),
  );
  expect(options).toEqual(
    MEASURE_KINDS.map((k) => ({
      value: k.jenis,
      disabled: !BUILDABLE_KINDS.includes(kindOfMeasure({ jenis: k.jenis } as Measure)),
    })),
  );
  expect(await page.textContent("#f-ind-0-kind-hint")).toBe(MEASURE_KINDS[0].penjelasan);

  await page.getByRole("button", { name: "Tambah indikator" }).click();
  await page.locator("section.indikator").nth(2).waitFor();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("f-ind-2-nama");

  await page.selectOption("#f-ind-2-kind", "dokumen-desa");
  const dokdesa = MEASURE_KINDS.find((k) => k.jenis === "dokumen-desa");
  expect(await page.textContent("#f-ind-2-kind-hint")).toBe(dokdesa?.penjelasan);
  await page.locator("#f-ind-2-dokumen").waitFor({ state: "visible" });
  for (const doc of ["RKPDesa", "APBDesa", "LPPDesa"]) await page.uncheck(`#f-ind-2-dokumen-${doc}`);
  await page.fill("#f-target-2", "75");
  await page.fill("#f-nama", "Dra. MAWI MUJAYANTI");
  await page.fill("#f-tempat", "Lumajang");
  await page.fill("#f-tanggal", "2025-01-31");

  await page.click("#btn-buat");
  await page.locator("#status.error").waitFor();
  expect(await page.textContent("#f-ind-2-nama-err")).toContain("Nama indikator IKU ke-3 wajib diisi");
  expect(await page.textContent("#f-ind-2-dokumen-err")).toContain("sedikitnya satu dokumen");
  expect(await page.getAttribute("#f-ind-2-nama", "aria-invalid")).toBe("true");
  expect(await page.locator("#form-errors-list li").count()).toBe(2);
  await page.screenshot({ path: path.join(ARTIFACTS, "indikator-editor-errors.png"), fullPage: true });

  const nama = "Persentase desa yang menyampaikan APBDes tepat waktu";
  await page.fill("#f-ind-2-nama", nama);
  await page.check("#f-ind-2-dokumen-APBDesa");
  await page.getByRole("button", { name: "Naikkan IKU 3" }).click();
  expect(await page.inputValue("#f-ind-1-nama")).toBe(nama);
  expect(await page.inputValue("#f-target-1")).toBe("75");
  expect(await page.isChecked("#f-ind-1-dokumen-APBDesa")).toBe(true);
  expect(await page.isChecked("#f-ind-1-dokumen-RKPDesa")).toBe(false);

  await page.click("#btn-buat");
  await page.locator("#status.ok").waitFor({ timeout: 60_000 });
  expect(await page.locator("#form-errors").isHidden()).toBe(true);
  const texts = await sheetTexts(page, "IKU 2025");
  const at = texts.indexOf(nama);
  expect(at).toBeGreaterThanOrEqual(0);
  // Moved up: before the preset's second indicator, which is still there.
  const old = texts.findIndex((t) => secondName?.includes(t) && t.length > 20);
  expect(old).toBeGreaterThan(at);
  await page.screenshot({ path: path.join(ARTIFACTS, "indikator-editor.png"), fullPage: true });
  expect(problems).toEqual([]);
  await page.context().close();
});
