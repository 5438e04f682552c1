/**
 * Translations of the quarterly functions IKU.FASILITASI.TW, IKU.DOKDESA.TW and IKU.IKM.TW
 * (src/core/triwulan.ts) into built-in functions that Excel 2016 and LibreOffice share:
 * SUMPRODUCT over boolean products, DATE, CHOOSE, INDEX, ROWS, COLUMNS, TRIM, MATCH. No IF
 * runs over an array outside a SUMPRODUCT product, so no array entry (Ctrl+Shift+Enter) is
 * needed in pre-365 Excel.
 *
 * "Dated on or before the end of quarter q" is ISNUMBER(t)*(t<end+1): the core drops a
 * time of day (floor), and a blank or text date is never "within". As for the yearly
 * translations, dates must be real date cells (a date typed as text gives #VALUE!).
 */
import { AKHIR_TRIWULAN, DOKUMEN_JATUH_TEMPO, TRIWULAN, Triwulan } from "../triwulan";
import type { JenisDokumen } from "../dokdesa";
import { UNSUR_COUNT } from "../ikm";
import {
  STATUS_NO,
  STATUS_YES,
  badDates,
  deadline,
  filledCells,
  inList,
  normWord,
  notBlank,
  notWhole,
  onTimeCount,
  operand,
  yearBad,
} from "./portable-expr";
import { BOBOT_LIMIT, badScores, bobotOf, numRange } from "./portable-ikm";

const UNSUR = Array.from({ length: UNSUR_COUNT }, (_, i) => i + 1);

/** The literal quarter 1–4 of an argument, or undefined when it is computed. */
function literalQuarter(arg: string): Triwulan | undefined {
  const m = /^\s*([1-4])\s*$/.exec(arg);
  return m ? (Number(m[1]) as Triwulan) : undefined;
}

const dateOf = (n: string, q: Triwulan): string =>
  `DATE(${n},${AKHIR_TRIWULAN[q].bulan},${AKHIR_TRIWULAN[q].hari})`;

/**
 * The quarter's last day and the checks of year and quarter (#VALUE! outside 1901–9998 or
 * a quarter other than a whole 1–4, as the core's checkQuarter).
 */
function quarter(nArg: string, qArg: string): { end: string; after: string; bad: string } {
  const n = operand(nArg);
  const lit = literalQuarter(qArg);
  if (lit !== undefined) return { end: dateOf(n, lit), after: `(${dateOf(n, lit)}+1)`, bad: yearBad(n) };
  const q = operand(qArg);
  const end = `CHOOSE(${q},${TRIWULAN.map((k) => dateOf(n, k)).join(",")})`;
  // The day after quarter q ends is the 1st of month 3q+1 (DATE rolls month 13 over to
  // January): shorter than end+1, which IKU.IKM.TW repeats for every unsur.
  return { end, after: `DATE(${n},3*${q}+1,1)`, bad: `OR(${yearBad(n)},${q}<1,${q}>4,${notWhole(q)})` };
}

/** 1 for each date cell of `t` on or before `end` (the core's floor(date) ≤ end). */
const within = (t: string, end: string): string => `ISNUMBER(${t})*(${t}<${end}+1)`;
/** 1 for each row flagged by `has` whose date is blank, text or before serial 1. */
const undated = (has: string, t: string): string => `SUMPRODUCT(${has}*(1-ISNUMBER(${t})*(${t}>=1)))`;

/** IKU.FASILITASI.TW(status; tanggal; tahunKinerja; triwulan). */
export function fasilitasiTw(args: string[]): string {
  const [s, t] = args.slice(0, 2).map(operand);
  const { end, bad } = quarter(args[2], args[3]);
  // A status cell holding the number 0 is blank (as the add-in reads it): no activity.
  const filled = filledCells(s);
  const inQ = within(t, end);
  const words = `SUMPRODUCT(--${inList(normWord(s), STATUS_YES)})+SUMPRODUCT(--${inList(normWord(s), STATUS_NO)})`;
  const total = `SUMPRODUCT(${filled}*${inQ})`;
  const done = `SUMPRODUCT(${inList(normWord(s), STATUS_YES)}*${inQ})`;
  const shape = `ROWS(${s})<>ROWS(${t}),COLUMNS(${s})<>COLUMNS(${t})`;
  return (
    `IF(OR(${shape},${bad}),#VALUE!,` +
    `IF(OR(${words}<>${notBlank(s)},${undated(filled, t)}>0),#VALUE!,` +
    `IF(${total}=0,#DIV/0!,${done}/${total})))`
  );
}

/** First quarter in which each document is due (from DOKUMEN_JATUH_TEMPO). */
function firstDue(jenis: JenisDokumen): Triwulan {
  return TRIWULAN.find((q) => DOKUMEN_JATUH_TEMPO[q].includes(jenis)) ?? 4;
}

