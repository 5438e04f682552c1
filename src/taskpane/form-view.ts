/**
 * DOM side of the profile form: copies {@link FormState} strings in and out of the inputs in
 * taskpane.html, draws the target inputs, error texts and the status area. Every user or
 * workbook text goes in through textContent/value, never innerHTML.
 */

import type { FormulaMode } from "../core/workbook/model";
import {
  errorSummary,
  errorsByElement,
  fieldElementId,
  targetLabel,
  type FieldError,
  type FormState,
} from "./form-state";
import type { IndicatorDraft } from "./indikator-state";
import type { TujuanDraft } from "./indikator-tujuan";
import type { StatusMessage } from "./messages";

/** The element with this id; a missing one is a bug in taskpane.html, so it throws. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`Elemen #${id} tidak ada di taskpane.html`);
  return el as T;
}

function input(id: string): HTMLInputElement {
  return byId<HTMLInputElement>(id);
}

function make<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
): HTMLElementTagNameMap[K] {
  return Object.assign(document.createElement(tag), props);
}

/** Fills the kecamatan <datalist> (type-to-filter in the input). */
export function fillKecamatanList(names: readonly string[]): void {
  const list = byId("kecamatan-list");
  list.replaceChildren(...names.map((n) => make("option", { value: n })));
}

/** Adds or removes the "profile of this workbook" choice of the preset select. */
export function setWorkbookOption(present: boolean): void {
  const select = byId<HTMLSelectElement>("f-preset");
  const existing = select.querySelector('option[value="workbook"]');
  if (present && !existing)
    select.append(make("option", { value: "workbook", textContent: "Profil di buku kerja ini" }));
  if (!present && existing) existing.remove();
}

/**
 * The full indicator editor (indikator-view.ts, its own chunk loaded when the user opens
 * "Ubah indikator"). While it is closed the form shows only one target input per indicator
 * and keeps the rest of each indicator here.
 */
export interface IndicatorEditor {
  render(list: readonly IndicatorDraft[]): void;
  read(): IndicatorDraft[];
  /** The Indikator Tujuan part (issue 10), drawn above the IKU cards. */
  renderTujuan(d: TujuanDraft): void;
  readTujuan(): TujuanDraft | undefined;
}

let drafts: IndicatorDraft[] = [];
let editor: IndicatorEditor | null = null;
/** The tujuan while the editor is closed (the closed form does not show it). */
let tujuanDraft: TujuanDraft | undefined;

/** Hands the indicator list over to the editor, which draws it in place of the target inputs. */
export function setEditor(e: IndicatorEditor): void {
  const list = readIndicators();
  editor = e;
  byId("btn-ubah-indikator-row").hidden = true;
  e.render(list);
  if (tujuanDraft) e.renderTujuan(tujuanDraft);
}

/** Sets the Indikator Tujuan part (in the editor when it is open). */
export function setTujuan(d: TujuanDraft | undefined): void {
  tujuanDraft = d ? { ...d } : undefined;
  if (editor && d) editor.renderTujuan(d);
}

/** The Indikator Tujuan as the form holds it now. */
export function readTujuanDraft(): TujuanDraft | undefined {
  return editor?.readTujuan() ?? tujuanDraft;
}

export function editorOpen(): boolean {
  return editor !== null;
}

/** Draws an indicator list: in the editor when it is open, else as target inputs. */
export function setIndicators(list: readonly IndicatorDraft[]): void {
  drafts = list.map((d) => ({ ...d, dokumen: [...d.dokumen] }));
  if (editor) editor.render(drafts);
  else renderTargets(drafts);
}

/** The indicator list as the inputs show it now. */
export function readIndicators(): IndicatorDraft[] {
  if (editor) return editor.read();
  return drafts.map((d, i) => {
    const el = document.getElementById(`f-target-${i}`) as HTMLInputElement | null;
    return { ...d, dokumen: [...d.dokumen], target: el ? el.value : d.target };
  });
}

/** Draws one labelled input per indicator's target, with its unit and an error slot. */
function renderTargets(list: readonly IndicatorDraft[]): void {
  const box = byId("targets");
  const fields = list.map((ind, i) => {
    const id = `f-target-${i}`;
    const label = make("label", { htmlFor: id, textContent: targetLabel(ind, i) });
    const field = make("input", { id, value: ind.target, inputMode: "decimal", autocomplete: "off" });
    field.setAttribute("aria-describedby", `${id}-err`);
    const unit = make("span", { className: "unit", textContent: ind.satuan === "persen" ? "%" : ind.satuan });
    unit.setAttribute("aria-hidden", "true");
    const row = make("div", { className: "target-input" });
    row.append(field, unit);
    const err = make("p", { id: `${id}-err`, className: "error", hidden: true });
    const wrap = make("div", { className: "field" });
    wrap.append(label, row, err);
    return wrap;
  });
  if (fields.length === 0)
    fields.push(make("div", { className: "hint", textContent: "Profil ini tidak punya indikator." }));
  box.replaceChildren(...fields);
}

/** Reads every input into a FormState. */
export function readForm(): FormState {
  const portable = input("f-mode-portable").checked;
  return {
    kecamatan: input("f-kecamatan").value,
    tahun: input("f-tahun").value,
    preset: byId<HTMLSelectElement>("f-preset").value,
    indicators: readIndicators(),
    ...(readTujuanDraft() ? { tujuan: readTujuanDraft() } : {}),
    nama: input("f-nama").value,
    nip: input("f-nip").value,
    jabatan: input("f-jabatan").value,
    tempat: input("f-tempat").value,
    tanggal: input("f-tanggal").value,
    mode: portable ? "portable" : "addin",
  };
}

