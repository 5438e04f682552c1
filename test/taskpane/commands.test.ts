/**
 * The ribbon command "buatLembarIku" against the fake Excel, with a minimal Office global
 * (only what commands.ts touches: onReady, actions.associate, addin.showAsTaskpane).
 */

import { createFakeExcel } from "../fakes/fake-excel";
import { presetProfile } from "../../src/core/presets";
import { lumajangProfile } from "../../src/core/wilayah";
import { isIkuError } from "../../src/core/errors";
import { buildWorkbook } from "../../src/core/workbook/build";
import { renderWorkbook } from "../../src/excel/render";
import type { StatusMessage } from "../../src/taskpane/messages";
import { STATUS_EVENT, lastStatus, takeLastStatus } from "../../src/taskpane/status";
import { runningAction, tryBegin } from "../../src/taskpane/busy";

type Handler = (event: { completed: () => void }) => void;

const showAsTaskpane = jest.fn(() => Promise.resolve());
const handlers = new Map<string, Handler>();
let fake = createFakeExcel();
const published: StatusMessage[] = [];

// A window with just the parts the command and its status channel use.
const win = Object.assign(new EventTarget(), {
  localStorage: { getItem: () => null, setItem: () => undefined },
});
// A getter (not a copied value), so each test's fresh fake is the one the command finds.
Object.defineProperty(win, "__ikuFakeExcel", { get: () => fake });
win.addEventListener(STATUS_EVENT, (ev) => published.push((ev as CustomEvent<StatusMessage>).detail));
Object.assign(globalThis, {
  window: win,
  Office: {
    onReady: (cb: () => void) => {
      cb();
      return Promise.resolve();
    },
    actions: { associate: (id: string, fn: Handler) => handlers.set(id, fn) },
    addin: { showAsTaskpane },
  },
});

let buatLembarIku: () => Promise<StatusMessage>;

beforeAll(async () => {
  ({ buatLembarIku } = await import("../../src/commands/commands"));
});

beforeEach(() => {
  fake = createFakeExcel();
  showAsTaskpane.mockClear();
  published.length = 0;
});

async function seedPreset(name: string): Promise<void> {
  const p = presetProfile(name);
  if (!p) throw new Error(name);
  const model = buildWorkbook(p, "addin");
  await fake.run((ctx) => renderWorkbook(ctx, model));
}

/** Runs the registered ribbon handler the way Office would and waits for completed(). */
function click(): Promise<number> {
  const handler = handlers.get("buatLembarIku");
  if (!handler) throw new Error("buatLembarIku tidak terdaftar");
  return new Promise((resolve) => {
    let calls = 0;
    handler({
      completed: () => {
        calls++;
        setTimeout(() => resolve(calls), 0);
      },
    });
  });
}

test("the handler is registered under the manifest's FunctionName", () => {
  expect([...handlers.keys()]).toEqual(["buatLembarIku"]);
});

test("no Profil sheet: opens the pane, builds nothing", async () => {
  const msg = await buatLembarIku();
  expect(msg.tone).toBe("info");
  expect(msg.text).toContain("belum punya lembar Profil");
  expect(showAsTaskpane).toHaveBeenCalledTimes(1);
  expect(fake.sheetNames()).toEqual([]);
});

test("with a Profil sheet: rebuilds from it without a dialog, untouched IKU sheets in place", async () => {
  await seedPreset("sumbersuko-2020");
  const before = fake.sheetNames();
  expect(before).toContain("IKU 2020");
  const msg = await buatLembarIku();
  expect(msg.tone).toBe("ok");
  expect(fake.sheetNames()).toEqual(before);
  expect(msg.items).toContain("IKU 2020: diperbarui di tempat");
  // The headline counts them as updated, not created (issue 13): IKU, Pengukuran, Laporan SKM.
  expect(msg.items).toContain("Laporan SKM: diperbarui di tempat");
  expect(msg.text).toMatch(/^Selesai: 3 lembar diperbarui, \d+ dipakai ulang/);
  expect(msg.text).not.toContain("dibuat");
  // A sheet changed by hand is never replaced: the next build puts the new one beside it.
  const a1 = fake.sheet("IKU 2020")?.cells.get("1,1");
  if (a1) a1.value = "diubah";
  await buatLembarIku();
  expect(fake.sheetNames()).toContain("IKU 2020 (2)");
  expect(fake.cell("IKU 2020", "A1")?.value).toBe("diubah");
  expect(showAsTaskpane).not.toHaveBeenCalled();
});

