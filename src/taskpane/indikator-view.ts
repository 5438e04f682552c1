/**
 * DOM of the indicator editor (issue 10), loaded on demand when the user opens "Ubah
 * indikator": one card per indicator with every field, the measurement kind with its
 * explanation and options, and add / remove / move buttons. Plain DOM, no framework; the list
 * operations and checks are indikator-state.ts. Text goes in through value/textContent only.
 *
 * Every kind's options are drawn (the other kinds' hidden), so reading a card gives back what
 * was typed for each kind and switching kinds loses nothing.
 */

import { DOKUMEN_DESA, MEASURE_KINDS, type MeasureKind } from "../core/measure";
import type { IndicatorEditor } from "./form-view";
import {
  DRAFT_TEXT_FIELDS,
  OPTION_FIELDS,
  addIndicator,
  jenisAvailable,
  jenisInfo,
  moveIndicator,
  removeIndicator,
  type IndicatorDraft,
} from "./indikator-state";
import type { TujuanDraft } from "./indikator-tujuan";
import { readTujuan, renderTujuan } from "./indikator-tujuan-view";

function make<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
): HTMLElementTagNameMap[K] {
  return Object.assign(document.createElement(tag), props);
}

/** Long texts get a textarea (documents write rumus and penjelasan over several lines). */
const LONG: readonly string[] = ["sasaran", "rumus", "penjelasan"];

/** A labelled control with its error slot; the id follows form-state's fieldElementId. */
function field(i: number, name: string, label: string, control: HTMLElement, hint?: string): HTMLElement {
  const id = `f-ind-${i}-${name}`;
  control.id = id;
  control.dataset.field = name;
  const described = [hint ? `${id}-hint` : "", `${id}-err`].filter((s) => s !== "").join(" ");
  control.setAttribute("aria-describedby", described);
  const wrap = make("div", { className: "field" });
  wrap.append(make("label", { htmlFor: id, textContent: `${label} (IKU ${i + 1})` }), control);
  if (hint) wrap.append(make("p", { id: `${id}-hint`, className: "hint", textContent: hint }));
  wrap.append(make("p", { id: `${id}-err`, className: "error", hidden: true }));
  return wrap;
}

function select(options: readonly (readonly [string, string, boolean?])[], value: string): HTMLSelectElement {
  const el = make("select");
  for (const [v, text, disabled] of options)
    el.append(make("option", { value: v, textContent: text, disabled }));
  el.value = value;
  return el;
}

function button(action: string, text: string, label: string, disabled = false): HTMLButtonElement {
  const b = make("button", { type: "button", textContent: text, disabled });
  b.dataset.action = action;
  b.setAttribute("aria-label", label);
  return b;
}

/** The target input keeps the id f-target-N the closed form and the error mapping use. */
function targetField(d: IndicatorDraft, i: number): HTMLElement {
  const id = `f-target-${i}`;
  const input = make("input", { id, value: d.target, inputMode: "decimal", autocomplete: "off" });
  input.dataset.field = "target";
  input.setAttribute("aria-describedby", `${id}-err`);
  const unit = d.satuan === "persen" ? "%" : d.satuan === "indeks" ? "indeks 25–100" : "nilai";
  const row = make("div", { className: "target-input" });
  row.append(input, make("span", { className: "unit", textContent: unit }));
  const wrap = make("div", { className: "field" });
  wrap.append(
    make("label", { htmlFor: id, textContent: `Target IKU ${i + 1} (${unit})` }),
    row,
    make("p", { id: `${id}-err`, className: "error", hidden: true }),
  );
  return wrap;
}

/** The kind's options: daftar and rasio captions, nilai decimals, dokumen-desa checkboxes. */
function options(d: IndicatorDraft, i: number, jenis: MeasureKind): HTMLElement {
  const box = make("div", { className: "pengukuran-opsi", hidden: d.jenis !== jenis });
  box.dataset.jenis = jenis;
  for (const [name, label] of OPTION_FIELDS[jenis]) {
    const value = d[name];
    const el = make("input", { value: typeof value === "string" ? value : "", autocomplete: "off" });
    if (name === "desimal") el.inputMode = "numeric";
    box.append(field(i, name, label, el, name === "desimal" ? "Kosong = 2 desimal." : undefined));
  }
  if (jenis === "dokumen-desa") {
    const set = make("fieldset", { id: `f-ind-${i}-dokumen`, className: "dokumen" });
    set.setAttribute("aria-describedby", `f-ind-${i}-dokumen-err`);
    set.append(make("legend", { textContent: `Dokumen yang dihitung (IKU ${i + 1})` }));
    for (const doc of DOKUMEN_DESA) {
      const id = `f-ind-${i}-dokumen-${doc}`;
      const cb = make("input", { type: "checkbox", id, value: doc, checked: d.dokumen.includes(doc) });
      cb.dataset.field = "dokumen";
      const row = make("div", { className: "radio" });
      row.append(cb, make("label", { htmlFor: id, textContent: doc }));
      set.append(row);
    }
    set.append(make("p", { id: `f-ind-${i}-dokumen-err`, className: "error", hidden: true }));
    box.append(set);
  }
  return box;
}

