/**
 * The indicator table of the Profil sheet (issue 10): a header row and one row per indicator,
 * with every field of the document, the measurement kind and its options as typed columns,
 * plus empty spare rows where staff add an indicator. Columns are found by their header, so a
 * user who moves or inserts columns does not break the reader.
 */
import { Result, isIkuError } from "../errors";
import { DOKUMEN_DESA, MEASURE_KINDS } from "../measure";
import type { DokumenDesa, Measure, MeasureKind } from "../measure";
import { kindOfMeasure, measureOf } from "../profile";
import type { Indicator, Polarity, Profile, Unit } from "../profile";
import { SheetDraft, addr, heightFor, linesFor } from "./sheet-kit";
import { num, pick, placeError, text } from "./profil-values";

export const UNITS: readonly Unit[] = ["persen", "indeks", "nilai"];
export const POLARITIES: readonly Polarity[] = ["positif", "negatif"];

/** At least this many rows (filled + spare) so staff can add indicators without inserting rows. */
export const TABLE_MIN_ROWS = 15;

type Col =
  | "no"
  | "nama"
  | "jenis"
  | "sasaran"
  | "rumus"
  | "penjelasan"
  | "target"
  | "satuan"
  | "polaritas"
  | "sumberData"
  | "penanggungJawab"
  | "lembar"
  | "kolomItem"
  | "kolomStatus"
  | "dokumen"
  | "pembilang"
  | "penyebut"
  | "desimal";

/** Column order, header captions and widths. Column A/B widths are the label rows' own. */
export const TABLE_COLUMNS: readonly { key: Col; header: string; width: number }[] = [
  { key: "no", header: "No.", width: 0 },
  { key: "nama", header: "Indikator", width: 0 },
  { key: "jenis", header: "Jenis Pengukuran", width: 16 },
  { key: "sasaran", header: "Sasaran Strategis", width: 36 },
  { key: "rumus", header: "Rumus", width: 36 },
  { key: "penjelasan", header: "Penjelasan", width: 36 },
  { key: "target", header: "Target", width: 10 },
  { key: "satuan", header: "Satuan", width: 10 },
  { key: "polaritas", header: "Polaritas", width: 10 },
  { key: "sumberData", header: "Sumber Data", width: 22 },
  { key: "penanggungJawab", header: "Penanggung Jawab", width: 22 },
  { key: "lembar", header: "Daftar: Nama Lembar", width: 16 },
  { key: "kolomItem", header: "Daftar: Kolom Item", width: 16 },
  { key: "kolomStatus", header: "Daftar: Kolom Ya/Tidak", width: 16 },
  { key: "dokumen", header: "Dokumen Desa: Dokumen", width: 26 },
  { key: "pembilang", header: "Rasio: Pembilang", width: 22 },
  { key: "penyebut", header: "Rasio: Penyebut", width: 22 },
  { key: "desimal", header: "Nilai: Desimal", width: 10 },
];
const COL = new Map(TABLE_COLUMNS.map((c, i) => [c.key, i + 1]));
const col = (k: Col): number => COL.get(k) ?? 0;
export const TABLE_WIDTH = TABLE_COLUMNS.length;

const JENIS_IDS: readonly MeasureKind[] = MEASURE_KINDS.map((k) => k.jenis);
/** v1 kind names typed in old workbooks and by habit. */
const V1_NAMES: Record<string, MeasureKind> = {
  fasilitasi: "daftar",
  dokdesa: "dokumen-desa",
  ikm: "survei-ikm",
};
export const LEGEND_TITLE = "Jenis Pengukuran (kolom C):";

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
    { range: span("desimal"), type: "whole", min: 0, max: 6, error: "Desimal: bilangan bulat 0–6." },
  );
  let r = last + 2;
  s.value(r++, 1, LEGEND_TITLE, { bold: true });
  for (const k of MEASURE_KINDS) {
    s.value(r, 1, k.jenis);
    s.value(r++, 2, `${k.label}: ${k.penjelasan}`, { wrap: true });
  }
  return { targetCells, next: r };
}

type Grid = readonly (readonly unknown[] | undefined)[];
const norm = (x: unknown): string => text(x).trim().replace(/\s+/g, " ").toLowerCase();

/** Row index (0-based) of the table header, or -1 (a workbook with the old "IKU n" rows). */
function headerRow(grid: Grid): number {
  return grid.findIndex((r) => !!r && norm(r[0]) === "no." && r.some((c) => norm(c) === "indikator"));
}

function jenisOf(x: unknown): MeasureKind | null {
  const v = norm(x);
  const byLabel = MEASURE_KINDS.find((k) => k.jenis === v || k.label.toLowerCase() === v);
  return byLabel?.jenis ?? V1_NAMES[v] ?? null;
}

function dokumenOf(x: unknown): DokumenDesa[] | null {
  const parts = text(x)
    .split(/[,;/+]|\bdan\b/)
    .map((p) => p.replace(/\s+/g, "").toLowerCase())
    .filter((p) => p !== "");
  const found = new Set<DokumenDesa>();
  for (const p of parts) {
    const d = DOKUMEN_DESA.find((k) => k.toLowerCase() === p || k.toLowerCase().replace("desa", "des") === p);
    if (!d) return null;
    found.add(d);
  }
  return found.size === 0 ? null : DOKUMEN_DESA.filter((d) => found.has(d));
}

/**
 * The indicators of the table, or null when the sheet has no table (old layout). Rows whose
 * cells other than No. are all empty are spare rows; the table ends at the first row with a
 * text in column A (the legend).
 */
