/**
 * Excel's largest row height is 409 pt; a taller row is invalid. Heights are estimated from
 * text length, so a very long text (a 10 MB kecamatan name once asked for 8.7 million
 * points) must be capped, in the estimate and in every sheet built.
 */
import { buildWorkbook } from "../../../src/core/workbook/build";
import { MAX_ROW_HEIGHT, heightFor } from "../../../src/core/workbook/sheet-kit";
import { profileOf } from "../../helpers/profiles";

describe("row heights never exceed 409 pt", () => {
  test.each([
    [1, 15],
    [27, 405],
    [28, 409],
    [1e6, 409],
  ])("heightFor(%d lines) = %d", (lines, pt) => {
    expect(heightFor(lines)).toBe(pt);
    expect(MAX_ROW_HEIGHT).toBe(409);
  });

  test("a workbook of a kecamatan with a 200 000-character name and tujuan", () => {
    const p = profileOf("Senduro");
    const long = "Kecamatan Senduro ".repeat(11_000);
    const profile = {
      ...p,
      instansi: long,
      tujuan: long,
      indicators: p.indicators.map((i) => ({ ...i, nama: long })),
    };
    const model = buildWorkbook(profile, "portable");
    const heights = model.sheets.flatMap((s) => Object.values(s.rowHeights));
    expect(Math.max(...heights)).toBe(409);
  });
});
