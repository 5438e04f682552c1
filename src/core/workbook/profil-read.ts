/**
 * Reading the Profil sheet back into a Profile, without the sheet builder (./profil-sheet.ts):
 * the pane reads the workbook's Profil when it opens, and this keeps the builders and the
 * formula translation out of its first paint (they load with Buat Lembar IKU).
 */
import { ErrorKind, Result, ikuError, isIkuError } from "../errors";
import type { PredikatStep } from "../capaian";
import { ymdFromSerial } from "../dates";
import { IKM_BOBOT_CHOICES, ikmBobotChoice } from "../profile";
import type { Indicator, IndicatorKind, Profile } from "../profile";
import { POLARITIES, UNITS } from "./profil-table-layout";
import { readIndicatorTable } from "./profil-table-read";
import { isoOf, num, pick, placeError, text } from "./profil-values";
import { readTujuanRows } from "./profil-tujuan";

export const PROFIL_SHEET = "Profil";

export const L = {
  kabupaten: "Kabupaten",
  kecamatan: "Kecamatan",
  instansi: "Instansi",
  tahun: "Tahun",
  tugasLabel: "Label Tugas",
  tugas: "Tugas",
  tujuan: "Tujuan",
  indikatorTujuan: "Indikator Tujuan",
  tempat: "Penandatangan Tempat",
  tanggal: "Penandatangan Tanggal",
  jabatan: "Penandatangan Jabatan",
  nama: "Penandatangan Nama",
  nip: "Penandatangan NIP",
  judulOrganisasi: "Judul Organisasi",
  ikmBobot: "Bobot IKM per Unsur",
  skala: "Skala Predikat",
} as const;

/** Per-indicator labels "IKU <n> <suffix>" of workbooks built before the indicator table. */
const LEGACY_KINDS: readonly IndicatorKind[] = ["fasilitasi", "dokdesa", "ikm", "rasio", "nilai"];

type Grid = readonly (readonly unknown[] | undefined)[];

/** A date cell (serial, Date, "yyyy-mm-dd" or "dd/mm/yyyy") as ISO text; other text as it is. */
function isoDate(x: unknown): string {
  if (typeof x === "number" && x >= 1) {
    const { y, m, d } = ymdFromSerial(x);
    return isoOf(y, m, d);
  }
  const t = text(x).trim();
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  return dmy ? isoOf(Number(dmy[3]), Number(dmy[2]), Number(dmy[1])) : t;
}

function fieldError(row: number, message: string): Result<never> {
  return placeError(`baris ${row}`, message);
}

/**
 * Parses the values of a Profil sheet (grid[0] = row 1; numbers, strings, booleans, null;
 * dates as serials or text) back into a Profile. Rows are found by their label in column A,
 * so inserted or reordered rows do not matter; numbered rows (Fungsi n, IKU n …, Desa n) are
 * taken in number order.
 */
