/**
 * The shared runtime in one page (dist/taskpane.html, `npm run build` first), headless Chromium
 * with office.js from npm plus a spy (harness OFFICE_SPY) and the fake Excel: the three entry
 * points share one webpack runtime, the custom functions still associate, the ribbon command
 * still runs and shares the pane's busy state, the pane refreshes when shown again, and the
 * on-demand chunks show a loading state next to their button.
 */

import fs from "fs";
import path from "path";
import type { Page, Route } from "playwright-core";
import { DIST, fakeSummary, open, startHarness, stopHarness } from "./harness";

jest.setTimeout(180_000);

beforeAll(startHarness);
afterAll(stopHarness);

type Spy = {
  functions: Record<string, (...a: unknown[]) => unknown>;
  actions: Record<string, (event: { completed(): void }) => void>;
  visibility: ((m: { visibilityMode: string }) => void)[];
  shown: number;
  /** What Office would report now: "Taskpane" or "Hidden". */
  mode: string;
};

/** Office hides or shows the pane: the spy's mode follows, the pane's handlers are called. */
function fireVisibility(page: Page, mode: string): Promise<void> {
  return page.evaluate((m) => {
    const spy = (window as unknown as { __ikuOfficeSpy: Spy }).__ikuOfficeSpy;
    spy.mode = m;
    for (const h of spy.visibility) h({ visibilityMode: m });
  }, mode);
}

/** Runs the ribbon's Buat Lembar IKU the way Office would; resolves when completed() is called. */
function clickRibbon(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const spy = (window as unknown as { __ikuOfficeSpy: Spy }).__ikuOfficeSpy;
        spy.actions.buatLembarIku({ completed: () => resolve() });
      }),
  );
}

/** Holds every request for a lazy chunk (e.g. "lembar") until the returned release is called. */
async function holdChunk(page: Page, name: string): Promise<() => void> {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  await page.route(new RegExp(`/${name}\\.[0-9a-f]+\\.js$`), async (route: Route) => {
    await gate;
    await route.continue();
  });
  return open;
}

const statusSlot = (page: Page): Promise<string | undefined> =>
  page.evaluate(() => document.getElementById("status")?.parentElement?.id);

test("one page: the functions associate, the ribbon command runs, nothing else is loaded", async () => {
  const { page, problems } = await open({ fake: true, seed: "randuagung-2025", officeSpy: true });
  const scripts: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "script") scripts.push(path.basename(new URL(r.url()).pathname));
  });
  await page.locator("#status.info").filter({ hasText: "dibaca dari lembar Profil" }).waitFor();

  const ids = (
    JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8")) as { functions: { id: string }[] }
  ).functions.map((f) => f.id);
  const associated = await page.evaluate(() =>
    Object.keys((window as unknown as { __ikuOfficeSpy: Spy }).__ikuOfficeSpy.functions),
  );
  expect([...associated].sort()).toEqual([...ids].sort());
  const fasilitasi = await page.evaluate(() =>
    (window as unknown as { __ikuOfficeSpy: Spy }).__ikuOfficeSpy.functions.FASILITASI(45, 52),
  );
  expect(fasilitasi as number).toBeCloseTo(45 / 52, 12);
  expect(
    await page.evaluate(() =>
      Object.keys((window as unknown as { __ikuOfficeSpy: Spy }).__ikuOfficeSpy.actions),
    ),
  ).toEqual(["buatLembarIku"]);
  // First paint loaded no on-demand chunk.
  expect(scripts.filter((s) => /^(lembar|konversi|rekap|xlsx-read|pustaka)\./.test(s))).toEqual([]);

  await clickRibbon(page);
  await page.locator("#status.ok").filter({ hasText: "Selesai" }).waitFor();
  expect(await statusSlot(page)).toBe("status-slot-buat");
  // The seeded sheets are untouched since built: the ribbon updates them in place (issue 13).
  expect((await fakeSummary(page)).names.filter((n) => n.startsWith("IKU 2025"))).toEqual(["IKU 2025"]);
  expect(scripts.some((s) => s.startsWith("lembar."))).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { __ikuOfficeSpy: Spy }).__ikuOfficeSpy.shown)).toBe(
    1,
  );
  expect(problems).toEqual([]);
  await page.context().close();
});

test("the ribbon builds while the pane shows its progress; a pane press meanwhile waits", async () => {
  const { page, problems } = await open({ fake: true, seed: "randuagung-2025", officeSpy: true });
  await page.locator("#status.info").filter({ hasText: "dibaca dari lembar Profil" }).waitFor();
  const release = await holdChunk(page, "lembar");
  const ribbon = clickRibbon(page);
  await page.locator("#status.busy").filter({ hasText: "tombol pita" }).waitFor();
  expect(await page.locator("#btn-buat").isDisabled()).toBe(true);
  expect(await page.locator("#btn-rekap").isDisabled()).toBe(true);
  // A submit that still gets through (the buttons are disabled): told to wait, nothing started.
  await page.evaluate(() =>
    document.getElementById("profile-form")?.dispatchEvent(new Event("submit", { cancelable: true })),
  );
  await page.locator("#status").filter({ hasText: "masih berjalan" }).waitFor();
  expect(await page.locator("#status-text").textContent()).toContain(
    '"Membuat lembar IKU" (dari tombol pita)',
  );
  release();
  await ribbon;
  await page.locator("#status.ok").filter({ hasText: "Selesai" }).waitFor();
  expect(await page.locator("#btn-buat").isEnabled()).toBe(true);
  const names = (await fakeSummary(page)).names.filter((n) => n.startsWith("IKU 2025"));
  expect(names).toEqual(["IKU 2025"]); // updated in place, no suffixed copy
  expect(problems).toEqual([]);
  await page.context().close();
});

