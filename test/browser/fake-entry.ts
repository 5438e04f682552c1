/**
 * Browser bundle of the fake Excel for the Chromium test (bundled by taskpane.test.ts with
 * webpack's Node API, injected with page.addInitScript before the page's own scripts).
 * Installs it as window.__ikuFakeExcel, where src/excel/host.ts getExcelRunner() finds it.
 * When window.__ikuFakeSeed names a preset, that preset's workbook is rendered into the fake
 * first, so the pane opens on a workbook that already has a Profil sheet; "profil-rusak" seeds
 * a Profil sheet that cannot be read as a profile.
 */

import { createFakeExcel } from "../fakes/fake-excel";
import { presetProfile } from "../../src/core/presets";
import { buildWorkbook } from "../../src/core/workbook/build";
import { renderWorkbook } from "../../src/excel/render";

type FakeWindow = Window & {
  __ikuFakeExcel?: ReturnType<typeof createFakeExcel>;
  __ikuFakeSeed?: string;
  __ikuFakeSeeded?: Promise<void>;
  /** Renders a preset's workbook into the fake later (a change made while the pane was hidden). */
  __ikuFakeSeedPreset?: (name: string) => Promise<void>;
};

const w = window as FakeWindow;
const fake = createFakeExcel();
w.__ikuFakeExcel = fake;
// "profil-rusak": a Profil sheet that is not an IKU profile (the pane must say so, not fail).
if (w.__ikuFakeSeed === "profil-rusak") fake.seedSheet("Profil", [["Catatan rapat"], ["bukan profil IKU"]]);
const seed = w.__ikuFakeSeed ? presetProfile(w.__ikuFakeSeed) : undefined;
if (seed) {
  const model = buildWorkbook(seed, "addin");
  w.__ikuFakeSeeded = fake.run((ctx) => renderWorkbook(ctx, model)).then(() => undefined);
}
w.__ikuFakeSeedPreset = async (name) => {
  const p = presetProfile(name);
  if (!p) throw new Error(`preset ${name} tidak ada`);
  const model = buildWorkbook(p, "addin");
  await fake.run((ctx) => renderWorkbook(ctx, model));
};
