/**
 * The task pane: the profile form, "Buat Lembar IKU", "Konversi formula". Wires the DOM
 * (form-view.ts) to the pure form mapping (form-state.ts) and the workbook actions
 * (actions.ts). Outside Excel (and without a test fake) the buttons stay disabled with a note.
 */

import type { Profile } from "../core/profile";
import { isIkuError } from "../core/errors";
import { presetProfile } from "../core/presets";
import { findKecamatan, listKecamatan, lumajangProfile } from "../core/wilayah";
import { getExcelRunner, type ExcelRunner } from "../excel/host";
import { buildSheets, convert, loadProfile } from "./actions";
import { formToProfile, nextJabatan, nextTanggal, profileToForm, type FormState } from "./form-state";
import * as view from "./form-view";
import { wireImportPanel } from "./impor-panel";
import type { StatusMessage } from "./messages";
import { busyMessage, onBusyChange, runningAction, tryBegin } from "./busy";
import { onStatus, rememberMode, rememberedMode, takeLastStatus } from "./status";

/** The profile whose text, indicators and desa the form does not show. */
let base: Profile | null = null;
let workbookProfile: Profile | null = null;
let run: ExcelRunner | null = null;
/**
 * The ribbon's last result shown in the pane. The ribbon opens the pane when it finishes; when
 * the pane was hidden that is a "shown again" event, whose refresh must not replace the result.
 */
let ribbonResult: StatusMessage | null = null;

/** A kecamatan's default profile; the UI only asks for names listed by wilayah, so it exists. */
function defaultProfile(kecamatan: string, tahun: number): Profile | null {
  const p = lumajangProfile(kecamatan, tahun);
  return isIkuError(p) ? null : p;
}

function currentTahun(): number {
  const t = Number(view.readForm().tahun);
  return Number.isInteger(t) && t >= 2000 && t <= 2100 ? t : new Date().getFullYear();
}

/** Fills the form from a whole profile (preset, workbook, or the first default). */
function fillFrom(p: Profile, preset: string, keep?: Partial<FormState>): void {
  base = p;
  const state = { ...profileToForm(p, preset, view.readForm().mode), ...keep };
  view.writeForm(state);
  shownTahun = state.tahun;
}

function onPresetChange(): void {
  const state = view.readForm();
  const value = state.preset;
  if (value === "workbook" && workbookProfile) return fillFrom(workbookProfile, value);
  const preset = value === "" ? undefined : presetProfile(value);
  if (preset) return fillFrom(preset, value);
  // "Tanpa contoh": the default text for the kecamatan typed so far, the user's signatory kept.
  const kec = findKecamatan(state.kecamatan)?.nama ?? base?.kecamatan ?? "Randuagung";
  const p = defaultProfile(kec, currentTahun());
  if (!p) return;
  base = p;
  const fresh = profileToForm(p, "", state.mode);
  view.setIndicators(fresh.indicators);
  view.setTujuan(fresh.tujuan);
}

/** The tahun shown before the current edit, so the default signing date can follow it. */
let shownTahun = "";

function onTahunChange(): void {
  const state = view.readForm();
  view.byId<HTMLInputElement>("f-tanggal").value = nextTanggal(state.tanggal, shownTahun, state.tahun);
  shownTahun = state.tahun;
}

/**
 * A new kecamatan swaps the desa list and text; the indicator list (maybe edited by the user)
 * and the signatory stay.
 */
function onKecamatanChange(): void {
  const state = view.readForm();
  const kec = findKecamatan(state.kecamatan);
  if (!kec || !base) return;
  view.byId<HTMLInputElement>("f-kecamatan").value = kec.nama;
  const oldName = base.kecamatan;
  view.byId<HTMLInputElement>("f-jabatan").value = nextJabatan(state.jabatan, oldName, kec.nama);
  if (kec.nama === oldName) return;
  const p = defaultProfile(kec.nama, currentTahun());
  if (!p) return;
  base = p;
  view.byId<HTMLSelectElement>("f-preset").value = "";
}

