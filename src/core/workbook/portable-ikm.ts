/**
 * Translations of the IKM family (PermenPAN-RB 14/2017) into built-in functions: IKM, NRR,
 * mutu/kinerja classification on ROUND(nilai,2) and the Krejcie–Morgan sample size.
 */
import { IKM_EPS, IKM_SKALA, SAMPEL_KREJCIE_MORGAN, UNSUR_COUNT } from "../ikm";
import type { CallNode, Part } from "./formula-parse";
import { ikuName, notBlank, notWhole, operand, zeros } from "./portable-expr";

const col = (r: string, k: number): string => `INDEX(${r},0,${k})`;
const ks = Array.from({ length: UNSUR_COUNT }, (_, i) => i + 1);

/** TRUE when `r` holds a cell that is neither blank (nor 0) nor a score 1–4. */
export const badScores = (r: string): string =>
  `${notBlank(r)}-${zeros(r)}<>SUMPRODUCT(--ISNUMBER(MATCH(${r},{1,2,3,4},0)))`;

/** Answers of unsur column `c`: numbers above 0 (after badScores only scores 1–4 are). */
const answeredIn = (c: string): string => `SUMPRODUCT(ISNUMBER(${c})*(${c}>0))`;

/**
 * IKU.IKM and IKU.IKM.NRR with skipped answers, as the core: 9 columns and scores 1–4
 * (#VALUE!), no answer at all (#DIV/0!), an unsur nobody answered (#VALUE!), then `body`.
 */
function skippedGuard(r: string, body: string): string {
  const nobody = `OR(${ks.map((k) => `${answeredIn(col(r, k))}=0`).join(",")})`;
  const checked = `IF(${badScores(r)},#VALUE!,IF(${answeredIn(r)}=0,#DIV/0!,IF(${nobody},#VALUE!,${body})))`;
  return `IF(COLUMNS(${r})<>${UNSUR_COUNT},#VALUE!,${checked})`;
}

/** NRR of unsur k: sum ÷ respondents who answered it (a skipped answer is a blank cell or 0). */
const nrr = (r: string, k: number): string => `SUM(${col(r, k)})/${answeredIn(col(r, k))}`;
/** Σ NRR over the nine unsur. */
const sumNrr = (r: string): string => `(${ks.map((k) => nrr(r, k)).join("+")})`;

/**
 * IKU.IKM(jawaban; [bobot]): 25 × Σ NRR × bobot, NRR per unsur over the respondents who
 * answered it; exactly ÷ 9 without bobot. A bobot outside (0; 1/9 + 0,001] is #VALUE!, a
 * value outside 25–100 #NUM! (only a bobot can take it there).
 */
export function ikm(args: string[]): string {
  const r = operand(args[0]);
  if (args.length < 2 || args[1].trim() === "") return skippedGuard(r, `25*${sumNrr(r)}/${UNSUR_COUNT}`);
  const b = bobotOf(args[1]);
  const v = `25*${b}*${sumNrr(r)}`;
  return `IF(OR(${b}<=0,${b}>${BOBOT_LIMIT}),#VALUE!,${skippedGuard(r, numRange(v))})`;
}

/**
 * The bobot operand: a blank bobot cell or 0 means exactly 1/9, as the core reads it (Excel
 * for Windows sends a blank cell to the add-in as 0). A literal number stays as written.
 */
export function bobotOf(arg: string): string {
  const b = operand(arg);
  if (/^\d+(?:\.\d+)?$/.test(b)) return Number(b) === 0 ? `1/${UNSUR_COUNT}` : b;
  return `IF(OR(TRIM(${b})="",${b}=0),1/${UNSUR_COUNT},${b})`;
}

/** The limit of bobot as the core's BOBOT_MAX (1/9 + 0,001), in formula text. */
export const BOBOT_LIMIT = `1/${UNSUR_COUNT}+0.001`;

/** `v` (an IKM value expression), or #NUM! outside 25–100 with the core's tolerance. */
export function numRange(v: string): string {
  const eps = String(IKM_EPS).toUpperCase(); // "1E-9", as Excel writes numbers
  // |v − 62,5| > 37,5 + eps is v < 25 − eps or v > 100 + eps, naming v twice, not three times.
  return `IF(ABS(${v}-62.5)>37.5+${eps},#NUM!,${v})`;
}

/** IKU.IKM.NRR(jawaban): the 9 NRR as a 1×9 array (CHOOSE over an array constant). */
export function ikmNrr(args: string[]): string {
  const r = operand(args[0]);
  return skippedGuard(r, `CHOOSE({${ks.join(",")}},${ks.map((k) => nrr(r, k)).join(",")})`);
}

/** One NRR (internal rule for INDEX(IKU.IKM.NRR(r),1,k), see rewriteNrrIndex). */
export function ikmNrrAt(args: string[]): string {
  const r = operand(args[0]);
  return skippedGuard(r, nrr(r, Number(args[1])));
}

