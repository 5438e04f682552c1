/**
 * The ribbon command "buatLembarIku" against the fake Excel, with a minimal Office global
 * (only what commands.ts touches: onReady, actions.associate, addin.showAsTaskpane).
 */

import { createFakeExcel } from "../fakes/fake-excel";
import { presetProfile } from "../../src/core/presets";
import { buildWorkbook } from "../../src/core/workbook/build";
import { renderWorkbook } from "../../src/excel/render";
import type { StatusMessage } from "../../src/taskpane/messages";
import { STATUS_EVENT } from "../../src/taskpane/status";

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
  // A sheet changed by hand is never replaced: the next build puts the new one beside it.
  const a1 = fake.sheet("IKU 2020")?.cells.get("1,1");
  if (a1) a1.value = "diubah";
  await buatLembarIku();
  expect(fake.sheetNames()).toContain("IKU 2020 (2)");
  expect(fake.cell("IKU 2020", "A1")?.value).toBe("diubah");
  expect(showAsTaskpane).not.toHaveBeenCalled();
});

test("the click completes the event once and publishes the result to the pane", async () => {
  await seedPreset("randuagung-2025");
  expect(await click()).toBe(1);
  expect(published).toHaveLength(1);
  expect(published[0].tone).toBe("ok");
  expect(published[0].text).toContain("Selesai");
});

// Error rows: each must still complete the event and put a message in the pane.
test("an unreadable Profil sheet: error in the pane, pane opened, event completed", async () => {
  fake.seedSheet("Profil", [["bukan profil"], [42]]);
  expect(await click()).toBe(1);
  expect(published).toHaveLength(1);
  expect(published[0].tone).toBe("error");
  expect(published[0].text).toContain("lembar Profil");
  expect(showAsTaskpane).toHaveBeenCalled();
});

test("Excel failing mid-way: error in the pane, event completed", async () => {
  const broken = createFakeExcel();
  fake = Object.assign(broken, { run: () => Promise.reject(new Error("sambungan putus")) });
  expect(await click()).toBe(1);
  expect(published[0].tone).toBe("error");
  expect(published[0].text).toContain("sambungan putus");
});