/**
 * A card can be folded to its head ("IKU n" and the indicator's name), so a list of eight
 * fits a 320 px pane; folding only hides, every field stays in the form and is read and
 * checked. A field with an error opens its card (form-view.ts showErrors).
 */
function card(d: IndicatorDraft, i: number, count: number, folded = false): HTMLElement {
  const n = i + 1;
  const el = make("section", { className: folded ? "indikator collapsed" : "indikator" });
  el.dataset.index = String(i);
  const bodyId = `f-ind-${i}-body`;
  const toggle = button("toggle", "▾", `Rincian IKU ${n}`);
  toggle.setAttribute("aria-expanded", String(!folded));
  toggle.setAttribute("aria-controls", bodyId);
  const title = make("h3", { textContent: `IKU ${n}` });
  title.append(
    make("span", { className: "ringkas", textContent: d.nama.trim() === "" ? "" : ` — ${d.nama}` }),
  );
  const head = make("div", { className: "indikator-head" });
  head.append(
    toggle,
    title,
    button("up", "↑", `Naikkan IKU ${n}`, i === 0),
    button("down", "↓", `Turunkan IKU ${n}`, i === count - 1),
    button("remove", "Hapus", `Hapus IKU ${n}`),
  );
  const body = make("div", { className: "indikator-body", id: bodyId });
  el.append(head, body);
  fields(body, d, i);
  return el;
}

/** Folds or opens a card (the toggle's state, the head's name from the name field). */
export function setFolded(el: HTMLElement, folded: boolean): void {
  el.classList.toggle("collapsed", folded);
  el.querySelector('button[data-action="toggle"]')?.setAttribute("aria-expanded", String(!folded));
  const nama = el.querySelector<HTMLInputElement>('[data-field="nama"]')?.value.trim() ?? "";
  const ringkas = el.querySelector(".ringkas");
  if (ringkas) ringkas.textContent = nama === "" ? "" : ` — ${nama}`;
}

/** Every field of a card, in the document's order, into `el`. */
function fields(el: HTMLElement, d: IndicatorDraft, i: number): void {
  for (const [name, label] of DRAFT_TEXT_FIELDS) {
    if (name === "sumberData") {
      // The numbers sit after the texts that name the indicator, as in the document.
      el.append(targetField(d, i));
      el.append(
        field(
          i,
          "satuan",
          "Satuan",
          select(
            [
              ["persen", "persen (%)"],
              ["indeks", "indeks 25–100"],
              ["nilai", "nilai"],
            ],
            d.satuan,
          ),
        ),
      );
      el.append(
        field(
          i,
          "polaritas",
          "Polaritas",
          select(
            [
              ["positif", "positif (makin tinggi makin baik)"],
              ["negatif", "negatif (makin rendah makin baik)"],
            ],
            d.polaritas,
          ),
        ),
      );
    }
    const control = LONG.includes(name)
      ? make("textarea", { rows: 2, value: d[name] })
      : make("input", { value: d[name], autocomplete: "off" });
    el.append(field(i, name, label, control));
  }
  const kinds = MEASURE_KINDS.map((k) => {
    const ok = jenisAvailable(k.jenis);
    return [k.jenis, ok ? k.label : `${k.label} (belum tersedia)`, !ok && k.jenis !== d.jenis] as const;
  });
  // validateProfile reports the kind as "indicators.N.kind": the select carries that name.
  const kindField = field(i, "kind", "Cara mengukur", select(kinds, d.jenis), jenisInfo(d.jenis).penjelasan);
  el.append(kindField);
  for (const k of MEASURE_KINDS) el.append(options(d, i, k.jenis));
}

/** Reads one card back into a draft. */
function readCard(el: HTMLElement): IndicatorDraft {
  const value = (name: string): string =>
    el.querySelector<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(`[data-field="${name}"]`)
      ?.value ?? "";
  const dokumen = DOKUMEN_DESA.filter(
    (doc) => el.querySelector<HTMLInputElement>(`input[data-field="dokumen"][value="${doc}"]`)?.checked,
  );
  return {
    sasaran: value("sasaran"),
    nama: value("nama"),
    rumus: value("rumus"),
    penjelasan: value("penjelasan"),
    target: value("target"),
    satuan: value("satuan") as IndicatorDraft["satuan"],
    polaritas: value("polaritas") as IndicatorDraft["polaritas"],
    sumberData: value("sumberData"),
    penanggungJawab: value("penanggungJawab"),
    jenis: value("kind") as MeasureKind,
    lembar: value("lembar"),
    kolomItem: value("kolomItem"),
    kolomStatus: value("kolomStatus"),
    dokumen,
    pembilang: value("pembilang"),
    penyebut: value("penyebut"),
    desimal: value("desimal"),
  };
}

