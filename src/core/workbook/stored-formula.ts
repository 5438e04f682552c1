/**
 * The form in which Excel stores a JavaScript custom-function call inside an xlsx file.
 *
 * Excel writes `=IKU.FASILITASI(A1:A5)` to the file as `_xldudf_IKU_FASILITASI(A1:A5)`: the
 * prefix `_xldudf_` and the name with its dots turned into underscores (Microsoft on
 * OfficeDev/Excel-Custom-Functions #108; office-js #3872, #2568, #3558, #6611). A formula
 * stored as typed (`IKU.FASILITASI(`) is reported to stay #NAME? after the add-in loads until
 * each cell is re-entered, so every xlsx we write uses the stored form, and every reader of
 * formulas (xlsx reader, `iku hitung`/`iku rekap`, Konversi formula) accepts both forms.
 *
 * Only text outside string literals ("…") and quoted sheet names ('…') is rewritten.
 */

/** The prefix Excel gives a custom-function name in the file. */
export const UDF_PREFIX = "_xldudf_";

const TYPED_CALL = /(?<![A-Za-z0-9_.])IKU((?:\.[A-Za-z0-9]+)+)(?=\s*\()/g;
const STORED_CALL = /(?<![A-Za-z0-9_.])_xldudf_IKU((?:_[A-Za-z0-9]+)+)(?=\s*\()/gi;

/** Applies `rewrite` to the parts of `formula` outside "string" and 'sheet' quotes. */
function outsideQuotes(formula: string, rewrite: (part: string) => string): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const q = formula.slice(i).search(/["']/);
    if (q < 0) {
      out += rewrite(formula.slice(i));
      break;
    }
    out += rewrite(formula.slice(i, i + q));
    const start = i + q;
    const quote = formula[start];
    let end = start + 1;
    // A doubled quote inside a quoted run is an escaped quote, not the end.
    for (;;) {
      const next = formula.indexOf(quote, end);
      if (next < 0) {
        end = formula.length;
        break;
      }
      if (formula[next + 1] === quote) {
        end = next + 2;
        continue;
      }
      end = next + 1;
      break;
    }
    out += formula.slice(start, end);
    i = end;
  }
  return out;
}

/** `IKU.A.B(` → `_xldudf_IKU_A_B(`: the form Excel writes to the file. */
export function toStoredFormula(formula: string): string {
  return outsideQuotes(formula, (part) =>
    part.replace(TYPED_CALL, (_m, rest: string) => `${UDF_PREFIX}IKU${rest.replace(/\./g, "_")}`),
  );
}

/** `_xldudf_IKU_A_B(` → `IKU.A.B(`: the form users type and Office.js `range.formulas` returns. */
export function fromStoredFormula(formula: string): string {
  return outsideQuotes(formula, (part) =>
    part.replace(STORED_CALL, (_m, rest: string) => `IKU${rest.replace(/_/g, ".").toUpperCase()}`),
  );
}

/** Whether `formula` calls an IKU.* function in either form. */
export function callsIku(formula: string): boolean {
  return fromStoredFormula(formula) !== formula || toStoredFormula(formula) !== formula;
}
