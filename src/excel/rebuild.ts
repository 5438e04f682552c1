/**
 * Rebuilding in place. The IKU and Pengukuran Kinerja sheets hold no typed data (everything
 * comes from Profil and the data sheets), so pressing "Buat Lembar IKU" again replaces them
 * instead of adding "IKU 2025 (2)". A sheet the user changed by hand must survive: when we
 * build a generated sheet we store a fingerprint of its content in a workbook setting (ExcelApi
 * 1.4, travels inside the file, invisible to users); on rebuild a sheet whose content still
 * gives that fingerprint is ours to replace, any other is kept and the new one gets a suffix.
 *
 * Fingerprints are taken from the cells as `range.formulas` returns them, normalised so that a
 * workbook converted with "Konversi formula" (or saved with `_xldudf_IKU_` calls) still matches:
 * IKU calls are compared in their portable translation, formulas case- and space-insensitive.
 */

import { isIkuError } from "../core/errors";
import type { SheetModel } from "../core/workbook/model";
import { hasIkuCall, toPortable } from "../core/workbook/portable";
import { fromStoredFormula } from "../core/workbook/stored-formula";
import { canonicalFormula } from "./formula-store";
import { formulaInput, plannedCells } from "./sheet-plan";
import { withoutTypedInputs } from "./typed-inputs";

/** The workbook setting holding `{ [sheet name]: fingerprint }` of the sheets we generated. */
export const FINGERPRINT_SETTING = "IKU.sidikJariLembar";

/** Sheet kinds built entirely from Profil and the data sheets (no typed data). */
export const GENERATED_KINDS: ReadonlySet<string> = new Set(["iku", "pengukuran", "skm"]);

/** One cell as compared: formulas in a form shared by add-in, stored and portable calls. */
export function normCell(x: unknown): string | null {
  if (x === null || x === undefined || x === "") return null;
  if (typeof x === "string" && x.startsWith("=") && x.length > 1) {
    const typed = fromStoredFormula(x.slice(1));
    const portable = hasIkuCall(typed) ? toPortable(typed) : typed;
    return `=${canonicalFormula(isIkuError(portable) ? typed : portable)}`;
  }
  if (typeof x === "string") return `s${x.replace(/^'/, "").trim()}`;
  if (typeof x === "number") return `n${Number(x.toPrecision(12))}`;
  return typeof x === "boolean" ? `b${x}` : `?${JSON.stringify(x)}`;
}

/** FNV-1a (32 bit) over the normalised non-empty cells of a grid (grid[0] = row 1, from A1). */
export function fingerprintGrid(grid: readonly (readonly unknown[])[]): string {
  // Figures typed into Pengukuran Kinerja's input block are data, not a hand edit.
  grid = withoutTypedInputs(grid);
  let h = 0x811c9dc5;
  let n = 0;
  const feed = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
  };
  grid.forEach((row, r) =>
    row.forEach((x, c) => {
      const v = normCell(x);
      if (v === null) return;
      n++;
      feed(`${r + 1},${c + 1}:${v}\u0000`);
    }),
  );
  return `${n}-${h.toString(16)}`;
}

/** The fingerprint a model sheet will have once written (what `formulas` would return). */
export function fingerprintModel(sheet: SheetModel): string {
  const grid: unknown[][] = [];
  for (const c of plannedCells(sheet).values()) {
    const x = formulaInput(c);
    if (x === "") continue;
    while (grid.length < c.row) grid.push([]);
    const row = grid[c.row - 1];
    while (row.length < c.col) row.push(null);
    row[c.col - 1] = typeof x === "string" && x.startsWith("'") ? x.slice(1) : x;
  }
  return fingerprintGrid(grid);
}

/** The stored fingerprints (an unreadable setting counts as none: nothing is replaced). */
export function parseFingerprints(value: unknown): Record<string, string> {
  if (typeof value !== "string") return {};
  try {
    const parsed: unknown = JSON.parse(value);
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return {};
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(parsed)) if (typeof v === "string") out[k.toLowerCase()] = v;
    return out;
  } catch {
    return {};
  }
}

