/**
 * Streaming scanners over the bytes of a worksheet and of sharedStrings (see xml-stream.ts):
 * only cells inside the requested boxes are decoded, their values written straight into the
 * boxes; everything else is skipped byte by byte. Shared-string cells are noted by index and
 * resolved afterwards from a scan that decodes only the strings those cells use and stops
 * after the last one, so neither the sheet nor the string table is ever held as text.
 * Values are exactly what Excel hands a function (see cellValue rules below).
 */

import { ascii, AttrCursor, attrText, digitsOf, TextBytes, xmlText } from "./text-bytes";
import { Tag, XmlHandler, XmlStream } from "./xml-stream";

/**
 * A rectangle of a sheet to collect; values[r - top][c - left]. Rows may be left out (a
 * sparse box): the scanner creates the rows it writes to.
 */
export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
  values: unknown[][];
}

/** Shared-string cells waiting for their text: values row, column index, string index. */
export interface SharedRefs {
  rows: unknown[][];
  cols: number[];
  index: number[];
}

const enum T {
  Number,
  Shared,
  Str,
  Inline,
  Bool,
  Error,
  Date,
}

const TYPES = new Map<string, T>([
  ["s", T.Shared],
  ["str", T.Str],
  ["inlineStr", T.Inline],
  ["b", T.Bool],
  ["e", T.Error],
  ["d", T.Date],
]);

/** The cell type of a `t` value's bytes (entities decoded only when there are any). */
function typeOf(b: Uint8Array, s: number, e: number): T {
  for (let i = s; i < e; i++) if (b[i] === 38) return TYPES.get(attrText(b, s, e)) ?? T.Number;
  if (e - s === 1) {
    const c = b[s];
    return c === 115 ? T.Shared : c === 98 ? T.Bool : c === 101 ? T.Error : c === 100 ? T.Date : T.Number;
  }
  return e - s === 3 || e - s === 9 ? (TYPES.get(ascii(b, s, e)) ?? T.Number) : T.Number;
}

/** Fills boxes with the cells of one sheet fed as byte chunks; rows past the last box stop it. */
export class SheetScanner implements XmlHandler {
  wantText = false;
  stopped = false;
  private readonly xml = new XmlStream(this);
  private readonly last: number;
  private inData = false;
  private row = 0;
  private col = 0;
  // The open cell: where it lands (applied when it closes), type, style, target boxes.
  private inCell = false;
  private cellRow = 0;
  private cellCol = 0;
  private type = T.Number;
  private style = 0;
  private readonly targets: Box[] = [];
  private targetCount = 0;
  private readonly attr = new AttrCursor();
  private v = 0; // 0 not seen, 1 open, 2 closed
  private is = 0;
  private inT = false;
  private inRph = false;
  private readonly value = new TextBytes();
  private readonly runs = new TextBytes();

  constructor(
    private readonly boxes: readonly Box[],
    private readonly dateStyles: readonly boolean[],
    private readonly date1904: boolean,
    readonly shared: SharedRefs = { rows: [], cols: [], index: [] },
  ) {
    this.last = boxes.length === 0 ? 0 : Math.max(...boxes.map((b) => b.bottom));
    this.stopped = boxes.length === 0;
  }

  push(chunk: Uint8Array): void {
    if (!this.stopped) this.xml.push(chunk);
  }

  open(tag: Tag, b: Uint8Array, s: number, e: number, self: boolean): void {
    if (!this.inData) {
      this.inData = tag === Tag.SheetData;
      return;
    }
    if (tag === Tag.Row) {
      this.inCell = false;
      this.v = 0;
      this.inT = false;
      const a = this.attr;
      a.reset(b, s, e);
      let r = -1;
      while (a.next()) {
        if (a.ne - a.ns === 1 && b[a.ns] === 114) {
          r = digitsOf(b, a.vs, a.ve);
          break;
        }
      }
      this.row = r >= 0 ? r : this.row + 1;
      this.col = 0;
      if (this.row > this.last) this.stopped = true;
    } else if (tag === Tag.C) this.openCell(b, s, e, self);
    else if (!this.inCell || this.targetCount === 0 || self) return;
    else if (tag === Tag.V && this.v === 0) {
      this.v = 1;
      this.value.len = 0;
    } else if (tag === Tag.Is && this.is === 0) {
      this.is = 1;
      this.runs.len = 0;
    } else if (tag === Tag.RPh) this.inRph = true;
    else if (tag === Tag.T && this.is === 1 && !this.inRph) this.inT = true;
    this.wantText = this.v === 1 || this.inT;
  }

  close(tag: Tag): void {
    if (!this.inData) return;
    if (tag === Tag.SheetData) this.stopped = true;
    else if (tag === Tag.C) {
      if (this.inCell) this.finishCell();
    } else if (tag === Tag.V) {
      if (this.v === 1) this.v = 2;
    } else if (tag === Tag.T) this.inT = false;
    else if (tag === Tag.RPh) this.inRph = false;
    else if (tag === Tag.Is && this.is === 1) this.is = 2;
    this.wantText = this.inCell && (this.v === 1 || this.inT);
  }

