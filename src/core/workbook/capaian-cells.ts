/**
 * The one capaian/predikat cell pair of every sheet that shows a realisasi against a target
 * (IKU, Pengukuran Kinerja; the rekap sheets may use it too): IKU.CAPAIAN with the
 * indicator's polarity, IKU.PREDIKAT on the profile's own scale when it has one
 * (IKU_Skala_Predikat on Profil) or the default scale. Portable mode translates both through
 * toPortable like every other formula of a SheetDraft.
 */
import type { Polarity, Profile } from "../profile";
import { NAMES } from "./model";
import type { CachedValue, CellStyle } from "./model";
import { SheetDraft, addr } from "./sheet-kit";

/** Capaian of `real` against `target` (cell references): blank while either is blank. */
export function capaianFormula(real: string, target: string, polaritas: Polarity): string {
  return `IF(OR(${target}="",${real}=""),"",IKU.CAPAIAN(${real},${target},"${polaritas}"))`;
}

/** Predikat of the capaian cell `cap`: on IKU_Skala_Predikat when the profile has a scale. */
export function predikatFormula(cap: string, profile: Pick<Profile, "skalaPredikat">): string {
  const skala = profile.skalaPredikat ? `,${NAMES.skalaPredikat}` : "";
  return `IF(${cap}="","",IKU.PREDIKAT(${cap}${skala}))`;
}

/** Where the pair goes and what it shows before any recalculation. */
export interface CapaianCells {
  row: number;
  capaianCol: number;
  predikatCol: number;
  /** References of the realisasi and target cells the capaian reads. */
  real: string;
  target: string;
  polaritas: Polarity;
  cached: { capaian: CachedValue; predikat: CachedValue };
}

/** Writes the capaian cell (0.00 %) and the predikat cell next to it in the sheet. */
export function writeCapaianPredikat(
  s: SheetDraft,
  c: CapaianCells,
  profile: Pick<Profile, "skalaPredikat">,
  style: CellStyle,
): void {
  const capAddr = addr(c.row, c.capaianCol);
  s.formula(
    c.row,
    c.capaianCol,
    capaianFormula(c.real, c.target, c.polaritas),
    { ...style, numFmt: "0.00%" },
    c.cached.capaian,
  );
  s.formula(c.row, c.predikatCol, predikatFormula(capAddr, profile), style, c.cached.predikat);
}
