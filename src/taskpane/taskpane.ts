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
import {
  alignTargets,
  formatTarget,
  formToProfile,
  nextJabatan,
  nextTanggal,
  profileToForm,
  type FormState,
} from "./form-state";
import * as view from "./form-view";
import { rekapKecamatan } from "./rekap";
import type { StatusMessage } from "./messages";
import { lastStatus, onStatus, rememberMode, rememberedMode } from "./status";

/** The profile whose text, indicators and desa the form does not show. */
let base: Profile | null = null;
let workbookProfile: Profile | null = null;
let run: ExcelRunner | null = null;
/** One workbook action at a time (Enter in a field submits even while a build runs). */
let busy = false;

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
  view.writeForm(state, p.indicators);
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
  view.renderTargets(
    p.indicators,
    p.indicators.map((ind) => formatTarget(ind.target, ind.satuan)),
  );
}

/** The tahun shown before the current edit, so the default signing date can follow it. */
let shownTahun = "";

function onTahunChange(): void {
  const state = view.readForm();
  view.byId<HTMLInputElement>("f-tanggal").value = nextTanggal(state.tanggal, shownTahun, state.tahun);
  shownTahun = state.tahun;
}

/** A new kecamatan swaps the desa list and text, keeps typed targets and the signatory. */
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
  const aligned = alignTargets(p.indicators, state.targets);
  const defaults = profileToForm(p, "", state.mode).targets;
  view.renderTargets(
    p.indicators,
    aligned.map((t, i) => t?.text ?? defaults[i]?.text),
  );
}

async function onSubmit(ev: Event): Promise<void> {
  ev.preventDefault();
  if (!run || !base || busy) return;
  const state = view.readForm();
  const result = formToProfile(base, state);
  if (!result.profile) {
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
  await exclusive("Membuat lembar IKU…", () =>
    buildSheets(runner, profile, state.mode, {
      onProgress: (text) => view.showStatus({ tone: "busy", text }),
      confirm: view.askConfirm,
    }),
  );
}

async function onConvert(to: "portable" | "addin"): Promise<void> {
  if (!run || busy) return;
  const runner = run;
  const text = to === "portable" ? "Mengubah ke formula Excel standar…" : "Mengembalikan fungsi IKU…";
  await exclusive(text, () => convert(runner, to));
}

async function onRekap(): Promise<void> {
  if (!run || busy) return;
  const runner = run;
  const files = Array.from(view.byId<HTMLInputElement>("f-rekap-files").files ?? []);
  await exclusive("Membaca buku kerja kecamatan…", async () => {
    const { status } = await rekapKecamatan(runner, files, {
      onProgress: (text) => view.showStatus({ tone: "busy", text }),
    });
    return status;
  });
}

/** Runs one workbook action with the buttons disabled and shows its result. */
async function exclusive(progress: string, action: () => Promise<StatusMessage>): Promise<void> {
  busy = true;
  view.setActionsEnabled(false);
  view.showStatus({ tone: "busy", text: progress });
  try {
    view.showStatus(await action());
  } finally {
    busy = false;
    view.setActionsEnabled(true);
    view.revealStatus();
  }
}

/** Reads the workbook's Profil sheet and, when there is one, fills the form with it. */
async function loadWorkbook(runner: ExcelRunner): Promise<void> {
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
  for (const id of ["f-mode-addin", "f-mode-portable"]) {
    view.byId(id).addEventListener("change", () => rememberMode(view.readForm().mode));
  }
  view.byId("profile-form").addEventListener("submit", (ev) => void onSubmit(ev));
  view.byId("btn-portable").addEventListener("click", () => void onConvert("portable"));
  view.byId("btn-addin").addEventListener("click", () => void onConvert("addin"));
  view.byId("btn-rekap").addEventListener("click", () => void onRekap());
  onStatus((message) => {
    view.showStatus(message);
    view.revealStatus();
  });
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
  view.setActionsEnabled(true);
  await loadWorkbook(run);
  const last = lastStatus();
  if (last) view.showStatus(last);
}

Office.onReady()
  .then(start)
  .catch((e: unknown) => {
    view.showStatus({
      tone: "error",
      text: `Panel gagal dimuat: ${e instanceof Error ? e.message : String(e)}`,
    });
  });
