/**
 * Byte helpers of the streaming readers: a capped text buffer for one value, attribute
 * iteration over a start tag's bytes, and ASCII digit parsing without making strings.
 */

/** Excel's limit on the characters of one cell; longer text from a file is cut here. */
export const MAX_CELL_TEXT = 32767;

const ENTITY = /&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g;

/** Decodes XML entities (and caps the text at Excel's cell limit). */
export function xmlText(s: string): string {
  const capped = s.length > MAX_CELL_TEXT * 8 ? s.slice(0, MAX_CELL_TEXT * 8) : s;
  const out = capped.indexOf("&") < 0 ? capped : capped.replace(ENTITY, entity);
  return out.length > MAX_CELL_TEXT ? out.slice(0, MAX_CELL_TEXT) : out;
}

function entity(_m: string, e: string): string {
  switch (e) {
    case "lt":
      return "<";
    case "gt":
      return ">";
    case "amp":
      return "&";
    case "quot":
      return '"';
    case "apos":
      return "'";
    default: {
      const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
    }
  }
}

/** Enough bytes of one text for MAX_CELL_TEXT × 8 characters (xmlText cuts from there). */
const MAX_TEXT_BYTES = MAX_CELL_TEXT * 24 + 4;
const utf8 = new TextDecoder("utf-8");

/** A growable byte buffer for one value's text, capped at MAX_TEXT_BYTES. */
export class TextBytes {
  buf = new Uint8Array(64);
  len = 0;
  add(b: Uint8Array, s: number, e: number): void {
    const n = Math.min(e - s, MAX_TEXT_BYTES - this.len);
    if (n <= 0) return;
    if (this.len + n > this.buf.length) {
      const grown = new Uint8Array(Math.max(this.buf.length * 2, this.len + n));
      grown.set(this.buf.subarray(0, this.len));
      this.buf = grown;
    }
    if (n <= 16) for (let i = 0; i < n; i++) this.buf[this.len + i] = b[s + i];
    else this.buf.set(b.subarray(s, s + n), this.len);
    this.len += n;
  }
  /** The raw text (entities not decoded). */
  raw(): string {
    const { buf, len } = this;
    if (len <= 32) {
      let s = "";
      for (let i = 0; i < len; i++) {
        if (buf[i] >= 128) return utf8.decode(buf.subarray(0, len));
        s += String.fromCharCode(buf[i]);
      }
      return s;
    }
    return utf8.decode(buf.subarray(0, len));
  }
  /** The bytes as a non-negative integer when they are 1–15 ASCII digits, else -1. */
  digits(): number {
    return digitsOf(this.buf, 0, this.len);
  }
}

/**
 * Walks the attributes of a start tag's bytes without allocating: after next() returns
 * true, [ns, ne) is the local name (prefix dropped, `prefixed` tells whether there was one)
 * and [vs, ve) the raw value between the quotes.
 */
export class AttrCursor {
  ns = 0;
  ne = 0;
  prefixed = false;
  vs = 0;
  ve = 0;
  private i = 0;
  private end = 0;
  private b: Uint8Array = new Uint8Array(0);

  reset(b: Uint8Array, s: number, e: number): void {
    this.b = b;
    this.i = s;
    this.end = e;
  }

  next(): boolean {
    const { b, end: e } = this;
    let i = this.i;
    while (i < e && (b[i] === 32 || b[i] === 9 || b[i] === 10 || b[i] === 13)) i++;
    const ns = i;
    let local = i;
    while (i < e && b[i] !== 61 && b[i] !== 32 && b[i] !== 9 && b[i] !== 10 && b[i] !== 13) {
      if (b[i] === 58) local = i + 1;
      i++;
    }
    const ne = i;
    while (i < e && b[i] !== 61) i++;
    i++;
    while (i < e && b[i] !== 34 && b[i] !== 39) i++;
    if (i >= e || ne === ns) return false;
    const q = b[i++];
    const vs = i;
    while (i < e && b[i] !== q) i++;
    if (i >= e) return false;
    this.i = i + 1;
    this.ns = local;
    this.ne = ne;
    this.prefixed = local !== ns;
    this.vs = vs;
    this.ve = i;
    return true;
  }
}

export function attrText(b: Uint8Array, s: number, e: number): string {
  return xmlText(utf8.decode(b.subarray(s, e)));
}

export function digitsOf(b: Uint8Array, s: number, e: number): number {
  if (e <= s || e - s > 15) return -1;
  let n = 0;
  for (let i = s; i < e; i++) {
    const d = b[i] - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

export function ascii(b: Uint8Array, s: number, e: number): string {
  let out = "";
  for (let i = s; i < e && i - s < 16; i++) out += String.fromCharCode(b[i]);
  return out;
}
