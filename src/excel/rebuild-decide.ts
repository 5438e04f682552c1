/**
 * The rebuild decision of renderWorkbook (./render.ts): which generated sheets are replaced in
 * place, asked in ONE confirmation that also names a different Profil to be overwritten.
 */

import { isIkuError } from "../core/errors";
import type { SheetModel, SheetsModel } from "../core/workbook/model";
import { readProfile } from "../core/workbook/profil-read";
import { sameProfile } from "./existing";
import { fingerprintGrid, planRebuild, rebuildQuestion, type RebuildPlan } from "./rebuild";
import { carryTypedInputs, inputRowsOf } from "./typed-inputs";

export interface RebuildDecision {
  rebuild: RebuildPlan;
  /** Model sheet name → existing sheet replaced in place (empty when not agreed). */
  replacing: Map<string, string>;
  /** The answer about the Profil when it was part of the question; null = ask separately. */
  profilYes: boolean | null;
  /** The model with the typed figures of the sheets it replaces (or stands beside) carried in. */
  model: SheetsModel;
  /** How many typed figures were carried. */
  carried: number;
}

/**
 * @param generated existing candidate sheets with their grid (`formulas`), null when empty.
 * @param profilGrid the existing Profil sheet's values, or null.
 */
export async function decideRebuild(
  model: SheetsModel,
  generated: readonly { name: string; grid: unknown[][] | null }[],
  stored: Readonly<Record<string, string>>,
  profilGrid: unknown[][] | null,
  options: { confirm?: (message: string) => Promise<boolean>; replaceUntouched?: "ask" | "always" },
): Promise<RebuildDecision> {
  const rebuild = planRebuild(
    model.sheets,
    generated.map((g) => ({ name: g.name, fingerprint: g.grid === null ? null : fingerprintGrid(g.grid) })),
    stored,
  );
  const carry = carryInputs(model, rebuild, generated);
  let replaceOk = rebuild.replace.length > 0 && options.replaceUntouched === "always";
  let profilYes: boolean | null = null;
  if (rebuild.replace.length > 0 && !replaceOk && options.confirm) {
    const old = profilGrid === null ? null : readProfile(profilGrid);
    const name = model.sheets.find((s) => s.kind === "profil")?.name ?? "Profil";
    const neu = model.profile;
    const also =
      old !== null && !isIkuError(old) && neu && !sameProfile(old, neu)
        ? `Lembar "${name}" berisi profil lain (Kecamatan ${old.kecamatan}, tahun ${old.tahun}). ` +
          `Timpa dengan profil baru (Kecamatan ${neu.kecamatan}, tahun ${neu.tahun}) dan perbarui lembar itu?`
        : undefined;
    replaceOk = await options.confirm(rebuildQuestion(rebuild, also));
    if (also) profilYes = replaceOk;
  }
  const replacing = new Map(replaceOk ? rebuild.replace.map((r) => [r.model, r.sheet]) : []);
  // Carried figures go into the replaced sheet, or into the new one beside a kept sheet.
  let carried = 0;
  const sheets = model.sheets.map((s) => {
    const c = carry.get(s.name);
    if (!c) return s;
    carried += c.carried;
    return c.sheet;
  });
  return { rebuild, replacing, profilYes, model: { ...model, sheets }, carried };
}

/**
 * Typed quarterly figures of the existing generated sheets, carried into the model's sheets
 * (./typed-inputs.ts). A sheet to replace whose figures would lose their row is kept instead:
 * it moves from `replace` to `handEdited` (and `keptForInputs`), so nothing typed is lost.
 */
function carryInputs(
  model: SheetsModel,
  plan: RebuildPlan,
  generated: readonly { name: string; grid: unknown[][] | null }[],
): Map<string, { sheet: SheetModel; carried: number }> {
  const out = new Map<string, { sheet: SheetModel; carried: number }>();
  const gridOf = (name: string) => generated.find((g) => g.name.toLowerCase() === name.toLowerCase())?.grid;
  for (const s of model.sheets) {
    const r = plan.replace.find((x) => x.model === s.name);
    const grid = gridOf(r?.sheet ?? s.name);
    if (!grid || inputRowsOf(grid).length === 0) continue;
    const c = carryTypedInputs(grid, s);
    if (c.carried > 0) out.set(s.name, c);
    if (c.lost.length > 0 && r) {
      plan.replace = plan.replace.filter((x) => x !== r);
      plan.handEdited.push(r.sheet);
      plan.keptForInputs = [...(plan.keptForInputs ?? []), r.sheet];
      plan.lostInputs = { ...plan.lostInputs, [r.sheet]: c.lost };
    }
  }
  return out;
}
