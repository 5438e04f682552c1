/**
 * The server settings shipped in deploy/ (README "Memasang add-in di server kabupaten"): each
 * serves functions.json (and functions.js) with CORS, which Excel on the web needs to register
 * the IKU.* functions, and the add-in's MIME types; web.config is well-formed XML. Each check
 * is also run on a broken copy, so it is known to fail when the setting is missing.
 */
import fs from "fs";
import path from "path";
import { validateXML } from "xmllint-wasm";

const DEPLOY = path.join(__dirname, "..", "..", "deploy");
const read = (f: string): string => fs.readFileSync(path.join(DEPLOY, f), "utf8");
const MIME: [string, string][] = [
  ["js", "text/javascript"],
  ["json", "application/json"],
  ["html", "text/html"],
  ["css", "text/css"],
  ["xml", "application/xml"],
  ["png", "image/png"],
];
const CORS = /Access-Control-Allow-Origin"?\s+"\*"/;

function withoutComments(text: string): string {
  return text
    .split("\n")
    .filter((l) => !/^\s*#/.test(l))
    .join("\n");
}

/** Problems of the nginx snippet: the functions location must match and add the CORS header. */
function nginxProblems(conf: string): string[] {
  const text = withoutComments(conf);
  const problems: string[] = [];
  const m = /location\s+~\s+(\S+)\s*\{([^}]*)\}/.exec(text);
  if (!m) return ["tidak ada location regex untuk functions.json"];
  const re = new RegExp(m[1]);
  for (const p of ["/iku/functions.json", "/iku/functions.js"])
    if (!re.test(p)) problems.push(`${p} tidak cocok`);
  if (re.test("/iku/taskpane.js")) problems.push("CORS juga untuk taskpane.js");
  if (!/add_header\s+Access-Control-Allow-Origin\s+"\*"\s+always;/.test(m[2])) problems.push("tanpa CORS");
  const types = /types\s*\{([^}]*)\}/.exec(text)?.[1] ?? "";
  for (const [ext, mime] of MIME)
    if (!new RegExp(`${mime.replace("/", "\\/")}\\s+${ext};`).test(types)) problems.push(`MIME .${ext}`);
  return problems;
}

/** Problems of .htaccess: the FilesMatch for functions.* sets the CORS header; AddType per MIME. */
function htaccessProblems(conf: string): string[] {
  const text = withoutComments(conf);
  const problems: string[] = [];
  const m = /<FilesMatch\s+"([^"]+)">([\s\S]*?)<\/FilesMatch>/.exec(text);
  if (!m) return ["tidak ada FilesMatch untuk functions.json"];
  const re = new RegExp(m[1]);
  if (!re.test("functions.json") || !re.test("functions.js")) problems.push("functions.* tidak cocok");
  if (!/Header\s+always\s+set\s+/.test(m[2]) || !CORS.test(m[2])) problems.push("tanpa CORS");
  if (!/<IfModule mod_headers\.c>/.test(text)) problems.push("tanpa IfModule mod_headers");
  for (const [ext, mime] of MIME)
    if (!new RegExp(`AddType\\s+${mime.replace("/", "\\/")}\\s+\\.${ext}\\b`).test(text))
      problems.push(`MIME .${ext}`);
  return problems;
}

/** Problems of web.config: well-formed, CORS in <location path="functions.json">, mimeMap per type. */
async function webConfigProblems(xml: string): Promise<string[]> {
  const parsed = await validateXML({
    xml: [{ fileName: "web.config", contents: xml }],
    normalization: "format",
  });
  if (!parsed.valid) return [`XML tidak sah: ${parsed.errors.map((e) => e.message).join("; ")}`];
  const problems: string[] = [];
  for (const file of ["functions.json", "functions.js"]) {
    const loc = new RegExp(`<location path="${file.replace(".", "\\.")}">([\\s\\S]*?)</location>`).exec(xml);
    if (!loc || !/<add name="Access-Control-Allow-Origin" value="\*" \/>/.test(loc[1]))
      problems.push(`CORS ${file}`);
  }
  for (const [ext, mime] of MIME) {
    const map = new RegExp(
      `<remove fileExtension="\\.${ext}" />\\s*<mimeMap fileExtension="\\.${ext}" mimeType="${mime.replace("/", "\\/")}`,
    );
    if (!map.test(xml)) problems.push(`MIME .${ext}`);
  }
  return problems;
}

describe("deploy/nginx.conf", () => {
  test("CORS on functions.json and functions.js only, every MIME type", () => {
    expect(nginxProblems(read("nginx.conf"))).toEqual([]);
  });
  test("error rows: without the header, without the json type", () => {
    const conf = read("nginx.conf");
    expect(nginxProblems(conf.replace(/add_header Access-Control-Allow-Origin[^\n]*\n/, ""))).toEqual([
      "tanpa CORS",
    ]);
    expect(nginxProblems(conf.replace(/application\/json\s+json;/, ""))).toEqual(["MIME .json"]);
  });
});

describe("deploy/.htaccess", () => {
  test("CORS on functions.*, every MIME type", () => {
    expect(htaccessProblems(read(".htaccess"))).toEqual([]);
  });
  test("error rows: the header commented out, a missing AddType", () => {
    const conf = read(".htaccess");
    expect(
      htaccessProblems(conf.replace(/(\s*)(Header always set Access-Control-Allow-Origin)/, "$1# $2")),
    ).toEqual(["tanpa CORS"]);
    expect(htaccessProblems(conf.replace("AddType text/javascript .js\n", ""))).toEqual(["MIME .js"]);
  });
});

describe("deploy/web.config", () => {
  test("well-formed XML, CORS on functions.*, every MIME type", async () => {
    expect(await webConfigProblems(read("web.config"))).toEqual([]);
  });
  test("error rows: a tag left open, CORS removed", async () => {
    const xml = read("web.config");
    const broken = await webConfigProblems(xml.replace("</staticContent>", ""));
    expect(broken).toHaveLength(1);
    expect(broken[0]).toMatch(/^XML tidak sah: .*staticContent/);
    const noCors = xml.replace(/<add name="Access-Control-Allow-Origin" value="\*" \/>/, "");
    expect(await webConfigProblems(noCors)).toEqual(["CORS functions.json"]);
  });
});
