/**
 * Excel JavaScript API requirement sets the renderer needs, per feature. Only ExcelApi ≤ 1.9
 * is used. The minimum (1.4) makes building possible at all; a newer set that is missing only
 * switches its feature off with an Indonesian warning in the render report.
 *
 * Sources: the "[Api set: …]" remarks of @types/office-js and Microsoft's requirement-set
 * table (learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets):
 * Office 2016 perpetual has only ExcelApi 1.1, Office 2019 up to 1.7 (1.8 needs Office 2021
 * or Microsoft 365), so on Office 2016 the add-in cannot build (use the CLI's xlsx instead).
 */

export type IsSetSupported = (name: string, version: string) => boolean;

/** A feature the renderer can switch off. */
export type Feature = "bekuPanel" | "validasi" | "tataLetak";

export interface Requirement {
  /** null = the minimum: without it nothing can be built. */
  feature: Feature | null;
  set: "ExcelApi";
  version: string;
  /** The API members that need it (for the README table). */
  apis: string;
  /** Indonesian warning when missing (minimum: the error message). */
  message: string;
}

export const REQUIREMENTS: readonly Requirement[] = [
  {
    feature: null,
    set: "ExcelApi",
    version: "1.4",
    apis:
      "worksheets.getItemOrNullObject, getUsedRangeOrNullObject, names.add / getItemOrNullObject / delete " +
      "(1.4); Range.merge, format.columnWidth / rowHeight, Worksheet.visibility (1.2); values, formulas, " +
      "numberFormat, font, fill, borders (1.1)",
    message:
      // The manifest requires SharedRuntime 1.1 (Excel 2021, 2024, Microsoft 365, web, Mac), which
      // brings ExcelApi 1.14 or later: this only shows on a host that misreports its sets.
      "Excel ini tidak menyediakan ExcelApi 1.4 yang diperlukan add-in IKU (add-in ini untuk Excel 2021, 2024, " +
      "Microsoft 365, Excel untuk web dan Mac). " +
      "Buat berkas dengan perintah `iku buat` lalu buka di Excel ini.",
  },
  {
    feature: "bekuPanel",
    set: "ExcelApi",
    version: "1.7",
    apis: "Worksheet.freezePanes",
    message: "Baris judul tabel tidak dibekukan (Excel ini belum mendukung ExcelApi 1.7).",
  },
  {
    feature: "validasi",
    set: "ExcelApi",
    version: "1.8",
    apis: "Range.dataValidation",
    message:
      "Validasi isian (daftar Ya/Tidak, tanggal, skor 1–4) tidak dipasang (Excel ini belum mendukung ExcelApi 1.8); " +
      "periksa isian secara manual.",
  },
  {
    feature: "tataLetak",
    set: "ExcelApi",
    version: "1.9",
    apis:
      "Worksheet.pageLayout (orientation, paperSize, zoom, setPrintTitleRows, setPrintArea), " +
      "Worksheet.horizontalPageBreaks (rekap: grafik di halaman sendiri)",
    message:
      "Pengaturan cetak (A4 lanskap, muat satu halaman lebar, judul berulang, area cetak) tidak dipasang " +
      "(Excel ini belum mendukung ExcelApi 1.9); atur lewat Tata Letak Halaman.",
  },
];

export interface RequirementCheck {
  /** Missing sets, e.g. ["ExcelApi 1.9"]. */
  missing: string[];
  /** Indonesian warnings for the features switched off. */
  warnings: string[];
  /** The features that can be used. */
  features: Record<Feature, boolean>;
  /** Set when the minimum is missing: building is impossible. */
  error: string | null;
}

/**
 * Checks every requirement set of {@link REQUIREMENTS} with the host's `isSetSupported`.
 * @param isSetSupported `Office.context.requirements.isSetSupported` or a stand-in.
 * @returns missing sets, warnings for degraded features, and an error when the minimum is absent.
 */
export function checkRequirements(isSetSupported: IsSetSupported): RequirementCheck {
  const result: RequirementCheck = {
    missing: [],
    warnings: [],
    features: { bekuPanel: true, validasi: true, tataLetak: true },
    error: null,
  };
  for (const r of REQUIREMENTS) {
    let ok: boolean;
    try {
      ok = isSetSupported(r.set, r.version);
    } catch {
      // A host that cannot even answer is treated as not supporting the set.
      ok = false;
    }
    if (ok) continue;
    result.missing.push(`${r.set} ${r.version}`);
    if (r.feature === null) result.error = r.message;
    else {
      result.features[r.feature] = false;
      result.warnings.push(r.message);
    }
  }
  return result;
}
