/**
 * The editor's Indikator Tujuan part (issue 10) in the built task pane (dist/, `npm run build`
 * first), in headless Chromium with the fake Excel: choose how the tujuan is measured, see
 * the message next to a bad target, fix it, build, and find the tujuan's rows on the IKU
 * sheet and IKU_Target_Tujuan on Profil.
 */
import path from "path";
import type { Page } from "playwright-core";
import { ARTIFACTS, open, sheetTexts, startHarness, stopHarness } from "./harness";

jest.setTimeout(180_000);

beforeAll(startHarness);
afterAll(stopHarness);

async function hasName(page: Page, name: string): Promise<boolean> {
  return page.evaluate(
    (n) =>
      (
        window as unknown as { __ikuFakeExcel: { state: { names: Map<string, unknown> } } }
      ).__ikuFakeExcel.state.names.has(n),
    name,
  );
}

test("measure the Indikator Tujuan in the editor, fix its target, build: its rows are on the IKU sheet", async () => {
  const { page, problems } = await open({ fake: true });
  await page.locator("#btn-buat:enabled").waitFor();
  await page.fill("#f-kecamatan", "Randuagung");
  await page.press("#f-kecamatan", "Tab");
  await page.fill("#f-tahun", "2025");
  await page.fill("#f-target-0", "84");
  await page.fill("#f-target-1", "89");
  await page.fill("#f-nama", "Dra. MAWI MUJAYANTI");
  await page.fill("#f-tempat", "Lumajang");
  await page.fill("#f-tanggal", "2025-01-31");

  await page.getByRole("button", { name: "Ubah indikator…" }).click();
  await page.locator("#f-tujuan-nama").waitFor();
  expect(await page.inputValue("#f-tujuan-kind")).toBe("");
  expect(await page.locator("#f-tujuan-target").count()).toBe(0);
  await page.fill("#f-tujuan-nama", "Indeks Pelayanan Publik Kecamatan");
  await page.selectOption("#f-tujuan-kind", "nilai");
  await page.locator("#f-tujuan-target").waitFor();
  expect(await page.textContent("#f-tujuan-kind-hint")).toMatch(/Satu nilai diketik per triwulan/);
  await page.selectOption("#f-tujuan-satuan", "nilai");
  await page.fill("#f-tujuan-target", "empat");

  await page.click("#btn-buat");
  await page.locator("#status.error").waitFor();
  expect(await page.textContent("#f-tujuan-target-err")).toMatch(/Isi target Indikator Tujuan dengan angka/);
  expect(await page.getAttribute("#f-tujuan-target", "aria-invalid")).toBe("true");
  await page.screenshot({ path: path.join(ARTIFACTS, "tujuan-editor-errors.png"), fullPage: true });

  await page.fill("#f-tujuan-target", "4,25");
  await page.click("#btn-buat");
  await page.locator("#status.ok").waitFor({ timeout: 60_000 });
  const texts = await sheetTexts(page, "IKU 2025");
  for (const label of [
    "Target Indikator Tujuan",
    "Realisasi Indikator Tujuan",
    "Capaian Indikator Tujuan",
    "Predikat Indikator Tujuan",
  ])
    expect(texts).toContain(label);
  expect(await hasName(page, "iku_target_tujuan")).toBe(true);
  expect(await hasName(page, "iku_masukan_tujuan")).toBe(true);
  const profil = await sheetTexts(page, "Profil");
  expect(profil).toContain("Indikator Tujuan Target");
  // The name typed in the editor is the Profil text the identity block reads.
  expect(profil).toContain("Indeks Pelayanan Publik Kecamatan");
  await page.screenshot({ path: path.join(ARTIFACTS, "tujuan-editor.png"), fullPage: true });
  expect(problems).toEqual([]);
  await page.context().close();
});