test("a kecamatan without preset targets: the ribbon's result says which targets are empty", async () => {
  const p = lumajangProfile("Senduro", 2025);
  if (isIkuError(p)) throw new Error(p.message);
  expect(p.indicators.every((i) => i.target === null)).toBe(true);
  await fake.run((ctx) => renderWorkbook(ctx, buildWorkbook(p, "addin")));
  const msg = await buatLembarIku();
  expect(msg.tone).toBe("ok");
  expect(msg.warnings).toEqual([
    expect.stringMatching(/^Target belum diisi \(IKU 1, IKU 2\) — isi di lembar Profil/),
  ]);
  // A preset with its targets: no such warning.
  fake = createFakeExcel();
  await seedPreset("randuagung-2025");
  expect((await buatLembarIku()).warnings ?? []).toEqual([]);
});

/** The last message the command published (what the pane ends up showing). */
function result(): StatusMessage {
  const last = published[published.length - 1];
  if (!last) throw new Error("nothing published");
  return last;
}

test("the click publishes progress, then the result, opens the pane and completes once", async () => {
  await seedPreset("randuagung-2025");
  expect(await click()).toBe(1);
  expect(published.slice(0, -1).every((m) => m.tone === "busy")).toBe(true);
  expect(published[0].text).toContain("dari tombol pita");
  expect(result().tone).toBe("ok");
  expect(result().text).toContain("Selesai");
  // The result is shown in the pane: it is opened even on success.
  expect(showAsTaskpane).toHaveBeenCalledTimes(1);
  expect(runningAction()).toBeNull();
});

test("while the pane builds, a click waits: nothing built, a 'tunggu' message, event completed", async () => {
  await seedPreset("randuagung-2025");
  const before = fake.sheetNames();
  const release = tryBegin({ label: "Membuat lembar IKU", source: "panel" });
  if (!release) throw new Error("busy state not free");
  try {
    expect(await click()).toBe(1);
  } finally {
    release();
  }
  expect(published).toHaveLength(1);
  expect(result().tone).toBe("info");
  expect(result().text).toContain('"Membuat lembar IKU" (dari panel) masih berjalan');
  expect(fake.sheetNames()).toEqual(before);
});

test("two clicks at once: the second waits, the first builds once", async () => {
  await seedPreset("randuagung-2025");
  const [a, b] = await Promise.all([click(), click()]);
  expect([a, b]).toEqual([1, 1]);
  const texts = published.filter((m) => m.tone !== "busy").map((m) => m.tone);
  expect(texts.sort()).toEqual(["info", "ok"]);
  // One "ok" and one "info" above prove a single build; the ribbon updates the untouched seeded
  // sheet in place (issue 13), so no suffixed copy appears.
  expect(fake.sheetNames().filter((n) => n.startsWith("IKU 2025"))).toEqual(["IKU 2025"]);
});

// Error rows: each must still complete the event and put a message in the pane.
test("an unreadable Profil sheet: error in the pane, pane opened, event completed", async () => {
  fake.seedSheet("Profil", [["bukan profil"], [42]]);
  expect(await click()).toBe(1);
  expect(result().tone).toBe("error");
  expect(result().text).toContain("lembar Profil");
  expect(showAsTaskpane).toHaveBeenCalled();
  expect(runningAction()).toBeNull();
});

test("Excel failing mid-way: error in the pane, event completed, busy state released", async () => {
  const broken = createFakeExcel();
  fake = Object.assign(broken, { run: () => Promise.reject(new Error("sambungan putus")) });
  expect(await click()).toBe(1);
  expect(result().tone).toBe("error");
  expect(result().text).toContain("sambungan putus");
  expect(runningAction()).toBeNull();
});

test("the last ribbon message waits for a pane that opens later, and is taken once", async () => {
  await seedPreset("randuagung-2025");
  await click();
  expect(lastStatus()?.text).toContain("Selesai");
  expect(takeLastStatus()?.text).toContain("Selesai");
  expect(takeLastStatus()).toBeUndefined();
});

test("a Profil table with two daftar rows on one sheet: refused with the row, nothing built", async () => {
  const p = presetProfile("randuagung-2025");
  if (!p) throw new Error("preset");
  // As a user adds a row to the Profil table without its own Nama Lembar: the default log.
  const twice = { ...p, indicators: [...p.indicators, { ...p.indicators[0], nama: "Persentase pengaduan" }] };
  await fake.run((ctx) => renderWorkbook(ctx, buildWorkbook(twice, "addin")));
  const before = fake.sheetNames();
  const msg = await buatLembarIku();
  expect(msg.tone).toBe("error");
  expect(msg.text).toContain(
    'Lembar Profil, tabel indikator No. 3: Lembar "Fasilitasi" IKU ke-3 sudah dipakai',
  );
  expect(showAsTaskpane).toHaveBeenCalledTimes(1);
  expect(fake.sheetNames()).toEqual(before);
});
