/**
 * The Office.js renderer of the workbook model (src/core/workbook/model.ts), the twin of the
 * xlsx writer (src/xlsx/write.ts). Few `context.sync()` round trips: (1) existing sheet and
 * defined names, (2) only when needed, the content of sheets we might reuse and where existing
 * names point, (3) everything queued at once — (2) and (3) split only when a request or its
 * response would exceed the 4 MB budget (./request-budget.ts; Excel on the web refuses 5 MB).
 *
 * It never destroys data: a sheet with the target name that is not ours to reuse is left
 * alone and the new one gets a suffix ("IKU 2025 (2)"); IKU data sheets (recognised by name
 * and header row) are reused and only their empty cells are filled; a Profil sheet holding a
 * different profile is overwritten only when `confirm` says yes.
 */

import { isIkuError } from "../core/errors";
import { readProfile } from "../core/workbook/profil-read";
import type { SheetModel, SheetsModel } from "../core/workbook/model";
import { parseAddress, rectAddress } from "../core/a1";
import { freeSheetName, gridFromUsed, headerMatches, sameProfile, withRenames } from "./existing";
import { hostIsSetSupported } from "./host";
import { syncStep } from "./sync";
import { ACTION_BYTES, RequestBudget, jsonBytes } from "./request-budget";
import {
  FINGERPRINT_SETTING,
  GENERATED_KINDS,
  fingerprintModel,
  isCandidateName,
  parseFingerprints,
} from "./rebuild";
import { decideRebuild } from "./rebuild-decide";
import { DATA_KINDS, READ_STEP, blockGrid, occupiedFrom, probeSheet, type Probe } from "./render-probe";
import { outdatedCells } from "./legacy-formulas";
import { filledPrintArea } from "./print-area";
import { queueSheet } from "./render-sheet";
import { checkRequirements, type IsSetSupported } from "./requirements";

export type SheetStatus = "dibuat" | "dipakai-ulang" | "dinamai-ulang" | "diperbarui";

export interface RenderReport {
  sheets: { name: string; status: SheetStatus }[];
  warnings: string[];
}

export interface RenderOptions {
  onProgress?: (message: string) => void;
  /** Asked before an existing, different Profil sheet is overwritten; no answer = keep it. */
  confirm?: (message: string) => Promise<boolean>;
  /**
   * Generated sheets (IKU, Pengukuran Kinerja) still exactly as we built them: "ask" (default)
   * replaces them in place after `confirm` says yes to rebuildQuestion; "always" replaces them
   * without asking (the ribbon: nothing typed is lost, hand-edited sheets are kept anyway).
   */
  replaceUntouched?: "ask" | "always";
  /** Requirement-set check; default `Office.context.requirements.isSetSupported` (all, outside Excel). */
  isSetSupported?: IsSetSupported;
}

type Action = "new" | "reuse" | "overwrite" | "keep" | "replace";

interface Plan {
  model: SheetModel;
  name: string;
  action: Action;
  status: SheetStatus;
  occupied: ((row: number, col: number) => boolean) | null;
  numberFormatAt?: (row: number, col: number) => string | undefined;
}

interface Generated {
  name: string;
  used: Excel.Range;
}

/**
 * Renders the workbook model into the open workbook.
 * @param context the request context of one `Excel.run` batch.
 * @param model from buildWorkbook (src/core/workbook/build.ts).
 * @returns each model sheet's final name and status, and Indonesian warnings.
 * @throws Error with an Indonesian message when Excel lacks ExcelApi 1.4.
 */