  text(b: Uint8Array, s: number, e: number): void {
    if (this.v === 1) this.value.add(b, s, e);
    if (this.inT) this.runs.add(b, s, e);
  }

  /** A `<c>` start: an open cell before it without `</c>` is dropped, as before. */
  private openCell(b: Uint8Array, s: number, e: number, self: boolean): void {
    this.cellRow = this.row;
    this.cellCol = this.col + 1;
    // The address first: the type and style are read only for a cell some box keeps.
    const a = this.attr;
    a.reset(b, s, e);
    while (a.next()) {
      if (a.ne - a.ns === 1 && b[a.ns] === 114 && !a.prefixed) {
        this.cellRef(b, a.vs, a.ve);
        break;
      }
    }
    this.targetCount = 0;
    const { cellRow: r, cellCol: c } = this;
    if (r <= this.last) {
      for (const box of this.boxes) {
        if (r >= box.top && r <= box.bottom && c >= box.left && c <= box.right)
          this.targets[this.targetCount++] = box;
      }
    }
    let t = T.Number;
    let st = 0;
    if (this.targetCount > 0) {
      let seen = 0;
      a.reset(b, s, e);
      while (seen !== 3 && a.next()) {
        const one = a.ne - a.ns === 1 ? b[a.ns] : 0;
        if (one === 116 && !(seen & 1)) {
          seen |= 1;
          t = typeOf(b, a.vs, a.ve);
        } else if (one === 115 && !(seen & 2)) {
          seen |= 2;
          const d = digitsOf(b, a.vs, a.ve);
          st = d >= 0 ? d : Number(attrText(b, a.vs, a.ve));
        }
      }
    }
    this.type = t;
    this.style = st;
    this.v = 0;
    this.is = 0;
    this.inT = false;
    this.inRph = false;
    this.inCell = true;
    if (self) this.finishCell();
  }

  /** Reads `A1`/`$A$1` into cellRow/cellCol; left by order when malformed. */
  private cellRef(b: Uint8Array, s: number, e: number): void {
    let i = s;
    if (b[i] === 36) i++;
    let col = 0;
    const c0 = i;
    for (; i < e && i - c0 < 4; i++) {
      const u = b[i] & ~32; // upper case
      if (u < 65 || u > 90) break;
      col = col * 26 + u - 64;
    }
    if (i === c0 || i - c0 > 3) return;
    if (b[i] === 36) i++;
    const row = e - i > 7 ? -1 : digitsOf(b, i, e);
    if (row < 0) return;
    this.cellRow = row;
    this.cellCol = col;
  }

  private finishCell(): void {
    this.inCell = false;
    this.wantText = false;
    this.row = this.cellRow;
    this.col = this.cellCol;
    if (this.row > this.last) {
      this.stopped = true;
      return;
    }
    for (let k = 0; k < this.targetCount; k++) {
      const box = this.targets[k];
      // Rows of a sparse box (the Profil scan) are made when a cell lands in them.
      const row = (box.values[this.row - box.top] ??= new Array<unknown>(box.right - box.left + 1).fill(
        null,
      ));
      const at = this.col - box.left;
      if (this.type === T.Shared && this.v === 2) {
        const d = this.value.digits();
        const n = d >= 0 ? d : Number(this.value.raw());
        row[at] = null;
        if (Number.isInteger(n) && n >= 0) {
          this.shared.rows.push(row);
          this.shared.cols.push(at);
          this.shared.index.push(n);
        }
      } else row[at] = this.cellValue();
    }
  }

  /** One cell as Excel hands it to a function (a formula cell gives its cached result). */
  private cellValue(): unknown {
    if (this.type === T.Inline) return this.is === 2 ? xmlText(this.runs.raw()) : null;
    if (this.v !== 2) return null;
    switch (this.type) {
      case T.Str: {
        const s = xmlText(this.value.raw());
        return s === "" ? null : s;
      }
      case T.Bool: {
        const v = this.value.raw().trim();
        return v === "1" || v === "true";
      }
      case T.Error:
        return xmlText(this.value.raw()).trim();
      case T.Date: {
        const ms = Date.parse(this.value.raw());
        return Number.isFinite(ms) ? 25569 + ms / 86400000 : null;
      }
      default: {
        let n = this.value.digits();
        if (n < 0) {
          const v = this.value.raw();
          n = Number(v);
          if (!Number.isFinite(n) || v.trim() === "") return null;
        }
        // 1904-system serials count from 1 Jan 1904: 1462 days after the 1900 system's.
        return this.date1904 && this.dateStyles[this.style] === true ? n + 1462 : n;
      }
    }
  }
}
