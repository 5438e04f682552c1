/**
 * The streaming scan of sharedStrings.xml: only the items whose index a kept cell uses are
 * decoded (the others are counted), and the scan stops after the highest one, so a string
 * table of a million survey comments costs one pass over bytes, not a million strings.
 */

import type { SharedRefs } from "./sheet-scan";
import { TextBytes, xmlText } from "./text-bytes";
import { Tag, XmlHandler, XmlStream } from "./xml-stream";

export class SharedStringScanner implements XmlHandler {
  wantText = false;
  stopped = false;
  /** Index → text of every wanted item found. */
  readonly found = new Map<number, string>();
  private readonly xml = new XmlStream(this);
  private index = 0;
  private inSi = false;
  private keep = false;
  private inRph = false;
  private readonly runs = new TextBytes();

  /**
   * @param wanted the indices to decode, or "all" (every item, for tests and small tables).
   */
  constructor(private readonly wanted: ReadonlySet<number> | "all") {
    let last = wanted === "all" ? Infinity : -1;
    if (wanted !== "all") for (const i of wanted) last = Math.max(last, i);
    this.last = last;
    this.stopped = last < 0;
  }

  /** The highest index wanted: the scan stops after it. */
  private readonly last: number;

  push(chunk: Uint8Array): void {
    if (!this.stopped) this.xml.push(chunk);
  }

  open(tag: Tag, _b: Uint8Array, _s: number, _e: number, self: boolean): void {
    if (tag === Tag.Si) {
      // An item opened inside an unclosed one: the unclosed one is dropped, not counted.
      this.inSi = false;
      this.inRph = false;
      this.wantText = false;
      if (self) this.commit("");
      else {
        this.inSi = true;
        this.keep = this.wanted === "all" || this.wanted.has(this.index);
        this.runs.len = 0;
      }
    } else if (!this.inSi || self) return;
    else if (tag === Tag.RPh) this.inRph = true;
    else if (tag === Tag.T && this.keep && !this.inRph) this.wantText = true;
  }

  close(tag: Tag): void {
    if (tag === Tag.T) this.wantText = false;
    else if (tag === Tag.RPh) this.inRph = false;
    else if (tag === Tag.Si && this.inSi) {
      this.inSi = false;
      this.wantText = false;
      this.commit(this.keep ? xmlText(this.runs.raw()) : null);
    }
  }

  text(b: Uint8Array, s: number, e: number): void {
    this.runs.add(b, s, e);
  }

  private commit(text: string | null): void {
    if (text !== null && (this.wanted === "all" || this.wanted.has(this.index)))
      this.found.set(this.index, text);
    this.index += 1;
    if (this.index > this.last) this.stopped = true;
  }

  /** Every item in order (for "all"). */
  list(): string[] {
    return Array.from({ length: this.index }, (_, i) => this.found.get(i) ?? "");
  }
}

/** Writes the text of every waiting shared-string cell (null when the table lacks it). */
export function resolveShared(refs: SharedRefs, found: ReadonlyMap<number, string>): void {
  for (let i = 0; i < refs.index.length; i++) refs.rows[i][refs.cols[i]] = found.get(refs.index[i]) ?? null;
}
