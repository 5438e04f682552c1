/**
 * Indonesian texts the pane and the ribbon command show for results and errors. Pure: the
 * same wording whichever surface reports it, and unit-tested.
 */

import { isIkuError } from "../core/errors";

/**
 * What the status area shows: a headline, optional list items in the headline's tone, and
 * optional warnings (shown apart, amber: a file the recap refused is not a failed recap).
 */
export interface StatusMessage {
  tone: "info" | "busy" | "ok" | "error";
  text: string;
  items?: string[];
  warnings?: string[];
}

/** Mirrors helper E's RenderReport (src/excel/render.ts) without importing the renderer. */
export interface RenderReportLike {
  sheets: readonly { name: string; status: string }[];
  warnings: readonly string[];
}

const SHEET_STATUS: Record<string, string> = {
  dibuat: "dibuat",
  "dipakai-ulang": "sudah ada, dipakai ulang",
  "dinamai-ulang": "dibuat dengan nama baru karena nama itu sudah dipakai",
  diperbarui: "diperbarui di tempat",
};

/** Count labels of the headline, in this order (an unknown status counts as "dibuat"). */
const COUNTED: [status: string, label: string][] = [
  ["dibuat", "dibuat"],
  ["diperbarui", "diperbarui"],
  ["dinamai-ulang", "dibuat dengan nama baru"],
  ["dipakai-ulang", "dipakai ulang"],
];

/**
 * The result of "Buat Lembar IKU": how many sheets were created, updated in place, created
 * with a suffix (a sheet of that name was kept) or reused; then each sheet and the warnings.
 */
export function describeRender(report: RenderReportLike): StatusMessage {
  const items = report.sheets.map((s) => `${s.name}: ${SHEET_STATUS[s.status] ?? s.status}`);
  for (const w of report.warnings) items.push(`Peringatan: ${w}`);
  const known = new Set(COUNTED.map(([status]) => status));
  const count = (status: string): number =>
    report.sheets.filter((s) => s.status === status || (status === "dibuat" && !known.has(s.status))).length;
  const parts = COUNTED.map(([status, label]) => ({ n: count(status), label }))
    .filter((p) => p.n > 0)
    .map((p, i) => (i === 0 ? `${p.n} lembar ${p.label}` : `${p.n} ${p.label}`));
  if (parts.length === 0) parts.push("0 lembar dibuat");
  const warn = report.warnings.length > 0 ? `, ${report.warnings.length} peringatan` : "";
  return { tone: "ok", text: `Selesai: ${parts.join(", ")}${warn}.`, items };
}

/**
 * The warning after a build whose profile has indicators without a target (a kecamatan other
 * than the presets starts so): capaian and predikat stay empty until they are filled in.
 * @returns null when every target is set.
 */
export function emptyTargetsWarning(
  indicators: readonly { target: number | null }[],
  tujuan?: { target: number | null },
): string | null {
  const empty = indicators.flatMap((ind, i) => (ind.target === null ? [`IKU ${i + 1}`] : []));
  // A measured Indikator Tujuan has its own target (Profil "Indikator Tujuan Target").
  if (tujuan && tujuan.target === null) empty.push("Indikator Tujuan");
  if (empty.length === 0) return null;
  return (
    `Target belum diisi (${empty.join(", ")}) — isi di lembar Profil (atau di formulir ini, lalu ` +
    "Buat Lembar IKU lagi); sampai itu capaian dan predikatnya kosong."
  );
}

/**
 * The result of "Konversi formula", with the data sheets whose print area grew to their last
 * filled row (or why the print areas could not be brought in step).
 */
export function describeConvert(
  result: { converted: number; warnings: readonly string[] },
  to: "portable" | "addin",
  printAreas: readonly { sheet: string; lastRow: number }[] | string = [],
): StatusMessage {
  const target = to === "portable" ? "formula Excel standar" : "fungsi IKU";
  const text =
    result.converted === 0
      ? `Tidak ada formula yang perlu diubah ke ${target}.`
      : `${result.converted} formula diubah ke ${target}.`;
  const items = result.warnings.map((w) => `Peringatan: ${w}`);
  if (typeof printAreas === "string")
    items.push(`Peringatan: area cetak lembar data tidak diperbarui. ${printAreas}`);
  else
    for (const a of printAreas)
      items.push(`Area cetak lembar ${a.sheet} diperluas sampai baris ${a.lastRow} (baris terisi terakhir).`);
  return { tone: "ok", text, items };
}

function hasString(x: unknown, key: string): x is Record<string, string> {
  return typeof x === "object" && x !== null && typeof (x as Record<string, unknown>)[key] === "string";
}

const nameOf = (e: unknown): string => (hasString(e, "name") ? e.name : "");

/**
 * Why a picked file could not be read, in Indonesian: the browser's File API reasons
 * (NotReadableError, NotFoundError, …) are English sentences about permissions.
 */
export function fileReadReason(e: unknown): string {
  const name = nameOf(e);
  if (name === "NotFoundError")
    return "berkas tidak ditemukan lagi (dipindah atau dihapus?) — pilih ulang berkasnya";
  return "berkas tidak dapat dibaca (dipindah, dihapus, atau dikunci program lain?) — pilih ulang berkasnya";
}

/**
 * Any thrown value as one plain Indonesian sentence. Office.js errors carry an English
 * message and a code; we keep both (the code is what support needs) behind Indonesian text.
 */
export function errorText(e: unknown): string {
  if (isIkuError(e)) return e.message;
  // webpack's "Loading chunk lembar failed." when a part of the add-in loaded on demand cannot
  // be fetched (network gone, server updated meanwhile): English, and the cause is the network.
  const message = hasString(e, "message") ? e.message : "";
  if (nameOf(e) === "ChunkLoadError" || /^Loading (CSS )?chunk \S+ failed/.test(message)) {
    return (
      "Bagian add-in tidak dapat dimuat dari server add-in (sambungan terputus, atau add-in baru " +
      "diperbarui). Periksa jaringan, tutup lalu buka kembali panel ini, dan coba lagi."
    );
  }
  if (hasString(e, "code") && hasString(e, "message") && e.code !== "") {
    if (e.code === "InvalidOperation" || e.code === "ApiNotFound") {
      return `Versi Excel ini belum mendukung langkah yang dibutuhkan (${e.code}: ${e.message}). Perbarui Office atau pakai Excel di web.`;
    }
    return `Excel menolak perubahan: ${e.message} (kode ${e.code}).`;
  }
  if (e instanceof Error && e.message !== "") return `Terjadi kesalahan: ${e.message}`;
  if (typeof e === "string" && e !== "") return `Terjadi kesalahan: ${e}`;
  return "Terjadi kesalahan yang tidak dikenal. Coba lagi; bila berulang, tutup lalu buka kembali panel ini.";
}

/** The error status for a failed action ("membuat lembar", "mengonversi formula"). */
export function failure(action: string, e: unknown): StatusMessage {
  return { tone: "error", text: `Gagal ${action}. ${errorText(e)}` };
}
