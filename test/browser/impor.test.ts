/**
 * "Impor Survei IKM" in the built task pane (dist/, `npm run build` first), headless Chromium
 * with the fake Excel seeded with Sumbersuko 2020 (it has a Survei IKM sheet): the import
 * chunk is not loaded when the pane opens; checking a Google Forms-style CSV (text answers,
 * U8/U9 swapped, one bad row) shows the mapping and the refused row next to the section; the
 * write button appends the good rows below the filled ones and says where.
 * Screenshot: test-artifacts/taskpane-impor.png.
 */

import fs from "fs";
import path from "path";
import { tempDir } from "../helpers/cli-run";
import { ARTIFACTS, open, startHarness, stopHarness } from "./harness";

jest.setTimeout(180_000);

beforeAll(startHarness);
afterAll(stopHarness);

const CSV =
  "Stempel waktu;Jenis Layanan;U1 Persyaratan;U2;U3;U4;U5;U6;U7;U9 Sarana;U8 Pengaduan;Email\n" +
  "15/09/2020 10:32:11;KTP;Sangat Baik;Baik;;Baik;Baik;Baik;Baik;Tidak Baik;Kurang Baik;a@b\n" +
  "16/09/2020;KK;5;Baik;Baik;Baik;Baik;Baik;Baik;Baik;Baik;\n" +
  "17/09/2020;KTP;1;2;3;4;1;2;3;4;1;\n";

/** Rows of the fake's Survei IKM sheet that hold answers: [row, layanan, U1..U9]. */
async function answeredRows(page: import("playwright-core").Page): Promise<unknown[][]> {
  return page.evaluate(() => {
    type Fake = { cell(sheet: string, a1: string): { value: unknown } | undefined };
    const fake = (window as unknown as { __ikuFakeExcel: Fake }).__ikuFakeExcel;
    const out: unknown[][] = [];
    for (let r = 1; r <= 40; r++) {
      // A rendered empty cell reads "" in the fake: blank either way.
      const u = "HIJKLMNOP".split("").map((c) => fake.cell("Survei IKM", `${c}${r}`)?.value || null);
      if (u.some((v) => typeof v === "number")) out.push([r, fake.cell("Survei IKM", `C${r}`)?.value, ...u]);
    }
    return out;
  });
}

test("check a CSV export → mapping and refused row shown; Tambahkan appends the good rows", async () => {
  const dir = tempDir("iku-impor-browser-");
  const csv = path.join(dir, "survei-google-forms.csv");
  fs.writeFileSync(csv, CSV);
  const { page, problems } = await open({ fake: true, seed: "sumbersuko-2020" });
  const scripts: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "script") scripts.push(new URL(r.url()).pathname);
  });
  await page.locator("#status.info").filter({ hasText: "dibaca dari lembar Profil" }).waitFor();
  await page.locator("#btn-impor-cek:enabled").waitFor();
  expect(scripts.some((s) => /\/impor\./.test(s))).toBe(false);
  expect(await page.locator("#btn-impor-tulis").isVisible()).toBe(false);
  expect(await answeredRows(page)).toEqual([]);

  // No file yet: said next to the section, nothing loaded.
  await page.click("#btn-impor-cek");
  await page.locator("#status.error").filter({ hasText: "Pilih dulu berkas" }).waitFor();

  await page.setInputFiles("#f-impor-file", csv);
  await page.click("#btn-impor-cek");
  await page.locator("#status.info").filter({ hasText: "siap ditambahkan" }).waitFor();
  expect(await page.evaluate(() => document.getElementById("status")?.parentElement?.id)).toBe(
    "status-slot-impor",
  );
  expect(scripts.some((s) => /\/impor\./.test(s))).toBe(true);
  expect(await page.locator("#status-text").textContent()).toMatch(
    /2 baris siap ditambahkan ke Survei IKM mulai baris \d+\. 1 baris ditolak/,
  );
  const items = await page.locator("#status-list li").allTextContents();
  expect(items).toContain('"U9 Sarana" → U9 Sarana dan Prasarana');
  expect(items).toContain('"U8 Pengaduan" → U8 Penanganan Pengaduan, Saran dan Masukan');
  expect(items).toContain('"Email": tidak diimpor (tidak dikenal)');
  const warnings = await page.locator("#status-warnings li").allTextContents();
  expect(warnings).toEqual([expect.stringMatching(/^Baris 3, kolom "U1 Persyaratan": nilai "5"/)]);
  // Nothing is written by the check.
  expect(await answeredRows(page)).toEqual([]);

  const write = page.getByRole("button", { name: "Tambahkan 2 baris" });
  await write.click();
  await page.locator("#status.ok").waitFor();
  expect(await page.locator("#status-text").textContent()).toMatch(
    /^Diimpor 2 baris ke Survei IKM baris \d+–\d+\. 1 baris ditolak/,
  );
  const rows = await answeredRows(page);
  expect(rows.map((r) => r.slice(1))).toEqual([
    ["KTP", 4, 3, null, 3, 3, 3, 3, 2, 1],
    ["KTP", 1, 2, 3, 4, 1, 2, 3, 1, 4],
  ]);
  expect(rows[1][0]).toBe((rows[0][0] as number) + 1);
  expect(await page.locator("#btn-impor-tulis").isVisible()).toBe(false);
  await page.screenshot({ path: path.join(ARTIFACTS, "taskpane-impor.png"), fullPage: true });
  expect(problems).toEqual([]);
  await page.context().close();
});