/** Loads the indicator editor (its own chunk: the first screen does not need it) and opens it. */
async function openEditor(): Promise<void> {
  if (view.editorOpen()) return;
  const { createEditor } = await import(/* webpackChunkName: "indikator" */ "./indikator-view");
  if (!view.editorOpen()) view.setEditor(createEditor(view.byId("targets")));
}

async function onSubmit(ev: Event): Promise<void> {
  ev.preventDefault();
  if (!run || !base) return;
  const state = view.readForm();
  const result = formToProfile(base, state);
  if (!result.profile) {
    // A finding about an indicator field other than its target needs the editor to show it.
    // So does one about the Indikator Tujuan, which only the editor shows.
    const inEditor = /^indicators\.\d+\.(?!target$)|^tujuanUkur\.|^indikatorTujuan$/;
    if (result.errors.some((e) => inEditor.test(e.field))) await openEditor();
    view.placeStatus("buat");
    view.showErrors(result.errors);
    const n = result.errors.length;
    view.showStatus({
      tone: "error",
      text: `Lembar belum dibuat: ${n} isian perlu diperbaiki (ditandai merah).`,
    });
    return;
  }
  view.clearErrors();
  const runner = run;
  const profile = result.profile;
  await exclusive("buat", "Membuat lembar IKU", (onProgress) =>
    buildSheets(runner, profile, state.mode, { onProgress, confirm: view.askConfirm }),
  );
}

async function onConvert(to: "portable" | "addin"): Promise<void> {
  if (!run) return;
  const runner = run;
  const label = to === "portable" ? "Mengubah ke formula Excel standar" : "Mengembalikan fungsi IKU";
  await exclusive("konversi", label, (onProgress) => convert(runner, to, { onProgress }));
}

async function onRekap(): Promise<void> {
  if (!run) return;
  const runner = run;
  const files = Array.from(view.byId<HTMLInputElement>("f-rekap-files").files ?? []);
  await exclusive("rekap", "Membuat rekap kecamatan", async (onProgress) => {
    onProgress("Memuat rekap kecamatan…");
    // The recap (and the xlsx reader behind it) is not needed by the first screen: own chunk.
    const { rekapKecamatan } = await import(/* webpackChunkName: "rekap" */ "./rekap");
    const { status } = await rekapKecamatan(runner, files, { onProgress });
    return status;
  });
}

/**
 * Runs one workbook action: claims the shared busy state (the ribbon's button uses the same),
 * shows its progress next to its button, then its result there. A second press while any
 * action runs, from the pane or the ribbon, is told to wait instead of racing the first.
 */
async function exclusive(
  place: view.StatusPlace,
  label: string,
  action: (onProgress: (text: string) => void) => Promise<StatusMessage>,
): Promise<void> {
  view.placeStatus(place);
  ribbonResult = null;
  const running = runningAction();
  const release = running ? null : tryBegin({ label, source: "panel" });
  if (!release) {
    if (running) view.showStatus(busyMessage(running));
    view.revealStatus();
    return;
  }
  const progress = (text: string): void => {
    view.showStatus({ tone: "busy", text });
    view.revealStatus();
  };
  progress(`${label}…`);
  try {
    view.showStatus(await action(progress));
  } finally {
    release();
    view.revealStatus();
  }
}

/** Reads the workbook's Profil sheet and, when there is one, fills the form with it. */
async function loadWorkbook(runner: ExcelRunner): Promise<void> {
  view.placeStatus("top");
  view.showStatus({ tone: "busy", text: "Membaca lembar Profil buku kerja…" });
  const p = await loadProfile(runner);
  if (isIkuError(p)) {
    view.showStatus({
      tone: "error",
      text: `Profil buku kerja tidak terbaca. ${p.message} Formulir diisi isian baku.`,
    });
    return;
  }
  if (p === null) {
    view.showStatus({ tone: "info", text: "Siap. Isi profil, lalu tekan Buat Lembar IKU." });
    return;
  }
  workbookProfile = p;
  view.setWorkbookOption(true);
  fillFrom(p, "workbook");
  view.showStatus({
    tone: "info",
    text: `Profil Kecamatan ${p.kecamatan} tahun ${p.tahun} dibaca dari lembar Profil.`,
  });
}

