/**
 * Rewrites a zip with some entries replaced, copying every other entry's compressed bytes,
 * name, method, CRC, times and attributes unchanged: the rest of a workbook stays exactly as
 * Excel (or we) wrote it. Local headers are rewritten from the central directory (so a data
 * descriptor, bit 3, is folded into the header). No zip64 (ZipReader refuses it anyway).
 */
import { deflateSync } from "fflate";
import { ZipError, ZipReader } from "./zip";

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

interface CentralEntry {
  name: Uint8Array;
  nameText: string;
  madeBy: number;
  needed: number;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  csize: number;
  usize: number;
  internal: number;
  external: number;
  data: Uint8Array;
}

/** Every entry of `b` as a record to rewrite, read through the one zip parser (zip.ts). */
function entries(b: Uint8Array): CentralEntry[] {
  const reader = new ZipReader(b);
  return [...reader.entries.values()].map((e) => {
    const data = reader.compressed(e.name);
    if (!data) throw new ZipError(`bagian ${e.name} rusak`, "damaged");
    const r = e.record;
    return {
      name: r.nameBytes,
      nameText: e.name,
      madeBy: r.madeBy,
      needed: r.needed,
      // A data descriptor (bit 3) is folded into the rewritten local header.
      flags: r.flags & ~0x8,
      method: e.method,
      time: r.time,
      date: r.date,
      crc: r.crc,
      csize: e.compressedSize,
      usize: e.size,
      internal: r.internal,
      external: r.external,
      data,
    };
  });
}

/**
 * @param replace entry name → new uncompressed bytes (deflated here).
 * @throws ZipError when an entry to replace does not exist or the zip is damaged.
 */
export function replaceZipEntries(zip: Uint8Array, replace: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const list = entries(zip);
  for (const name of replace.keys()) {
    if (!list.some((e) => e.nameText === name)) throw new ZipError(`bagian ${name} tidak ada`, "damaged");
  }
  for (const e of list) {
    const fresh = replace.get(e.nameText);
    if (!fresh) continue;
    e.data = deflateSync(fresh, { level: 6 });
    e.method = 8;
    e.crc = crc32(fresh);
    e.csize = e.data.length;
    e.usize = fresh.length;
  }
  const size = list.reduce((n, e) => n + 30 + e.name.length + e.data.length + 46 + e.name.length, 22);
  const out = new Uint8Array(size);
  const v = new DataView(out.buffer);
  let at = 0;
  const offsets: number[] = [];
  const header = (e: CentralEntry, central: boolean): void => {
    v.setUint32(at, central ? 0x02014b50 : 0x04034b50, true);
    at += 4;
    if (central) {
      v.setUint16(at, e.madeBy, true);
      at += 2;
    }
    for (const x of [e.needed, e.flags, e.method, e.time, e.date]) {
      v.setUint16(at, x, true);
      at += 2;
    }
    for (const x of [e.crc, e.csize, e.usize]) {
      v.setUint32(at, x, true);
      at += 4;
    }
    v.setUint16(at, e.name.length, true);
    at += 4; // extra length 0
  };
  for (const e of list) {
    offsets.push(at);
    header(e, false);
    out.set(e.name, at);
    at += e.name.length;
    out.set(e.data, at);
    at += e.data.length;
  }
  const cdStart = at;
  list.forEach((e, i) => {
    header(e, true);
    at += 4; // comment length 0, disk number 0
    v.setUint16(at, e.internal, true);
    v.setUint32(at + 2, e.external, true);
    v.setUint32(at + 6, offsets[i], true);
    at += 10;
    out.set(e.name, at);
    at += e.name.length;
  });
  v.setUint32(at, 0x06054b50, true);
  v.setUint16(at + 8, list.length, true);
  v.setUint16(at + 10, list.length, true);
  v.setUint32(at + 12, at - cdStart, true);
  v.setUint32(at + 16, cdStart, true);
  return out;
}