/** The editor inside `box` (the form's #targets), drawn anew after each list change. */
export function createEditor(box: HTMLElement): IndicatorEditor {
  const list = make("div", { className: "indikator-list" });
  const add = button("add", "Tambah indikator", "Tambah indikator");
  const read = (): IndicatorDraft[] =>
    Array.from(list.querySelectorAll<HTMLElement>("section.indikator")).map(readCard);
  const foldAll = button("fold-all", "Ringkas semua", "Ringkas semua indikator");
  const row = make("div", { className: "button-row" });
  row.append(add, foldAll);
  const cards = (): HTMLElement[] => Array.from(list.querySelectorAll<HTMLElement>("section.indikator"));
  // The Indikator Tujuan part sits above the IKU cards; its draft survives redraws.
  const tujuanBox = make("section", { className: "tujuan" });
  let tujuan: TujuanDraft | null = null;
  const render = (drafts: readonly IndicatorDraft[], folded: readonly boolean[] = []): void => {
    // Drawn into the box only now: until then the box holds the target inputs being read.
    if (list.parentElement !== box) box.replaceChildren(tujuanBox, list, row);
    list.replaceChildren(...drafts.map((d, i) => card(d, i, drafts.length, folded[i] ?? false)));
    if (drafts.length === 0)
      list.append(
        make("p", { className: "hint", textContent: "Belum ada indikator: tekan Tambah indikator." }),
      );
  };

  box.addEventListener("click", (ev) => {
    const b = (ev.target as HTMLElement).closest<HTMLButtonElement>("button[data-action]");
    if (!b) return;
    const section = b.closest<HTMLElement>("section.indikator");
    const i = Number(section?.dataset.index ?? -1);
    const action = b.dataset.action;
    if (action === "toggle" && section) {
      setFolded(section, !section.classList.contains("collapsed"));
      return;
    }
    if (action === "fold-all") {
      const fold = cards().some((c) => !c.classList.contains("collapsed"));
      cards().forEach((c) => setFolded(c, fold));
      return;
    }
    const drafts = read();
    const folded = cards().map((c) => c.classList.contains("collapsed"));
    // The list change, applied to the drafts and to the folded flags alike (a new card opens).
    const change = <T>(xs: readonly T[], added: () => T[]): T[] =>
      action === "add"
        ? added()
        : action === "remove"
          ? removeIndicator(xs, i)
          : action === "up"
            ? moveIndicator(xs, i, -1)
            : action === "down"
              ? moveIndicator(xs, i, 1)
              : [...xs];
    const next = change(drafts, () => addIndicator(drafts));
    render(
      next,
      change(folded, () => [...folded, false]),
    );
    // Keep the keyboard where the user is: the moved card's same button, or the new card's name.
    const to = action === "add" ? next.length - 1 : action === "up" ? i - 1 : action === "down" ? i + 1 : i;
    const focus =
      action === "add"
        ? document.getElementById(`f-ind-${to}-nama`)
        : action === "remove"
          ? (list.querySelector<HTMLElement>(
              `section[data-index="${Math.min(i, next.length - 1)}"] h3 ~ button`,
            ) ?? add)
          : list.querySelector<HTMLElement>(
              `section[data-index="${to}"] button[data-action="${action ?? ""}"]:not(:disabled)`,
            );
    focus?.focus();
  });

  // A new kind shows its explanation and options; a new unit its target's unit.
  box.addEventListener("change", (ev) => {
    const el = ev.target as HTMLElement;
    if (tujuan && (el.dataset.tujuan === "kind" || el.dataset.tujuan === "satuan")) {
      tujuan = readTujuan(tujuanBox, tujuan);
      renderTujuan(tujuanBox, tujuan);
      document.getElementById(el.id)?.focus();
      return;
    }
    const name = el.dataset.field;
    if (name !== "kind" && name !== "satuan") return;
    render(
      read(),
      cards().map((c) => c.classList.contains("collapsed")),
    );
    document.getElementById(el.id)?.focus();
  });

  return {
    render,
    read,
    renderTujuan(d) {
      tujuan = { ...d };
      renderTujuan(tujuanBox, tujuan);
    },
    readTujuan: () => (tujuan ? readTujuan(tujuanBox, tujuan) : undefined),
  };
}
