#!/usr/bin/env node
/*
 * Offline manifest check: `npm run validate:offline` (node scripts/validate-manifest.js FILE…).
 * `office-addin-manifest validate` calls a Microsoft web service that cannot be reached from the
 * build machines, so this validates against Microsoft's published XSD files with xmllint-wasm
 * (no system package needed) and adds the checks a schema cannot express: every resid names a
 * defined resource of the right kind, every URL is https, every icon exists with its size.
 *
 * Schema folder: --schemas DIR, else env IKU_MANIFEST_XSD, else ../shared/office-manifest-xsd
 * next to the project. Exit codes: 0 all valid, 1 a manifest is invalid or missing, 2 no schemas.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const { validateXML } = require("xmllint-wasm");

const PROJECT_ROOT = path.resolve(__dirname, "..");
const MAIN_SCHEMA = "OfficeAppManifestV1_1.xsd";
const SCHEMA_ENV = "IKU_MANIFEST_XSD";

/** Raised when the schema folder is missing; carries the Indonesian message for the user. */
class SchemaFolderError extends Error {}

/**
 * Picks the schema folder: `--schemas DIR` beats env IKU_MANIFEST_XSD beats the default
 * ../shared/office-manifest-xsd (relative to projectRoot). Relative paths resolve from cwd.
 */
function resolveSchemaDir(argv, env, projectRoot = PROJECT_ROOT) {
  const flagAt = argv.indexOf("--schemas");
  if (flagAt >= 0 && argv[flagAt + 1]) return path.resolve(argv[flagAt + 1]);
  if (env[SCHEMA_ENV]) return path.resolve(env[SCHEMA_ENV]);
  return path.resolve(projectRoot, "..", "shared", "office-manifest-xsd");
}

/** Reads every .xsd of dir; the main schema comes first, the files it imports are preloads. */
function loadSchemas(dir) {
  const mainFile = path.join(dir, MAIN_SCHEMA);
  if (!fs.existsSync(mainFile)) {
    throw new SchemaFolderError(
      `Skema manifest Office tidak ditemukan: ${mainFile}\n` +
        `Tunjukkan folder skemanya dengan --schemas FOLDER atau variabel lingkungan ${SCHEMA_ENV}=FOLDER ` +
        `(bawaan: ../shared/office-manifest-xsd di samping folder proyek).`,
    );
  }
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".xsd"))
    .sort();
  const read = (f) => ({ fileName: f, contents: fs.readFileSync(path.join(dir, f), "utf8") });
  return { schema: read(MAIN_SCHEMA), preload: files.filter((f) => f !== MAIN_SCHEMA).map(read) };
}

// Which kind of resource each resid-bearing element must point at (bt:Resources section).
const RESOURCE_KIND_BY_ELEMENT = {
  "bt:Image": "Images",
  SourceLocation: "Urls",
  Runtime: "Urls",
  FunctionFile: "Urls",
  LearnMoreUrl: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Namespace: "ShortStrings",
  Description: "LongStrings",
};

function withoutComments(xml) {
  return xml.replace(/<!--[\s\S]*?-->/g, "");
}

function lineOf(xml, index) {
  return xml.slice(0, index).split("\n").length;
}

/** Resource ids defined under <Resources>, by kind: { Images: Map(id → DefaultValue), … }. */
function definedResources(xml) {
  const resources = { Images: new Map(), Urls: new Map(), ShortStrings: new Map(), LongStrings: new Map() };
  for (const kind of Object.keys(resources)) {
    const section = new RegExp(`<bt:${kind}>([\\s\\S]*?)</bt:${kind}>`).exec(xml);
    if (!section) continue;
    for (const m of section[1].matchAll(/<bt:(?:Image|Url|String)\b([^>]*)>/g)) {
      const id = /\bid="([^"]*)"/.exec(m[1]);
      const value = /\bDefaultValue="([^"]*)"/.exec(m[1]);
      if (id) resources[kind].set(id[1], value ? value[1] : "");
    }
  }
  return resources;
}

/** Every resid must name a resource of the kind its element expects. */
function checkResids(name, xml) {
  const errors = [];
  const resources = definedResources(xml);
  for (const m of xml.matchAll(/<([\w:]+)\b[^>]*?\bresid="([^"]*)"/g)) {
    const [, element, resid] = m;
    const kind = RESOURCE_KIND_BY_ELEMENT[element];
    const kinds = kind ? [kind] : Object.keys(resources);
    if (!kinds.some((k) => resources[k].has(resid))) {
      const where = kind ? `bt:${kind}` : "<Resources>";
      errors.push(
        `${name}:${lineOf(xml, m.index)}: resid "${resid}" pada <${element}> tidak didefinisikan di ${where}`,
      );
    }
  }
  return errors;
}

