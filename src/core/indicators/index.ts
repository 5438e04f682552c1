/**
 * The indicator registry (issue 10): one module per measurement kind, keyed by the v1 kind
 * name (Indicator.kind). Evaluation, the IKU/Pengukuran sheets, the workbook build, the
 * reader's names and the renderer's reuse rule iterate REGISTRY instead of switching on kinds;
 * adding a kind = one module here plus its tests.
 */
import type { IndicatorKind } from "../profile";
import { dokdesaModule } from "./dokdesa";
import { fasilitasiModule } from "./fasilitasi";
import { ikmModule } from "./ikm";
import { nilaiModule, rasioModule } from "./typed";
import type { IndicatorModule } from "./types";

export type { IndicatorModule, DataSheetOptions } from "./types";

/** Every buildable kind, in the order its data sheets follow the Pengukuran sheet. */
export const REGISTRY: readonly IndicatorModule[] = [
  fasilitasiModule,
  dokdesaModule,
  ikmModule,
  rasioModule,
  nilaiModule,
];

/** The module of `kind`; a kind this version cannot build is a programming error here. */
export function moduleOf(kind: IndicatorKind): IndicatorModule {
  const m = REGISTRY.find((x) => x.kind === kind);
  if (!m) throw new Error(`Jenis pengukuran "${kind}" belum dapat dibuat oleh versi ini`);
  return m;
}
