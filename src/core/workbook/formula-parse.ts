/**
 * A minimal parser of en-US Excel formulas (no leading "="), just deep enough to find
 * function calls and their arguments: everything else (operators, references, names,
 * numbers) is kept as opaque text. String literals, quoted sheet names, array constants
 * {…} and structured references […] are skipped as wholes, so commas and parentheses inside
 * them never split arguments.
 */
import { ErrorKind, Result, ikuError, isIkuError } from "../errors";

/** A function call: `name(args[0], args[1], …)`; name "" for a plain parenthesised group. */
export interface CallNode {
  name: string;
  args: Part[][];
}

/** Opaque formula text, or a call. */
export type Part = string | CallNode;

interface Cursor {
  text: string;
  pos: number;
}

const NAME_START = /[A-Za-z_\\]/;
const NAME_CHAR = /[A-Za-z0-9_.\\]/;

function parseError(message: string): Result<never> {
  return ikuError(ErrorKind.Value, `Formula tidak dapat dibaca: ${message}`);
}

/** Index just past a quoted run starting at `start` (quote char doubled inside = escaped). */
function skipQuoted(text: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return -1;
}

/** Index just past the bracket run opened at `start` (`{…}` or nested `[…]`), strings skipped. */
function skipBracketed(text: string, start: number, open: string, close: string): number {
  let depth = 0;
  let i = start;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"') {
      i = skipQuoted(text, i, '"');
      if (i < 0) return -1;
      continue;
    }
    if (ch === open) depth++;
    else if (ch === close) {
      depth--;
      if (depth === 0) return i + 1;
    }
    i++;
  }
  return -1;
}

/**
 * Parses parts until `)` or `,` (when inside a call) or the end. Returns the parts and leaves
 * the cursor on the terminator.
 */
function parseSequence(cur: Cursor, inCall: boolean): Result<Part[]> {
  const parts: Part[] = [];
  let buf = "";
  const flush = (): void => {
    if (buf) parts.push(buf);
    buf = "";
  };
  const { text } = cur;
  while (cur.pos < text.length) {
    const ch = text[cur.pos];
    if (ch === '"' || ch === "'") {
      const end = skipQuoted(text, cur.pos, ch);
      if (end < 0)
        return parseError(ch === '"' ? "tanda kutip teks tidak ditutup" : "nama lembar tidak ditutup");
      buf += text.slice(cur.pos, end);
      cur.pos = end;
    } else if (ch === "{" || ch === "[") {
      const end = skipBracketed(text, cur.pos, ch, ch === "{" ? "}" : "]");
      if (end < 0) return parseError(`"${ch}" tidak ditutup`);
      buf += text.slice(cur.pos, end);
      cur.pos = end;
    } else if (ch === ")" || (ch === "," && inCall)) {
      break;
    } else if (ch === "(") {
      flush();
      const call = parseCall(cur, "");
      if (isIkuError(call)) return call;
      parts.push(call);
    } else if (NAME_START.test(ch) && !(cur.pos > 0 && NAME_CHAR.test(text[cur.pos - 1]))) {
      let end = cur.pos + 1;
      while (end < text.length && NAME_CHAR.test(text[end])) end++;
      const name = text.slice(cur.pos, end);
      cur.pos = end;
      if (text[end] === "(") {
        flush();
        const call = parseCall(cur, name);
        if (isIkuError(call)) return call;
        parts.push(call);
      } else buf += name;
    } else {
      buf += ch;
      cur.pos++;
    }
  }
  flush();
  return parts;
}

/** Parses `(arg, arg, …)` with the cursor on "(". */
function parseCall(cur: Cursor, name: string): Result<CallNode> {
  cur.pos++; // "("
  const args: Part[][] = [];
  for (;;) {
    const arg = parseSequence(cur, true);
    if (isIkuError(arg)) return arg;
    args.push(arg);
    if (cur.pos >= cur.text.length)
      return parseError(`kurung "(" ${name ? `pada ${name}` : ""} tidak ditutup`);
    const ch = cur.text[cur.pos++];
    if (ch === ")") return { name, args };
    // ch === ",": next argument
  }
}

/** The parts of a whole formula, or an error for unbalanced parentheses / open quotes. */
export function parseFormula(formula: string): Result<Part[]> {
  const cur: Cursor = { text: formula, pos: 0 };
  const parts = parseSequence(cur, false);
  if (isIkuError(parts)) return parts;
  if (cur.pos < formula.length) return parseError(`kurung ")" tanpa pasangan di posisi ${cur.pos + 1}`);
  return parts;
}

/**
 * Renders parts back to text, letting `onCall` replace any call (undefined = keep it,
 * with its arguments rendered recursively, innermost first).
 */
export function renderParts(
  parts: Part[],
  onCall: (name: string, args: string[]) => Result<string> | undefined,
): Result<string> {
  let out = "";
  for (const part of parts) {
    if (typeof part === "string") {
      out += part;
      continue;
    }
    const args: string[] = [];
    for (const arg of part.args) {
      const text = renderParts(arg, onCall);
      if (isIkuError(text)) return text;
      args.push(text);
    }
    const replaced = onCall(part.name, args);
    if (replaced === undefined) out += `${part.name}(${args.join(",")})`;
    else if (isIkuError(replaced)) return replaced;
    else out += replaced;
  }
  return out;
}
