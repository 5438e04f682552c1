// Issue 8: every IKU.* call our sheets generate (add-in mode, both presets and a generated
// kecamatan) gives the same result whether the blank cells of the prepared data arrive as
// null, "" (Excel on the web) or 0 (Excel for Windows). The formulas come from the workbook
// model and are evaluated through the functions.ts wrappers by a small evaluator that knows
// just what these formulas use: IF/OR guards, cell and name references, ±, INDEX and IKU.*.
import * as F from "../../src/functions/functions";
import { parseAddress } from "../../src/core/a1";
import { serialFromYmd } from "../../src/core/dates";
import type { Profile } from "../../src/core/profile";
import { buildWorkbook } from "../../src/core/workbook/build";
import { parseFormula, type Part } from "../../src/core/workbook/formula-parse";
import type { WorkbookModel } from "../../src/core/workbook/model";
import { NAMES } from "../../src/core/workbook/model";
import { ikuName } from "../../src/core/workbook/portable-expr";
import { callsIku, fromStoredFormula } from "../../src/core/workbook/stored-formula";
import { profileOf } from "../helpers/profiles";
import { BLANK_FORMS, BlankForm } from "./blanks";
import { StubCustomFunctionsError, installCustomFunctionsStub } from "./stub";

installCustomFunctionsStub();

const BLANK = Symbol("blank");
type Err = { error: string; message?: string };
type V = number | string | boolean | typeof BLANK | Err | V[][];
const isErr = (v: unknown): v is Err => typeof v === "object" && v !== null && "error" in v;
const FORM_VALUE: Record<BlankForm, unknown> = { null: null, '""': "", "0": 0 };

// The wrappers by IKU name; arguments are cast because the evaluator passes what Excel would.
/* eslint-disable @typescript-eslint/no-explicit-any */
const FUNCTIONS: Record<string, (...a: any[]) => unknown> = {
  FASILITASI: F.fasilitasi,
  DOKDESA: F.dokDesa,
  BATASWAKTU: F.batasWaktu,
  TEPATWAKTU: F.tepatWaktu,
  "DOKDESA.TANGGAL": F.dokDesaTanggal,
  IKM: F.ikm,
  "IKM.NRR": F.ikmNrr,
  "IKM.LAYANAN": F.ikmLayanan,
  "IKM.MUTU": F.ikmMutu,
  "IKM.KINERJA": F.ikmKinerja,
  "IKM.SAMPEL": F.ikmSampel,
  CAPAIAN: F.capaian,
  PREDIKAT: F.predikat,
  "FASILITASI.TW": F.fasilitasiTw,
  "DOKDESA.TW": F.dokDesaTw,
  "IKM.TW": F.ikmTw,
};
/* eslint-enable @typescript-eslint/no-explicit-any */

/** Typed cells of the prepared workbook: "Sheet!row,col" → value (absent = blank). */
type Cells = Map<string, unknown>;
const key = (sheet: string, row: number, col: number): string => `${sheet}!${row},${col}`;

