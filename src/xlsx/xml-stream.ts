/**
 * A byte-level XML tokenizer fed chunk by chunk (as a zip part inflates), so a 50 MB sheet
 * is never one string: tags are reported with their local name as a small id and their
 * attribute bytes, text only while the handler asks for it. A tag split across two chunks
 * is carried over (at most MAX_TAG bytes of it kept: the attributes the reader needs are a
 * few bytes), so memory stays bounded and every byte is looked at once. Comments and
 * processing instructions are skipped; CDATA is handed on as text with `&` escaped, so the
 * later entity decoding leaves it as written.
 */

/** The local names (prefix dropped) the readers care about; anything else is OTHER. */
export const enum Tag {
  Other,
  SheetData,
  Row,
  C,
  V,
  Is,
  T,
  RPh,
  Si,
}

export interface XmlHandler {
  /** True while text bytes are wanted (inside a value being collected). */
  wantText: boolean;
  /** Set by the handler to end the scan (the rest of the part is not needed). */
  stopped: boolean;
  open(tag: Tag, buf: Uint8Array, attrStart: number, attrEnd: number, selfClosing: boolean): void;
  close(tag: Tag): void;
  text(buf: Uint8Array, start: number, end: number): void;
}

/** Longest part of one tag kept across a chunk boundary (the rest is counted, not kept). */
const MAX_TAG = 64 * 1024;
const LT = 60;
const GT = 62;
const SLASH = 47;
const COLON = 58;

const enum Mode {
  Text,
  Tag,
  Comment,
  CData,
}

function isSpace(b: number): boolean {
  return b === 32 || b === 9 || b === 10 || b === 13;
}

/** The id of the local name in buf[s, e) (prefix before ':' dropped). */
function tagId(buf: Uint8Array, s: number, e: number): Tag {
  for (let i = s; i < e; i++) if (buf[i] === COLON) s = i + 1;
  switch (e - s) {
    case 1:
      return buf[s] === 99 ? Tag.C : buf[s] === 118 ? Tag.V : buf[s] === 116 ? Tag.T : Tag.Other;
    case 2:
      if (buf[s] === 105 && buf[s + 1] === 115) return Tag.Is;
      return buf[s] === 115 && buf[s + 1] === 105 ? Tag.Si : Tag.Other;
    case 3:
      if (buf[s] === 114 && buf[s + 1] === 111 && buf[s + 2] === 119) return Tag.Row;
      return buf[s] === 114 && buf[s + 1] === 80 && buf[s + 2] === 104 ? Tag.RPh : Tag.Other;
    case 9:
      return matches(buf, s, e, "sheetData") ? Tag.SheetData : Tag.Other;
    default:
      return Tag.Other;
  }
}

/** Whether buf[s, e) starts with `word` (never reading past e: a carried tag ends there). */
function matches(buf: Uint8Array, s: number, e: number, word: string): boolean {
  if (e - s < word.length) return false;
  for (let i = 0; i < word.length; i++) if (buf[s + i] !== word.charCodeAt(i)) return false;
  return true;
}

export class XmlStream {
  private mode = Mode.Text;
  private carry = new Uint8Array(256);
  private carryLen = 0;
  /** Comment: dashes seen in a row; CData: closing brackets seen in a row. */
  private run = 0;
  /** The bytes of an open CDATA section (rare: no spreadsheet writer uses CDATA). */
  private section: number[] = [];

  constructor(private readonly h: XmlHandler) {}

  /** Scans one chunk; state carries over to the next. */
  push(chunk: Uint8Array): void {
    const h = this.h;
    const n = chunk.length;
    let i = 0;
    while (i < n && !h.stopped) {
      if (this.mode === Mode.Text) {
        let j = i;
        while (j < n && chunk[j] !== LT) j++;
        if (j > i && h.wantText) h.text(chunk, i, j);
        if (j === n) return;
        i = j + 1;
        this.mode = Mode.Tag;
        this.carryLen = 0;
      } else if (this.mode === Mode.Tag) {
        let j = i;
        while (j < n && chunk[j] !== GT) j++;
        if (j === n) {
          this.keep(chunk, i, n);
          return;
        }
        this.mode = Mode.Text;
        if (this.carryLen === 0) this.tag(chunk, i, j);
        else {
          this.keep(chunk, i, j);
          this.tag(this.carry, 0, this.carryLen);
        }
        i = j + 1;
      } else i = this.mode === Mode.Comment ? this.comment(chunk, i) : this.cdata(chunk, i);
    }
  }