/** Writes a FormState into the inputs. */
export function writeForm(state: FormState): void {
  input("f-kecamatan").value = state.kecamatan;
  input("f-tahun").value = state.tahun;
  byId<HTMLSelectElement>("f-preset").value = state.preset;
  setIndicators(state.indicators);
  setTujuan(state.tujuan);
  input("f-nama").value = state.nama;
  input("f-nip").value = state.nip;
  input("f-jabatan").value = state.jabatan;
  input("f-tempat").value = state.tempat;
  input("f-tanggal").value = state.tanggal;
  setMode(state.mode);
}

/** Checks the radio of a formula mode. */
export function setMode(mode: FormulaMode): void {
  input(mode === "portable" ? "f-mode-portable" : "f-mode-addin").checked = true;
}

/** Removes every error text and invalid mark. */
export function clearErrors(): void {
  for (const el of Array.from(document.querySelectorAll<HTMLElement>("#profile-form .error"))) {
    el.textContent = "";
    el.hidden = true;
  }
  for (const el of Array.from(document.querySelectorAll("#profile-form [aria-invalid]")))
    el.removeAttribute("aria-invalid");
  byId("form-errors").hidden = true;
  byId("form-errors-list").replaceChildren();
}

function labelOf(id: string): string {
  const label = document.querySelector(`label[for="${id}"]`);
  return label?.textContent?.split(" — ")[0].trim() ?? "";
}

/**
 * Shows each error next to its input (the input's aria-describedby already points at the
 * error slot) and, in the form's order, in the summary above the button; focuses the first
 * bad input of the form.
 */
/** A field with an error inside a folded indicator card (indikator-view.ts) opens the card. */
function openCardOf(field: HTMLElement): void {
  const card = field.closest<HTMLElement>("section.indikator.collapsed");
  if (!card) return;
  card.classList.remove("collapsed");
  card.querySelector('button[data-action="toggle"]')?.setAttribute("aria-expanded", "true");
}

export function showErrors(errors: readonly FieldError[]): void {
  clearErrors();
  const order = Array.from(
    document.querySelectorAll<HTMLElement>(
      "#profile-form input, #profile-form select, #profile-form textarea, #profile-form fieldset[id]",
    ),
  )
    .map((el) => el.id)
    .filter((id) => id !== "");
  const shown = new Set<string>();
  for (const [id, messages] of errorsByElement(errors)) {
    const field = id === "" ? null : document.getElementById(id);
    const slot = id === "" ? null : document.getElementById(`${id}-err`);
    if (!field || !slot) continue;
    slot.textContent = messages.join(" ");
    slot.hidden = false;
    openCardOf(field);
    field.setAttribute("aria-invalid", "true");
    shown.add(id);
  }
  // An error whose input is missing from the page belongs to the summary's unplaced lines.
  const placed = errors.map((e) => (shown.has(fieldElementId(e.field) ?? "") ? e : { ...e, field: "" }));
  const summary = errorSummary(placed, order, labelOf);
  byId("form-errors-list").replaceChildren(...summary.map((s) => make("li", { textContent: s })));
  byId("form-errors").hidden = summary.length === 0;
  const first = order.find((id) => shown.has(id));
  if (first) byId(first).focus();
}

/** Shows a message in the aria-live status area (warnings in their own amber list). */
export function showStatus(message: StatusMessage): void {
  const box = byId("status");
  box.className = `status ${message.tone}`;
  byId("status-text").textContent = message.text;
  fillList(byId("status-list"), message.items ?? []);
  fillList(byId("status-warnings"), message.warnings ?? []);
  box.querySelector(".confirm")?.remove();
}

function fillList(list: HTMLElement, items: readonly string[]): void {
  list.replaceChildren(...items.map((s) => make("li", { textContent: s })));
  list.hidden = items.length === 0;
}

/**
 * Where the status area sits: "top" (start-up messages) or next to the button of an action
 * ("buat", "konversi", "rekap"), so the progress of a long action shows where the user looks.
 * The slots are children of <main>, so a busy status can stay in view (position: sticky).
 */
export type StatusPlace = "top" | "buat" | "konversi" | "rekap" | "impor";

export function placeStatus(place: StatusPlace): void {
  const slot = byId(`status-slot-${place}`);
  const box = byId("status");
  if (box.parentElement !== slot) slot.append(box);
}

/** Scrolls the status area into view: at 320 px the button that was pressed may be far from it. */
export function revealStatus(): void {
  byId("status").scrollIntoView({ block: "nearest" });
}

/**
 * A yes/no question inside the status area (window.confirm is blocked in Office add-ins).
 * Resolves true only when the user presses the first button.
 */
export function askConfirm(question: string): Promise<boolean> {
  showStatus({ tone: "info", text: question });
  return new Promise((resolve) => {
    const yes = make("button", { type: "button", textContent: "Ya, timpa" });
    const no = make("button", { type: "button", textContent: "Tidak, pertahankan" });
    const row = make("div", { className: "button-row confirm" });
    const done = (answer: boolean): void => {
      row.remove();
      resolve(answer);
    };
    yes.addEventListener("click", () => done(true));
    no.addEventListener("click", () => done(false));
    row.append(yes, no);
    byId("status").append(row);
    revealStatus();
    no.focus();
  });
}

/** Enables or disables the buttons that need Excel. */
export function setActionsEnabled(enabled: boolean): void {
  for (const id of ["btn-buat", "btn-portable", "btn-addin", "btn-rekap", "btn-impor-cek", "btn-impor-tulis"])
    byId<HTMLButtonElement>(id).disabled = !enabled;
}