// Not a name a formula can contain ("#"), so users cannot call it.
export const NRR_AT = "IKU.IKM.NRR#AT";

/** The text of an argument made only of plain text (no calls), trimmed; "" otherwise. */
function plain(parts: Part[] | undefined): string {
  return parts?.every((p) => typeof p === "string") ? parts.join("").trim() : "";
}

/**
 * INDEX(IKU.IKM.NRR(r),1,k) with a literal k becomes one NRR instead of a 9-element CHOOSE
 * array: shorter, and no reliance on array evaluation inside INDEX in pre-365 Excel.
 */
export function rewriteNrrIndex(parts: Part[]): Part[] {
  return parts.map((part): Part => {
    if (typeof part === "string") return part;
    const args = part.args.map(rewriteNrrIndex);
    const inner = args[0]?.filter((x) => typeof x !== "string" || x.trim() !== "");
    const k = args.length === 3 ? plain(args[2]) : "";
    if (
      part.name.toUpperCase() === "INDEX" &&
      inner?.length === 1 &&
      typeof inner[0] !== "string" &&
      ikuName(inner[0].name) === "IKM.NRR" &&
      inner[0].args.length === 1 &&
      plain(args[1]) === "1" &&
      /^[1-9]$/.test(k)
    ) {
      const nrrCall: CallNode = inner[0];
      return { name: NRR_AT, args: [nrrCall.args[0], [k]] };
    }
    return { name: part.name, args };
  });
}

/** IKU.IKM.MUTU / IKU.IKM.KINERJA: thresholds of IKM_SKALA on ROUND(nilai,2); outside 25–100 → #NUM!. */
export function ikmClass(args: string[], field: "mutu" | "kinerja"): string {
  const n = operand(args[0]);
  const v = `ROUND(${n},2)`;
  const chain = IKM_SKALA.slice(0, -1).reduceRight(
    (rest, s) => `IF(${v}>=${s.min},"${s[field]}",${rest})`,
    `"${IKM_SKALA[IKM_SKALA.length - 1][field]}"`,
  );
  return `IF(ISNUMBER(${n}),IF(OR(${v}<25,${v}>100),#NUM!,${chain}),#VALUE!)`;
}

/** IKU.IKM.SAMPEL(populasi): Krejcie & Morgan, rounded; populasi < 1 → #NUM!, not whole → #VALUE!. */
export function ikmSampel(args: string[]): string {
  const n = operand(args[0]);
  const { lambda2, p, d } = SAMPEL_KREJCIE_MORGAN;
  const pq = `${lambda2}*${p}*${1 - p}`;
  return `IF(ISNUMBER(${n}),IF(${n}<1,#NUM!,IF(${notWhole(n)},#VALUE!,ROUND(${pq}*${n}/(${d}^2*(${n}-1)+${pq}),0))),#VALUE!)`;
}

/**
 * IKU.IKM.LAYANAN(jawaban; layanan; nama; [bobot]): IKU.IKM over the rows whose Jenis
 * Layanan is `nama`, per unsur COUNTIFS/SUMIFS (whole text, case-insensitive, as the core's
 * layananKey). Names with * ? ~ or a leading = < > (COUNTIFS criteria syntax) are #VALUE!, as
 * in the core; so are blank names, a layanan column not as tall as the answers, bad scores.
 */
export function ikmLayanan(args: string[]): string {
  const [r, l, n] = args.slice(0, 3).map(operand);
  const cnt = (k: number): string => `COUNTIFS(${col(r, k)},">0",${l},${n})`;
  const total = ks.map(cnt).join("+");
  const nobody = `OR(${ks.map((k) => `${cnt(k)}=0`).join(",")})`;
  const sum = `(${ks.map((k) => `SUMIFS(${col(r, k)},${l},${n})/${cnt(k)}`).join("+")})`;
  const hasBobot = args.length > 3 && args[3].trim() !== "";
  const b = hasBobot ? bobotOf(args[3]) : "";
  const value = hasBobot ? numRange(`25*${b}*${sum}`) : `25*${sum}/${UNSUR_COUNT}`;
  let body = `IF(${total}=0,#DIV/0!,IF(${nobody},#VALUE!,${value}))`;
  if (hasBobot) body = `IF(OR(${b}<=0,${b}>${BOBOT_LIMIT}),#VALUE!,${body})`;
  const wild = ["*", "?", "~"].map((c) => `ISNUMBER(FIND("${c}",${n}))`).join(",");
  const badName = `OR(TRIM(${n})="",${wild},ISNUMBER(MATCH(LEFT(${n},1),{"=","<",">"},0)))`;
  const shape = `OR(ROWS(${l})<>ROWS(${r}),COLUMNS(${l})<>1)`;
  return `IF(COLUMNS(${r})<>${UNSUR_COUNT},#VALUE!,IF(${badScores(r)},#VALUE!,IF(${shape},#VALUE!,IF(${badName},#VALUE!,${body}))))`;
}