  private keep(chunk: Uint8Array, s: number, e: number): void {
    const len = e - s;
    if (len === 0) return;
    const need = Math.min(MAX_TAG, this.carryLen + len);
    if (need > this.carry.length) {
      const grown = new Uint8Array(Math.min(MAX_TAG, Math.max(this.carry.length * 2, need)));
      grown.set(this.carry.subarray(0, this.carryLen));
      this.carry = grown;
    }
    const room = MAX_TAG - this.carryLen;
    if (len <= room) {
      this.carry.set(chunk.subarray(s, e), this.carryLen);
      this.carryLen += len;
      return;
    }
    // Past MAX_TAG only the tag's last byte still matters (a self-closing `/`).
    if (room > 1) this.carry.set(chunk.subarray(s, s + room - 1), this.carryLen);
    this.carry[MAX_TAG - 1] = chunk[e - 1];
    this.carryLen = MAX_TAG;
  }

  /** One tag's bytes between `<` and `>`. */
  private tag(buf: Uint8Array, s: number, e: number): void {
    const first = buf[s];
    if (first === SLASH) {
      let k = s + 1;
      while (k < e && !isSpace(buf[k])) k++;
      this.h.close(tagId(buf, s + 1, k));
      return;
    }
    if (first === 33 /* ! */) {
      if (matches(buf, s, e, "!--")) {
        const body = e - s - 3;
        if (!(body >= 2 && buf[e - 1] === 45 && buf[e - 2] === 45)) {
          this.mode = Mode.Comment;
          this.run = 0;
        }
      } else if (matches(buf, s, e, "![CDATA[")) {
        if (e - s >= 10 && buf[e - 1] === 93 && buf[e - 2] === 93) this.cdataText(buf, s + 8, e - 2);
        else {
          // The `>` just seen is part of the section: collect on until `]]>`.
          this.section = [...buf.subarray(s + 8, Math.min(e, s + 8 + MAX_TAG)), GT];
          this.mode = Mode.CData;
          this.run = 0;
        }
      }
      return;
    }
    if (first === 63 /* ? */) return;
    let k = s;
    while (k < e && !isSpace(buf[k]) && buf[k] !== SLASH) k++;
    const self = buf[e - 1] === SLASH;
    this.h.open(tagId(buf, s, k), buf, k, self ? e - 1 : e, self);
  }

  /** Skips comment bytes up to `-->`; returns where scanning goes on. */
  private comment(chunk: Uint8Array, i: number): number {
    for (; i < chunk.length; i++) {
      const b = chunk[i];
      if (b === GT && this.run >= 2) {
        this.mode = Mode.Text;
        return i + 1;
      }
      this.run = b === 45 ? this.run + 1 : 0;
    }
    return i;
  }

  /** Collects CDATA bytes up to `]]>` and hands them on as one text. */
  private cdata(chunk: Uint8Array, i: number): number {
    for (; i < chunk.length; i++) {
      const b = chunk[i];
      if (b === GT && this.run >= 2) {
        const body = Uint8Array.from(this.section);
        this.section = [];
        this.cdataText(body, 0, Math.max(0, body.length - 2));
        this.mode = Mode.Text;
        return i + 1;
      }
      if (this.section.length < MAX_TAG) this.section.push(b);
      this.run = b === 93 ? this.run + 1 : 0;
    }
    return i;
  }

  private cdataText(buf: Uint8Array, s: number, e: number): void {
    if (!this.h.wantText || e <= s) return;
    const out: number[] = [];
    for (let k = s; k < e; k++) {
      if (buf[k] === 38)
        out.push(38, 97, 109, 112, 59); // & → &amp;
      else out.push(buf[k]);
    }
    this.h.text(Uint8Array.from(out), 0, out.length);
  }
}
