/**
 * DOM of the editor's "Indikator Tujuan" part (issue 10): the name, how it is measured (a
 * name only, nilai, rasio or survei-ikm, with the one-line explanation), and when measured
 * its satuan, target, polaritas and the kind's options. Ids f-tujuan-<field>, the ones
 * form-state's fieldElementId gives the core's "tujuanUkur.*" errors. Text via value only.
 */
import { MEASURE_KINDS } from "../core/measure";
import type { Polarity, Unit } from "../core/profile";
import { TUJUAN_JENIS, type TujuanDraft } from "./indikator-tujuan";

function make<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
): HTMLElementTagNameMap[K] {
  return Object.assign(document.createElement(tag), props);
}

function field(name: string, label: string, control: HTMLElement, hint?: string): HTMLElement {
  const id = `f-tujuan-${name}`;
  control.id = id;
  control.dataset.tujuan = name;
  control.setAttribute("aria-describedby", [hint ? `${id}-hint` : "", `${id}-err`].filter(Boolean).join(" "));
  const wrap = make("div", { className: "field" });
  wrap.append(make("label", { htmlFor: id, textContent: label }), control);
  if (hint) wrap.append(make("p", { id: `${id}-hint`, className: "hint", textContent: hint }));
  wrap.append(make("p", { id: `${id}-err`, className: "error", hidden: true }));
  return wrap;
}

function select(options: readonly (readonly [string, string])[], value: string): HTMLSelectElement {
  const el = make("select");
  for (const [v, text] of options) el.append(make("option", { value: v, textContent: text }));
  el.value = value;
  return el;
}

function input(value: string, numeric = false): HTMLInputElement {
  const el = make("input", { value, autocomplete: "off" });
  if (numeric) el.inputMode = "decimal";
  return el;
}

const info = (jenis: string): { label: string; penjelasan: string } => {
  const k = MEASURE_KINDS.find((m) => m.jenis === jenis);
  return { label: k?.label ?? jenis, penjelasan: k?.penjelasan ?? "" };
};

/** Draws the part into `box` (replacing what was there). */
export function renderTujuan(box: HTMLElement, d: TujuanDraft): void {
  const kinds: [string, string][] = [
    ["", "Hanya nama (tidak diukur)"],
    ...TUJUAN_JENIS.map((j): [string, string] => [j, info(j).label]),
  ];
  const hint =
    d.jenis === ""
      ? "Pilih cara mengukur bila dokumen memberi Indikator Tujuan target sendiri."
      : info(d.jenis).penjelasan;
  const parts: HTMLElement[] = [
    make("h3", { textContent: "Indikator Tujuan" }),
    field("nama", "Nama Indikator Tujuan", input(d.nama)),
    field("kind", "Cara mengukur Indikator Tujuan", select(kinds, d.jenis), hint),
  ];
  if (d.jenis !== "") {
    const unit = d.satuan === "persen" ? "%" : d.satuan === "indeks" ? "indeks 25–100" : "nilai";
    parts.push(
      field(
        "satuan",
        "Satuan Indikator Tujuan",
        select(
          [
            ["persen", "persen (%)"],
            ["indeks", "indeks 25–100"],
            ["nilai", "nilai"],
          ],
          d.satuan,
        ),
      ),
      field("target", `Target Indikator Tujuan (${unit})`, input(d.target, true)),
      field(
        "polaritas",
        "Polaritas Indikator Tujuan",
        select(
          [
            ["positif", "positif (makin tinggi makin baik)"],
            ["negatif", "negatif (makin rendah makin baik)"],
          ],
          d.polaritas,
        ),
      ),
    );
    if (d.jenis === "rasio")
      parts.push(
        field("pembilang", "Keterangan pembilang (Tujuan)", input(d.pembilang)),
        field("penyebut", "Keterangan penyebut (Tujuan)", input(d.penyebut)),
      );
    if (d.jenis === "nilai")
      parts.push(field("desimal", "Jumlah desimal (Tujuan)", input(d.desimal, true), "Kosong = 2 desimal."));
  }
  box.replaceChildren(...parts);
}

/** Reads the part back; fields not drawn (a name-only tujuan) keep `prev`'s values. */
export function readTujuan(box: HTMLElement, prev: TujuanDraft): TujuanDraft {
  const value = (name: keyof TujuanDraft): string | undefined =>
    box.querySelector<HTMLInputElement | HTMLSelectElement>(
      `[data-tujuan="${name === "jenis" ? "kind" : name}"]`,
    )?.value;
  return {
    nama: value("nama") ?? prev.nama,
    jenis: (value("jenis") ?? prev.jenis) as TujuanDraft["jenis"],
    satuan: (value("satuan") ?? prev.satuan) as Unit,
    target: value("target") ?? prev.target,
    polaritas: (value("polaritas") ?? prev.polaritas) as Polarity,
    pembilang: value("pembilang") ?? prev.pembilang,
    penyebut: value("penyebut") ?? prev.penyebut,
    desimal: value("desimal") ?? prev.desimal,
  };
}
