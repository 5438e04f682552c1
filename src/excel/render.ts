/**
 * The Office.js renderer of the workbook model (src/core/workbook/model.ts), the twin of the
 * xlsx writer (src/xlsx/write.ts). At most three `context.sync()` round trips whatever the
 * number of rows: (1) existing sheet and defined names, (2) only when needed, the content of
 * sheets we might reuse and where existing names point, (3) everything queued at once.
 *
 * It never destroys data: a sheet with the target name that is not ours to reuse is left
 * alone and the new one gets a suffix ("IKU 2025 (2)"); IKU data sheets (recognised by name
 * and header row) are reused and only their empty cells are filled; a Profil sheet holding a
 * different profile is overwritten only when `confirm` says yes.
 */

import { isIkuError } from "../core/errors";
import { readProfile } from "../core/workbook/profil-sheet";
import type { SheetModel, SheetsModel } from "../core/workbook/model";
import { parseAddress, rectAddress } from "../core/a1";
import { freeSheetName, gridFromUsed, headerMatches, sameProfile } from "./existing";
import { renameSheetInFormula } from "./formula-refs";
import { hostIsSetSupported } from "./host";
import { syncStep } from "./sync";
import { queueSheet } from "./render-sheet";
import { checkRequirements, type IsSetSupported } from "./requirements";

export type SheetStatus = "dibuat" | "dipakai-ulang" | "dinamai-ulang";

export interface RenderReport {
  sheets: { name: string; status: SheetStatus }[];
  warnings: string[];
}

export interface RenderOptions {
  onProgress?: (message: string) => void;
  /** Asked before an existing, different Profil sheet is overwritten; no answer = keep it. */
  confirm?: (message: string) => Promise<boolean>;
  /** Requirement-set check; default `Office.context.requirements.isSetSupported` (all, outside Excel). */
  isSetSupported?: IsSetSupported;
}

const DATA_KINDS: ReadonlySet<string> = new Set(["fasilitasi", "dokdesa", "ikm"]);

type Action = "new" | "reuse" | "overwrite" | "keep";

interface Plan {
  model: SheetModel;
  name: string;
  action: Action;
  status: SheetStatus;
  occupied: ((row: number, col: number) => boolean) | null;
}

interface Probe {
  used: Excel.Range;
  validations: Map<string, Excel.DataValidation>;
  freeze: Excel.Range | null;
}

/** The model with references to renamed sheets rewritten (formulas and defined names). */
function withRenames(model: SheetsModel, renames: Map<string, string>): SheetsModel {
  if (renames.size === 0) return model;
  const fix = (f: string): string => {
    let out = f;
    for (const [from, to] of renames) out = renameSheetInFormula(out, from, to);
    return out;
  };
  return {
    ...model,
    sheets: model.sheets.map((s) => ({
      ...s,
      name: renames.get(s.name) ?? s.name,
      cells: s.cells.map((c) => (c.formula === undefined ? c : { ...c, formula: fix(c.formula) })),
    })),
    names: model.names.map((n) => ({ ...n, sheet: renames.get(n.sheet) ?? n.sheet })),
  };
}

