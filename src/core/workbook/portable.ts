/**
 * Translation of IKU.* custom-function calls into built-in Excel functions only, for workbooks
 * that travel to PCs without the add-in (perpetual Office 2016–2024 shows #NAME? otherwise).
 * The builder and the task pane's "Konversi formula" both go through toPortable, so there is
 * one translation. Only functions that Excel 2010+ and LibreOffice Calc share are emitted
 * (SUMPRODUCT, COUNT, SUM, INDEX, ROWS, COLUMNS, ROUND, MOD, IF, AND, OR, DATE, TRIM, UPPER,
 * SUBSTITUTE, ISNUMBER, MATCH, CHOOSE, MAX with array constants).
 *
 * Results equal the add-in's on valid data; invalid data gives #VALUE!/#DIV/0!/#NUM! where a
 * check is cheap. Known differences (documented for users): dates must be real date cells
 * (a date typed as text gives #VALUE!, the add-in would parse it), IKM scores must be numbers
 * (numeric text gives #VALUE!), status words are compared with spaces removed but not tabs.
 */
import { ErrorKind, Result, ikuError, isIkuError } from "../errors";
import type { JenisDokumen } from "../dokdesa";
import { DEFAULT_PREDIKAT_SCALE, POLARITAS } from "../capaian";
import { parseFormula, renderParts } from "./formula-parse";
import {
  STATUS_NO,
  STATUS_YES,
  badDates,
  deadline,
  ikuName,
  inList,
  literal,
  normWord,
  notBlank,
  notWhole,
  onTimeCount,
  operand,
  yearBad,
  zeros,
} from "./portable-expr";
import { ikm, ikmClass, ikmLayanan, ikmNrr, ikmNrrAt, ikmSampel, rewriteNrrIndex } from "./portable-ikm";
import { dokdesaTw, fasilitasiTw, ikmTw } from "./portable-tw";

/** Excel's limit on formula length (characters). */
export const MAX_FORMULA_LENGTH = 8192;

// The spellings helper A's normalizeJenis accepts, upper case without spaces.
const JENIS: Record<JenisDokumen, string[]> = {
  RKPDesa: ["RKPDESA", "RKPDES", "RPKDESA", "RPKDES"],
  APBDesa: ["APBDESA", "APBDES"],
  LPPDesa: ["LPPDESA", "LPPDES", "LPPD"],
};
const polaritas = (p: "positif" | "negatif"): string[] =>
  [...POLARITAS].filter(([, v]) => v === p).map(([w]) => w.toUpperCase());
// A blank polaritas cell is "positif", as the core reads it.
const POSITIF = [...polaritas("positif"), ""];
const NEGATIF = polaritas("negatif");

function badArity(name: string, min: number, max: number): Result<string> {
  const want = min === max ? `${min}` : `${min}–${max}`;
  return ikuError(ErrorKind.Value, `${name}: jumlah argumen harus ${want}`);
}

/** The deadline for a literal or a dynamic jenis; #VALUE! for a bad year or unknown jenis. */
function deadlineExpr(jenisArg: string, ta: string): Result<string> {
  const lit = literal(jenisArg);
  if (lit !== undefined) {
    const key = lit.replace(/\s+/g, "").toUpperCase();
    const found = (Object.keys(JENIS) as JenisDokumen[]).find((j) => JENIS[j].includes(key));
    // The add-in answers #VALUE! for an unknown jenis: so does the translation.
    if (!found) return "#VALUE!";
    return `IF(${yearBad(ta)},#VALUE!,${deadline(found, ta)})`;
  }
  const j = normWord(operand(jenisArg));
  const chain = (Object.keys(JENIS) as JenisDokumen[]).reduceRight(
    (rest, k) => `IF(${inList(j, JENIS[k])},${deadline(k, ta)},${rest})`,
    "#VALUE!",
  );
  return `IF(${yearBad(ta)},#VALUE!,${chain})`;
}

