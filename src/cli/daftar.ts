/** `iku daftar`: the presets and the 21 kecamatan of Lumajang with their desa/kelurahan counts. */

import { PRESET_NAMES, presetProfile } from "../core/presets";
import { listKecamatan } from "../core/wilayah";
import { parseArgs, UsageError } from "./args";
import { CliIo, EXIT } from "./io";

/**
 * Runs `iku daftar` (no options besides --help).
 * @returns the exit code.
 */
export function daftar(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv, []);
  if (args.positional.length > 0) throw new UsageError(`argumen tidak dikenal: ${args.positional.join(" ")}`);
  const lines: string[] = ["Preset (dokumen IKU resmi):"];
  for (const name of PRESET_NAMES) {
    const p = presetProfile(name);
    const what = p
      ? `${p.instansi}, tahun ${p.tahun}, ${p.indicators.length} IKU, ${p.desa.length} desa`
      : "";
    lines.push(`  ${name.padEnd(18)}${what}`);
  }
  const all = listKecamatan();
  lines.push("", `Kecamatan di Kabupaten Lumajang (${all.length}):`);
  const width = Math.max(...all.map((k) => k.nama.length));
  all.forEach((k, i) => {
    const kel = k.kelurahan.length > 0 ? `, ${k.kelurahan.length} kelurahan` : "";
    lines.push(
      `  ${String(i + 1).padStart(2)}. ${k.nama.padEnd(width)}  ${k.kode}  ${k.desa.length} desa${kel}`,
    );
  });
  lines.push("", "Contoh: iku buat --kecamatan Senduro --tahun 2025");
  io.out(lines.join("\n") + "\n");
  return EXIT.ok;
}