function occupiedFrom(used: Excel.Range): (row: number, col: number) => boolean {
  if (used.isNullObject) return () => false;
  const grid = gridFromUsed(used.address, used.formulas);
  return (row, col) => {
    const x = grid[row - 1]?.[col - 1];
    return x !== null && x !== undefined && x !== "";
  };
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
  await syncStep(context, "membaca daftar lembar");
  const existing = collection.items.map((w) => w.name);
  const taken = new Set(existing.map((n) => n.toLowerCase()));

  // Sync 2 (only when needed): content of sheets we might reuse, targets of existing names.
  const probes = new Map<string, Probe>();
  for (const s of model.sheets) {
    if (!taken.has(s.name.toLowerCase()) || !(DATA_KINDS.has(s.kind) || s.kind === "profil")) continue;
    const ws = wb.worksheets.getItem(s.name);
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("address,values,formulas");
    const validations = new Map<string, Excel.DataValidation>();
    if (req.features.validasi && DATA_KINDS.has(s.kind)) {
      for (const v of s.validations)
        validations.set(v.range, ws.getRange(v.range).dataValidation.load("type"));
    }
    const freeze = req.features.bekuPanel ? ws.freezePanes.getLocationOrNullObject().load("address") : null;
    probes.set(s.name, { used, validations, freeze });
  }
  const nameTargets = new Map<string, Excel.Range>();
  for (const [name, item] of nameItems) {
    if (!item.isNullObject) nameTargets.set(name, item.getRangeOrNullObject().load("address"));
  }
  if (probes.size > 0 || nameTargets.size > 0) await syncStep(context, "membaca lembar yang sudah ada");

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
    if (!taken.has(s.name.toLowerCase())) {
      taken.add(s.name.toLowerCase());
      plans.push({ model: s, name: s.name, action: "new", status: "dibuat", occupied: null });
    } else if (probe && DATA_KINDS.has(s.kind)) {
      const grid = probe.used.isNullObject ? [] : gridFromUsed(probe.used.address, probe.used.formulas);
      if (headerMatches(s, grid)) {
        plans.push({
          model: s,
          name: s.name,
          action: "reuse",
          status: "dipakai-ulang",
          occupied: occupiedFrom(probe.used),
        });
      } else plans.push(rename(s, "dengan isi lain (judul kolom berbeda)"));
    } else if (probe && s.kind === "profil" && model.profile) {
      const grid = probe.used.isNullObject ? [] : gridFromUsed(probe.used.address, probe.used.values);
      const old = readProfile(grid);
      if (isIkuError(old)) plans.push(rename(s, "tetapi bukan lembar profil IKU"));
      else if (sameProfile(old, model.profile)) {
        plans.push({ model: s, name: s.name, action: "keep", status: "dipakai-ulang", occupied: null });
      } else {
        const question =
          `Lembar "${s.name}" berisi profil lain (Kecamatan ${old.kecamatan}, tahun ${old.tahun}). ` +
          `Timpa dengan profil baru (Kecamatan ${model.profile.kecamatan}, tahun ${model.profile.tahun})?`;
        const yes = options.confirm ? await options.confirm(question) : false;
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
    } else plans.push(rename(s, ""));
  }
  const final = withRenames(model, renames);

  // Sync 3: queue everything.
  let firstNew: Excel.Worksheet | null = null;
  plans.forEach((p, i) => {
    if (p.action === "keep") return;
    progress(`Menyiapkan lembar ${p.name}…`);
    const sheet = final.sheets[i];
    const probe = probes.get(p.model.name);
    let ws: Excel.Worksheet;
    if (p.action === "new") {
      ws = wb.worksheets.add(p.name);
      firstNew ??= ws;
    } else {
      ws = wb.worksheets.getItem(p.name);
      if (p.action === "overwrite" && probe && !probe.used.isNullObject) {
        const rect = parseAddress(probe.used.address)?.rect;
        if (rect) ws.getRange(rectAddress(rect)).clear();
      }
    }
    const validated = new Set<string>();
    if (p.action === "reuse" && probe)
      for (const [range, dv] of probe.validations) if (dv.type !== "None") validated.add(range);
    const notes = queueSheet(ws, sheet, {
      features: req.features,
      occupied: p.occupied,
      validated,
      frozen:
        p.action === "reuse" &&
        probe?.freeze !== null &&
        probe?.freeze !== undefined &&
        !probe.freeze.isNullObject,
    });
    warnings.push(...notes);
  });

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
    if (target) nameItems.get(n.name)?.delete();
    wb.names.add(n.name, wb.worksheets.getItem(n.sheet).getRange(n.range.replace(/\$/g, "")));
  }
  if (firstNew !== null) (firstNew as Excel.Worksheet).activate();

  progress("Menyimpan ke Excel…");
  await syncStep(context, "menulis lembar IKU (apakah buku kerja atau lembarnya diproteksi?)");
  progress("Selesai.");
  return { sheets: plans.map((p) => ({ name: p.name, status: p.status })), warnings };
}
