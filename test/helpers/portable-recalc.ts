/**
 * Engine tests of the portable translation against the add-in: each IKU.* call is written in
 * its portable form into column A of sheet "D" (row 20 onward) beside the data `fill` writes,
 * recalculated by LibreOffice Calc, and compared with the add-in function on the same cells.
 */
import ExcelJS from "exceljs";
import * as path from "path";
import { toPortable } from "../../src/core/workbook/portable";
import { cellValue } from "../../src/xlsx/read";
import { outcome } from "../functions/stub";
import { tempDir } from "./cli-run";
import { convert, makeProfile } from "./libreoffice";

/** First row of the formulas (data above it). */
const FIRST = 20;

/** The recalculated result of each formula, by its add-in text. */
export async function recalcPortable(
  formulas: readonly string[],
  fill: (ws: ExcelJS.Worksheet) => void,
  name: string,
): Promise<Map<string, unknown>> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("D");
  fill(ws);
  formulas.forEach((f, i) => {
    const p = toPortable(f);
    if (typeof p !== "string") throw new Error(p.message);
    ws.getCell(FIRST + i, 1).value = { formula: p };
  });
  const dir = tempDir(`iku-engine-${name}-`);
  const input = path.join(dir, `${name}.xlsx`);
  await wb.xlsx.writeFile(input);
  const out = new ExcelJS.Workbook();
  await out.xlsx.readFile(convert(input, path.join(dir, "out"), "xlsx", makeProfile()));
  const sheet = out.getWorksheet("D");
  return new Map(formulas.map((f, i) => [f, sheet ? cellValue(sheet.getCell(FIRST + i, 1)) : undefined]));
}

/** The recalculated value equals the add-in's outcome: its number (9 decimals) or its error code. */
export function expectSameOutcome(value: unknown, core: () => unknown): void {
  const r = outcome(core);
  const want = "value" in r ? r.value : r.error.code;
  if (typeof want === "number") expect(value as number).toBeCloseTo(want, 9);
  else expect(value).toBe(want);
}
