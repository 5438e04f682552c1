/**
 * A bounded zip reader for xlsx files: the central directory is parsed without inflating
 * anything, parts are inflated one at a time and only on demand, and every inflation is
 * counted chunk by chunk so a part that lies about its size (or a "zip bomb") is stopped at
 * the cap instead of filling memory. Pure (Uint8Array in, bytes out): runs in Node and in
 * the browser (task pane). Inflation by fflate, which streams with no size surprises.
 */

import { Inflate, inflateSync } from "fflate";

/** Limits; tests and callers may lower them. */
export interface ZipLimits {
  /** Largest inflated size of one part, in bytes. */
  maxPartBytes: number;
  /** Largest inflated size of all parts read together, in bytes. */
  maxTotalBytes: number;
  /** Most entries a central directory may list. */
  maxEntries: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxPartBytes: 200 * 1024 * 1024,
  maxTotalBytes: 300 * 1024 * 1024,
  maxEntries: 10000,
};

/** Receives inflated pieces; returns false to stop (the rest of the part is not needed). */
export type Sink = (chunk: Uint8Array) => boolean | void;

/** One entry of the central directory. */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  /** The rest of its central-directory record, kept so a rewrite (zip-replace.ts) copies it. */
  record: {
    nameBytes: Uint8Array;
    madeBy: number;
    needed: number;
    flags: number;
    time: number;
    date: number;
    crc: number;
    internal: number;
    external: number;
  };
}

/** A zip that cannot be read; `reason` is Indonesian and names no library. */
export class ZipError extends Error {
  constructor(
    readonly reason: string,
    readonly code: "not-zip" | "damaged" | "too-big" | "unsupported",
  ) {
    super(reason);
  }
}

const MB = 1024 * 1024;
const INFLATE_CHUNK = 16 * 1024; // ≤ 16 MB out per push even at deflate's 1032:1 maximum
// Parts this small inflate in one call into a buffer of their declared size (most parts of
// an IKU workbook): no growing and copying of the streaming buffers. A part that lies about
// its size overflows that buffer (writes past it are dropped: at most 64 MB of work at
// deflate's maximum ratio, never memory) and is inflated again by the bounded stream.
const ONCE_IN = 64 * 1024;
const ONCE_OUT = 4 * MB;

function u16(b: Uint8Array, i: number): number {
  return b[i] | (b[i + 1] << 8);
}
function u32(b: Uint8Array, i: number): number {
  return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + b[i + 3] * 0x1000000;
}

/** Inflates a small part at once; null when it is damaged or larger than it declared. */
function inflateOnce(raw: Uint8Array, declared: number): Uint8Array | null {
  try {
    const out = inflateSync(raw, { out: new Uint8Array(declared + 1) });
    return out.length > declared ? null : out;
  } catch {
    return null;
  }
}

/** Human size in MB for messages ("1100 MB"). */
export function megabytes(n: number): string {
  return `${Math.ceil(n / MB)} MB`;
}

/** The parsed central directory plus inflation with a running budget. */
export class ZipReader {
  readonly entries = new Map<string, ZipEntry>();
  private inflated = 0;

  constructor(
    private readonly data: Uint8Array,
    readonly limits: ZipLimits = DEFAULT_ZIP_LIMITS,
  ) {
    this.parseDirectory();
  }

