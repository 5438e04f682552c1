/**
 * The indicator editor's cards fold (issue 10, 320 px pane): a folded card shows "IKU n — nama"
 * and hides its fields, stays folded when moved, "Ringkas semua" folds and opens every card,
 * and a field with an error opens its card so the message is seen. Built pane (dist/, `npm
 * run build` first) in headless Chromium with the fake Excel.
 */
import path from "path";
import { ARTIFACTS, open, startHarness, stopHarness } from "./harness";

jest.setTimeout(180_000);

beforeAll(startHarness);
afterAll(stopHarness);

test("fold, move folded, fold all, and an error opens its card", async () => {
  const { page, problems } = await open({ fake: true });
  await page.locator("#btn-buat:enabled").waitFor();
  await page.fill("#f-kecamatan", "Randuagung");
  await page.press("#f-kecamatan", "Tab");
  await page.fill("#f-tahun", "2025");
  await page.getByRole("button", { name: "Ubah indikator…" }).click();
  await page.locator("section.indikator").nth(1).waitFor();
  const first = await page.inputValue("#f-ind-0-nama");
  const openHeight = await page.evaluate(() => document.documentElement.scrollHeight);

  const toggle0 = page.getByRole("button", { name: "Rincian IKU 1" });
  expect(await toggle0.getAttribute("aria-expanded")).toBe("true");
  await toggle0.click();
  expect(await toggle0.getAttribute("aria-expanded")).toBe("false");
  expect(await page.isVisible("#f-ind-0-nama")).toBe(false);
  expect(await page.isVisible("#f-ind-1-nama")).toBe(true);
  expect(await page.textContent("section.indikator[data-index='0'] h3")).toBe(`IKU 1 — ${first}`);

  // Moved down, the folded card stays folded and keeps its fields' values.
  await page.getByRole("button", { name: "Turunkan IKU 1" }).click();
  expect(await page.inputValue("#f-ind-1-nama")).toBe(first);
  expect(await page.isVisible("#f-ind-1-nama")).toBe(false);
  expect(await page.isVisible("#f-ind-0-nama")).toBe(true);
  expect(await page.getByRole("button", { name: "Rincian IKU 2" }).getAttribute("aria-expanded")).toBe(
    "false",
  );

  // Fold all, measure, then an error in a folded card opens it.
  await page.fill("#f-ind-0-nama", "");
  await page.getByRole("button", { name: "Ringkas semua indikator" }).click();
  expect(await page.locator("section.indikator.collapsed").count()).toBe(2);
  const foldedHeight = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(foldedHeight).toBeLessThan(openHeight);
  console.log(`tinggi panel 320 px: terbuka ${openHeight} px, diringkas ${foldedHeight} px`);
  await page.screenshot({ path: path.join(ARTIFACTS, "indikator-ringkas.png"), fullPage: true });
  await page.click("#btn-buat");
  await page.locator("#status.error").waitFor();
  expect(await page.isVisible("#f-ind-0-nama-err")).toBe(true);
  expect(await page.textContent("#f-ind-0-nama-err")).toContain("Nama indikator IKU ke-1 wajib diisi");
  expect(await page.getByRole("button", { name: "Rincian IKU 1" }).getAttribute("aria-expanded")).toBe(
    "true",
  );
  expect(await page.isVisible("#f-ind-1-nama")).toBe(false); // the card without an error stays folded
  expect(problems).toEqual([]);
  await page.context().close();
});
