/**
 * The structural half of reading a profile JSON: a walker that reads typed values out of
 * parsed JSON and records every problem with its JSON path ("indikator[2].pengukuran.pembilang")
 * instead of stopping at the first. No dependency (no ajv), so the pane can use it too.
 */
import { editDistance } from "./edit-distance";

export interface JsonError {
  /** JSON path: keys joined by ".", array items as [i] (0-based); "" = the whole file. */
  path: string;
  /** Indonesian message for the user. */
  message: string;
}

export type Obj = Record<string, unknown>;

const where = (path: string, key: string): string => (path === "" ? key : `${path}.${key}`);

/** " (maksud Anda "nama"?)" for a key one or two edits away from an allowed one. */
function nearest(key: string, allowed: readonly string[]): string {
  let best: { k: string; d: number } | null = null;
  for (const k of allowed) {
    const d = editDistance(key.toLowerCase(), k.toLowerCase());
    if (!best || d < best.d) best = { k, d };
  }
  return best && best.d <= Math.max(2, Math.floor(best.k.length / 4)) ? ` (maksud Anda "${best.k}"?)` : "";
}

function typeName(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "daftar";
  if (typeof v === "string") return "teks";
  if (typeof v === "number") return "angka";
  if (typeof v === "boolean") return "true/false";
  return "objek";
}

export class Walker {
  readonly errors: JsonError[] = [];

  add(path: string, message: string): void {
    this.errors.push({ path, message });
  }

  /** True when an error was already recorded at `path` or inside it. */
  hasErrorAt(path: string): boolean {
    return this.errors.some(
      (e) => e.path === path || e.path.startsWith(`${path}.`) || e.path.startsWith(`${path}[`),
    );
  }

  /**
   * `v` as an object, checking its keys: each of `required` present, none outside `allowed`
   * (a typo must not silently drop a field). Null when `v` is no object.
   */
  object(
    v: unknown,
    path: string,
    required: readonly string[],
    optional: readonly string[] = [],
  ): Obj | null {
    if (typeof v !== "object" || v === null || Array.isArray(v)) {
      this.add(path, `harus objek { … }, bukan ${typeName(v)}.`);
      return null;
    }
    const o = v as Obj;
    const allowed = [...required, ...optional];
    for (const k of Object.keys(o)) {
      if (!allowed.includes(k)) this.add(where(path, k), `kunci "${k}" tidak dikenal${nearest(k, allowed)}.`);
    }
    for (const k of required) {
      if (!(k in o)) this.add(where(path, k), `kunci "${k}" wajib ada.`);
    }
    return o;
  }

  /** A string field; "" when missing or of another type (the error is recorded). */
  text(o: Obj, key: string, path: string, nonEmpty = false): string {
    const p = where(path, key);
    const v = o[key];
    if (v === undefined) return "";
    if (typeof v !== "string") {
      this.add(p, `harus teks, bukan ${typeName(v)}.`);
      return "";
    }
    if (nonEmpty && v.trim() === "") this.add(p, "tidak boleh kosong.");
    return v;
  }

  /** A list of strings; [] when missing or wrong (the errors are recorded per item). */
  texts(v: unknown, path: string): string[] {
    if (v === undefined) return [];
    if (!Array.isArray(v)) {
      this.add(path, `harus daftar [ … ] berisi teks, bukan ${typeName(v)}.`);
      return [];
    }
    return v.map((x, i) => {
      if (typeof x === "string") return x;
      this.add(`${path}[${i}]`, `harus teks, bukan ${typeName(x)}.`);
      return "";
    });
  }

  /** A list; [] when missing or not a list (recorded). */
  list(v: unknown, path: string): unknown[] {
    if (v === undefined) return [];
    if (Array.isArray(v)) return v;
    this.add(path, `harus daftar [ … ], bukan ${typeName(v)}.`);
    return [];
  }

  /** One of `allowed` (exact); `fallback` when missing or wrong (recorded). */
  choice<T extends string>(o: Obj, key: string, path: string, allowed: readonly T[], fallback: T): T {
    const v = o[key];
    if (v === undefined) return fallback;
    const found = allowed.find((a) => a === v);
    if (found !== undefined) return found;
    this.add(
      where(path, key),
      `${typeof v === "string" ? `"${v}"` : typeName(v)} tidak dikenal; pilih ${allowed.map((a) => `"${a}"`).join(", ")}.`,
    );
    return fallback;
  }

  /**
   * A percentage or number: a JSON number as it is (0.84, 80), or text "84%" / "84,5 %" as
   * the fraction 0.84 / 0.845; null stays null when `nullable`. Undefined when wrong (recorded).
   */
  amount(v: unknown, path: string, nullable: boolean): number | null | undefined {
    if (v === null && nullable) return null;
    if (typeof v === "number" && Number.isFinite(v)) return v;
    if (typeof v === "string") {
      const m = /^\s*(\d+(?:[.,]\d+)?)\s*%\s*$/.exec(v);
      if (m) return Number((Number(m[1].replace(",", ".")) / 100).toPrecision(15));
    }
    this.add(
      path,
      `${typeof v === "string" ? `"${v}"` : typeName(v)} bukan angka: tulis pecahan (0.84), "84%"` +
        `${nullable ? " atau null bila belum ditentukan" : ""}.`,
    );
    return undefined;
  }
}
