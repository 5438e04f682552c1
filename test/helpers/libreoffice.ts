/**
 * LibreOffice Calc headless for the engine tests: converts a workbook (xlsx → xlsx to get
 * recalculated values, xlsx → pdf to check printing) with its own throw-away user profile.
 *
 * Why the profile file: LibreOffice 7.4's default for Excel 2007+ files is "never
 * recalculate" on load — a formula cell that HAS a cached value keeps it (checked: a stale
 * cached -1 survived a plain conversion). Cells without a cached value are computed anyway,
 * but a test must not depend on that, so the profile sets OOXMLRecalcMode = 0 (always).
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Whether `soffice` can be started here. */
export function hasLibreOffice(): boolean {
  return spawnSync("soffice", ["--version"], { encoding: "utf8" }).status === 0;
}

/** A fresh LibreOffice user profile that always recalculates on load; returns its directory. */
export function makeProfile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "iku-lo-profile-"));
  fs.mkdirSync(path.join(dir, "user"), { recursive: true });
  fs.writeFileSync(path.join(dir, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
  return dir;
}

/**
 * Converts `input` with LibreOffice into `outDir` (`to` = "xlsx" or "pdf") and returns the
 * output path. Throws with LibreOffice's output when the conversion produced no file.
 */
export function convert(input: string, outDir: string, to: "xlsx" | "pdf", profileDir: string): string {
  fs.mkdirSync(outDir, { recursive: true });
  const res = spawnSync(
    "soffice",
    [
      `-env:UserInstallation=file://${profileDir}`,
      "--headless",
      "--norestore",
      "--nologo",
      "--convert-to",
      to,
      "--outdir",
      outDir,
      input,
    ],
    { encoding: "utf8", timeout: 120_000 },
  );
  const out = path.join(outDir, path.basename(input).replace(/\.[^.]+$/, `.${to}`));
  if (!fs.existsSync(out)) {
    throw new Error(
      `LibreOffice gagal mengonversi ${input} ke ${to} (status ${String(res.status)}): ${res.stderr}${res.stdout}`,
    );
  }
  return out;
}

/** Text of PDF pages `first`..`last` (poppler's pdftotext, layout mode). */
export function pdfText(pdf: string, first = 1, last = first): string {
  const res = spawnSync("pdftotext", ["-layout", "-f", String(first), "-l", String(last), pdf, "-"], {
    encoding: "utf8",
  });
  if (res.status !== 0) throw new Error(`pdftotext gagal: ${res.stderr}`);
  return res.stdout;
}

/** Renders PDF page `page` to `<prefix>.png` (pdftoppm, 80 dpi) and returns the PNG path. */
export function pdfPagePng(pdf: string, prefix: string, page = 1): string {
  const res = spawnSync(
    "pdftoppm",
    ["-png", "-r", "80", "-f", String(page), "-l", String(page), "-singlefile", pdf, prefix],
    {
      encoding: "utf8",
    },
  );
  if (res.status !== 0) throw new Error(`pdftoppm gagal: ${res.stderr}`);
  return `${prefix}.png`;
}

/** Width and height in points of page `page` of a PDF (poppler's pdfinfo). */
export function pdfPageSize(pdf: string, page = 1): { width: number; height: number } {
  const res = spawnSync("pdfinfo", ["-f", String(page), "-l", String(page), pdf], { encoding: "utf8" });
  const m = /Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+) pts/.exec(res.stdout);
  if (res.status !== 0 || !m) throw new Error(`pdfinfo gagal: ${res.stderr}`);
  return { width: Number(m[1]), height: Number(m[2]) };
}
