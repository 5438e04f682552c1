/**
 * `iku buat`: builds the IKU workbook of a kecamatan (or a preset) and writes it as .xlsx,
 * atomically and without clobbering (io.ts writeSafely): a failure never leaves half a file
 * behind, and an existing file is replaced only with --timpa.
 */

import * as fs from "fs";
import * as path from "path";
import { isIkuError } from "../core/errors";
import type { Profile } from "../core/profile";
import { PRESET_NAMES, presetProfile } from "../core/presets";
import { validateProfile } from "../core/profile-validate";
import { lumajangProfile } from "../core/wilayah";
import { buildWorkbook } from "../core/workbook/build";
import type { FormulaMode } from "../core/workbook/model";
import { hasFlag, optionValue, OptionSpec, parseArgs, UsageError } from "./args";
import { CliIo, EXIT, readInputFile, TargetExistsError, writeFailure, writeSafely } from "./io";

export const BUAT_OPTIONS: readonly OptionSpec[] = [
  { name: "kecamatan", alias: "k", value: true },
  { name: "tahun", alias: "t", value: true },
  { name: "preset", alias: "p", value: true },
  { name: "formula", alias: "f", value: true },
  { name: "output", alias: "o", value: true },
  // The Indonesian spelling of --output, as issue 10 names it for --profil.
  { name: "keluar", value: true },
  { name: "profil", value: true },
  { name: "timpa", value: false },
  { name: "help", alias: "h", value: false },
];

/** Default output name: IKU-<Kecamatan>-<N>.xlsx, the kecamatan as officially spelt, spaces → "-". */
export function defaultFileName(profile: Profile): string {
  return `IKU-${profile.kecamatan.trim().replace(/\s+/g, "-")}-${profile.tahun}.xlsx`;
}

/** A whole year 2000–2100 from the command line ("2025"); anything else is a usage error. */
export function parseTahun(text: string): number {
  if (!/^\s*\d+\s*$/.test(text))
    throw new UsageError(`--tahun "${text}" bukan angka tahun (contoh: --tahun 2025)`);
  const n = Number(text);
  if (n < 2000 || n > 2100) throw new UsageError(`--tahun ${n} di luar rentang 2000–2100`);
  return n;
}

async function profileFrom(args: ReturnType<typeof parseArgs>, io: CliIo): Promise<Profile | string> {
  const preset = optionValue(args, "preset");
  const kecamatan = optionValue(args, "kecamatan");
  const tahun = optionValue(args, "tahun");
  const profil = optionValue(args, "profil");
  if (profil !== undefined) {
    if (preset !== undefined || kecamatan !== undefined || tahun !== undefined)
      throw new UsageError(
        "--profil sudah menentukan kecamatan dan tahun; jangan dipakai bersama --preset/--kecamatan/--tahun",
      );
    // Loaded only with --profil, so the other ways of iku buat start as quickly as before.
    const { profileFromFile } = await import("./profil");
    return profileFromFile(path.resolve(io.cwd, profil), readInputFile);
  }
  if (preset !== undefined) {
    if (kecamatan !== undefined || tahun !== undefined) {
      throw new UsageError(
        "--preset sudah menentukan kecamatan dan tahun; jangan dipakai bersama --kecamatan/--tahun",
      );
    }
    const p = presetProfile(preset.trim().toLowerCase());
    if (!p) throw new UsageError(`preset "${preset}" tidak ada; pilihan: ${PRESET_NAMES.join(", ")}`);
    return p;
  }
  if (kecamatan === undefined)
    throw new UsageError("sebutkan --kecamatan <nama> dan --tahun <N>, atau --preset <nama>");
  if (tahun === undefined) throw new UsageError("sebutkan --tahun <N> (misalnya --tahun 2025)");
  const year = parseTahun(tahun);
  const p = lumajangProfile(kecamatan, year);
  // lumajangProfile's message already suggests the closest kecamatan names.
  if (isIkuError(p)) throw new UsageError(p.message);
  return p;
}

function modeFrom(args: ReturnType<typeof parseArgs>): FormulaMode {
  const mode = (optionValue(args, "formula") ?? "portable").trim().toLowerCase();
  if (mode !== "portable" && mode !== "addin") {
    throw new UsageError(`--formula "${mode}" tidak dikenal; pilih portable atau addin`);
  }
  return mode;
}

/**
 * Runs `iku buat` with the arguments after the command word.
 * @returns the exit code (EXIT); messages go to io.
 */
