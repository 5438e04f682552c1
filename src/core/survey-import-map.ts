/**
 * Which export column goes to which survey column, found by NAME (positions mean nothing:
 * some apps swap U8 and U9): the header, normalised, equals a caption or alias of
 * SURVEY_FIELDS; or (Google Forms question text) contains an unsur name. Pure.
 */
import { SURVEY_FIELDS, type SurveyField } from "./survey-fields";

/** Lower case, accents and punctuation gone, single spaces. */
export function normaliseHeader(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** "U8. Sarana" / "8) Sarana" / "8 - Sarana" → "Sarana" (the number is the app's order). */
function withoutNumbering(s: string): string | null {
  const m =
    /^\s*(?:u\s*)?\d{1,2}\s*[.):-]?\s+(\S.*)$/i.exec(s) ?? /^\s*(?:u\s*)?\d{1,2}\s*[.):-]\s*(\S.*)$/i.exec(s);
  return m ? m[1] : null;
}

const CODE = /^(u\d|unsur \d|jk|tgl|l p)$/;

function names(f: SurveyField): string[] {
  return [f.caption, ...f.aliases].map(normaliseHeader);
}

function containsWords(haystack: string, needle: string): boolean {
  return ` ${haystack} `.includes(` ${needle} `);
}

/** The fields a header names: exact first, then (question texts) by contained unsur name. */
export function fieldsForHeader(
  header: string,
  fields: readonly SurveyField[] = SURVEY_FIELDS,
): SurveyField[] {
  const forms = [header, withoutNumbering(header)]
    .filter((x): x is string => x !== null)
    .map(normaliseHeader);
  for (const h of forms) {
    if (h === "") continue;
    const exact = fields.filter((f) => names(f).includes(h));
    if (exact.length > 0) return exact;
  }
  const h = forms[forms.length - 1];
  if (h === "") return [];
  // Contained names: unsur names and aliases (not codes), respondent captions only —
  // aliases like "pelayanan" would appear in every question text.
  return fields.filter((f) => {
    const cands = f.kind === "skor" ? names(f).filter((n) => !CODE.test(n)) : [normaliseHeader(f.caption)];
    return cands.some((n) => n.length >= 4 && containsWords(h, n));
  });
}

export interface ColumnMapping {
  /** Export column index → field key. */
  columns: Map<number, SurveyField>;
  /** Export columns not imported, with the reason (Indonesian). */
  ignored: { index: number; header: string; reason: string }[];
}

export type MappingResult = { ok: true; mapping: ColumnMapping } | { ok: false; errors: string[] };

/** A field named on the command line: its key, caption or any alias ("U8", "Sarana"). */
export function fieldByName(
  name: string,
  fields: readonly SurveyField[] = SURVEY_FIELDS,
): SurveyField | null {
  const n = normaliseHeader(name);
  return fields.find((f) => f.key.toLowerCase() === n || names(f).includes(n)) ?? null;
}

/**
 * Maps export headers to survey fields.
 * @param overrides field name → export header ("U8" → "Sarana"), from `--kolom`.
 * @param available keys of the fields the workbook has a column for.
 */
export function mapColumns(
  headers: readonly string[],
  available: ReadonlySet<string>,
  overrides: readonly { field: string; header: string }[] = [],
): MappingResult {
  const errors: string[] = [];
  const columns = new Map<number, SurveyField>();
  const forced = new Map<number, SurveyField>();
  for (const o of overrides) {
    const f = fieldByName(o.field);
    const idx = headers.findIndex((h) => normaliseHeader(h) === normaliseHeader(o.header));
    if (!f) errors.push(`--kolom: kolom survei "${o.field}" tidak dikenal (contoh: U8, Tanggal, Usia)`);
    else if (idx < 0) errors.push(`--kolom: kolom "${o.header}" tidak ada di berkas survei`);
    else forced.set(idx, f);
  }
  const ignored: ColumnMapping["ignored"] = [];
  const forcedKeys = new Set([...forced.values()].map((f) => f.key));
  headers.forEach((header, index) => {
    const f0 = forced.get(index);
    if (f0) return void columns.set(index, f0);
    if (header.trim() === "") return void ignored.push({ index, header, reason: "tanpa judul kolom" });
    const found = fieldsForHeader(header).filter((f) => !forcedKeys.has(f.key));
    if (found.length > 1) {
      errors.push(
        `kolom "${header}" cocok dengan beberapa kolom survei (${found.map((f) => f.caption).join(", ")}); ` +
          `tentukan dengan --kolom "<kolom survei>=${header}"`,
      );
    } else if (found.length === 0) ignored.push({ index, header, reason: "tidak dikenal" });
    else columns.set(index, found[0]);
  });
  const byField = new Map<string, number[]>();
  for (const [i, f] of columns) byField.set(f.key, [...(byField.get(f.key) ?? []), i]);
  for (const [key, idx] of byField) {
    if (idx.length < 2) continue;
    const f = SURVEY_FIELDS.find((x) => x.key === key);
    errors.push(
      `${idx.map((i) => `"${headers[i]}"`).join(" dan ")} sama-sama cocok dengan ${f?.caption ?? key}; ` +
        `tentukan dengan --kolom "${f?.key.toUpperCase() ?? key}=<judul kolom>"`,
    );
  }
  for (const f of SURVEY_FIELDS) {
    if (!f.optional && available.has(f.key) && !byField.has(f.key)) {
      errors.push(
        `kolom ${f.caption} tidak ditemukan di berkas survei; tentukan dengan --kolom "${f.key.toUpperCase()}=<judul kolom>"`,
      );
    }
  }
  for (const [i, f] of [...columns]) {
    if (!available.has(f.key)) {
      columns.delete(i);
      ignored.push({ index: i, header: headers[i], reason: `buku kerja belum punya kolom ${f.caption}` });
    }
  }
  ignored.sort((a, b) => a.index - b.index);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, mapping: { columns, ignored } };
}
