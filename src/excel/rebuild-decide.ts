/**
 * The rebuild decision of renderWorkbook (./render.ts): which generated sheets are replaced in
 * place, asked in ONE confirmation that also names a different Profil to be overwritten.
 */

import { isIkuError } from "../core/errors";
import type { SheetsModel } from "../core/workbook/model";
import { readProfile } from "../core/workbook/profil-sheet";
import { sameProfile } from "./existing";
import { fingerprintGrid, planRebuild, rebuildQuestion, type RebuildPlan } from "./rebuild";

export interface RebuildDecision {
  rebuild: RebuildPlan;
  /** Model sheet name → existing sheet replaced in place (empty when not agreed). */
  replacing: Map<string, string>;
  /** The answer about the Profil when it was part of the question; null = ask separately. */
  profilYes: boolean | null;
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
  return { rebuild, replacing, profilYes };
}
