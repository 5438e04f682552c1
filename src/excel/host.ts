/**
 * Where the Excel batches run: inside Excel `Excel.run`; in a test page a fake installed on
 * `window.__ikuFakeExcel` (test/fakes/fake-excel.ts); elsewhere nothing — the task pane then
 * tells the user to open it from Excel.
 */

import type { IsSetSupported } from "./requirements";

/** Runs one batch of Excel commands against a request context (the shape of `Excel.run`). */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

declare global {
  interface Window {
    /** Installed by the browser test (a bundle of test/fakes/fake-excel.ts). */
    __ikuFakeExcel?: { run: ExcelRunner };
  }
}

/** True when office.js is loaded and reports Excel as the host. */
function insideExcel(): boolean {
  if (typeof Office === "undefined" || typeof Excel === "undefined") return false;
  // Outside Office, Office.onReady resolves with host null and Office.context may be partial.
  const ctx = (Office as { context?: { host?: unknown } }).context;
  return ctx?.host === "Excel";
}

/**
 * The runner for Excel batches: `Excel.run` inside Excel, else a fake a test installed on
 * `window.__ikuFakeExcel`, else null (not in Excel — building is impossible).
 */
export function getExcelRunner(): ExcelRunner | null {
  if (insideExcel()) return (batch) => Excel.run(batch);
  if (typeof window !== "undefined" && window.__ikuFakeExcel?.run) return window.__ikuFakeExcel.run;
  return null;
}

/**
 * The host's requirement-set check (`Office.context.requirements.isSetSupported`). Outside
 * Excel (the fake) every set counts as supported: the fake implements all features we use.
 */
export function hostIsSetSupported(): IsSetSupported {
  if (insideExcel()) {
    const req = (
      Office as { context?: { requirements?: { isSetSupported(n: string, v?: string): boolean } } }
    ).context?.requirements;
    if (req) return (name, version) => req.isSetSupported(name, version);
  }
  return () => true;
}