/** Every URL in an attribute value or element text must use https (namespace names are not URLs). */
function checkHttps(name, xml) {
  const errors = [];
  const blanked = xml.replace(/\bxmlns(?::[\w-]+)?="[^"]*"/g, (decl) => " ".repeat(decl.length));
  for (const m of blanked.matchAll(/\b(https?):\/\/[^\s"<>]*/gi)) {
    if (m[1].toLowerCase() !== "https") {
      errors.push(`${name}:${lineOf(xml, m.index)}: URL harus https: ${m[0]}`);
    }
  }
  return errors;
}

function pngSize(file) {
  const head = fs.readFileSync(file).subarray(0, 24);
  if (head.length < 24 || head.toString("latin1", 1, 4) !== "PNG") return null;
  return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
}

/**
 * Icons (any URL ending in /assets/NAME) must exist beside the manifest: assets/ in the project,
 * dist/assets/ after a build, whatever host ADDIN_URL named. Ribbon images must be PNGs of the
 * size their <bt:Image size> asks for.
 */
function checkIcons(name, xml, manifestDir) {
  const errors = [];
  const images = definedResources(xml).Images;
  const sizes = new Map();
  for (const m of xml.matchAll(/<bt:Image\b[^>]*?\bsize="(\d+)"[^>]*?\bresid="([^"]*)"/g))
    sizes.set(m[2], Number(m[1]));
  const urls = [...xml.matchAll(/\bDefaultValue="([^"]*)"/g)].map((m) => m[1]);
  for (const url of new Set(urls)) {
    const asset = /^https?:\/\/[^"]*\/assets\/([^/?#"]+)$/.exec(url);
    if (!asset) continue;
    const file = path.join(manifestDir, "assets", asset[1]);
    if (!fs.existsSync(file)) {
      errors.push(`${name}: ikon tidak ada: ${path.relative(process.cwd(), file) || file} (dari ${url})`);
      continue;
    }
    for (const [id, value] of images) {
      const want = sizes.get(id);
      if (value !== url || want === undefined) continue;
      const got = pngSize(file);
      if (!got || got.width !== want || got.height !== want) {
        const actual = got ? `${got.width}×${got.height}` : "bukan PNG";
        errors.push(`${name}: ikon ${id} harus PNG ${want}×${want}, ternyata ${actual}: ${url}`);
      }
    }
  }
  return errors;
}

/**
 * Checks one manifest file: XSD validity (with xmllint-wasm), resid references, https-only
 * URLs and local icon files. Returns the error lines (empty when the manifest is valid).
 * schemas is the result of loadSchemas(dir).
 */
async function checkManifest(file, schemas) {
  const name = path.relative(process.cwd(), file) || file;
  if (!fs.existsSync(file)) {
    const hint = file.split(path.sep).includes("dist") ? " (jalankan `npm run build` dulu)" : "";
    return [`${name}: berkas tidak ada${hint}`];
  }
  const xml = fs.readFileSync(file, "utf8");
  const result = await validateXML({
    xml: [{ fileName: path.basename(file), contents: xml }],
    schema: [schemas.schema],
    preload: schemas.preload,
  });
  const errors = result.errors.map((e) => {
    const at = e.loc ? `${name}:${e.loc.lineNumber}` : name;
    return `${at}: ${e.message}`;
  });
  if (!result.valid && errors.length === 0)
    errors.push(`${name}: tidak sah menurut skema: ${result.rawOutput.trim()}`);
  const plain = withoutComments(xml);
  return [
    ...errors,
    ...checkResids(name, plain),
    ...checkHttps(name, plain),
    ...checkIcons(name, plain, path.dirname(file)),
  ];
}

/** The command: checks every manifest named in argv; returns the process exit code. */
async function main(argv, env = process.env, out = console) {
  const files = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--schemas") i++;
    else files.push(argv[i]);
  }
  if (files.length === 0) {
    out.error(
      "Pemakaian: node scripts/validate-manifest.js [--schemas FOLDER] manifest.xml [dist/manifest.xml …]",
    );
    return 1;
  }
  let schemas;
  try {
    schemas = loadSchemas(resolveSchemaDir(argv, env));
  } catch (err) {
    if (!(err instanceof SchemaFolderError)) throw err;
    out.error(err.message);
    return 2;
  }
  let failed = false;
  for (const file of files) {
    const errors = await checkManifest(path.resolve(file), schemas);
    if (errors.length === 0) {
      out.log(`${file}: sah`);
    } else {
      failed = true;
      out.error(`${file}: TIDAK SAH`);
      for (const line of errors) out.error(`  ${line}`);
    }
  }
  return failed ? 1 : 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}

module.exports = { main, checkManifest, loadSchemas, resolveSchemaDir, SchemaFolderError, SCHEMA_ENV };
