/**
 * A Survei IKM sheet with many respondents, written as XML here (ExcelJS needs 45 s for
 * 100 000 rows), with the values a correct reader must give. `varied` mixes every cell form
 * other writers use: numbers, shared strings (plain and rich text with phonetic runs),
 * inline strings (plain and rich), cached formula results, entity-encoded text, cells out of
 * order, cells without `r`, self-closing (empty) rows; `numeric` the same without the text
 * cells (the workbook evaluation refuses scores stored as text); `plain` numbers in order.
 */

export type Forms = "varied" | "numeric" | "plain";
import type { Profile } from "../../src/core/profile";
import { FIRST_SCORE_COL } from "../../src/core/workbook/ikm-sheet";
import { editPart, partText, sheetPart, workbookParts, zipParts } from "./xlsx-craft";

export interface SurveyData {
  /** The rows of `<sheetData>` from row 5 on. */
  rowsXml: string;
  /** Shared-string items the rows use, from index `sharedBase` on. */
  sharedXml: string;
  /** Texts of those items, in order. */
  sharedValues: string[];
  jawaban: unknown[][];
  tanggal: unknown[][];
}

const col = (j: number): string => String.fromCharCode(65 + j);
/** 0-based column of U1 and of U9 (after No., Tanggal and the respondent columns). */
const U1 = FIRST_SCORE_COL - 1;
const U9 = U1 + 8;

export function surveyRows(rows: number, forms: Forms, sharedBase: number): SurveyData {
  const varied = forms !== "plain";
  const sharedValues = ["1", "2", "3", "4", "1", "2", "3", "4"];
  const sharedXml =
    [1, 2, 3, 4].map((n) => `<si><t>${n}</t></si>`).join("") +
    [1, 2, 3, 4]
      .map((n) => `<si><r><rPr><b/></rPr><t>${n}</t></r><rPh sb="0" eb="1"><t>ヨ</t></rPh></si>`)
      .join("");
  const out: string[] = [];
  const jawaban: unknown[][] = [];
  const tanggal: unknown[][] = [];
  for (let i = 0; i < rows; i++) {
    const r = 5 + i;
    if (varied && i % 50 === 49) {
      out.push(`<row r="${r}"/>`);
      jawaban.push(new Array<unknown>(9).fill(null));
      tanggal.push([null]);
      continue;
    }
    const noRef = varied && i % 11 === 5;
    const at = (j: number): string => (noRef ? "" : ` r="${col(j)}${r}"`);
    const serial = 43831 + (i % 366);
    const cells = [
      `<c${at(0)} s="22" t="str"><f>IF(COUNTA(${col(U1)}${r}:${col(U9)}${r})=0,"",ROW()-4)</f><v></v></c>`,
      `<c${at(1)} s="23"><v>${serial}</v></c>`,
      // The empty respondent columns (Layanan … Pekerjaan): cells without an address are
      // placed by position, so they must be there.
      ...Array.from({ length: U1 - 2 }, (_, k) => `<c${at(2 + k)}/>`),
    ];
    const values: unknown[] = [];
    for (let j = 0; j < 9; j++) {
      const n = 1 + ((i * 7 + j * 3) % 4);
      const c = at(j + U1);
      const kind = forms === "varied" ? (i + j) % 8 : forms === "numeric" ? (i + j) % 3 : 0;
      const cell = [
        `<c${c} s="24"><v>${n}</v></c>`,
        `<c${c} s="24"><v>${n}</v></c>`,
        `<c${c}><f>${n}*1</f><v>${n}</v></c>`,
        `<c${c} s="24" t="s"><v>${sharedBase + n - 1}</v></c>`,
        `<c${c} t="s"><v>${sharedBase + 3 + n}</v></c>`,
        `<c${c} t="inlineStr"><is><t>${n}</t></is></c>`,
        `<c${c} t="inlineStr"><is><r><rPr><i/></rPr><t xml:space="preserve">${n}</t></r><rPh><t>x</t></rPh></is></c>`,
        `<c${c} t="str"><f>"${n}"</f><v>&#${48 + n};</v></c>`,
      ][kind];
      cells.push(cell);
      values.push(kind < 3 ? n : String(n));
    }
    if (varied && i % 7 === 3 && !noRef) cells.reverse();
    out.push(`<row r="${r}" spans="1:${U9 + 1}">${cells.join("")}</row>`);
    jawaban.push(values);
    tanggal.push([serial]);
  }
  return { rowsXml: out.join(""), sharedXml, sharedValues, jawaban, tanggal };
}

/** The Sumbersuko workbook with `rows` respondents in Survei IKM and the names widened. */
export async function surveyWorkbook(
  profile: Profile,
  rows: number,
  forms: Forms,
): Promise<{ bytes: Uint8Array } & SurveyData> {
  const parts = await workbookParts(profile);
  const sst = partText(parts, "xl/sharedStrings.xml");
  const base = (sst.match(/<si[\s>/]/g) ?? []).length;
  const data = surveyRows(rows, forms, base);
  editPart(parts, "xl/sharedStrings.xml", (x) => x.replace("</sst>", `${data.sharedXml}</sst>`));
  editPart(parts, "xl/workbook.xml", (x) =>
    x
      .replace(/(IKU_IKM_Tanggal">[^<]*\$B\$5:\$B\$)\d+/, `$1${4 + rows}`)
      .replace(new RegExp(`(IKU_IKM_Jawaban">[^<]*\\$${col(U1)}\\$5:\\$${col(U9)}\\$)\\d+`), `$1${4 + rows}`),
  );
  editPart(parts, sheetPart(parts, "Survei IKM"), (x) => {
    const from = x.indexOf('<row r="5"');
    const to = x.indexOf("</sheetData>");
    return x.slice(0, from) + data.rowsXml + x.slice(to);
  });
  return { bytes: zipParts(parts), ...data };
}