test("the pane builds; a ribbon click meanwhile is refused, builds nothing, completes", async () => {
  const { page, problems } = await open({ fake: true, seed: "randuagung-2025", officeSpy: true });
  await page.locator("#status.info").filter({ hasText: "dibaca dari lembar Profil" }).waitFor();
  const release = await holdChunk(page, "lembar");
  await page.click("#btn-buat");
  // The loading state of the on-demand chunk, next to the button that started it.
  await page.locator("#status.busy").filter({ hasText: "Memuat penyusun lembar" }).waitFor();
  expect(await statusSlot(page)).toBe("status-slot-buat");
  // Still in view with the pane scrolled back to the top (the form above the button is long).
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = await page.locator("#status").boundingBox();
  const vh = page.viewportSize()?.height ?? 0;
  expect(box !== null && box.y >= 0 && box.y + box.height <= vh).toBe(true);
  await clickRibbon(page); // completes at once: refused, not queued
  expect(
    await page.evaluate(() => (window as unknown as { __ikuLastStatus?: unknown }).__ikuLastStatus),
  ).toBe(undefined);
  release();
  // The pane asks once, naming the sheets, before updating the untouched sheets in place (issue 13).
  const yes = page.getByRole("button", { name: "Ya, timpa" });
  await yes.waitFor();
  expect(await page.locator("#status-text").textContent()).toMatch(
    /^Lembar "IKU 2025" dan "Pengukuran Kinerja" akan diperbarui di tempat .*Lanjutkan\?$/,
  );
  await yes.click();
  await page.locator("#status.ok").filter({ hasText: "Selesai" }).waitFor();
  expect(await page.locator(".confirm").count()).toBe(0); // no second question
  expect(await page.locator("#status-text").textContent()).toMatch(
    /^Selesai: 2 lembar diperbarui, 3 dipakai ulang/,
  );
  const names = (await fakeSummary(page)).names.filter((n) => n.startsWith("IKU 2025"));
  expect(names).toEqual(["IKU 2025"]);
  expect(problems).toEqual([]);
  await page.context().close();
});

test("shown again, the pane refills its form from the workbook (hidden: no refresh)", async () => {
  const { page, problems } = await open({ fake: true, officeSpy: true });
  await page.locator("#btn-buat:enabled").waitFor();
  expect(await page.inputValue("#f-kecamatan")).toBe("");
  // While the pane is hidden, the workbook gets a Profil sheet (another pane, the ribbon, a user).
  await page.evaluate(() =>
    (window as unknown as { __ikuFakeSeedPreset(n: string): Promise<void> }).__ikuFakeSeedPreset(
      "sumbersuko-2020",
    ),
  );
  const fire = (mode: string): Promise<void> => fireVisibility(page, mode);
  expect(
    await page.evaluate(
      () => (window as unknown as { __ikuOfficeSpy: Spy }).__ikuOfficeSpy.visibility.length,
    ),
  ).toBe(1);
  await fire("Hidden");
  await page.waitForTimeout(300);
  expect(await page.inputValue("#f-kecamatan")).toBe("");
  await fire("Taskpane");
  await page.locator("#status.info").filter({ hasText: "dibaca dari lembar Profil" }).waitFor();
  expect(await page.inputValue("#f-kecamatan")).toBe("Sumbersuko");
  expect(await page.inputValue("#f-preset")).toBe("workbook");
  expect(problems).toEqual([]);
  await page.context().close();
});

test("a ribbon build while the pane is hidden: the pane it opens shows the result, form refilled", async () => {
  const { page, problems } = await open({ fake: true, seed: "sumbersuko-2020", officeSpy: true });
  await page.locator("#status.info").filter({ hasText: "dibaca dari lembar Profil" }).waitFor();
  await fireVisibility(page, "Hidden");
  // The ribbon ends by opening the pane: for a hidden pane, a "shown again" refresh (re-read of
  // the Profil sheet) that must not replace the ribbon's result.
  await clickRibbon(page);
  expect(await page.evaluate(() => (window as unknown as { __ikuOfficeSpy: Spy }).__ikuOfficeSpy.mode)).toBe(
    "Taskpane",
  );
  await page.waitForFunction(() => {
    const status = document.getElementById("status");
    return status?.classList.contains("ok") && status.parentElement?.id === "status-slot-buat";
  });
  await page.locator("#btn-buat:enabled").waitFor();
  expect(await page.locator("#status-text").textContent()).toMatch(/^Selesai: 3 lembar diperbarui/); // IKU, Pengukuran, Laporan SKM
  expect(await page.inputValue("#f-kecamatan")).toBe("Sumbersuko");
  expect(problems).toEqual([]);
  await page.context().close();
});

test("Konversi formula: the converter loads on demand with a visible loading state", async () => {
  const { page, problems } = await open({ fake: true, seed: "randuagung-2025" });
  await page.locator("#status.info").filter({ hasText: "dibaca dari lembar Profil" }).waitFor();
  const release = await holdChunk(page, "konversi");
  await page.click("#btn-portable");
  const busy = page.locator("#status.busy").filter({ hasText: "Memuat konversi formula" });
  await busy.waitFor();
  expect(await busy.isVisible()).toBe(true);
  expect(await statusSlot(page)).toBe("status-slot-konversi");
  release();
  await page.locator("#status.ok").filter({ hasText: "formula Excel standar" }).waitFor();
  expect(problems).toEqual([]);
  await page.context().close();
});
