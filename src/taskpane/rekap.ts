/**
 * "Rekap Kecamatan" in the task pane: the kabupaten picks several kecamatan workbooks, they
 * are parsed here in the pane (the xlsx reader, and with it ExcelJS, is loaded only now, as
 * a separate chunk), computed with the core, and the `Rekap <tahun>` sheet with its chart is
 * drawn into the open workbook by the same Office.js renderer as the IKU sheets. No DOM here.
 */

import { ErrorKind, ikuError } from "../core/errors";
import { buildRekap, type RekapInput, type RekapResult } from "../core/rekap";
import { buildRekapWorkbook } from "../core/workbook/rekap-sheet";
import type { ExcelRunner } from "../excel/host";
import { renderWorkbook } from "../excel/render";
import { describeRender, failure, fileReadReason, type StatusMessage } from "./messages";

/** What the pane needs of a picked file (a DOM File satisfies it; tests pass plain objects). */
export interface PickedFile {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface RekapHooks {
  onProgress?: (message: string) => void;
}

function catatanText(n: RekapResult["catatan"][number]): string {
  const who = n.kecamatan === null ? "" : `Kecamatan ${n.kecamatan}: `;
  return `${n.ditolak ? "Ditolak" : "Catatan"} — ${n.fileName}: ${who}${n.message}`;
}

/**
 * The recap's status split by meaning: each accepted file as a success item, each remark as
 * an item, each refused file as a warning. A partly successful recap is a success with
 * warnings, not an error.
 */
export function rekapStatusParts(rekap: RekapResult): { items: string[]; warnings: string[] } {
  const accepted = rekap.kecamatan.map((k) => `Diterima — ${k.fileName}: Kecamatan ${k.kecamatan}`);
  const remarks = rekap.catatan.filter((n) => !n.ditolak).map(catatanText);
  const warnings = rekap.catatan.filter((n) => n.ditolak).map(catatanText);
  return { items: [...accepted, ...remarks], warnings };
}

/** Reads the picked files one by one (a bad one becomes an input carrying its error). */
async function readAll(files: readonly PickedFile[], hooks: RekapHooks): Promise<RekapInput[]> {
  hooks.onProgress?.("Memuat pembaca berkas Excel…");
  // A separate chunk: ExcelJS is large and only this action needs it in the pane.
  const { readIkuWorkbook } = await import(/* webpackChunkName: "xlsx-read" */ "../xlsx/read");
  const inputs: RekapInput[] = [];
  for (const [i, f] of files.entries()) {
    hooks.onProgress?.(`Membaca ${f.name} (${i + 1} dari ${files.length})…`);
    let bytes: ArrayBuffer;
    try {
      bytes = await f.arrayBuffer();
    } catch (e) {
      inputs.push({ fileName: f.name, data: ikuError(ErrorKind.Value, fileReadReason(e)) });
      continue;
    }
    inputs.push({ fileName: f.name, data: await readIkuWorkbook(bytes) });
  }
  return inputs;
}

/**
 * The whole action: read, compute, render. Bad files are reported, never fatal; when no file
 * is valid nothing is written to the workbook.
 * @param run the Excel runner (getExcelRunner()).
 * @param files the workbooks the user picked (input type=file multiple).
 * @returns the status to show (the Catatan as items) and the recap for callers that want it.
 */
export async function rekapKecamatan(
  run: ExcelRunner,
  files: readonly PickedFile[],
  hooks: RekapHooks = {},
): Promise<{ status: StatusMessage; rekap: RekapResult | null }> {
  if (files.length === 0) {
    return {
      status: { tone: "error", text: "Pilih dulu buku kerja IKU kecamatan (.xlsx) yang akan direkap." },
      rekap: null,
    };
  }
  try {
    const rekap = buildRekap(await readAll(files, hooks));
    const { items, warnings } = rekapStatusParts(rekap);
    if (rekap.kecamatan.length === 0) {
      return {
        status: {
          tone: "error",
          text: "Tidak ada buku kerja kecamatan yang sah; rekap tidak dibuat.",
          items,
          warnings,
        },
        rekap,
      };
    }
    hooks.onProgress?.("Menyusun lembar rekap…");
    const model = buildRekapWorkbook(rekap);
    const report = await run((context) => renderWorkbook(context, model, { onProgress: hooks.onProgress }));
    const rendered = describeRender(report);
    const ditolak = warnings.length;
    const text =
      `Rekap ${rekap.kecamatan.length} kecamatan tahun ${String(rekap.tahun)} dibuat di lembar ` +
      `"${report.sheets[0]?.name ?? model.sheets[0].name}".` +
      (ditolak > 0 ? ` ${ditolak} berkas ditolak: minta kecamatannya memperbaiki, lalu rekap lagi.` : "");
    // What was made is a success even when some files were refused; those are the warnings.
    return {
      status: { tone: "ok", text, items: [...items, ...(rendered.items ?? [])], warnings },
      rekap,
    };
  } catch (e) {
    return { status: failure("membuat rekap kecamatan", e), rekap: null };
  }
}