/** The named data ranges with a few rows filled and the rest (most rows) left blank. */
function prepare(model: WorkbookModel, profile: Profile): Cells {
  const cells: Cells = new Map();
  for (const s of model.sheets)
    for (const c of s.cells)
      if (c.value !== undefined && c.value !== null) cells.set(key(s.name, c.row, c.col), c.value);
  const n = profile.tahun;
  const fill = (name: string, rows: unknown[][]): void => {
    const def = model.names.find((x) => x.name === name);
    const a = def && parseAddress(`'${def.sheet}'!${def.range}`);
    if (!def || !a) return;
    rows.forEach((r, i) =>
      r.forEach((v, j) => cells.set(key(def.sheet, a.rect.top + i, a.rect.left + j), v)),
    );
  };
  fill(NAMES.fasilitasiStatus, [["Ya"], ["Tidak"], [null], ["Ya"]]);
  fill(NAMES.fasilitasiTanggal, [
    [serialFromYmd(n, 2, 3)],
    [serialFromYmd(n, 5, 6)],
    [null],
    [serialFromYmd(n, 8, 9)],
  ]);
  fill(NAMES.dokRkp, [[serialFromYmd(n, 9, 1)], [serialFromYmd(n, 10, 1)]]);
  fill(NAMES.dokApb, [[serialFromYmd(n, 12, 1)]]);
  fill(NAMES.dokLpp, [[serialFromYmd(n, 3, 1)], [null], [serialFromYmd(n, 4, 1)]]);
  fill(NAMES.ikmJawaban, [new Array(9).fill(4), new Array(9).fill(null), [3, 3, 4, 2, 3, 4, 4, 3, 3]]);
  fill(NAMES.ikmTanggal, [[serialFromYmd(n, 1, 5)], [null], [serialFromYmd(n, 7, 5)]]);
  fill(NAMES.ikmLayanan, [["KTP"], [null], ["ktp"]]);
  // The first row of the survey sheet's "IKM per Jenis Layanan" table names a service.
  for (const s of model.sheets) {
    const call = s.cells.find((c) => c.formula?.includes("IKU.IKM.LAYANAN("));
    if (call) cells.set(key(s.name, call.row, call.col - 1), "KTP");
  }
  fill(NAMES.ikmPopulasi, [[1000]]);
  return cells;
}

class Evaluator {
  private readonly formulas = new Map<string, string>();
  private readonly memo = new Map<string, V>();
  constructor(
    private readonly model: WorkbookModel,
    private readonly cells: Cells,
    private readonly form: BlankForm,
  ) {
    for (const s of model.sheets)
      for (const c of s.cells)
        if (c.formula) this.formulas.set(key(s.name, c.row, c.col), fromStoredFormula(c.formula));
  }

  cell(sheet: string, row: number, col: number): V {
    const k = key(sheet, row, col);
    const f = this.formulas.get(k);
    if (f === undefined) return (this.cells.get(k) as V | undefined) ?? BLANK;
    const done = this.memo.get(k);
    if (done !== undefined) return done;
    const v = this.formula(f, sheet);
    this.memo.set(k, v);
    return v;
  }

  formula(f: string, sheet: string): V {
    const parts = parseFormula(f);
    if (!Array.isArray(parts)) throw new Error(`formula tak terbaca: ${f}`);
    return this.expr(parts, sheet);
  }

  private range(ref: string, sheet: string): V {
    const def = this.model.names.find((x) => x.name.toUpperCase() === ref.toUpperCase());
    const a = def ? parseAddress(`'${def.sheet}'!${def.range}`) : parseAddress(ref.replace(/\$/g, ""));
    if (!a) throw new Error(`acuan tak dikenal: ${ref}`);
    const on = def ? def.sheet : (a.sheet ?? sheet);
    const out: V[][] = [];
    for (let r = a.rect.top; r <= a.rect.bottom; r++) {
      const row: V[] = [];
      for (let c = a.rect.left; c <= a.rect.right; c++) row.push(this.cell(on, r, c));
      out.push(row);
    }
    return out.length === 1 && out[0].length === 1 ? out[0][0] : out;
  }

