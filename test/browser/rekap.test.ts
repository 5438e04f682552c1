/**
 * "Rekap Kecamatan" in the built task pane (dist/, `npm run build` first), headless Chromium
 * with the fake Excel: the recap and xlsx reader chunks are not loaded when the pane opens,
 * only after the button; the progress shows next to the button and stays in view; picked
 * workbooks (one bad) give a `Rekap 2025` sheet, the accepted files as success and the bad one
 * as a warning. Screenshots during and after: test-artifacts/taskpane-rekap-berjalan.png,
 * taskpane-rekap.png (viewport) and taskpane-rekap-penuh.png (whole pane).
 */

import fs from "fs";
import path from "path";
import { tempDir } from "../helpers/cli-run";
import { bytesOf, filledExcelJs } from "../helpers/rekap-files";
import { profileOf } from "../helpers/profiles";
import { ARTIFACTS, fakeSummary, open, startHarness, stopHarness } from "./harness";

jest.setTimeout(180_000);

beforeAll(startHarness);
afterAll(stopHarness);

test("pick three workbooks (one broken) → Rekap 2025 sheet, Catatan, reader loaded lazily", async () => {
  const dir = tempDir("iku-rekap-browser-");
  const files = [
    ["IKU-Senduro-2025.xlsx", await bytesOf(filledExcelJs(profileOf("Senduro"), 71).wb)],
    ["IKU-Klakah-2025.xlsx", await bytesOf(filledExcelJs(profileOf("Klakah"), 72).wb)],
    ["rusak.xlsx", Buffer.from("PK\u0003\u0004 bukan zip yang utuh")],
  ] as const;
  for (const [name, bytes] of files) fs.writeFileSync(path.join(dir, name), bytes);

  const { page, problems } = await open({ fake: true });
  const scripts: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "script") scripts.push(new URL(r.url()).pathname);
  });
  await page.locator("#btn-rekap:enabled").waitFor();
  expect(scripts.some((s) => /xlsx-read|rekap\./.test(s))).toBe(false);

  // Hold the xlsx reader chunk: the recap stays "during" long enough to look at it.
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/xlsx-read\.[0-9a-f]+\.js$/, async (route) => {
    await gate;
    await route.continue();
  });
  await page.setInputFiles(
    "#f-rekap-files",
    files.map(([name]) => path.join(dir, name)),
  );
  await page.click("#btn-rekap");
  const busy = page.locator("#status.busy").filter({ hasText: "Memuat pembaca berkas Excel" });
  await busy.waitFor();
  // Next to the button that started it, and still in view when the pane is scrolled away.
  expect(await page.evaluate(() => document.getElementById("status")?.parentElement?.id)).toBe(
    "status-slot-rekap",
  );
  await page.evaluate(() => window.scrollTo(0, 0));
  /** The whole status box (whole: true) or at least its headline is inside the viewport. */
  const inView = async (whole = true): Promise<boolean> => {
    const box = await page.locator(whole ? "#status" : "#status-text").boundingBox();
    const vh = page.viewportSize()?.height ?? 0;
    return box !== null && box.y >= 0 && box.y + box.height <= vh;
  };
  expect(await inView()).toBe(true);
  await page.screenshot({ path: path.join(ARTIFACTS, "taskpane-rekap-berjalan.png") });
  release();

  await page.locator("#status.error, #status.ok").first().waitFor({ timeout: 60_000 });
  // Partly successful: a success (green), the accepted files listed, the refused one a warning.
  expect(await page.locator("#status").getAttribute("class")).toBe("status ok");
  expect(await page.locator("#status-text").textContent()).toMatch(
    /Rekap 2 kecamatan tahun 2025.*1 berkas ditolak/,
  );
  const items = await page.locator("#status-list li").allTextContents();
  expect(items.filter((i) => i.startsWith("Diterima"))).toHaveLength(2);
  const warnings = await page.locator("#status-warnings li").allTextContents();
  expect(warnings).toEqual([expect.stringMatching(/^Ditolak — rusak\.xlsx: .*bukan buku kerja Excel/)]);
  const colors = await page.evaluate(() => ({
    warning: getComputedStyle(document.querySelector("#status-warnings li") as Element).color,
    text: getComputedStyle(document.getElementById("status-text") as Element).color,
  }));
  expect(colors.warning).toBe("rgb(138, 55, 7)"); // --warn, amber
  expect(colors.text).not.toBe("rgb(177, 14, 28)"); // not --error red
  expect(scripts.some((s) => /xlsx-read/.test(s))).toBe(true);
  // The result (longer than the viewport at 320 px) is shown from its headline.
  expect(await inView(false)).toBe(true);

  const { names, formulas } = await fakeSummary(page);
  expect(names).toEqual(["Rekap 2025", "Grafik Rekap 2025"]);
  expect(formulas["Rekap 2025"].filter((f) => /AVERAGE\(/.test(f))).toHaveLength(4);
  await page.screenshot({ path: path.join(ARTIFACTS, "taskpane-rekap.png") });
  await page.screenshot({ path: path.join(ARTIFACTS, "taskpane-rekap-penuh.png"), fullPage: true });
  expect(problems).toEqual([]);
  await page.context().close();
});