/** IKU.DOKDESA.TW(tahunKinerja; tanggalRKP; tanggalAPB; tanggalLPP; triwulan). */
export function dokdesaTw(args: string[]): string {
  const [n, rkp, apb, lpp] = args.slice(0, 4).map(operand);
  const { bad } = quarter(args[0], args[4]);
  const cols: [string, JenisDokumen, string][] = [
    [rkp, "RKPDesa", `${n}+1`],
    [apb, "APBDesa", `${n}+1`],
    [lpp, "LPPDesa", `${n}-1`],
  ];
  const shape = `ROWS(${rkp})<>ROWS(${apb}),ROWS(${rkp})<>ROWS(${lpp})`;
  const textDates = cols.map(([c]) => badDates(c)).join(",");
  const onTime = new Map<JenisDokumen, string>(
    cols.map(([c, j, ta]) => [j, onTimeCount(c, deadline(j, `(${ta})`))]),
  );
  const lit = literalQuarter(args[4]);
  let ratio: string;
  if (lit !== undefined) {
    const due = DOKUMEN_JATUH_TEMPO[lit];
    ratio = `(${due.map((j) => onTime.get(j)).join("+")})/(${due.length}*ROWS(${rkp}))`;
  } else {
    const q = operand(args[4]);
    const order: JenisDokumen[] = ["LPPDesa", "RKPDesa", "APBDesa"];
    const terms = order.map((j) =>
      firstDue(j) === 1 ? `${onTime.get(j)}` : `(${q}>=${firstDue(j)})*${onTime.get(j)}`,
    );
    const counts = TRIWULAN.map((k) => DOKUMEN_JATUH_TEMPO[k].length).join(",");
    ratio = `(${terms.join("+")})/(CHOOSE(${q},${counts})*ROWS(${rkp}))`;
  }
  return `IF(OR(${shape},${bad},${textDates}),#VALUE!,${ratio})`;
}

/**
 * IKU.IKM.TW(jawaban; tanggal; tahunKinerja; triwulan; [bobot]), with skipped answers as the
 * core: per unsur, NRR = the sum of its answers ÷ the respondents who answered it, over the
 * rows dated before the day after the quarter (COUNTIFS/SUMIFS per unsur: one SUMPRODUCT per
 * unsur and quarter would pass Excel's 8192 characters with a bobot). A numeric criterion
 * skips blank and text dates, as `within` does. Like IKU.IKM.LAYANAN, the arguments must be
 * ranges (COUNTIFS takes no arrays).
 *
 * The checks follow the core's order: quarter and shapes, then the whole survey (scores,
 * bobot, an unsur nobody answered all year — #VALUE! even before its first respondent), an
 * answered row without a date (#VALUE!), nobody by the quarter's end (#DIV/0!), an unsur
 * nobody answered by then (#VALUE!).
 */
export function ikmTw(args: string[]): string {
  const [r, t] = args.slice(0, 2).map(operand);
  const { after, bad } = quarter(args[2], args[3]);
  const col = (k: number): string => `INDEX(${r},0,${k})`;
  const before = `${t},"<"&${after}`;
  const cnt = (k: number): string => `COUNTIFS(${col(k)},">0",${before})`;
  const nrrSum = `(${UNSUR.map((k) => `SUMIFS(${col(k)},${before})/${cnt(k)}`).join("+")})`;
  const answers = `ISNUMBER(${r})*(${r}>0)`;
  // The n×9 answers times the one-column date flags: array arithmetic repeats the column.
  const count = `SUMPRODUCT(${answers}*ISNUMBER(${t})*(${t}<${after}))`;
  const undatedAnswers = `SUMPRODUCT(${answers}*(1-ISNUMBER(${t})*(${t}>=1)))`;
  const yearNobody = `AND(SUMPRODUCT(${answers})>0,OR(${UNSUR.map((k) => `COUNTIF(${col(k)},">0")=0`).join(",")}))`;
  const quarterNobody = `OR(${UNSUR.map((k) => `${cnt(k)}=0`).join(",")})`;
  const hasBobot = args.length > 4 && args[4].trim() !== "";
  const b = hasBobot ? bobotOf(args[4]) : "";
  const value = hasBobot ? numRange(`25*${b}*${nrrSum}`) : `25*${nrrSum}/${UNSUR_COUNT}`;
  const body =
    `IF(OR(${badScores(r)},${yearNobody},${undatedAnswers}>0),#VALUE!,` +
    `IF(${count}=0,#DIV/0!,IF(${quarterNobody},#VALUE!,${value})))`;
  const withBobot = hasBobot ? `IF(OR(${b}<=0,${b}>${BOBOT_LIMIT}),#VALUE!,${body})` : body;
  const shape = `ROWS(${t})<>ROWS(${r}),COLUMNS(${t})<>1,COLUMNS(${r})<>${UNSUR_COUNT}`;
  return `IF(OR(${shape},${bad}),#VALUE!,${withBobot})`;
}
