/**
 * "Rekap Kecamatan" in the built task pane (dist/, `npm run build` first), headless Chromium
 * with the fake Excel: the xlsx reader chunk is not loaded when the pane opens, only after
 * the button; picked workbooks (one bad) give a `Rekap 2025` sheet and the Catatan.
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
  expect(scripts.some((s) => /xlsx-read/.test(s))).toBe(false);

  await page.setInputFiles(
    "#f-rekap-files",
    files.map(([name]) => path.join(dir, name)),
  );
  await page.click("#btn-rekap");
  await page.locator("#status.error, #status.ok").first().waitFor({ timeout: 60_000 });
  const status = (await page.locator("#status").textContent()) ?? "";
  expect(status).toMatch(/Rekap 2 kecamatan tahun 2025/);
  expect(status).toMatch(/rusak\.xlsx: .*bukan buku kerja Excel/);
  expect(scripts.some((s) => /xlsx-read/.test(s))).toBe(true);

  const { names, formulas } = await fakeSummary(page);
  expect(names).toEqual(["Rekap 2025"]);
  expect(formulas["Rekap 2025"].filter((f) => /AVERAGE\(/.test(f))).toHaveLength(4);
  await page.screenshot({ path: path.join(ARTIFACTS, "taskpane-rekap.png"), fullPage: true });
  expect(problems).toEqual([]);
  await page.context().close();
});