  private text(t: string, sheet: string): V {
    const s = t.trim();
    if (/^"(?:[^"]|"")*"$/.test(s)) return s.slice(1, -1).replace(/""/g, '"');
    if (/^-?\d+(?:\.\d+)?$/.test(s)) return Number(s);
    const eq = /^(.+?)(=|<>)(.+)$/.exec(s);
    if (eq) {
      const [l, r] = [this.text(eq[1], sheet), this.text(eq[3], sheet)];
      if (isErr(l)) return l;
      const same = (l === BLANK || l === "" ? "" : l) === (r === BLANK ? "" : r);
      return eq[2] === "=" ? same : !same;
    }
    const sum = /^(.+?)([+-])(\d+)$/.exec(s);
    if (sum) {
      const base = this.text(sum[1], sheet);
      if (isErr(base)) return base;
      return (base as number) + (sum[2] === "+" ? 1 : -1) * Number(sum[3]);
    }
    const product = /^(.+?)\*(\d+)$/.exec(s); // the Laporan SKM's NRR × 25
    if (product) {
      const base = this.text(product[1], sheet);
      return isErr(base) ? base : (base as number) * Number(product[2]);
    }
    return this.range(s, sheet);
  }

  private expr(parts: Part[], sheet: string): V {
    const real = parts.filter((p) => typeof p !== "string" || p.trim() !== "");
    if (real.length === 1 && typeof real[0] === "string") return this.text(real[0], sheet);
    if (real.length === 1 && typeof real[0] !== "string") return this.call(real[0].name, real[0].args, sheet);
    if (real.length === 2 && typeof real[0] !== "string" && typeof real[1] === "string") {
      // COUNTA(...)=0 and friends: only in guards; the prepared data is never all blank.
      if (real[0].name.toUpperCase() === "COUNTA" || real[0].name.toUpperCase() === "SUMPRODUCT")
        return false;
    }
    throw new Error(`bentuk formula tidak didukung: ${JSON.stringify(parts)}`);
  }

  private call(name: string, args: Part[][], sheet: string): V {
    const upper = name.toUpperCase();
    if (upper === "IF") {
      const c = this.expr(args[0], sheet);
      if (isErr(c)) return c;
      return this.expr(c === true ? args[1] : args[2], sheet);
    }
    if (upper === "OR") {
      const vs = args.map((a) => this.expr(a, sheet));
      return vs.find(isErr) ?? vs.some((v) => v === true);
    }
    if (upper === "INDEX") {
      const m = this.expr(args[0], sheet);
      if (isErr(m)) return m;
      const [r, c] = [this.expr(args[1], sheet), this.expr(args[2], sheet)] as number[];
      return (m as V[][])[r - 1][c - 1];
    }
    const fn = ikuName(name);
    const impl = fn === undefined ? undefined : FUNCTIONS[fn];
    if (!impl) throw new Error(`fungsi tidak didukung: ${name}`);
    const values = args.map((a) => this.expr(a, sheet));
    const bad = values.find(isErr);
    if (bad) return bad; // Excel does not call a custom function with an error argument
    try {
      return impl(...values.map((v) => this.arg(v))) as V;
    } catch (e) {
      if (e instanceof StubCustomFunctionsError) return { error: e.code, message: e.message };
      throw e;
    }
  }

  /** A value as the host hands it to a custom function: blank cells in this run's form. */
  private arg(v: V): unknown {
    if (v === BLANK) return FORM_VALUE[this.form];
    if (Array.isArray(v)) return v.map((row) => row.map((c) => (c === BLANK ? FORM_VALUE[this.form] : c)));
    return v;
  }
}

const PROFILES = ["randuagung-2025", "sumbersuko-2020", "senduro-2025"];

describe.each(PROFILES)("IKU.* calls of the %s sheets (add-in mode)", (name) => {
  const profile = profileOf(name);
  const model = buildWorkbook(profile, "addin");
  const cells = prepare(model, profile);
  const calls = model.sheets.flatMap((s) =>
    s.cells
      .filter((c) => c.formula !== undefined && callsIku(c.formula))
      .map((c) => ({ sheet: s.name, row: c.row, col: c.col, formula: fromStoredFormula(c.formula ?? "") })),
  );
  const runs = BLANK_FORMS.map((form) => ({ form, ev: new Evaluator(model, cells, form) }));

  test("the sheets hold IKU.* calls, and the evaluator computes numbers from the data", () => {
    expect(calls.length).toBeGreaterThan(20);
    const numbers = calls.filter((c) => typeof runs[0].ev.cell(c.sheet, c.row, c.col) === "number");
    expect(numbers.length).toBeGreaterThan(5);
  });

  test('every call gives the same result with blanks as null, "" and 0', () => {
    const differing: string[] = [];
    for (const c of calls) {
      const [first, ...rest] = runs.map((r) => JSON.stringify(r.ev.cell(c.sheet, c.row, c.col)));
      if (rest.some((x) => x !== first)) {
        const all = runs.map((r) => `${r.form}: ${JSON.stringify(r.ev.cell(c.sheet, c.row, c.col))}`);
        differing.push(`${c.sheet} R${c.row}C${c.col} ${c.formula.slice(0, 60)} → ${all.join(" | ")}`);
      }
    }
    expect(differing).toEqual([]);
  });
});
