/**
 * "Impor survei" in the task pane: the same import as `iku impor-survei` (columns by name,
 * rows checked one by one) into the OPEN workbook through Office.js. Two steps so the user
 * sees the mapping and the refused rows before anything is written: plan (reads the file and
 * the survey ranges by their defined names) then apply (writes only the target columns of
 * the rows below the last filled one; nothing else is touched). Loaded on demand. No DOM.
 */
import { columnLetters, parseAddress } from "../core/a1";
import { SURVEY_FIELDS } from "../core/survey-fields";
import { importSurvey, type SurveyImport } from "../core/survey-import";
import { NAMES } from "../core/workbook/model";
import type { ExcelRunner } from "../excel/host";
import { readSurveyFile } from "../xlsx/survey-table";

export interface PickedSurveyFile {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface SurveyPlan {
  imp: SurveyImport;
  sheet: string;
  /** Field key → column number. */
  columns: Map<string, number>;
  first: number;
  bottom: number;
  /** Lines to show: the mapping, then the refused rows. */
  preview: string[];
}

/** The plan, or an Indonesian reason why nothing can be imported. */
export async function planSurveyImport(
  run: ExcelRunner,
  file: PickedSurveyFile,
): Promise<SurveyPlan | { error: string }> {
  const read = readSurveyFile(new Uint8Array(await file.arrayBuffer()));
  if ("reason" in read) return { error: `${file.name}: ${read.reason}` };
  const named = SURVEY_FIELDS.filter((f) => f.name && f.kind !== "skor").map(
    (f) => [f.key, f.name as string] as const,
  );
  const target = await run(async (context) => {
    const wb = context.workbook;
    const items = [["jawaban", NAMES.ikmJawaban] as const, ...named].map(([key, name]) => ({
      key,
      range: wb.names.getItemOrNullObject(name).getRangeOrNullObject().load("address,values"),
    }));
    await context.sync();
    return items.map((i) => ({
      key: i.key,
      ref: i.range.isNullObject ? null : parseAddress(i.range.address),
      values: i.range.isNullObject ? [] : (i.range.values as unknown[][]),
    }));
  });
  const answers = target[0];
  if (!answers.ref || answers.ref.sheet === null || answers.ref.rect.right - answers.ref.rect.left !== 8) {
    return {
      error: "Buku kerja ini belum punya lembar Survei IKM. Buat lembar IKU dengan indikator IKM dulu.",
    };
  }
  const rect = answers.ref.rect;
  const columns = new Map<string, number>();
  SURVEY_FIELDS.filter((f) => f.kind === "skor").forEach((f, i) => columns.set(f.key, rect.left + i));
  let lastFilled = rect.top - 1;
  for (const t of target) {
    if (!t.ref || t.ref.sheet !== answers.ref.sheet || t.ref.rect.top !== rect.top) continue;
    if (t.key !== "jawaban") {
      if (t.ref.rect.left !== t.ref.rect.right) continue;
      columns.set(t.key, t.ref.rect.left);
    }
    t.values.forEach((row, i) => {
      if (row.some((v) => v !== null && v !== "" && v !== undefined))
        lastFilled = Math.max(lastFilled, rect.top + i);
    });
  }
  const imp = importSurvey(read.table, new Set(columns.keys()));
  if ("errors" in imp)
    return { error: `Kolom berkas survei tidak dapat dipetakan: ${imp.errors.join("; ")}` };
  const preview = [
    ...[...imp.mapping.columns]
      .sort((a, b) => a[0] - b[0])
      .map(([i, f]) => `"${imp.headers[i]}" → ${f.caption}`),
    ...imp.mapping.ignored.map((g) => `"${g.header}": tidak diimpor (${g.reason})`),
    ...imp.problems.map((p) => `Baris ${p.row}, kolom "${p.column}": nilai "${p.value}" — ${p.why}`),
  ];
  return { imp, sheet: answers.ref.sheet, columns, first: lastFilled + 1, bottom: rect.bottom, preview };
}

/**
 * Writes the plan's rows: one column range per target column (null = cell left as it is,
 * so a skipped answer stays blank and no other column is touched).
 * @returns the Indonesian result line.
 */
export async function applySurveyImport(run: ExcelRunner, plan: SurveyPlan): Promise<string> {
  const n = plan.imp.rows.length;
  const free = plan.bottom - plan.first + 1;
  if (n === 0) return "Tidak ada baris yang dapat diimpor; tidak ada yang ditulis.";
  if (n > free)
    return `${n} baris tidak muat: hanya ${free} baris siap isi tersisa di ${plan.sheet}. Tidak ada yang ditulis.`;
  const last = plan.first + n - 1;
  await run(async (context) => {
    const ws = context.workbook.worksheets.getItem(plan.sheet);
    for (const [key, col] of plan.columns) {
      // Runs of filled cells only: a blank (skipped answer) is never written, not even as "".
      let start = -1;
      plan.imp.rows.forEach((r, i) => {
        const end = i === n - 1 || (plan.imp.rows[i + 1][key] ?? null) === null;
        if ((r[key] ?? null) === null) return;
        if (start < 0) start = i;
        if (!end) return;
        const cells = plan.imp.rows.slice(start, i + 1).map((x) => [x[key] as string | number]);
        const at = `${columnLetters(col)}${plan.first + start}:${columnLetters(col)}${plan.first + i}`;
        ws.getRange(at).values = cells;
        start = -1;
      });
    }
    await context.sync();
  });
  const rejected = plan.imp.rejected > 0 ? ` ${plan.imp.rejected} baris ditolak (lihat daftar).` : "";
  return `Diimpor ${n} baris ke ${plan.sheet} baris ${plan.first}–${last}.${rejected}`;
}
