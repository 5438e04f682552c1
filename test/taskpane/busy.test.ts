/**
 * The one busy state of the pane and the ribbon (src/taskpane/busy.ts): a second action is
 * refused while the first runs, release is idempotent, listeners see start and end.
 */
import { busyMessage, onBusyChange, runningAction, tryBegin } from "../../src/taskpane/busy";

test("one action at a time; the second gets null until the first releases", () => {
  const seen: (string | null)[] = [];
  const off = onBusyChange((a) => seen.push(a ? `${a.source}:${a.label}` : null));
  const release = tryBegin({ label: "Membuat lembar IKU", source: "pita" });
  expect(release).not.toBeNull();
  expect(runningAction()).toEqual({ label: "Membuat lembar IKU", source: "pita" });
  expect(tryBegin({ label: "Membuat rekap kecamatan", source: "panel" })).toBeNull();
  release?.();
  release?.(); // twice: no effect, no second notification
  expect(runningAction()).toBeNull();
  const again = tryBegin({ label: "Membuat rekap kecamatan", source: "panel" });
  expect(again).not.toBeNull();
  again?.();
  off();
  expect(seen).toEqual(["pita:Membuat lembar IKU", null, "panel:Membuat rekap kecamatan", null]);
});

test.each([
  ["pita", "dari tombol pita"],
  ["panel", "dari panel"],
] as const)("busyMessage names what runs and where (%s)", (source, where) => {
  const m = busyMessage({ label: "Membuat lembar IKU", source });
  expect(m.tone).toBe("info");
  expect(m.text).toContain(`"Membuat lembar IKU" (${where}) masih berjalan`);
});
