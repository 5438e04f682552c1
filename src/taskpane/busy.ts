/**
 * One workbook action at a time, for the pane AND the ribbon. Two builds running at once
 * interleave their Excel batches and the second fails half-way with a misleading message, so
 * both surfaces ask here first. The shared runtime loads commands.js and taskpane.js into one
 * page with one webpack runtime (webpack.config.js), so this module, and its state, exists once.
 */

import type { StatusMessage } from "./messages";

/** The action that holds the workbook: what it does and which surface started it. */
export interface BusyAction {
  /** Indonesian, e.g. "Membuat lembar IKU". */
  label: string;
  source: "panel" | "pita";
}

type Listener = (action: BusyAction | null) => void;

let current: BusyAction | null = null;
const listeners = new Set<Listener>();

function notify(): void {
  for (const l of listeners) l(current);
}

/** The running action, or null when the workbook is free. */
export function runningAction(): BusyAction | null {
  return current;
}

/**
 * Claims the workbook for `action`. Returns the release function, or null when another action
 * is running (the caller then shows {@link busyMessage} instead of starting).
 */
export function tryBegin(action: BusyAction): (() => void) | null {
  if (current !== null) return null;
  current = action;
  notify();
  let released = false;
  return () => {
    if (released) return;
    released = true;
    current = null;
    notify();
  };
}

/** Called on every change (start and end of an action); returns the unsubscribe function. */
export function onBusyChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** What a second press is told while `running` holds the workbook. */
export function busyMessage(running: BusyAction): StatusMessage {
  const where = running.source === "pita" ? "dari tombol pita" : "dari panel";
  return {
    tone: "info",
    text: `Tunggu sebentar: "${running.label}" (${where}) masih berjalan. Tekan lagi setelah selesai.`,
  };
}