function fasilitasi(args: string[]): string {
  if (args.length === 2 && args[1].trim() !== "") {
    const [a, b] = args.map(operand);
    return `IF(OR(${a}<0,${b}<0,${notWhole(a)},${notWhole(b)},${a}>${b}),#VALUE!,IF(${b}=0,#DIV/0!,${a}/${b}))`;
  }
  const r = operand(args[0]);
  const filled = notBlank(r);
  // The number 0 reads as "0", a "not followed up" word, so the word check still adds up;
  // it is then taken out of the activities, as the add-in reads it as a blank cell.
  const total = `(${filled}-${zeros(r)})`;
  const yes = `SUMPRODUCT(--${inList(normWord(r), STATUS_YES)})`;
  const no = `SUMPRODUCT(--${inList(normWord(r), STATUS_NO)})`;
  return `IF(${yes}+${no}<>${filled},#VALUE!,IF(${total}=0,#DIV/0!,${yes}/${total}))`;
}

function dokdesa(args: string[]): string {
  const [r, a, l, n] = args.map(operand);
  const bad = [r, a, l, n].flatMap((x) => [`${x}<0`, notWhole(x)]).concat([r, a, l].map((x) => `${x}>${n}`));
  return `IF(OR(${bad.join(",")}),#VALUE!,IF(${n}=0,#DIV/0!,(${r}+${a}+${l})/(3*${n})))`;
}

function dokdesaTanggal(args: string[]): string {
  const [n, rkp, apb, lpp] = args.map(operand);
  const cols: [string, JenisDokumen, string][] = [
    [rkp, "RKPDesa", `${n}+1`],
    [apb, "APBDesa", `${n}+1`],
    [lpp, "LPPDesa", `${n}-1`],
  ];
  const shape = `OR(ROWS(${rkp})<>ROWS(${apb}),ROWS(${rkp})<>ROWS(${lpp}))`;
  // A non-blank cell that is not a number is a date typed as text: refuse rather than miscount.
  const textDates = cols.map(([c]) => badDates(c));
  const onTime = cols.map(([c, j, ta]) => onTimeCount(c, deadline(j, `(${ta})`)));
  return `IF(OR(${shape},${yearBad(n)},${textDates.join(",")}),#VALUE!,(${onTime.join("+")})/(3*ROWS(${rkp})))`;
}

function capaian(args: string[]): Result<string> {
  const [r, t] = args.map(operand);
  const pos = `${r}/${t}`;
  // A negative-polarity capaian below 0 is 0, as the core caps it (LKjIP practice).
  const neg = `MAX(0,(2*${t}-${r})/${t})`;
  const polArg = args.length > 2 ? args[2] : "";
  let body: string;
  if (polArg.trim() === "") body = pos;
  else {
    const lit = literal(polArg);
    if (lit !== undefined) {
      const key = lit.replace(/\s+/g, "").toUpperCase();
      if (POSITIF.includes(key)) body = pos;
      else if (NEGATIF.includes(key)) body = neg;
      else body = "#VALUE!";
    } else {
      const p = normWord(operand(polArg));
      body = `IF(${inList(p, POSITIF)},${pos},IF(${inList(p, NEGATIF)},${neg},#VALUE!))`;
    }
  }
  return `IF(AND(ISNUMBER(${r}),ISNUMBER(${t})),IF(OR(${r}<0,${t}<0),#VALUE!,IF(${t}=0,#DIV/0!,${body})),#VALUE!)`;
}

function predikat(args: string[]): string {
  const c = operand(args[0]);
  const v = `ROUND(${c},4)`;
  let body: string;
  if (args.length > 1 && args[1].trim() !== "") {
    // A user scale (lower bound, label): the label of the largest bound ≤ capaian, among rows
    // with a label. A blank bound next to a label is 0, as the core reads it; MATCH would not
    // find 0 in a blank cell, so LOOKUP(2,1/(…)) picks the row (no array entry needed).
    const s = operand(args[1]);
    const bounds = `INDEX(${s},0,1)`;
    const labels = `INDEX(${s},0,2)`;
    const labelled = `(TRIM(${labels})<>"")`;
    const best = `SUMPRODUCT(MAX((${bounds}<=${v})*${labelled}*${bounds}))`;
    body = `LOOKUP(2,1/(${labelled}*(${bounds}+0=${best})),${labels})`;
  } else {
    const steps = DEFAULT_PREDIKAT_SCALE;
    body = steps
      .slice(0, -1)
      .reduceRight(
        (rest, st) => `IF(${v}>=${st.min},"${st.label}",${rest})`,
        `"${steps[steps.length - 1].label}"`,
      );
  }
  return `IF(ISNUMBER(${c}),IF(${c}<0,#NUM!,${body}),#VALUE!)`;
}

