/**
 * Sync 2 of renderWorkbook (./render.ts): what an existing sheet we might reuse holds. Data
 * sheets are read over the model's extent only, whose size is known before reading, so the
 * read is split by estimated response size (./request-budget.ts).
 */

import { rectAddress } from "../core/a1";
import { REGISTRY } from "../core/indicators";
import type { SheetModel } from "../core/workbook/model";
import { ACTION_BYTES, READ_CELL_BYTES, inChunks, type RequestBudget } from "./request-budget";
import type { Feature } from "./requirements";
import { extent, plannedCells } from "./sheet-plan";

/** Sheet kinds holding user data (kept on rebuild): every registry module's data sheet. */
export const DATA_KINDS: ReadonlySet<string> = new Set(
  REGISTRY.flatMap((m) => (m.sheetKind ? [m.sheetKind] : [])),
);

export const READ_STEP = "membaca lembar yang sudah ada";

export interface Probe {
  /** Profil: its used range. Data sheets: null (see blocks). */
  used: Excel.Range | null;
  /** Data sheets: the model's extent from A1 in row blocks (formulas, number formats). */
  blocks: Excel.Range[];
  validations: Map<string, Excel.DataValidation>;
  freeze: Excel.Range | null;
}

/** The blocks' property as one grid from A1 (grid[0] = row 1), "" as null. */
export function blockGrid(blocks: Excel.Range[], prop: "formulas" | "numberFormat"): unknown[][] {
  const grid: unknown[][] = [];
  for (const b of blocks)
    for (const row of b[prop] as unknown[][]) grid.push(row.map((x) => (x === "" ? null : x)));
  return grid;
}

export function occupiedFrom(grid: unknown[][]): (row: number, col: number) => boolean {
  return (row, col) => {
    const x = grid[row - 1]?.[col - 1];
    return x !== null && x !== undefined && x !== "";
  };
}

/** Queues the loads for one existing sheet (data sheet or Profil) through the read budget. */
export async function probeSheet(
  ws: Excel.Worksheet,
  s: SheetModel,
  reads: RequestBudget,
  features: Record<Feature, boolean>,
): Promise<Probe> {
  const probe: Probe = { used: null, blocks: [], validations: new Map(), freeze: null };
  if (DATA_KINDS.has(s.kind)) {
    const { rows, cols } = extent(plannedCells(s).values());
    const perRow = () => cols * READ_CELL_BYTES;
    await inChunks(reads, rows, perRow, 2 * ACTION_BYTES, "response", READ_STEP, (a, b) => {
      const rect = { top: a + 1, left: 1, bottom: b + 1, right: cols };
      probe.blocks.push(ws.getRange(rectAddress(rect)).load("formulas,numberFormat"));
    });
    if (features.validasi) {
      for (const v of s.validations) {
        await reads.actions(3, 0, READ_STEP);
        probe.validations.set(v.range, ws.getRange(v.range).dataValidation.load("type"));
      }
    }
  } else {
    await reads.reserve(2 * ACTION_BYTES, 50_000, READ_STEP);
    probe.used = ws.getUsedRangeOrNullObject(true).load("address,values,formulas");
  }
  await reads.actions(3, 0, READ_STEP);
  probe.freeze = features.bekuPanel ? ws.freezePanes.getLocationOrNullObject().load("address") : null;
  return probe;
}
