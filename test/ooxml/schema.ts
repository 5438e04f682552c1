/**
 * Validates the XML parts of an xlsx package against the Office Open XML schemas in
 * ../shared/ooxml-xsd (transitional ISO/IEC 29500), choosing the schema by the part's content
 * type as its README says, after Markup Compatibility. Uses `xmllint` (Debian libxml2-utils,
 * installed by .ci/run): one run per schema for all parts of a package.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import JSZip from "jszip";
import * as os from "os";
import * as path from "path";
import { applyMarkupCompatibility } from "./mce";

export const XSD_DIR =
  process.env.IKU_OOXML_XSD ?? path.resolve(__dirname, "..", "..", "..", "shared", "ooxml-xsd");

const SML = "iso/sml.xsd";
const BY_TYPE: Record<string, string> = {
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": SML,
  "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml": SML,
  "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml": SML,
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml": SML,
  "application/vnd.openxmlformats-officedocument.drawingml.chart+xml": "iso/dml-chart.xsd",
  "application/vnd.openxmlformats-officedocument.drawing+xml": "iso/dml-spreadsheetDrawing.xsd",
  "application/vnd.openxmlformats-officedocument.theme+xml": "iso/dml-main.xsd",
  "application/vnd.openxmlformats-package.relationships+xml": "opc/opc-relationships.xsd",
  "application/vnd.openxmlformats-package.core-properties+xml": "opc/opc-coreProperties.xsd",
};
const CONTENT_TYPES_XSD = "opc/opc-contentTypes.xsd";

/** Part name → content type, from [Content_Types].xml (Override, else Default by extension). */
export function contentTypes(typesXml: string, parts: readonly string[]): Map<string, string> {
  const defaults = new Map<string, string>();
  for (const m of typesXml.matchAll(/<Default\b[^>]*Extension="([^"]+)"[^>]*ContentType="([^"]+)"/g))
    defaults.set(m[1].toLowerCase(), m[2]);
  const overrides = new Map<string, string>();
  for (const m of typesXml.matchAll(/<Override\b[^>]*PartName="([^"]+)"[^>]*ContentType="([^"]+)"/g))
    overrides.set(m[1].replace(/^\//, ""), m[2]);
  const out = new Map<string, string>();
  for (const p of parts) {
    const ext = p.slice(p.lastIndexOf(".") + 1).toLowerCase();
    const type = overrides.get(p) ?? defaults.get(ext);
    if (type) out.set(p, type);
  }
  return out;
}

/**
 * Schema problems of every part; [] when all validate. A part of a type we have no schema for
 * (docProps/app.xml: extended properties) is skipped and named in `skipped`.
 */
export async function schemaProblems(xlsx: Uint8Array): Promise<{ problems: string[]; skipped: string[] }> {
  const zip = await JSZip.loadAsync(xlsx);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  const typesXml = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  const types = contentTypes(typesXml, names);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "iku-ooxml-"));
  const bySchema = new Map<string, { file: string; part: string }[]>();
  const skipped: string[] = [];
  const problems: string[] = [];
  let i = 0;
  for (const part of names) {
    const isXml = part === "[Content_Types].xml" || /\.(xml|rels)$/.test(part);
    if (!isXml) continue;
    const schema = part === "[Content_Types].xml" ? CONTENT_TYPES_XSD : BY_TYPE[types.get(part) ?? ""];
    if (!schema) {
      skipped.push(part);
      continue;
    }
    if (!types.has(part) && part !== "[Content_Types].xml") problems.push(`${part}: tanpa content type`);
    const file = path.join(dir, `${i++}-${path.basename(part).replace(/[^\w.-]/g, "_")}`);
    fs.writeFileSync(file, applyMarkupCompatibility(await zip.file(part)!.async("string")));
    bySchema.set(schema, [...(bySchema.get(schema) ?? []), { file, part }]);
  }
  for (const [schema, files] of bySchema) {
    const run = spawnSync(
      "xmllint",
      ["--noout", "--nonet", "--schema", path.join(XSD_DIR, schema), ...files.map((f) => f.file)],
      { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
    );
    if (run.error) throw new Error(`xmllint tidak dapat dijalankan (libxml2-utils): ${run.error.message}`);
    for (const line of run.stderr.split("\n")) {
      if (!line.trim() || / validates$/.test(line)) continue;
      const f = files.find((x) => line.startsWith(x.file));
      problems.push(f ? `${f.part}${line.slice(f.file.length)}` : line);
    }
    if (run.status !== 0 && problems.length === 0) problems.push(`xmllint ${schema}: status ${run.status}`);
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return { problems, skipped };
}