export function readIndicatorTable(grid: Grid): Result<Indicator[]> | null {
  const h = headerRow(grid);
  if (h < 0) return null;
  const header = grid[h] ?? [];
  const at = new Map<Col, number>();
  for (const c of TABLE_COLUMNS) {
    const i = header.findIndex((x) => norm(x) === c.header.toLowerCase());
    if (i >= 0) at.set(c.key, i);
  }
  for (const need of ["nama", "jenis", "target", "satuan", "polaritas"] as const)
    if (!at.has(need)) {
      const caption = TABLE_COLUMNS[col(need) - 1].header;
      return placeError(`baris ${h + 1}`, `kolom "${caption}" tidak ditemukan di judul tabel indikator`);
    }
  const indicators: Indicator[] = [];
  for (let ri = h + 1; ri < grid.length; ri++) {
    const cells = grid[ri] ?? [];
    const a = cells[0];
    if (typeof a === "string" && a.trim() !== "" && num(a) === null) break;
    if (!cells.some((c, i) => i > 0 && text(c).trim() !== "")) continue;
    const row = ri + 1;
    const ci = (k: Col): number => at.get(k) ?? -1;
    const raw = (k: Col): unknown => (ci(k) < 0 ? undefined : cells[ci(k)]);
    const str = (k: Col): string => text(raw(k));
    const place = (k: Col): string => `sel ${addr(row, ci(k) + 1)}`;
    const jenis = jenisOf(raw("jenis"));
    if (jenis === null)
      return text(raw("jenis")).trim() === ""
        ? placeError(place("jenis"), "Jenis Pengukuran kosong; pilih salah satu: " + JENIS_IDS.join(", "))
        : placeError(
            place("jenis"),
            `Jenis Pengukuran "${str("jenis")}" tidak dikenal; pakai ${JENIS_IDS.join(", ")}`,
          );
    const satuan = pick(place("satuan"), "Satuan", raw("satuan"), UNITS);
    if (isIkuError(satuan)) return satuan;
    // A user adding a row may leave polarity empty: most indicators are positive.
    const polaritas =
      str("polaritas").trim() === ""
        ? "positif"
        : pick(place("polaritas"), "Polaritas", raw("polaritas"), POLARITIES);
    if (isIkuError(polaritas)) return polaritas;
    const target = str("target").trim() === "" ? null : num(raw("target"));
    if (target === null && str("target").trim() !== "")
      return placeError(place("target"), "Target harus angka atau kosong");
    const measure = measureFromRow(jenis, str, raw, place);
    if (isIkuError(measure)) return measure;
    const kind = kindOfMeasure(measure);
    // Presets round-trip without `pengukuran`: it is kept only when it differs from the default.
    const same = JSON.stringify(measure) === JSON.stringify(measureOf({ kind }));
    indicators.push({
      kind,
      ...(same ? {} : { pengukuran: measure }),
      sasaran: str("sasaran"),
      nama: str("nama"),
      rumus: str("rumus"),
      penjelasan: str("penjelasan"),
      target,
      satuan,
      polaritas,
      sumberData: str("sumberData"),
      penanggungJawab: str("penanggungJawab"),
    });
  }
  return indicators;
}

function measureFromRow(
  jenis: MeasureKind,
  str: (k: Col) => string,
  raw: (k: Col) => unknown,
  place: (k: Col) => string,
): Result<Measure> {
  const def = measureOf({ kind: kindOfMeasure({ jenis } as Measure) });
  const or = (k: Col, d: string): string => (str(k).trim() === "" ? d : str(k).trim());
  switch (def.jenis) {
    case "daftar":
      return {
        jenis: "daftar",
        lembar: or("lembar", def.lembar),
        kolomItem: or("kolomItem", def.kolomItem),
        kolomStatus: or("kolomStatus", def.kolomStatus),
      };
    case "dokumen-desa": {
      if (str("dokumen").trim() === "") return def;
      const dokumen = dokumenOf(raw("dokumen"));
      return dokumen
        ? { jenis: "dokumen-desa", dokumen }
        : placeError(
            place("dokumen"),
            `Dokumen "${str("dokumen")}" tidak dikenal; tulis RKPDesa, APBDesa dan/atau LPPDesa`,
          );
    }
    case "rasio":
      return {
        jenis: "rasio",
        pembilang: or("pembilang", def.pembilang),
        penyebut: or("penyebut", def.penyebut),
      };
    case "nilai": {
      if (str("desimal").trim() === "") return def;
      const d = num(raw("desimal"));
      return d !== null && Number.isInteger(d) && d >= 0 && d <= 6
        ? { jenis: "nilai", desimal: d }
        : placeError(place("desimal"), "Desimal harus bilangan bulat 0–6");
    }
    case "survei-ikm":
      return def;
  }
}

/** A1 addresses of the indicators' target cells as the sheet holds them (table or old rows). */
export function targetAddresses(grid: Grid): string[] {
  const h = headerRow(grid);
  if (h >= 0) {
    const t = (grid[h] ?? []).findIndex((x) => norm(x) === "target");
    const out: string[] = [];
    for (let ri = h + 1; ri < grid.length; ri++) {
      const cells = grid[ri] ?? [];
      const a = cells[0];
      if (typeof a === "string" && a.trim() !== "" && num(a) === null) break;
      if (cells.some((c, i) => i > 0 && text(c).trim() !== "")) out.push(addr(ri + 1, t + 1));
    }
    return out;
  }
  const rows = new Map<string, number>();
  grid.forEach((r, i) => {
    if (!rows.has(norm(r?.[0]))) rows.set(norm(r?.[0]), i + 1);
  });
  return [...rows.keys()]
    .map((k) => /^iku (\d+) jenis$/.exec(k))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => Number(m[1]))
    .sort((x, y) => x - y)
    .map((n) => `B${rows.get(`iku ${n} target`) ?? 0}`)
    .filter((a) => a !== "B0");
}
