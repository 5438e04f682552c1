/**
 * Ribbon command "Buat Lembar IKU" (manifest: ExecuteFunction, FunctionName "buatLembarIku").
 * One click, no dialog: with a Profil sheet the IKU sheets are (re)built from it; without one
 * the task pane opens on the profile form. Progress and result go to the pane's status area
 * (notifications are not available on every host) and the pane is opened to show the result;
 * event.completed() is always called. The command and the pane share one busy state
 * (busy.ts): a click while the pane (or an earlier click) is building is told to wait.
 */

import { isIkuError } from "../core/errors";
import { daftarClashes } from "../core/profile-validate";
import { getExcelRunner } from "../excel/host";
import { buildSheets, loadProfile } from "../taskpane/actions";
import { busyMessage, tryBegin, runningAction } from "../taskpane/busy";
import { failure, type StatusMessage } from "../taskpane/messages";
import { publishStatus, rememberedMode } from "../taskpane/status";

const LABEL = "Membuat lembar IKU";

/** Opens the task pane (SharedRuntime 1.1); older hosts simply keep it closed. */
async function showPane(): Promise<void> {
  try {
    await Office.addin.showAsTaskpane();
  } catch {
    // Without SharedRuntime 1.1 the pane cannot be opened from code; the status waits for it.
  }
}

/** What the ribbon button does; exported for tests with a fake runner. */
export async function buatLembarIku(): Promise<StatusMessage> {
  const run = getExcelRunner();
  if (!run) return { tone: "error", text: "Perintah ini hanya berjalan di dalam Excel." };
  const profile = await loadProfile(run);
  if (isIkuError(profile)) {
    await showPane();
    return {
      tone: "error",
      text: `${profile.message} Perbaiki lembar Profil atau isi formulir, lalu tekan Buat Lembar IKU.`,
    };
  }
  if (profile === null) {
    await showPane();
    return {
      tone: "info",
      text: "Buku kerja ini belum punya lembar Profil. Isi formulir, lalu tekan Buat Lembar IKU.",
    };
  }
  // Two daftar rows of the Profil table on one sheet would silently share its rows (issue 10).
  const clash = daftarClashes(profile.indicators)[0];
  if (clash) {
    await showPane();
    return {
      tone: "error",
      text: `Lembar Profil, tabel indikator No. ${clash[0] + 1}: ${clash[1]} Perbaiki lembar Profil, lalu tekan Buat Lembar IKU.`,
    };
  }
  // No dialog from the ribbon: a Profil sheet that differs is never overwritten (it IS the source
  // here); IKU sheets untouched since built are updated in place (nothing typed is lost).
  return buildSheets(run, profile, rememberedMode(), {
    confirm: () => Promise.resolve(false),
    replaceUntouched: "always",
    onProgress: (text) => publishStatus({ tone: "busy", text: `${text} (tombol pita)` }),
  });
}

/** The click: waits for no one (a running action gets a "tunggu" message), shows the result. */
export async function onBuatLembarIku(event: Office.AddinCommands.Event): Promise<void> {
  const running = runningAction();
  const release = running ? null : tryBegin({ label: LABEL, source: "pita" });
  try {
    if (!release) {
      if (running) publishStatus(busyMessage(running));
      return;
    }
    publishStatus({ tone: "busy", text: `${LABEL} dari tombol pita…` });
    publishStatus(await buatLembarIku());
  } catch (e) {
    publishStatus(failure("membuat lembar IKU", e));
  } finally {
    release?.();
    // The pane is where the result is shown (opening an open pane is harmless).
    await showPane();
    event.completed();
  }
}

Office.onReady(() => {
  // Outside Office (a plain browser, the Chromium test) there is no ribbon to associate with.
  if (typeof Office.actions?.associate === "function")
    Office.actions.associate(
      "buatLembarIku",
      (event: Office.AddinCommands.Event) => void onBuatLembarIku(event),
    );
}).catch(() => undefined);
