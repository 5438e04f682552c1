/**
 * The pane's and the ribbon's actions on the open workbook, over helper E's Office.js
 * renderer. Each action runs one Excel batch through the runner (Excel.run, or the fake in
 * tests) and returns a status message; nothing here touches the DOM.
 */

import type { Profile } from "../core/profile";
import type { FormulaMode } from "../core/workbook/model";
import { ErrorKind, ikuError, type IkuError } from "../core/errors";
import { hostIsSetSupported, type ExcelRunner } from "../excel/host";
import type { GrownArea } from "../excel/print-refresh";
import type { IsSetSupported } from "../excel/requirements";
import { readWorkbookProfile } from "../excel/profile-store";
import {
  describeConvert,
  describeRender,
  emptyTargetsWarning,
  errorText,
  failure,
  type StatusMessage,
} from "./messages";

export interface BuildHooks {
  onProgress?: (message: string) => void;
  /** Asked before an existing, different Profil sheet is overwritten; absent = keep it. */
  confirm?: (message: string) => Promise<boolean>;
  /** "always" (ribbon, no dialog): untouched IKU sheets are updated in place without asking. */
  replaceUntouched?: "ask" | "always";
}

/** Builds the workbook model from a profile and renders it into the open workbook. */
export async function buildSheets(
  run: ExcelRunner,
  profile: Profile,
  mode: FormulaMode,
  hooks: BuildHooks = {},
): Promise<StatusMessage> {
  try {
    // The sheet builders and the renderer are one chunk loaded on the first build: the pane's
    // first screen only reads the Profil sheet (webpack.config.js, issue 12).
    hooks.onProgress?.("Memuat penyusun lembar…");
    const [{ buildWorkbook }, { renderWorkbook }] = await Promise.all([
      import(/* webpackChunkName: "lembar" */ "../core/workbook/build"),
      import(/* webpackChunkName: "lembar" */ "../excel/render"),
    ]);
    hooks.onProgress?.("Menyusun lembar…");
    const model = buildWorkbook(profile, mode);
    const report = await run((context) =>
      renderWorkbook(context, model, {
        onProgress: hooks.onProgress,
        confirm: hooks.confirm ?? (() => Promise.resolve(false)),
        replaceUntouched: hooks.replaceUntouched,
      }),
    );
    const message = describeRender(report);
    // Said by the pane and the ribbon alike, as `iku buat` does (issue 13).
    const targets = emptyTargetsWarning(profile.indicators, profile.tujuanUkur);
    return targets === null ? message : { ...message, warnings: [...(message.warnings ?? []), targets] };
  } catch (e) {
    return failure("membuat lembar IKU", e);
  }
}

/** The profile stored in the workbook's Profil sheet: null when there is none. */
export async function loadProfile(run: ExcelRunner): Promise<Profile | null | IkuError> {
  try {
    return await run((context) => readWorkbookProfile(context));
  } catch (e) {
    return ikuError(ErrorKind.Value, failure("membaca lembar Profil", e).text);
  }
}

/**
 * "Konversi formula" in either direction. The converter is a chunk of its own, loaded on the
 * first use (the pane's first screen does not need it); onProgress says so meanwhile. Then,
 * as after every build, data sheets' print areas are brought in step with the rows typed since
 * (print-refresh.ts): converting is what staff do before sending or printing the file.
 */
export async function convert(
  run: ExcelRunner,
  to: "portable" | "addin",
  hooks: Pick<BuildHooks, "onProgress"> & { isSetSupported?: IsSetSupported } = {},
): Promise<StatusMessage> {
  try {
    hooks.onProgress?.("Memuat konversi formula…");
    const [{ convertFormulas }, { refreshDataPrintAreas }] = await Promise.all([
      import(/* webpackChunkName: "konversi" */ "../excel/convert"),
      import(/* webpackChunkName: "konversi" */ "../excel/print-refresh"),
    ]);
    hooks.onProgress?.(
      to === "portable" ? "Mengubah ke formula Excel standar…" : "Mengembalikan fungsi IKU…",
    );
    // Print areas need ExcelApi 1.9 (the renderer's "tataLetak" feature).
    const layout = (hooks.isSetSupported ?? hostIsSetSupported())("ExcelApi", "1.9");
    const { result, grown } = await run(async (context) => {
      const converted = await convertFormulas(context, to);
      let areas: GrownArea[] | string = [];
      if (layout) {
        try {
          areas = await refreshDataPrintAreas(context);
        } catch (e) {
          // The formulas are converted (synced) already: say so, not "gagal mengonversi".
          areas = errorText(e);
        }
      }
      return { result: converted, grown: areas };
    });
    return describeConvert(result, to, grown);
  } catch (e) {
    return failure("mengonversi formula", e);
  }
}
