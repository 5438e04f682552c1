/**
 * The shape of one measurement kind in the indicator registry (issue 10,
 * docs/design/indicator-registry.md): everything the evaluation, the sheets, the reader and
 * the renderer need to know about a kind, in one module per kind.
 */
import type { Indicator, IndicatorKind, Profile } from "../profile";
import type { Triwulan } from "../triwulan";
import type { FormulaMode, NamedRangeModel, SheetKind, SheetModel } from "../workbook/model";
import type { DataKey, IkuWorkbookData, QuarterRealisasi, Realisasi, Where } from "./data";

/** Options of the workbook build the data sheets use. */
export interface DataSheetOptions {
  fasilitasiRows: number;
  surveiRows: number;
}

export interface IndicatorModule {
  readonly kind: IndicatorKind;
  /** Kind of the data sheet it builds (render reuse rule), or none for typed kinds. */
  readonly sheetKind?: SheetKind;
  /**
   * Reader keys and the defined names they are read through (the daftar logs' names depend on
   * their sheets and are found by pattern: parseDaftarName in workbook/model.ts).
   */
  readonly dataNames: readonly (readonly [DataKey, string])[];
  /**
   * Builds its data sheets and their defined names (called once per workbook: one sheet per
   * daftar log, one shared Dokumen Desa / Survei IKM sheet whatever the count).
   */
  dataSheets?(
    profile: Profile,
    mode: FormulaMode,
    options: DataSheetOptions,
  ): { sheets: SheetModel[]; names: NamedRangeModel[] };
  /**
   * What the sheet would refuse before computing (dates typed as text …) for indicator `ind`,
   * or null.
   */
  strict(data: IkuWorkbookData, ind: Indicator): Where | null;
  /** Yearly realisasi from the data (core functions only), indicator number n (0-based i). */
  realisasi(data: IkuWorkbookData, ind: Indicator, i: number): Realisasi;
  /** Cumulative realisasi at the end of TW I–IV, or where the data is wrong. */
  realisasiTw(data: IkuWorkbookData, ind: Indicator, i: number): QuarterRealisasi[] | Where;
  /**
   * The add-in formula of indicator i's yearly realisasi (portable mode comes from
   * toPortable; typed kinds use built-in functions only, the same text in both modes).
   */
  formula(ind: Indicator, i: number, profile: Profile): string;
  /** The add-in formula of indicator i's realisasi cumulative to the end of quarter q. */
  formulaTw(ind: Indicator, i: number, q: Triwulan, profile: Profile): string;
}
