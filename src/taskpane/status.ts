/**
 * The status channel between the ribbon command and the task pane. In the shared runtime both
 * run in the same page; the command publishes a window event and the pane shows it. The last
 * message is also kept on window so a pane that starts later, or is shown again later, still
 * shows what the ribbon did (taken once: it is not shown twice).
 */

import type { StatusMessage } from "./messages";

export const STATUS_EVENT = "iku:status";
const LAST_KEY = "__ikuLastStatus";
const MODE_KEY = "iku.formulaMode";

type StatusWindow = Window & { [LAST_KEY]?: StatusMessage };

/** Sends a message to the pane's status area (no-op outside a browser page). */
export function publishStatus(message: StatusMessage): void {
  if (typeof window === "undefined") return;
  (window as StatusWindow)[LAST_KEY] = message;
  window.dispatchEvent(new CustomEvent<StatusMessage>(STATUS_EVENT, { detail: message }));
}

/** The last message published and not yet taken, if any. */
export function lastStatus(): StatusMessage | undefined {
  return typeof window === "undefined" ? undefined : (window as StatusWindow)[LAST_KEY];
}

/** Takes the last published message: returned once, then forgotten. */
export function takeLastStatus(): StatusMessage | undefined {
  const last = lastStatus();
  if (last) delete (window as StatusWindow)[LAST_KEY];
  return last;
}

/** Subscribes the pane to published messages. */
export function onStatus(show: (message: StatusMessage) => void): void {
  window.addEventListener(STATUS_EVENT, (ev) => show((ev as CustomEvent<StatusMessage>).detail));
}

/** The formula mode chosen last in the pane, for the ribbon button (which has no form). */
export function rememberMode(mode: "addin" | "portable"): void {
  try {
    window.localStorage.setItem(MODE_KEY, mode);
  } catch {
    // Storage can be blocked in some Office web views; the ribbon then uses "addin".
  }
}

/** See {@link rememberMode}; "addin" when nothing is stored. */
export function rememberedMode(): "addin" | "portable" {
  try {
    return window.localStorage.getItem(MODE_KEY) === "portable" ? "portable" : "addin";
  } catch {
    return "addin";
  }
}