function wire(): void {
  view.byId("f-preset").addEventListener("change", onPresetChange);
  view.byId("f-kecamatan").addEventListener("change", onKecamatanChange);
  view.byId("f-tahun").addEventListener("change", onTahunChange);
  view
    .byId("btn-ubah-indikator-row")
    .querySelector("button")
    ?.addEventListener("click", () => {
      openEditor().catch((e: unknown) =>
        view.showStatus({ tone: "error", text: `Editor indikator gagal dimuat: ${String(e)}` }),
      );
    });
  for (const id of ["f-mode-addin", "f-mode-portable"]) {
    view.byId(id).addEventListener("change", () => rememberMode(view.readForm().mode));
  }
  view.byId("profile-form").addEventListener("submit", (ev) => void onSubmit(ev));
  view.byId("btn-portable").addEventListener("click", () => void onConvert("portable"));
  view.byId("btn-addin").addEventListener("click", () => void onConvert("addin"));
  view.byId("btn-rekap").addEventListener("click", () => void onRekap());
  wireImportPanel(() => run, exclusive);
  // What the ribbon's Buat Lembar IKU reports (progress and result) shows under the pane's own
  // Buat button, unless a pane action is using the status area right now.
  onStatus((message) => {
    takeLastStatus();
    // The pane's own action holds the status area (maybe a question): a ribbon click meanwhile
    // was refused (busy.ts) and the pane already shows what runs.
    if (runningAction()?.source === "panel") return;
    ribbonResult = message.tone === "busy" ? null : message;
    view.placeStatus("buat");
    view.showStatus(message);
    view.revealStatus();
  });
  // Buttons follow the one busy state, whichever surface holds it.
  onBusyChange((action) => view.setActionsEnabled(run !== null && action === null));
}

/**
 * When the pane is shown again (SharedRuntime 1.1: the page lives on while it is hidden), the
 * workbook may have changed: the Profil sheet edited, sheets built from the ribbon. The form is
 * refilled from the Profil sheet and a ribbon result that arrived meanwhile is shown.
 */
async function onShown(): Promise<void> {
  if (!run || runningAction()) return;
  const pending = takeLastStatus() ?? ribbonResult;
  ribbonResult = null;
  await loadWorkbook(run);
  if (pending) {
    view.placeStatus("buat");
    view.showStatus(pending);
  }
}

function watchVisibility(): void {
  const addin = (Office as { addin?: Partial<typeof Office.addin> }).addin;
  if (typeof addin?.onVisibilityModeChanged !== "function") return;
  try {
    addin
      .onVisibilityModeChanged((m) => {
        // Compared as text: Office.VisibilityMode is "Taskpane" / "Hidden" on every host.
        if (String(m.visibilityMode) === "Taskpane") void onShown();
      })
      .catch(() => undefined);
  } catch {
    // Hosts without SharedRuntime 1.1 have no visibility events; the pane reloads there instead.
  }
}

/** Start-up once office.js is ready (outside Office it resolves with host null). */
async function start(): Promise<void> {
  view.fillKecamatanList(listKecamatan().map((k) => k.nama));
  const year = new Date().getFullYear();
  const first = defaultProfile("Randuagung", year);
  if (first) {
    // Nothing chosen yet: default targets and date, but no kecamatan or jabatan to guess.
    fillFrom(first, "", { kecamatan: "", jabatan: "", mode: rememberedMode() });
  }
  wire();
  run = getExcelRunner();
  if (!run) {
    view.byId("outside-note").hidden = false;
    view.setActionsEnabled(false);
    view.showStatus({ tone: "info", text: "Tombol Buat dan Konversi nonaktif di luar Excel." });
    return;
  }
  view.setActionsEnabled(runningAction() === null);
  watchVisibility();
  const pending = takeLastStatus();
  await loadWorkbook(run);
  if (pending) {
    view.placeStatus("buat");
    view.showStatus(pending);
  }
}

Office.onReady()
  .then(start)
  .catch((e: unknown) => {
    view.showStatus({
      tone: "error",
      text: `Panel gagal dimuat: ${e instanceof Error ? e.message : String(e)}`,
    });
  });
