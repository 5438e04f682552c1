/**
 * The indicator table of the Profil sheet (issue 10): a header row and one row per indicator,
 * with every field of the document, the measurement kind and its options as typed columns,
 * plus empty spare rows where staff add an indicator. Columns are found by their header, so a
 * user who moves or inserts columns does not break the reader.
 */
import { MEASURE_KINDS } from "../measure";
import type { Measure } from "../measure";
import { measureOf } from "../profile";
import type { Indicator, Profile, Unit } from "../profile";
import { SheetDraft, addr, heightFor, linesFor } from "./sheet-kit";
import {
  JENIS_IDS,
  LEGEND_TITLE,
  POLARITIES,
  TABLE_COLUMNS,
  TABLE_MIN_ROWS,
  TABLE_WIDTH,
  UNITS,
  col,
  type Col,
} from "./profil-table-layout";

/** The options of `m` as the table's cells (only the columns of its own kind). */
function optionCells(m: Measure): [Col, string | number][] {
  switch (m.jenis) {
    case "daftar":
      return [
        ["lembar", m.lembar],
        ["kolomItem", m.kolomItem],
        ["kolomStatus", m.kolomStatus],
      ];
    case "dokumen-desa":
      return [["dokumen", m.dokumen.join(", ")]];
    case "rasio":
      return [
        ["pembilang", m.pembilang],
        ["penyebut", m.penyebut],
      ];
    case "nilai":
      return m.desimal === undefined ? [] : [["desimal", m.desimal]];
    case "survei-ikm":
      return [];
  }
}

function targetRule(satuan: Unit | null): {
  numFmt: string;
  min: number;
  max: number;
  prompt: string;
  error: string;
} {
  if (satuan === "persen")
    return {
      numFmt: "0.00%",
      min: 0,
      max: 10,
      prompt: "Target dalam persen, misalnya 84% atau 0,84",
      error: "Target persen harus 0%–1000%: ketik 84% atau 0,84, bukan 84.",
    };
  if (satuan === "indeks")
    return {
      numFmt: "0.00",
      min: 25,
      max: 100,
      prompt: "Target nilai indeks (IKM 25–100), misalnya 80",
      error: "Target indeks harus antara 25 dan 100.",
    };
  return {
    numFmt: satuan === "nilai" ? "0.00" : "General",
    min: 0,
    max: 1e12,
    prompt: "Target: persen ketik 84% (bukan 84); indeks/nilai ketik angkanya",
    error: "Target harus angka 0 atau lebih.",
  };
}

/**
 * Writes the table from row `top` (title, header, rows, legend); returns the target cells of
 * the profile's indicators (absolute, for IKU_Target_n) and the first row after it.
 */
export function writeIndicatorTable(
  s: SheetDraft,
  profile: Profile,
  top: number,
): { targetCells: string[]; next: number } {
  s.value(top, 1, "Indikator Kinerja Utama", { bold: true });
  s.value(
    top,
    2,
    "Satu baris per indikator. Tambah indikator: isi baris kosong berikutnya (mulai kolom B).",
    {
      italic: true,
    },
  );
  const head = top + 1;
  TABLE_COLUMNS.forEach((c, i) =>
    s.value(head, i + 1, c.header, { bold: true, border: true, fill: "D9E1F2", wrap: true, vAlign: "top" }),
  );
  const first = head + 1;
  const n = Math.max(TABLE_MIN_ROWS, profile.indicators.length + 3);
  const last = first + n - 1;
  s.style(first, 1, last, TABLE_WIDTH, { border: true, wrap: true, vAlign: "top", hAlign: "left" });
  const targetCells: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = first + i;
    s.value(r, col("no"), i + 1, { hAlign: "center" });
    const ind = profile.indicators[i] as Indicator | undefined;
    const rule = targetRule(ind ? ind.satuan : null);
    s.style(r, col("target"), r, col("target"), { numFmt: rule.numFmt });
    s.validations.push({ range: addr(r, col("target")), type: "decimal", ...rule });
    if (!ind) continue;
    const m = measureOf(ind);
    const cells: [Col, string | number | null][] = [
      ["nama", ind.nama],
      ["jenis", m.jenis],
      ["sasaran", ind.sasaran],
      ["rumus", ind.rumus],
      ["penjelasan", ind.penjelasan],
      ["target", ind.target],
      ["satuan", ind.satuan],
      ["polaritas", ind.polaritas],
      ["sumberData", ind.sumberData],
      ["penanggungJawab", ind.penanggungJawab],
      ...optionCells(m),
    ];
    let lines = 1;
    for (const [k, v] of cells) {
      if (v === null || v === "") continue;
      s.value(r, col(k), v);
      const w = TABLE_COLUMNS[col(k) - 1].width || s.width(col(k));
      if (typeof v === "string") lines = Math.max(lines, linesFor(v, w));
    }
    s.height(r, heightFor(lines));
    targetCells.push(addr(r, col("target"), true));
  }
  const span = (k: Col): string => `${addr(first, col(k))}:${addr(last, col(k))}`;
  s.validations.push(
    {
      range: span("jenis"),
      type: "list",
      list: [...JENIS_IDS],
      prompt: "daftar, dokumen-desa, survei-ikm, rasio atau nilai — penjelasannya di bawah tabel",
      error: `Pilih salah satu: ${JENIS_IDS.join(", ")}`,
    },
    { range: span("satuan"), type: "list", list: [...UNITS], error: `Pilih salah satu: ${UNITS.join(", ")}` },
    {
      range: span("polaritas"),
      type: "list",
      list: [...POLARITIES],
      error: `Pilih salah satu: ${POLARITIES.join(", ")}`,
    },
    {
      range: span("dokumen"),
      type: "list",
      // A list of combinations: a cell cannot hold a multiple choice.
      list: [
        "RKPDesa, APBDesa, LPPDesa",
        "RKPDesa, APBDesa",
        "APBDesa",
        "RKPDesa",
        "LPPDesa",
        "APBDesa, LPPDesa",
      ],
      prompt: "Dokumen yang dihitung, dipisah koma: RKPDesa, APBDesa, LPPDesa",
      error: "Tulis RKPDesa, APBDesa dan/atau LPPDesa, dipisah koma.",
    },
    { range: span("desimal"), type: "whole", min: 0, max: 10, error: "Desimal: bilangan bulat 0–10." },
  );
  let r = last + 2;
  s.value(r++, 1, LEGEND_TITLE, { bold: true });
  for (const k of MEASURE_KINDS) {
    s.value(r, 1, k.jenis);
    s.value(r++, 2, `${k.label}: ${k.penjelasan}`, { wrap: true });
  }
  return { targetCells, next: r };
}