export async function buat(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, BUAT_OPTIONS);
  if (args.positional.length > 0) throw new UsageError(`argumen tidak dikenal: ${args.positional.join(" ")}`);
  const profile = await profileFrom(args, io);
  const mode = modeFrom(args);
  if (typeof profile === "string") {
    io.err(`iku buat: ${profile}`);
    return EXIT.failed;
  }
  const problems = validateProfile(profile);
  if (problems.length > 0) {
    io.err(
      `iku buat: profil tidak valid:\n${problems.map((p) => `  ${p.field}: ${p.message}`).join("\n")}\n`,
    );
    return EXIT.failed;
  }
  if (optionValue(args, "output") !== undefined && optionValue(args, "keluar") !== undefined)
    throw new UsageError("--keluar dan --output sama artinya; pakai salah satu");
  const output = optionValue(args, "output") ?? optionValue(args, "keluar");
  const target = path.resolve(io.cwd, output ?? defaultFileName(profile));
  // Excel refuses to open an xlsx saved under another extension, so say it now.
  if (path.extname(target).toLowerCase() !== ".xlsx") {
    throw new UsageError(`nama berkas ${path.basename(target)} harus berakhiran .xlsx`);
  }
  if (!fs.existsSync(path.dirname(target))) {
    io.err(`iku buat: folder ${path.dirname(target)} tidak ada\n`);
    return EXIT.failed;
  }
  if (fs.existsSync(target) && fs.statSync(target).isDirectory()) {
    io.err(`iku buat: ${target} adalah folder, bukan berkas\n`);
    return EXIT.failed;
  }
  const overwrite = hasFlag(args, "timpa");
  // Early and friendly; writeSafely checks again atomically (another run may create it).
  if (!overwrite && fs.existsSync(target)) {
    io.err(writeFailure("buat", target, new TargetExistsError(target)));
    return EXIT.failed;
  }
  // ExcelJS is loaded only by the commands that write xlsx (iku daftar stays quick).
  const { writeXlsx } = await import("../xlsx/write");
  const model = buildWorkbook(profile, mode);
  // A profile file may say more than this version's workbook keeps: refuse, write nothing.
  const unkept =
    optionValue(args, "profil") !== undefined
      ? (await import("../core/profile-json-carry")).unkeptFields(profile, model.sheets)
      : [];
  if (unkept.length > 0) {
    const { formatJsonErrors } = await import("./profil");
    io.err(`iku buat: ${path.basename(optionValue(args, "profil") ?? "")}: ${formatJsonErrors(unkept)}`);
    return EXIT.failed;
  }
  const data = await writeXlsx(model);
  try {
    writeSafely(target, data, overwrite);
  } catch (err) {
    io.err(writeFailure("buat", target, err));
    return EXIT.failed;
  }
  const desa = profile.desa.length;
  io.out(
    `Buku kerja IKU ${profile.instansi} tahun ${profile.tahun} (${desa} desa, formula ${mode}) ditulis ke ${target}\n`,
  );
  io.out(nextSteps(profile, path.relative(io.cwd, target) || target));
  return EXIT.ok;
}

const DATA_SHEET: Readonly<Record<Profile["indicators"][number]["kind"], string>> = {
  fasilitasi: "Fasilitasi",
  dokdesa: "Dokumen Desa",
  ikm: "Survei IKM",
  rasio: "Pengukuran Kinerja",
  nilai: "Pengukuran Kinerja",
};

/** What to do after `iku buat`, in two or three lines; says which targets are still empty. */
export function nextSteps(profile: Profile, file: string): string {
  // In the workbook's sheet order, whatever the order of the indicators.
  const kinds = new Set(profile.indicators.map((i) => i.kind));
  // A measured Indikator Tujuan is filled in like an IKU (its sheet, its target).
  if (profile.tujuanUkur) kinds.add(profile.tujuanUkur.kind);
  const sheets = (Object.keys(DATA_SHEET) as (keyof typeof DATA_SHEET)[])
    .filter((k) => kinds.has(k))
    .map((k) => DATA_SHEET[k]);
  const list =
    sheets.length > 1 ? `${sheets.slice(0, -1).join(", ")} dan ${sheets[sheets.length - 1]}` : sheets[0];
  const empty = profile.indicators.flatMap((ind, i) => (ind.target === null ? [`IKU ${i + 1}`] : []));
  if (profile.tujuanUkur?.target === null) empty.push("Indikator Tujuan");
  const tanggal = profile.penandatangan.tanggal.trim() === "";
  const check =
    empty.length > 0
      ? `target belum diisi (${empty.join(", ")})${tanggal ? " dan tanggal penandatanganan belum diisi" : ""} — isi di lembar Profil, lalu periksa penandatangan`
      : tanggal
        ? "tanggal penandatanganan belum diisi — isi di lembar Profil; periksa juga target dan penandatangan (nama, NIP)"
        : "periksa target dan penandatangan (nama, NIP) di lembar Profil";
  const quoted = /\s/.test(file) ? `"${file}"` : file;
  return `Langkah berikutnya:\n  1. Isi lembar ${list ?? "data"} di Excel; ${check}.\n  2. Hitung: iku hitung ${quoted}\n`;
}