  private parseDirectory(): void {
    const b = this.data;
    if (b.length < 22) throw new ZipError("berkas terlalu pendek untuk sebuah arsip zip", "not-zip");
    // The end record sits in the last 22 + 65535 (comment) bytes.
    let eocd = -1;
    for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 65535); i--) {
      if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) {
      const starts = b[0] === 0x50 && b[1] === 0x4b;
      throw new ZipError(
        starts ? "akhir arsip zip tidak ditemukan (berkas terpotong?)" : "bukan arsip zip",
        starts ? "damaged" : "not-zip",
      );
    }
    const count = u16(b, eocd + 10);
    const cdSize = u32(b, eocd + 12);
    const cdOffset = u32(b, eocd + 16);
    if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) {
      throw new ZipError("arsip zip64 (lebih dari 4 GB atau 65 535 bagian) tidak didukung", "too-big");
    }
    if (count > this.limits.maxEntries) {
      throw new ZipError(`arsip berisi ${count} bagian, paling banyak ${this.limits.maxEntries}`, "too-big");
    }
    if (cdOffset + cdSize > eocd) throw new ZipError("daftar isi arsip zip rusak", "damaged");
    let p = cdOffset;
    const names = new TextDecoder("utf-8");
    for (let n = 0; n < count; n++) {
      if (p + 46 > eocd || u32(b, p) !== 0x02014b50)
        throw new ZipError("daftar isi arsip zip rusak", "damaged");
      const nameLen = u16(b, p + 28);
      const entry: ZipEntry = {
        name: names.decode(b.subarray(p + 46, p + 46 + nameLen)),
        method: u16(b, p + 10),
        compressedSize: u32(b, p + 20),
        size: u32(b, p + 24),
        localOffset: u32(b, p + 42),
        record: {
          nameBytes: b.subarray(p + 46, p + 46 + nameLen),
          madeBy: u16(b, p + 4),
          needed: u16(b, p + 6),
          flags: u16(b, p + 8),
          time: u16(b, p + 12),
          date: u16(b, p + 14),
          crc: u32(b, p + 16),
          internal: u16(b, p + 36),
          external: u32(b, p + 38),
        },
      };
      if (!this.entries.has(entry.name)) this.entries.set(entry.name, entry);
      p += 46 + nameLen + u16(b, p + 30) + u16(b, p + 32);
    }
  }

  /** A part's compressed bytes as stored (for copying it unchanged into another zip). */
  compressed(name: string): Uint8Array | null {
    return this.locate(name)?.raw ?? null;
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /**
   * Checks, before inflating anything, that the parts about to be read fit the limits by
   * their declared sizes (each and together).
   */
  checkDeclared(names: readonly string[]): void {
    let total = 0;
    for (const name of names) {
      const e = this.entries.get(name);
      if (!e) continue;
      if (e.size > this.limits.maxPartBytes) {
        throw new ZipError(
          `bagian ${name} berukuran ${megabytes(e.size)} setelah diekstrak, paling banyak ${megabytes(this.limits.maxPartBytes)}`,
          "too-big",
        );
      }
      total += e.size;
    }
    if (total > this.limits.maxTotalBytes) {
      throw new ZipError(
        `isi yang perlu dibaca berukuran ${megabytes(total)}, paling banyak ${megabytes(this.limits.maxTotalBytes)}`,
        "too-big",
      );
    }
  }

  /** Where a part's compressed bytes are, and what it may still inflate to. */
  private locate(
    name: string,
  ): { e: ZipEntry; raw: Uint8Array; budget: number; tooBig: () => ZipError } | null {
    const e = this.entries.get(name);
    if (!e) return null;
    const b = this.data;
    const h = e.localOffset;
    if (h + 30 > b.length || u32(b, h) !== 0x04034b50) throw new ZipError(`bagian ${name} rusak`, "damaged");
    const start = h + 30 + u16(b, h + 26) + u16(b, h + 28);
    const end = start + e.compressedSize;
    if (end > b.length) throw new ZipError(`bagian ${name} terpotong`, "damaged");
    if (e.method !== 0 && e.method !== 8) {
      throw new ZipError(
        `bagian ${name} memakai metode kompresi ${e.method} yang tidak didukung`,
        "unsupported",
      );
    }
    const budget = Math.min(this.limits.maxPartBytes, this.limits.maxTotalBytes - this.inflated);
    const tooBig = (): ZipError =>
      new ZipError(
        `bagian ${name} mengembang melebihi ${megabytes(budget)} saat diekstrak (arsip berbahaya atau terlalu besar)`,
        "too-big",
      );
    return { e, raw: b.subarray(start, end), budget, tooBig };
  }

  /**
   * Inflates one part chunk by chunk into `sink`, stopped as soon as it passes the per-part
   * limit or the running total, whatever its header declared, or as soon as `sink` returns
   * false (the reader has what it needs: the rest is never inflated).
   * @returns false when the part does not exist.
   */
  stream(name: string, sink: Sink): boolean {
    const at = this.locate(name);
    if (!at) return false;
    const { e, raw, budget, tooBig } = at;
    let size = 0;
    let once: Uint8Array | null = null;
    if (e.method === 0) {
      const piece = raw.length > budget ? raw.subarray(0, budget) : raw;
      size = piece.length;
      if (sink(piece) !== false && piece.length < raw.length) throw tooBig();
    } else if (
      raw.length <= ONCE_IN &&
      e.size <= Math.min(ONCE_OUT, budget) &&
      (once = inflateOnce(raw, e.size))
    ) {
      size = once.length;
      sink(once);
    } else {
      let over = false;
      let done = false;
      let failed: { err: unknown } | null = null;
      const inflater = new Inflate((chunk) => {
        if (done || over || failed) return;
        // What fits the budget still goes to the sink: a reader that stops inside it never
        // needed the rest, so only a part it reads past the budget is refused.
        const room = budget - size;
        const piece = chunk.length > room ? chunk.subarray(0, room) : chunk;
        size += piece.length;
        try {
          done = sink(piece) === false;
        } catch (err) {
          failed = { err };
        }
        if (!done && piece.length < chunk.length) over = true;
      });
      try {
        for (let i = 0; i < raw.length && !over && !done && !failed; i += INFLATE_CHUNK) {
          inflater.push(raw.subarray(i, i + INFLATE_CHUNK), i + INFLATE_CHUNK >= raw.length);
        }
      } catch {
        throw new ZipError(`bagian ${name} rusak (data terkompresi tidak utuh)`, "damaged");
      }
      if (failed) throw (failed as { err: unknown }).err;
      if (over) throw tooBig();
    }
    this.inflated += size;
    return true;
  }

  /** The inflated bytes of one part (see inflate for the limits); undefined when absent. */
  read(name: string): Uint8Array | undefined {
    const chunks: Uint8Array[] = [];
    // fflate hands out a fresh slice per chunk, so chunks can be kept as they are.
    if (!this.stream(name, (c) => void chunks.push(c))) return undefined;
    const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }

  /**
   * A part as UTF-8 text. Decoded only once the whole part inflated within its limits (a
   * bomb stops as bytes, outside the JavaScript heap), then chunk by chunk, each chunk let go
   * as soon as it is text: bytes and text are never both held whole.
   */
  text(name: string): string | undefined {
    const chunks: (Uint8Array | null)[] = [];
    if (!this.stream(name, (c) => void chunks.push(c))) return undefined;
    const decoder = new TextDecoder("utf-8");
    const parts: string[] = [];
    for (let i = 0; i < chunks.length; i++) {
      parts.push(decoder.decode(chunks[i] ?? undefined, { stream: true }));
      chunks[i] = null;
    }
    parts.push(decoder.decode());
    return parts.join("");
  }
}
