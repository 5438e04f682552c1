/**
 * Hand-written argument parsing for `iku` (no dependency): `--name value`, `--name=value`,
 * short aliases (`-o FILE`), flags without a value, and positional arguments. Anything not
 * declared is an error, so a typo never silently falls back to a default.
 */

import { editDistance } from "../core/edit-distance";

/** One option a command accepts. */
export interface OptionSpec {
  /** Long name without dashes, e.g. "kecamatan". */
  name: string;
  /** One-letter alias without the dash, e.g. "o". */
  alias?: string;
  /** true: takes a value (`--tahun 2025`); false: a flag (`--timpa`). */
  value: boolean;
}

export interface ParsedArgs {
  options: Map<string, string | true>;
  positional: string[];
}

/** Usage errors carry their Indonesian message; the caller prints it with the help hint. */
export class UsageError extends Error {}

function findSpec(specs: readonly OptionSpec[], token: string): OptionSpec | undefined {
  if (token.startsWith("--")) return specs.find((s) => s.name === token.slice(2));
  return specs.find((s) => s.alias !== undefined && s.alias === token.slice(1));
}

/** " (maksud Anda --timpa?)" for "--tmpa": the closest declared option, when one is close. */
function nearest(token: string, specs: readonly OptionSpec[]): string {
  const typed = token.replace(/^-+/, "").slice(0, 40).toLowerCase();
  let best: { name: string; d: number } | null = null;
  for (const s of specs) {
    const d = editDistance(typed, s.name);
    if (best === null || d < best.d) best = { name: s.name, d };
  }
  // Two edits (a swapped pair) or a third of the name may be wrong; more would mislead.
  return best && typed.length > 1 && best.d <= Math.max(2, Math.floor(best.name.length / 3))
    ? ` (maksud Anda --${best.name}?)`
    : "";
}

/**
 * Parses `argv` (without the command word) against the command's option specs.
 * `--` ends the options. Repeating an option is an error (which one was meant?).
 * @throws UsageError with an Indonesian message for unknown options or missing values.
 */
export function parseArgs(argv: readonly string[], specs: readonly OptionSpec[]): ParsedArgs {
  const options = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positional.push(arg);
      continue;
    }
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const token = eq >= 0 ? arg.slice(0, eq) : arg;
    const spec = findSpec(specs, token);
    if (!spec) throw new UsageError(`opsi tidak dikenal: ${token}${nearest(token, specs)}`);
    if (options.has(spec.name)) throw new UsageError(`opsi --${spec.name} diberikan lebih dari sekali`);
    if (!spec.value) {
      if (eq >= 0) throw new UsageError(`opsi --${spec.name} tidak memakai nilai`);
      options.set(spec.name, true);
      continue;
    }
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else if (i + 1 < argv.length && !argv[i + 1].startsWith("--")) value = argv[++i];
    if (value === undefined || value.trim() === "")
      throw new UsageError(`opsi --${spec.name} memerlukan nilai`);
    options.set(spec.name, value);
  }
  return { options, positional };
}

/** The string value of an option, or undefined when it was not given. */
export function optionValue(args: ParsedArgs, name: string): string | undefined {
  const v = args.options.get(name);
  return typeof v === "string" ? v : undefined;
}

/** Whether a flag was given. */
export function hasFlag(args: ParsedArgs, name: string): boolean {
  return args.options.get(name) === true;
}