/** Names a generated sheet may carry: its own, or with a suffix from an earlier rebuild. */
export function isCandidateName(base: string, name: string): boolean {
  const b = base.toLowerCase();
  const n = name.toLowerCase();
  if (n === b) return true;
  const m = /^(.*) \((\d+)\)$/.exec(n);
  return m !== null && b.startsWith(m[1]) && m[1].length > 0;
}

export interface RebuildPlan {
  /** Generated sheets to update in place (model name → existing sheet name). */
  replace: { model: string; sheet: string }[];
  /** Existing sheets with a generated sheet's name that were changed by hand: kept. */
  handEdited: string[];
  /** Of those, the sheets kept because typed figures would have no place in the new layout. */
  keptForInputs?: string[];
  /** Per such sheet, the figures without a place ("indikator — baris"). */
  lostInputs?: Record<string, string[]>;
  /** Model sheets that do not exist yet. */
  create: string[];
}

/**
 * What a rebuild will do with the generated sheets.
 * @param sheets the model's sheets.
 * @param existing every sheet of the workbook with, for candidates, its current fingerprint.
 * @param stored fingerprints saved at the last build (lower-case sheet names).
 */
export function planRebuild(
  sheets: readonly SheetModel[],
  existing: readonly { name: string; fingerprint: string | null }[],
  stored: Readonly<Record<string, string>>,
): RebuildPlan {
  const plan: RebuildPlan = { replace: [], handEdited: [], create: [] };
  const used = new Set<string>();
  for (const s of sheets) {
    if (!GENERATED_KINDS.has(s.kind)) continue;
    const untouched = existing.filter(
      (e) =>
        isCandidateName(s.name, e.name) &&
        !used.has(e.name.toLowerCase()) &&
        e.fingerprint !== null &&
        stored[e.name.toLowerCase()] === e.fingerprint,
    );
    // Prefer the sheet with the model's own name, else the most recent suffix.
    const pick =
      untouched.find((e) => e.name.toLowerCase() === s.name.toLowerCase()) ?? untouched[untouched.length - 1];
    if (pick) {
      used.add(pick.name.toLowerCase());
      plan.replace.push({ model: s.name, sheet: pick.name });
      continue;
    }
    const same = existing.find((e) => e.name.toLowerCase() === s.name.toLowerCase());
    if (same) plan.handEdited.push(same.name);
    else plan.create.push(s.name);
  }
  return plan;
}

const list = (names: readonly string[]): string =>
  names.length <= 1
    ? `"${names[0] ?? ""}"`
    : `${names
        .slice(0, -1)
        .map((n) => `"${n}"`)
        .join(", ")} dan "${names[names.length - 1]}"`;

/**
 * The one confirmation the pane shows before replacing (Indonesian, naming the sheets).
 * @param also a question for another change decided by the same answer (a different Profil).
 */
export function rebuildQuestion(plan: RebuildPlan, also?: string): string {
  const sheets = plan.replace.map((r) => r.sheet);
  let text =
    `Lembar ${list(sheets)} akan diperbarui di tempat (isinya diganti dengan susunan baru dari ` +
    `Profil). Lembar data (Fasilitasi, Dokumen Desa, Survei IKM) dan isiannya tidak diubah.`;
  const kept = new Set(plan.keptForInputs ?? []);
  const byHand = plan.handEdited.filter((n) => !kept.has(n));
  if (byHand.length > 0)
    text += ` Lembar ${list(byHand)} sudah Anda ubah sendiri: dibiarkan, lembar baru diberi akhiran.`;
  if (kept.size > 0)
    text +=
      ` Lembar ${list([...kept])} memuat masukan triwulan IKU yang tidak ada lagi di Profil ` +
      `(${[...kept].flatMap((n) => plan.lostInputs?.[n] ?? []).join("; ")}): dibiarkan, lembar baru diberi akhiran.`;
  // A second change decided by the same answer ends the text as the question itself.
  return also ? `${text} ${also}` : `${text} Lanjutkan?`;
}
