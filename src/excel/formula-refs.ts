/**
 * Small scanners over en-US formula text that respect string literals ("…" with "" escapes)
 * and quoted sheet names ('…' with '' escapes).
 */

import { quoteSheetName } from "../core/a1";

/**
 * Replaces references to sheet `from` (quoted or not, case-insensitive) with `to`, e.g.
 * `'IKU 2025'!E12` → `'IKU 2025 (2)'!E12`; text inside string literals is left alone.
 */
export function renameSheetInFormula(formula: string, from: string, to: string): string {
  const target = from.toLowerCase();
  const replacement = `${quoteSheetName(to)}!`;
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === '"' && formula[j + 1] === '"') j += 2;
        else if (formula[j] === '"') break;
        else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
    } else if (ch === "'") {
      let j = i + 1;
      let name = "";
      while (j < formula.length) {
        if (formula[j] === "'" && formula[j + 1] === "'") {
          name += "'";
          j += 2;
        } else if (formula[j] === "'") break;
        else name += formula[j++];
      }
      const isRef = formula[j + 1] === "!";
      if (isRef && name.toLowerCase() === target) {
        out += replacement;
        i = j + 2;
      } else {
        out += formula.slice(i, j + 1);
        i = j + 1;
      }
    } else if (/[A-Za-z0-9_.]/.test(ch)) {
      let j = i;
      while (j < formula.length && /[A-Za-z0-9_.]/.test(formula[j])) j++;
      const word = formula.slice(i, j);
      if (formula[j] === "!" && word.toLowerCase() === target) {
        out += replacement;
        i = j + 1;
      } else {
        out += word;
        i = j;
      }
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}
