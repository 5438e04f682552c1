/**
 * The built task pane (dist/, `npm run build` first) in headless Debian Chromium: outside
 * Office, with the fake Excel building a workbook, opening on a workbook that has a Profil
 * sheet, and keyboard order. office.js is served from node_modules (the CDN is routed there).
 */

import path from "path";
import { measure } from "../../scripts/bench/40-taskpane-size";
import {
  ARTIFACTS,
  CDN,
  DIST,
  OFFICE_TELEMETRY,
  fakeSummary,
  open,
  startHarness,
  stopHarness,
} from "./harness";

jest.setTimeout(180_000);

beforeAll(startHarness);
afterAll(stopHarness);

test("outside Office: a clear note, building disabled, no console errors", async () => {
  const { page, problems } = await open({ fake: false });
  await page.locator("#outside-note").waitFor({ state: "visible" });
  expect(await page.locator("#outside-note").textContent()).toContain("Buka panel ini dari Excel");
  expect(await page.locator("#btn-buat").isDisabled()).toBe(true);
  expect(await page.locator("#btn-portable").isDisabled()).toBe(true);
  expect(await page.locator("#kecamatan-list option").count()).toBe(21);
  // office.js keeps working for a few seconds after load; late errors must show up too.
  await page.waitForTimeout(3000);
  // office.js framed its telemetry proxy and the CSP let it (a block is a console error).
  expect(page.frames().some((f) => f.url().startsWith(OFFICE_TELEMETRY))).toBe(true);
  expect(problems.filter((p) => /Content Security Policy|CSP:/i.test(p))).toEqual([]);
  expect(problems).toEqual([]);
  await page.context().close();
});

test("with the fake Excel: fill the form, Buat → IKU, data and Profil sheets with formulas", async () => {
  const { page, problems } = await open({ fake: true });
  await page.locator("#btn-buat:enabled").waitFor();
  expect(await page.locator("#outside-note").isHidden()).toBe(true);

  await page.fill("#f-kecamatan", "Randuagung");
  await page.press("#f-kecamatan", "Tab"); // commits the value: the change event
  await page.fill("#f-tahun", "2025");
  await page.fill("#f-target-0", "84");
  // A kecamatan without a preset gets no made-up signing date (issue 13): typed below.
  expect(await page.inputValue("#f-tanggal")).toBe("");
  await page.fill("#f-target-1", "89");
  await page.fill("#f-nama", "Dra. MAWI MUJAYANTI");
  await page.fill("#f-nip", "19680901 199202 2 002");
  expect(await page.inputValue("#f-jabatan")).toBe("Camat Randuagung");
  await page.fill("#f-tempat", "Lumajang");
  await page.fill("#f-tanggal", "2025-01-31");
  await page.click("#btn-buat");
  await page.locator("#status.ok").waitFor({ timeout: 60_000 });

  const status = await page.locator("#status").textContent();
  expect(status).toContain("Selesai");
  const { names, formulas } = await fakeSummary(page);
  for (const sheet of ["IKU 2025", "Fasilitasi", "Dokumen Desa", "Profil"]) {
    expect(names).toContain(sheet);
    expect(status).toContain(sheet);
  }
  expect(names).not.toContain("Survei IKM");
  expect(formulas["IKU 2025"].some((f) => f.includes("IKU.FASILITASI"))).toBe(true);
  expect(formulas["IKU 2025"].some((f) => f.includes("IKU.CAPAIAN"))).toBe(true);
  expect(formulas["Dokumen Desa"].length).toBeGreaterThanOrEqual(12);

  await page.screenshot({ path: path.join(ARTIFACTS, "taskpane.png"), fullPage: true });

  // Konversi formula: to built-in functions and back, with counts in the status.
  const addinFormulas = Object.values(formulas)
    .flat()
    .filter((f) => /IKU\./.test(f)).length;
  expect(addinFormulas).toBeGreaterThan(0);
  await page.click("#btn-portable");
  await page.locator("#status.ok").filter({ hasText: "formula Excel standar" }).waitFor();
  const portable = await fakeSummary(page);
  expect(
    Object.values(portable.formulas)
      .flat()
      .filter((f) => /IKU\./.test(f)),
  ).toEqual([]);
  expect(await page.locator("#status-text").textContent()).toMatch(
    /^\d+ formula diubah ke formula Excel standar\.$/,
  );
  await page.click("#btn-addin");
  await page.locator("#status.ok").filter({ hasText: "fungsi IKU" }).waitFor();
  const back = await fakeSummary(page);
  expect(back.formulas["IKU 2025"]).toEqual(formulas["IKU 2025"]);
  expect(problems).toEqual([]);
  await page.context().close();
});

test("errors from the core check appear next to their fields", async () => {
  const { page, problems } = await open({ fake: true });
  await page.locator("#btn-buat:enabled").waitFor();
  await page.fill("#f-kecamatan", "Randuagong");
  await page.fill("#f-tahun", "20x5");
  await page.fill("#f-nip", "123");
  await page.click("#btn-buat");
  await page.locator("#status.error").waitFor();
  expect(await page.locator("#f-kecamatan-err").textContent()).toContain("Randuagung");
  expect(await page.locator("#f-tahun-err").textContent()).toContain("Isi tahun");
  expect(await page.locator("#f-nip").getAttribute("aria-invalid")).toBe("true");
  expect(await page.locator("#f-nip-err").isVisible()).toBe(true);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("f-kecamatan");
  // The summary above the button: the form's order, one line per field, no label said twice.
  const summary = await page.locator("#form-errors-list li").allTextContents();
  expect(summary).toHaveLength(3);
  expect(summary[0]).toMatch(/^Kecamatan "Randuagong" tidak ada/);
  expect(summary[1]).toMatch(/^Isi tahun dengan angka/);
  expect(summary[2]).toMatch(/^NIP harus 18 angka/);
  // The status of a refused build sits next to the Buat button.
  expect(await page.evaluate(() => document.getElementById("status")?.parentElement?.id)).toBe(
    "status-slot-buat",
  );
  const { names } = await fakeSummary(page);
  expect(names).toEqual([]);
  await page.screenshot({ path: path.join(ARTIFACTS, "taskpane-errors.png"), fullPage: true });
  expect(problems).toEqual([]);
  await page.context().close();
});

