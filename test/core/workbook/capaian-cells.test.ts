/**
 * The one capaian/predikat cell builder: the IKU and Pengukuran sheets' PREDIKAT cells pass
 * IKU_Skala_Predikat exactly when the profile has its own scale (both formula modes), and
 * evaluateIndicators / evaluateQuarters classify on that scale.
 */
import { capaian, predikat, skalaMatrix } from "../../../src/core/capaian";
import { isIkuError } from "../../../src/core/errors";
import { evaluateIndicators } from "../../../src/core/evaluate";
import { evaluateQuarters } from "../../../src/core/evaluate-triwulan";
import { serialFromYmd } from "../../../src/core/dates";
import { buildWorkbook } from "../../../src/core/workbook/build";
import { capaianFormula, predikatFormula } from "../../../src/core/workbook/capaian-cells";
import { NAMES } from "../../../src/core/workbook/model";
import { column, preset } from "../../helpers/profiles";
import { OWN_SCALE } from "../../helpers/skala-model";

test("formula text: polarity, and the scale name only with an own scale", () => {
  expect(capaianFormula("F9", "E9", "negatif")).toBe('IF(OR(E9="",F9=""),"",IKU.CAPAIAN(F9,E9,"negatif"))');
  expect(predikatFormula("G9", {})).toBe('IF(G9="","",IKU.PREDIKAT(G9))');
  expect(predikatFormula("G9", { skalaPredikat: OWN_SCALE })).toBe(
    `IF(G9="","",IKU.PREDIKAT(G9,${NAMES.skalaPredikat}))`,
  );
});

describe.each(["addin", "portable"] as const)("%s mode", (mode) => {
  const predikatCells = (withScale: boolean): string[] => {
    const p = preset("randuagung-2025");
    const model = buildWorkbook(withScale ? { ...p, skalaPredikat: OWN_SCALE } : p, mode);
    return model.sheets
      .filter((s) => s.kind === "iku" || s.kind === "pengukuran")
      .flatMap((s) => s.cells.map((c) => c.formula ?? ""))
      .filter(
        (f) =>
          f.includes(mode === "addin" ? "IKU.PREDIKAT(" : '"Sangat Rendah"') ||
          f.includes(NAMES.skalaPredikat),
      );
  };
  test("every predikat cell of IKU and Pengukuran reads IKU_Skala_Predikat with an own scale", () => {
    const own = predikatCells(true);
    // 2 indicators × (1 yearly + 4 quarters)
    expect(own.filter((f) => f.includes(NAMES.skalaPredikat))).toHaveLength(10);
    expect(predikatCells(false).some((f) => f.includes(NAMES.skalaPredikat))).toBe(false);
  });
});

test("evaluation uses the profile's scale (yearly and quarterly)", () => {
  const profile = preset("randuagung-2025");
  const status = ["Ya", "Ya", "Ya", "Tidak"]; // 75 %, target 84 % → capaian 89,29 %
  const dates = status.map(() => serialFromYmd(2025, 2, 1));
  const data = {
    daftar: {
      Fasilitasi: { status: column("Fasilitasi", 5, 6, status), tanggal: column("Fasilitasi", 5, 2, dates) },
    },
  };
  const cap = capaian(0.75, profile.indicators[0].target, "positif");
  if (isIkuError(cap)) throw new Error(cap.message);
  const byDefault = evaluateIndicators({ profile, ...data })[0].predikat;
  const own = evaluateIndicators({ profile: { ...profile, skalaPredikat: OWN_SCALE }, ...data })[0];
  expect(byDefault).toBe("Tinggi");
  expect(own.predikat).toBe("Cukup");
  expect(own.predikat).toBe(predikat(cap, skalaMatrix(OWN_SCALE)));
  const tw = evaluateQuarters({ profile: { ...profile, skalaPredikat: OWN_SCALE }, ...data })[0];
  expect(tw.triwulan.map((q) => q.predikat)).toEqual(["Cukup", "Cukup", "Cukup", "Cukup"]);
});