interface Rule {
  min: number;
  max: number;
  translate: (args: string[]) => Result<string>;
}

const RULES: Record<string, Rule> = {
  FASILITASI: { min: 1, max: 2, translate: fasilitasi },
  DOKDESA: { min: 4, max: 4, translate: dokdesa },
  BATASWAKTU: { min: 2, max: 2, translate: (a) => deadlineExpr(a[0], operand(a[1])) },
  TEPATWAKTU: {
    min: 3,
    max: 3,
    translate: (a) => {
      const dl = deadlineExpr(a[0], operand(a[1]));
      if (isIkuError(dl)) return dl;
      const t = operand(a[2]);
      // The number 0 is a blank date cell (as the add-in reads it): not delivered, FALSE.
      return `IF(TRIM(${t})="",FALSE,IF(ISNUMBER(${t}),IF(${t}=0,FALSE,IF(${t}<1,#VALUE!,${t}<${dl}+1)),#VALUE!))`;
    },
  },
  "DOKDESA.TANGGAL": { min: 4, max: 4, translate: dokdesaTanggal },
  // Quarterly monitoring (src/core/triwulan.ts), translated in ./portable-tw.ts.
  "FASILITASI.TW": { min: 4, max: 4, translate: fasilitasiTw },
  "DOKDESA.TW": { min: 5, max: 5, translate: dokdesaTw },
  "IKM.TW": { min: 4, max: 5, translate: ikmTw },
  IKM: { min: 1, max: 2, translate: ikm },
  "IKM.NRR": { min: 1, max: 1, translate: ikmNrr },
  "IKM.NRR#AT": { min: 2, max: 2, translate: ikmNrrAt },
  "IKM.LAYANAN": { min: 3, max: 4, translate: ikmLayanan },
  "IKM.MUTU": { min: 1, max: 1, translate: (a) => ikmClass(a, "mutu") },
  "IKM.KINERJA": { min: 1, max: 1, translate: (a) => ikmClass(a, "kinerja") },
  "IKM.SAMPEL": { min: 1, max: 1, translate: ikmSampel },
  CAPAIAN: { min: 2, max: 3, translate: capaian },
  PREDIKAT: { min: 1, max: 2, translate: predikat },
};

/** True when `formula` calls any IKU.* function (string literals and sheet names ignored). */
export function hasIkuCall(formula: string): boolean {
  const parts = parseFormula(formula);
  if (isIkuError(parts)) return false;
  let found = false;
  renderParts(parts, (name) => {
    if (ikuName(name) !== undefined) found = true;
    return undefined;
  });
  return found;
}

/**
 * Translates every IKU.* call in an en-US formula (without "=") into built-in functions,
 * innermost calls first. Formulas without IKU calls come back unchanged. Errors: unknown
 * IKU function, wrong number of arguments, unbalanced parentheses/quotes, or a result longer
 * than Excel's 8192 characters.
 */
export function toPortable(formula: string): Result<string> {
  const parsed = parseFormula(formula);
  if (isIkuError(parsed)) return parsed;
  const parts = rewriteNrrIndex(parsed);
  const out = renderParts(parts, (name, args) => {
    const fn = ikuName(name);
    if (fn === undefined) return undefined;
    const rule = RULES[fn];
    if (!rule) return ikuError(ErrorKind.Value, `Fungsi IKU.${fn} tidak dikenal`);
    const given = args.length === 1 && args[0].trim() === "" ? [] : args;
    if (given.length < rule.min || given.length > rule.max) return badArity(`IKU.${fn}`, rule.min, rule.max);
    return rule.translate(given);
  });
  if (isIkuError(out)) return out;
  if (out.length > MAX_FORMULA_LENGTH) {
    return ikuError(
      ErrorKind.Value,
      `Formula hasil konversi ${out.length} karakter, melebihi batas Excel ${MAX_FORMULA_LENGTH}`,
    );
  }
  return out;
}