test("on open, a workbook's Profil sheet fills the form", async () => {
  const { page, problems } = await open({ fake: true, seed: "sumbersuko-2020" });
  await page.locator("#status.info").filter({ hasText: "dibaca dari lembar Profil" }).waitFor();
  expect(await page.inputValue("#f-kecamatan")).toBe("Sumbersuko");
  expect(await page.inputValue("#f-tahun")).toBe("2020");
  expect(await page.inputValue("#f-preset")).toBe("workbook");
  expect(await page.locator("#targets input").count()).toBe(3);
  expect(await page.inputValue("#f-nama")).toBe("Dra. HERTUTIK, M.Si");
  expect(problems).toEqual([]);
  await page.context().close();
});

test("on open, an unreadable Profil sheet is reported in the pane, the form stays usable", async () => {
  const { page, problems } = await open({ fake: true, seed: "profil-rusak" });
  await page.locator("#status.error").waitFor();
  expect(await page.locator("#status-text").textContent()).toContain("Profil buku kerja tidak terbaca");
  expect(await page.locator("#btn-buat").isEnabled()).toBe(true);
  expect(await page.inputValue("#f-kecamatan")).toBe("");
  expect(await page.locator("#f-preset option[value=workbook]").count()).toBe(0);
  expect(problems).toEqual([]);
  await page.context().close();
});

test("a different Profil sheet is overwritten only after the user says yes in the pane", async () => {
  const { page, problems } = await open({ fake: true, seed: "sumbersuko-2020" });
  await page.locator("#status.info").filter({ hasText: "dibaca dari lembar Profil" }).waitFor();
  await page.selectOption("#f-preset", "randuagung-2025");
  expect(await page.inputValue("#f-kecamatan")).toBe("Randuagung");
  expect(await page.locator("#targets input").count()).toBe(2);

  await page.click("#btn-buat");
  const no = page.getByRole("button", { name: "Tidak, pertahankan" });
  await no.waitFor();
  expect(await page.locator("#status-text").textContent()).toContain("Timpa dengan profil baru");
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Tidak, pertahankan");
  await page.screenshot({ path: path.join(ARTIFACTS, "taskpane-confirm.png") });
  await no.click();
  await page.locator("#status.ok").waitFor();
  expect(await page.locator("#status").textContent()).toContain("dipertahankan");

  await page.click("#btn-buat");
  await page.getByRole("button", { name: "Ya, timpa" }).click();
  await page.locator("#status.ok").waitFor();
  expect(await page.locator("#status").textContent()).toContain("ditimpa dengan profil baru");
  const { names } = await fakeSummary(page);
  expect(names).toEqual(expect.arrayContaining(["IKU 2020", "IKU 2025", "Profil"]));
  expect(names.filter((n) => n.startsWith("Profil"))).toEqual(["Profil"]);
  expect(problems).toEqual([]);
  await page.context().close();
});

test("keyboard: Tab goes through the form in order and reaches Buat Lembar IKU", async () => {
  const { page, problems } = await open({ fake: true });
  await page.locator("#btn-buat:enabled").waitFor();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const order: string[] = [];
  for (let i = 0; i < 40 && !order.includes("btn-buat"); i++) {
    await page.keyboard.press("Tab");
    const id = await page.evaluate(() => document.activeElement?.id ?? "");
    if (id !== "" && order[order.length - 1] !== id) order.push(id);
  }
  expect(order).toEqual([
    "f-preset",
    "f-kecamatan",
    "f-tahun",
    "f-target-0",
    "f-target-1",
    "f-nama",
    "f-nip",
    "f-jabatan",
    "f-tempat",
    "f-tanggal",
    "f-mode-addin",
    "btn-buat",
  ]);
  // Visible focus: the focused button has an outline.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
  expect(outline).toBe("solid");
  expect(problems).toEqual([]);
  await page.context().close();
});

test("first paint: under 40 KB gzip of our JS, only the entry points and the shared chunk, no ExcelJS", () => {
  const m = measure(DIST);
  // Page order: the webpack runtime's entry (functions.js) first, then the one shared chunk.
  expect(m.ours.map((o) => o.file)).toEqual(["functions.js", "shared.js", "commands.js", "taskpane.js"]);
  expect(m.goalKb).toBe(40);
  expect(m.oursGzip).toBeLessThan(40 * 1024);
  expect(m.hasExcelJs).toBe(false);
  expect(m.external.map((e) => e.file)).toEqual([`${CDN}office.js`]);
  // What the first screen does not need is on demand, each chunk named after its action.
  const lazy = m.lazy.map((l) => l.file.split(".")[0]);
  expect(lazy).toEqual(expect.arrayContaining(["lembar", "konversi", "rekap", "xlsx-read", "pustaka"]));
});