export async function renderWorkbook(
  context: Excel.RequestContext,
  model: SheetsModel,
  options: RenderOptions = {},
): Promise<RenderReport> {
  const progress = options.onProgress ?? (() => undefined);
  const req = checkRequirements(options.isSetSupported ?? hostIsSetSupported());
  if (req.error) throw new Error(req.error);
  const warnings = [...req.warnings];
  const wb = context.workbook;

  // Sync 1: which sheets and which of our names exist.
  progress("Memeriksa isi buku kerja…");
  const collection = wb.worksheets;
  collection.load("items/name");
  const nameItems = new Map(model.names.map((n) => [n.name, wb.names.getItemOrNullObject(n.name)]));
  const fpSetting = wb.settings.getItemOrNullObject(FINGERPRINT_SETTING).load("value");
  await syncStep(context, "membaca daftar lembar");
  const stored = fpSetting.isNullObject ? {} : parseFingerprints(fpSetting.value);
  const existing = collection.items.map((w) => w.name);
  const taken = new Set(existing.map((n) => n.toLowerCase()));

  // Sync 2 (only when needed; more only when the responses would exceed the budget): the
  // content of sheets we might reuse, where existing names point.
  const reads = new RequestBudget(context);

  const probes = new Map<string, Probe>();
  for (const s of model.sheets) {
    if (!taken.has(s.name.toLowerCase()) || !(DATA_KINDS.has(s.kind) || s.kind === "profil")) continue;
    probes.set(s.name, await probeSheet(wb.worksheets.getItem(s.name), s, reads, req.features));
  }
  // Generated sheets we may replace: only those with a stored fingerprint are worth reading.
  const generated: Generated[] = [];
  for (const name of existing) {
    const ours = model.sheets.some((s) => GENERATED_KINDS.has(s.kind) && isCandidateName(s.name, name));
    if (!ours || stored[name.toLowerCase()] === undefined) continue;
    await reads.reserve(2 * ACTION_BYTES, 100_000, READ_STEP);
    const used = wb.worksheets.getItem(name).getUsedRangeOrNullObject().load("address,formulas");
    generated.push({ name, used });
  }
  const nameTargets = new Map<string, Excel.Range>();
  for (const [name, item] of nameItems) {
    if (item.isNullObject) continue;
    await reads.actions(2, 0, READ_STEP);
    nameTargets.set(name, item.getRangeOrNullObject().load("address"));
  }
  await reads.flush(READ_STEP);

  // Generated sheets: replaced in place when untouched since we built them (after one yes,
  // which also covers overwriting a different Profil).
  const profilSheet = model.sheets.find((s) => s.kind === "profil");
  const profilUsed = profilSheet ? probes.get(profilSheet.name)?.used : undefined;
  const {
    rebuild,
    replacing,
    profilYes,
    model: carriedModel,
    carried,
  } = await decideRebuild(
    model,
    generated.map((g) => ({
      name: g.name,
      grid: g.used.isNullObject ? null : gridFromUsed(g.used.address, g.used.formulas),
    })),
    stored,
    profilUsed && !profilUsed.isNullObject ? gridFromUsed(profilUsed.address, profilUsed.values) : null,
    options,
  );

  // Decide per sheet.
  const plans: Plan[] = [];
  const renames = new Map<string, string>();
  const rename = (s: SheetModel, why: string): Plan => {
    const name = freeSheetName(s.name, taken);
    taken.add(name.toLowerCase());
    renames.set(s.name, name);
    const detail = why === "" ? "" : ` ${why}`;
    warnings.push(
      `Lembar "${s.name}" sudah ada${detail}; dibiarkan utuh, lembar baru diberi nama "${name}".`,
    );
    return { model: s, name, action: "new", status: "dinamai-ulang", occupied: null };
  };
  for (const s of model.sheets) {
    const probe = probes.get(s.name);
    const inPlace = replacing.get(s.name);
    if (inPlace !== undefined) {
      if (inPlace !== s.name) renames.set(s.name, inPlace);
      plans.push({ model: s, name: inPlace, action: "replace", status: "diperbarui", occupied: null });
    } else if (!taken.has(s.name.toLowerCase())) {
      taken.add(s.name.toLowerCase());
      plans.push({ model: s, name: s.name, action: "new", status: "dibuat", occupied: null });
    } else if (probe && DATA_KINDS.has(s.kind)) {
      const grid = blockGrid(probe.blocks, "formulas");
      if (headerMatches(s, grid)) {
        const formats = blockGrid(probe.blocks, "numberFormat");
        // Formulas an older version generated are rewritten like empty cells (./legacy-formulas.ts).
        const outdated = outdatedCells(s, grid);
        if (outdated.size > 0)
          warnings.push(
            `Lembar "${s.name}": ${outdated.size} formula buatan versi lama diperbarui ` +
              "(kolom tepat waktu kini menampilkan Ya/Tidak, bukan TRUE/FALSE).",
          );
        const filled = occupiedFrom(grid);
        plans.push({
          model: s,
          name: s.name,
          action: "reuse",
          status: "dipakai-ulang",
          occupied: (r, c) => filled(r, c) && !outdated.has(`${r},${c}`),
          numberFormatAt: (r, c) => {
            const f = formats[r - 1]?.[c - 1];
            return typeof f === "string" ? f : undefined;
          },
        });
      } else plans.push(rename(s, "dengan isi lain (judul kolom berbeda)"));
    } else if (probe?.used && s.kind === "profil" && model.profile) {
      const grid = probe.used.isNullObject ? [] : gridFromUsed(probe.used.address, probe.used.values);
      const old = readProfile(grid);
      if (isIkuError(old)) plans.push(rename(s, "tetapi bukan lembar profil IKU"));
      else if (sameProfile(old, model.profile)) {
        plans.push({ model: s, name: s.name, action: "keep", status: "dipakai-ulang", occupied: null });
      } else {
        const question =
          `Lembar "${s.name}" berisi profil lain (Kecamatan ${old.kecamatan}, tahun ${old.tahun}). ` +
          `Timpa dengan profil baru (Kecamatan ${model.profile.kecamatan}, tahun ${model.profile.tahun})?`;
        const yes = profilYes ?? (options.confirm ? await options.confirm(question) : false);
        if (yes) warnings.push(`Lembar "${s.name}" ditimpa dengan profil baru.`);
        else
          warnings.push(
            `Lembar "${s.name}" (profil lama) dipertahankan; lembar IKU tetap disusun dari profil baru.`,
          );
        plans.push({
          model: s,
          name: s.name,
          action: yes ? "overwrite" : "keep",
          status: "dipakai-ulang",
          occupied: null,
        });
      }
    } else if (rebuild.keptForInputs?.includes(s.name))
      plans.push(rename(s, "dan memuat masukan triwulan IKU yang tidak ada lagi di Profil"));
    else if (GENERATED_KINDS.has(s.kind) && rebuild.handEdited.includes(s.name))
      plans.push(rename(s, "dan sudah diubah sejak dibuat"));
    else plans.push(rename(s, ""));
  }
  const final = withRenames(carriedModel, renames);
  if (carried > 0)
    warnings.push(`${carried} angka masukan triwulan dibawa ke lembar Pengukuran Kinerja yang baru.`);

  // Sync 3 (more only when the budget says so): queue everything.
  const writes = new RequestBudget(context);
  const WRITE = "menulis lembar IKU (apakah buku kerja atau lembarnya diproteksi?)";
  let firstNew: Excel.Worksheet | null = null;
  for (const [i, p] of plans.entries()) {
    if (p.action === "keep") continue;
    progress(`Menyiapkan lembar ${p.name}…`);
    const sheet = final.sheets[i];
    const probe = probes.get(p.model.name);
    let ws: Excel.Worksheet;
    await writes.actions(4, 64, WRITE);
    if (p.action === "new") {
      ws = wb.worksheets.add(p.name);
      firstNew ??= ws;
    } else {
      ws = wb.worksheets.getItem(p.name);
      const old = p.action === "replace" ? generated.find((g) => g.name === p.name)?.used : probe?.used;
      if ((p.action === "overwrite" || p.action === "replace") && old && !old.isNullObject) {
        const rect = parseAddress(old.address)?.rect;
        if (rect) ws.getRange(rectAddress(rect)).clear();
        // clear() keeps data validation: an old rule partly under a new one (the Profil table
        // moved by a row) would make setting the new rule fail.
        if (rect && req.features.validasi) ws.getRange(rectAddress(rect)).dataValidation.clear();
      }
      // Clearing cells keeps manual page breaks: without this each rebuild would add the IKU
      // signature break again, and a break from an older layout would stay (ExcelApi 1.9).
      if (p.action === "replace" && req.features.tataLetak) ws.horizontalPageBreaks.removePageBreaks();
    }
    const validated = new Set<string>();
    if (p.action === "reuse" && probe)
      for (const [range, dv] of probe.validations) if (dv.type !== "None") validated.add(range);
    const opts = {
      features: req.features,
      occupied: p.occupied,
      numberFormatAt: p.numberFormatAt,
      validated,
      frozen: p.action === "reuse" && !!probe?.freeze && !probe.freeze.isNullObject,
      printArea: p.action === "reuse" && p.occupied ? filledPrintArea(p.model, p.occupied) : null,
    };
    warnings.push(...(await queueSheet(ws, sheet, opts, writes)));
  }

  // Defined names: kept when they already point into a reused/kept sheet, else (re)defined.
  for (const n of final.names) {
    const plan = plans.find((p) => p.name === n.sheet);
    const target = nameTargets.get(n.name);
    const pointsAt = target && !target.isNullObject ? parseAddress(target.address)?.sheet : undefined;
    const keep =
      plan !== undefined &&
      (plan.action === "reuse" || plan.action === "keep") &&
      pointsAt !== undefined &&
      pointsAt !== null &&
      pointsAt.toLowerCase() === n.sheet.toLowerCase();
    if (keep) continue;
    await writes.actions(5, 128, WRITE);
    if (target) nameItems.get(n.name)?.delete();
    wb.names.add(n.name, wb.worksheets.getItem(n.sheet).getRange(n.range.replace(/\$/g, "")));
  }
  if (firstNew !== null) firstNew.activate();

  // Fingerprints of the generated sheets as written now, for the next rebuild.
  const prints = { ...stored };
  plans.forEach((p, i) => {
    if (GENERATED_KINDS.has(p.model.kind)) prints[p.name.toLowerCase()] = fingerprintModel(final.sheets[i]);
  });
  await writes.actions(2, jsonBytes(prints), WRITE);
  wb.settings.add(FINGERPRINT_SETTING, JSON.stringify(prints));

  progress("Menyimpan ke Excel…");
  await writes.actions(1, 0, WRITE);
  await writes.flush(WRITE);
  progress("Selesai.");
  return { sheets: plans.map((p) => ({ name: p.name, status: p.status })), warnings };
}
