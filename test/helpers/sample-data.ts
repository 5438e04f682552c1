/**
 * Fills the data sheets of an IKU workbook (ExcelJS) with deterministic sample data, found
 * through the defined names like every reader: fasilitasi rows with Ya/Tidak and dates,
 * a delivery date per desa and document (some late, some blank), survey rows with scores
 * 1–4 and dates. Returns the values written, Excel-shaped, for computing expectations.
 */
import ExcelJS from "exceljs";
import { serialFromYmd } from "../../src/core/dates";
import { NAMES, parseDaftarName } from "../../src/core/workbook/model";
import { parseRef } from "../../src/xlsx/read";

/** mulberry32: a small seeded generator so every run fills the same data. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface NamedBlock {
  ws: ExcelJS.Worksheet;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The block a workbook-level defined name points at, or undefined. */
export function namedBlock(wb: ExcelJS.Workbook, name: string): NamedBlock | undefined {
  const [ref] = wb.definedNames.getRanges(name).ranges;
  const r = ref === undefined ? null : parseRef(ref);
  const ws = r ? wb.getWorksheet(r.sheet) : undefined;
  return r && ws ? { ws, top: r.top, left: r.left, bottom: r.bottom, right: r.right } : undefined;
}

export interface SampleData {
  /** The statuses of the log named IKU_Fasilitasi_* (or of the only log), as before issue 10. */
  fasilitasiStatus: unknown[][];
  /** Every daftar log's statuses, by the key of its names (IKU_<key>_Status). */
  daftar: Record<string, unknown[][]>;
  dokRkp: unknown[][];
  dokApb: unknown[][];
  dokLpp: unknown[][];
  ikmJawaban: unknown[][];
}

export interface SampleOptions {
  seed: number;
  /** Performance year N (deadlines: RKP/APB TA N+1 in year N, LPP TA N−1 on 31 Mar N). */
  tahun: number;
  fasilitasiRows: number;
  surveiRows: number;
}

function put(block: NamedBlock, rowOffset: number, colOffset: number, value: ExcelJS.CellValue): void {
  block.ws.getCell(block.top + rowOffset, block.left + colOffset).value = value;
}

/**
 * A date serial around a deadline: on time (often exactly on it), late, or blank. Real date
 * cells only — portable formulas compare cells with DATE(), and a text "30/09/2025" is not
 * a date to Excel's comparison operators.
 */
function deliveryDate(rnd: () => number, deadline: number): number | null {
  const x = rnd();
  if (x < 0.12) return null;
  if (x < 0.3) return deadline + 1 + Math.floor(rnd() * 40);
  if (x < 0.4) return deadline;
  return deadline - Math.floor(rnd() * 60);
}

/** Keys of the daftar logs the workbook names (IKU_<key>_Status), sorted. */
export function daftarKeysIn(wb: ExcelJS.Workbook): string[] {
  const model = wb.definedNames.model as { name: string }[];
  const keys = model.flatMap((d) => {
    const p = parseDaftarName(d.name);
    return p?.column === "status" ? [p.key] : [];
  });
  return [...new Set(keys)].sort();
}

/**
 * Fills every data range the workbook has; ranges it lacks stay empty arrays. Statuses use
 * the canonical "Ya"/"Tidak" the sheet's validation list offers.
 */
export function fillSampleData(wb: ExcelJS.Workbook, opt: SampleOptions): SampleData {
  const rnd = seeded(opt.seed);
  const out: SampleData = {
    fasilitasiStatus: [],
    daftar: {},
    dokRkp: [],
    dokApb: [],
    dokLpp: [],
    ikmJawaban: [],
  };

  // Every daftar log (one per daftar indicator, names from its sheet), in name order.
  for (const key of daftarKeysIn(wb)) {
    const status = namedBlock(wb, `IKU_${key}_Status`);
    const tanggal = namedBlock(wb, `IKU_${key}_Tanggal`);
    if (!status) continue;
    const log: unknown[][] = (out.daftar[key] = []);
    const n = Math.min(opt.fasilitasiRows, status.bottom - status.top + 1);
    for (let i = 0; i < n; i++) {
      const s = rnd() < 0.85 ? "Ya" : "Tidak";
      put(status, i, 0, s);
      log.push([s]);
      if (tanggal)
        put(tanggal, i, 0, serialFromYmd(opt.tahun, 1 + Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28)));
    }
  }
  const logs = Object.values(out.daftar);
  out.fasilitasiStatus = out.daftar.Fasilitasi ?? (logs.length === 1 ? logs[0] : []);

  const N = opt.tahun;
  const docs: [string, number, unknown[][]][] = [
    [NAMES.dokRkp, serialFromYmd(N, 9, 30), out.dokRkp],
    [NAMES.dokApb, serialFromYmd(N, 12, 31), out.dokApb],
    [NAMES.dokLpp, serialFromYmd(N, 3, 31), out.dokLpp],
  ];
  for (const [name, deadline, target] of docs) {
    const block = namedBlock(wb, name);
    if (!block) continue;
    for (let i = 0; i <= block.bottom - block.top; i++) {
      const v = deliveryDate(rnd, deadline);
      if (v !== null) put(block, i, 0, v);
      target.push([v]);
    }
  }

  const jawaban = namedBlock(wb, NAMES.ikmJawaban);
  const ikmTanggal = namedBlock(wb, NAMES.ikmTanggal);
  if (jawaban) {
    const n = Math.min(opt.surveiRows, jawaban.bottom - jawaban.top + 1);
    for (let i = 0; i < n; i++) {
      // Mostly 3s and 4s, as real surveys are; a few 1s and 2s.
      const row = Array.from({ length: 9 }, () => {
        const x = rnd();
        return x < 0.05 ? 1 : x < 0.15 ? 2 : x < 0.6 ? 3 : 4;
      });
      row.forEach((v, j) => put(jawaban, i, j, v));
      out.ikmJawaban.push(row);
      if (ikmTanggal)
        put(
          ikmTanggal,
          i,
          0,
          serialFromYmd(opt.tahun, 1 + Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28)),
        );
    }
  }
  return out;
}
