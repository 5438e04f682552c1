/**
 * Builds hostile .xlsx files inside a test (no committed binaries): a generated workbook is
 * unpacked into its parts, parts are edited as text, and a zip is written back by hand so a
 * test can also lie in the central directory (declared sizes) or add parts that inflate far
 * beyond what they declare.
 */
import { unzipSync } from "fflate";
import * as zlib from "zlib";
import type { Profile } from "../../src/core/profile";
import { buildWorkbook } from "../../src/core/workbook/build";
import { writeXlsx } from "../../src/xlsx/write";

export type Parts = Map<string, Uint8Array>;

/** One zip entry: `data` is deflated unless `deflated` is given; `declaredSize` may lie. */
export interface CraftEntry {
  name: string;
  data?: Uint8Array;
  deflated?: Uint8Array;
  declaredSize?: number;
}

export async function workbookParts(profile: Profile): Promise<Parts> {
  const bytes = await writeXlsx(buildWorkbook(profile, "portable"));
  return new Map(Object.entries(unzipSync(bytes)));
}

export function partText(parts: Parts, name: string): string {
  const b = parts.get(name);
  if (!b) throw new Error(`bagian ${name} tidak ada`);
  return Buffer.from(b).toString("utf8");
}

/** Replaces part `name` by `edit(text)`; throws when the edit changed nothing. */
export function editPart(parts: Parts, name: string, edit: (xml: string) => string): void {
  const before = partText(parts, name);
  const after = edit(before);
  if (after === before) throw new Error(`suntingan ${name} tidak mengubah apa pun`);
  parts.set(name, Buffer.from(after, "utf8"));
}

/** The part path of sheet `sheetName` (through workbook.xml and its relationships). */
export function sheetPart(parts: Parts, sheetName: string): string {
  const wb = partText(parts, "xl/workbook.xml");
  const esc = sheetName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const rid = new RegExp(`<sheet [^>]*name="${esc}"[^>]*r:id="([^"]+)"`).exec(wb)?.[1];
  const rels = partText(parts, "xl/_rels/workbook.xml.rels");
  const target = rid ? new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] : undefined;
  if (!target) throw new Error(`lembar ${sheetName} tidak ditemukan`);
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

/** A zip of `entries` written by hand (CRC left 0: the reader under test never checks it). */
export function zipEntries(entries: readonly CraftEntry[]): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const body = e.deflated ?? zlib.deflateRawSync(e.data ?? new Uint8Array(0));
    const size = e.declaredSize ?? e.data?.length ?? 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(8, 10);
    cd.writeUInt32LE(body.length, 20);
    cd.writeUInt32LE(size, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    central.push(cd, name);
    chunks.push(local, name, Buffer.from(body));
    offset += 30 + name.length + body.length;
  }
  const cdBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cdBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, cdBytes, end]));
}

/** The parts as a zip, with `extra` entries (or replacements by name) added. */
export function zipParts(parts: Parts, extra: readonly CraftEntry[] = []): Uint8Array {
  const replaced = new Set(extra.map((e) => e.name));
  const base = [...parts].filter(([n]) => !replaced.has(n)).map(([name, data]) => ({ name, data }));
  return zipEntries([...base, ...extra]);
}

/** `mb` megabytes of zeros, deflated (about 1000:1): a part that inflates far past its size. */
export function deflatedZeros(mb: number): Uint8Array {
  return new Uint8Array(zlib.deflateRawSync(Buffer.alloc(mb * 1024 * 1024), { level: 9 }));
}