export function readProfile(grid: unknown[][]): Result<Profile> {
  const rows: Grid = grid;
  const byLabel = new Map<string, { row: number; value: unknown }>();
  rows.forEach((cells, i) => {
    if (!cells) return;
    const label = typeof cells[0] === "string" ? cells[0].trim().replace(/\s+/g, " ") : "";
    if (label && !byLabel.has(label.toLowerCase()))
      byLabel.set(label.toLowerCase(), { row: i + 1, value: cells[1] });
  });
  if (!byLabel.has(L.tahun.toLowerCase()) || !byLabel.has(L.kecamatan.toLowerCase())) {
    return ikuError(
      ErrorKind.Value,
      'Lembar Profil tidak dikenali: label "Kecamatan" dan "Tahun" tidak ditemukan di kolom A',
    );
  }
  const get = (label: string): unknown => byLabel.get(label.toLowerCase())?.value;
  const rowOf = (label: string): number => byLabel.get(label.toLowerCase())?.row ?? 0;
  const numbered = (prefix: RegExp): { n: number; label: string }[] =>
    [...byLabel.keys()]
      .map((k) => ({ m: prefix.exec(k), k }))
      .filter((x): x is { m: RegExpExecArray; k: string } => x.m !== null)
      .map((x) => ({ n: Number(x.m[1]), label: x.k }))
      .sort((a, b) => a.n - b.n);

  const tahun = num(get(L.tahun));
  if (tahun === null || !Number.isInteger(tahun))
    return fieldError(rowOf(L.tahun), "Tahun harus bilangan bulat");

  const table = readIndicatorTable(rows);
  if (table !== null && isIkuError(table)) return table;
  const skala = readSkala(rows);
  if (isIkuError(skala)) return skala;
  // Workbooks built before the table hold one "IKU n Field" row per field.
  const indicators: Indicator[] = table ?? [];
  for (const { n } of table !== null ? [] : numbered(/^iku (\d+) jenis$/)) {
    const cell = (suffix: string): unknown => get(`IKU ${n} ${suffix}`);
    const r = (suffix: string): number => rowOf(`IKU ${n} ${suffix}`);
    const kind = pick(`baris ${r("Jenis")}`, "Jenis", cell("Jenis"), LEGACY_KINDS);
    if (isIkuError(kind)) return kind;
    const satuan = pick(`baris ${r("Satuan")}`, "Satuan", cell("Satuan"), UNITS);
    if (isIkuError(satuan)) return satuan;
    const polaritas = pick(`baris ${r("Polaritas")}`, "Polaritas", cell("Polaritas"), POLARITIES);
    if (isIkuError(polaritas)) return polaritas;
    const rawTarget = cell("Target");
    const target = text(rawTarget).trim() === "" ? null : num(rawTarget);
    if (target === null && text(rawTarget).trim() !== "")
      return fieldError(r("Target"), "Target harus angka atau kosong");
    indicators.push({
      kind,
      sasaran: text(cell("Sasaran Strategis")),
      nama: text(cell("Indikator")),
      rumus: text(cell("Rumus")),
      penjelasan: text(cell("Penjelasan")),
      target,
      satuan,
      polaritas,
      sumberData: text(cell("Sumber Data")),
      penanggungJawab: text(cell("Penanggung Jawab")),
    });
  }
  const tujuanUkur = readTujuanRows(get, rowOf);
  if (isIkuError(tujuanUkur)) return tujuanUkur;
  const judulOrganisasi = text(get(L.judulOrganisasi)).trim();
  // Workbooks built before the row existed have none: exact 1/9, as they computed.
  let ikmBobot: number | undefined;
  if (text(get(L.ikmBobot)).trim() !== "") {
    const raw = num(get(L.ikmBobot));
    ikmBobot = raw === null ? undefined : ikmBobotChoice(raw);
    if (ikmBobot === undefined)
      return fieldError(
        rowOf(L.ikmBobot),
        `Bobot IKM harus salah satu dari ${IKM_BOBOT_CHOICES.map((c) => c.label).join(", ")}`,
      );
  }
  return {
    kabupaten: text(get(L.kabupaten)),
    kecamatan: text(get(L.kecamatan)),
    instansi: text(get(L.instansi)),
    tahun,
    ...(judulOrganisasi ? { judulOrganisasi } : {}),
    tugasLabel: text(get(L.tugasLabel)),
    tugasPokok: text(get(L.tugas)),
    // An emptied Fungsi/Desa row means the item was removed.
    fungsi: numbered(/^fungsi (\d+)$/)
      .map((x) => text(get(x.label)))
      .filter((f) => f.trim() !== ""),
    tujuan: text(get(L.tujuan)),
    indikatorTujuan: text(get(L.indikatorTujuan)),
    ...(tujuanUkur ? { tujuanUkur } : {}),
    indicators,
    desa: numbered(/^desa (\d+)$/)
      .map((x) => text(get(x.label)))
      .filter((d) => d.trim() !== ""),
    penandatangan: {
      tempat: text(get(L.tempat)),
      tanggal: isoDate(get(L.tanggal)),
      jabatan: text(get(L.jabatan)),
      nama: text(get(L.nama)),
      nip: text(get(L.nip)),
    },
    // Exact 1/9 is the default: left out, so a profile read back equals the one built.
    ...(ikmBobot === undefined || ikmBobot === 1 / 9 ? {} : { ikmBobot }),
    ...(skala.length > 0 ? { skalaPredikat: skala } : {}),
  };
}

/** Rows "Skala Predikat n": B = lower bound (fraction or "91%"), C = predikat; number order. */
function readSkala(rows: Grid): Result<PredikatStep[]> {
  const found: { n: number; row: number; min: unknown; label: unknown }[] = [];
  rows.forEach((cells, i) => {
    const m = cells ? /^skala predikat (\d+)$/i.exec(text(cells[0]).trim().replace(/\s+/g, " ")) : null;
    if (m && cells) found.push({ n: Number(m[1]), row: i + 1, min: cells[1], label: cells[2] });
  });
  const steps: PredikatStep[] = [];
  for (const f of found.sort((a, b) => a.n - b.n)) {
    if (text(f.min).trim() === "" && text(f.label).trim() === "") continue;
    // An empty lower bound is 0, as IKU.PREDIKAT reads a skala range.
    const min = text(f.min).trim() === "" ? 0 : num(f.min);
    if (min === null || min < 0)
      return fieldError(f.row, "batas bawah skala predikat harus angka (misalnya 91%)");
    if (text(f.label).trim() === "") return fieldError(f.row, "predikat (kolom C) kosong");
    steps.push({ min, label: text(f.label).trim() });
  }
  return steps;
}
