/**
 * Reads the Profil sheet's indicator table (see ./profil-table.ts) back into indicators:
 * columns by their header, spare rows skipped, errors naming the cell (Indonesian).
 */
import { Result, isIkuError } from "../errors";
import { DOKUMEN_DESA, MEASURE_KINDS } from "../measure";
import type { DokumenDesa, Measure, MeasureKind } from "../measure";
import { kindOfMeasure, measureFields, measureOf } from "../profile";
import type { Indicator } from "../profile";
import { addr } from "../a1";
import { Col, JENIS_IDS, POLARITIES, TABLE_COLUMNS, UNITS, V1_NAMES, col } from "./profil-table-layout";
import { num, pick, placeError, text } from "./profil-values";

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
    indicators.push({
      ...measureFields(measure),
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
      return d !== null && Number.isInteger(d) && d >= 0 && d <= 10
        ? { jenis: "nilai", desimal: d }
        : placeError(place("desimal"), "Desimal harus bilangan bulat 0–10");
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
