/**
 * What the CLI prints comes partly from kecamatan files (names, labels, sheet text), so it
 * is cleaned before it reaches a terminal: escape sequences (which could move the cursor,
 * retitle the window or hide text), other control characters and bidirectional overrides
 * are removed, and a single line is cut at MAX_LINE characters.
 */

export const MAX_LINE = 2000;

// CSI (ESC [ … final), OSC (ESC ] … BEL or ESC \), other two-byte ESC sequences, 8-bit CSI.
// Matching control characters is this module's purpose.
const ESCAPES =
  // eslint-disable-next-line no-control-regex
  /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]?|\x9b[0-?]*[ -/]*[@-~]/g;
// C0 except tab and newline, DEL, C1, and the bidi embeddings/overrides/isolates.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

/** `text` without escape sequences and control characters, each line at most MAX_LINE long. */
export function cleanForTerminal(text: string): string {
  const clean = text.replace(ESCAPES, "").replace(CONTROLS, "");
  if (clean.length <= MAX_LINE) return clean;
  return clean
    .split("\n")
    .map((line) => (line.length > MAX_LINE ? `${line.slice(0, MAX_LINE)}…` : line))
    .join("\n");
}

/** A value quoted in a message: at most `max` characters, cleaned, with "…" when cut. */
export function quoteShort(value: unknown, max = 40): string {
  const s = cleanForTerminal(String(value)).replace(/\s+/g, " ").trim();
  return `"${s.length > max ? `${s.slice(0, max)}…` : s}"`;
}
