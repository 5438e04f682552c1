// The add-in manifest: schema validity (Microsoft's XSD via xmllint-wasm), resid references,
// https-only URLs, icons, and the ADDIN_URL rewrite of the production build.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { checkManifest, loadSchemas, main, resolveSchemaDir, Schemas } from "../../scripts/validate-manifest";
import { REQUIREMENTS } from "../../src/excel/requirements";

const ROOT = path.resolve(__dirname, "..", "..");
const FIXTURES = path.join(__dirname, "fixtures");
const SCHEMA_DIR = resolveSchemaDir([], process.env);
const PROD_URL = "https://contoh.lumajangkab.go.id/iku/";
// A schema folder that does not exist (nothing creates it).
const NO_SCHEMAS = path.join(os.tmpdir(), `iku-skema-kosong-${process.pid}`);

let schemas: Schemas;
let tmp: string;

beforeAll(() => {
  schemas = loadSchemas(SCHEMA_DIR);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "iku-manifest-"));
});

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** Collects what main() prints, so the messages can be asserted. */
function capture(): { lines: string[]; out: { log(m: string): void; error(m: string): void } } {
  const lines: string[] = [];
  return { lines, out: { log: (m: string) => lines.push(m), error: (m: string) => lines.push(m) } };
}

describe("manifest.xml of the project", () => {
  test("passes the schema and every extra check", async () => {
    expect(await checkManifest(path.join(ROOT, "manifest.xml"), schemas)).toEqual([]);
  });

  test("dist/manifest.xml from `npm run build` passes too", async () => {
    expect(await checkManifest(path.join(ROOT, "dist", "manifest.xml"), schemas)).toEqual([]);
  });

  test("declares what the add-in needs: shared runtime, IKU namespace, both ribbon buttons", () => {
    const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
    const required = [
      '<Set Name="SharedRuntime" MinVersion="1.1"/>',
      // ErrorCode values (CustomFunctions.Error with a code) need CustomFunctionsRuntime 1.3.
      '<Set Name="CustomFunctionsRuntime" MinVersion="1.3"/>',
      '<Runtime resid="Taskpane.Url" lifetime="long"/>',
      '<bt:String id="Functions.Namespace" DefaultValue="IKU"/>',
      '<CustomTab id="TabIku">',
      "<FunctionName>buatLembarIku</FunctionName>",
      "<TaskpaneId>IkuTaskpane</TaskpaneId>",
      "<Permissions>ReadWriteDocument</Permissions>",
      "<DefaultLocale>id-ID</DefaultLocale>",
    ];
    expect(required.filter((s) => !xml.includes(s))).toEqual([]);
    const urls = xml.replace(/<!--[\s\S]*?-->/g, "").match(/https?:\/\/[^\s"<>]+/g) ?? [];
    const nonDev = urls.filter(
      (u) =>
        !u.startsWith("https://localhost:3000/") &&
        !u.startsWith("http://schemas.") &&
        !u.startsWith("http://www.w3.org/"),
    );
    expect(nonDev).toEqual([]);
  });
});

describe("what the manifest requires and what the code checks at run time agree", () => {
  test("SharedRuntime 1.1 means Excel 2021 or later: no runtime message names an older Excel", () => {
    const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
    expect(xml).toContain('<Set Name="SharedRuntime" MinVersion="1.1"/>');
    const minimum = REQUIREMENTS.find((r) => r.feature === null);
    expect(minimum?.message).toContain("Excel 2021");
    expect(REQUIREMENTS.filter((r) => /Excel 20(1\d|0\d)\b/.test(r.message))).toEqual([]);
  });

  test("dist/ carries the Apache and IIS settings from deploy/ (CORS for functions.json)", () => {
    for (const f of [".htaccess", "web.config"]) {
      expect(fs.readFileSync(path.join(ROOT, "dist", f), "utf8")).toBe(
        fs.readFileSync(path.join(ROOT, "deploy", f), "utf8"),
      );
    }
  });
});

describe("fixtures", () => {
  // [fixture, a fragment every failing report must contain; "" = must pass]
  const cases: Array<[string, string]> = [
    ["valid.minimal.xml", ""],
    [
      "error.missing-permissions.xml",
      "Expected is ( {http://schemas.microsoft.com/office/appforoffice/1.1}Permissions )",
    ],
    [
      "error.wrong-order.xml",
      "Element '{http://schemas.microsoft.com/office/appforoffice/1.1}Permissions': This element is not expected",
    ],
    [
      "error.undefined-resid.xml",
      'resid "Functions.Namensraum" pada <Namespace> tidak didefinisikan di bt:ShortStrings',
    ],
    [
      "error.wrong-resid-kind.xml",
      'resid "Functions.Namespace" pada <Runtime> tidak didefinisikan di bt:Urls',
    ],
    ["error.http-url.xml", "URL harus https: http://localhost:3000/functions.js"],
    ["error.bad-lifetime.xml", "The value 'forever' is not an element of the set {'short', 'long'}"],
  ];
  test.each(cases)("%s", async (fixture, expected) => {
    const errors = await checkManifest(path.join(FIXTURES, fixture), schemas);
    if (expected === "") {
      expect(errors).toEqual([]);
    } else {
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain(expected);
      expect(errors[0]).toMatch(new RegExp(`${fixture.replace(/\./g, "\\.")}:\\d+: `));
    }
  });

  test("a file that does not exist is reported, with the build hint for dist/", async () => {
    const errors = await checkManifest(path.join(tmp, "dist", "manifest.xml"), schemas);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain("berkas tidak ada (jalankan `npm run build` dulu)");
  });
});

describe("icons beside the manifest", () => {
  /** The real manifest copied into a fresh folder with a copy of assets/, then altered. */
  function stage(name: string, alter: (assets: string) => void): string {
    const dir = path.join(tmp, name);
    fs.cpSync(path.join(ROOT, "assets"), path.join(dir, "assets"), { recursive: true });
    fs.copyFileSync(path.join(ROOT, "manifest.xml"), path.join(dir, "manifest.xml"));
    alter(path.join(dir, "assets"));
    return path.join(dir, "manifest.xml");
  }
  const cases: Array<[string, (assets: string) => void, string]> = [
    ["all present", () => undefined, ""],
    ["80 px icon missing", (a) => fs.rmSync(path.join(a, "icon-80.png")), "ikon tidak ada:"],
    [
      "16 px icon is really 32 px",
      (a) => fs.copyFileSync(path.join(a, "icon-32.png"), path.join(a, "icon-16.png")),
      "ikon Icon.16x16 harus PNG 16×16, ternyata 32×32",
    ],
    [
      "32 px icon is not a PNG",
      (a) => fs.writeFileSync(path.join(a, "icon-32.png"), "bukan gambar"),
      "ikon Icon.32x32 harus PNG 32×32, ternyata bukan PNG",
    ],
  ];
  test.each(cases)("%s", async (name, alter, expected) => {
    const errors = await checkManifest(stage(name.replace(/\W+/g, "-"), alter), schemas);
    if (expected === "") expect(errors).toEqual([]);
    else expect(errors.some((e) => e.includes(expected))).toBe(true);
  });

  test("the committed icons are the sizes their names say", () => {
    for (const size of [16, 32, 64, 80, 128]) {
      const head = fs.readFileSync(path.join(ROOT, "assets", `icon-${size}.png`)).subarray(0, 24);
      expect(head.toString("latin1", 1, 4)).toBe("PNG");
      expect([head.readUInt32BE(16), head.readUInt32BE(20)]).toEqual([size, size]);
    }
  });
});

describe("the command (npm run validate:offline)", () => {
  const valid = path.join(ROOT, "manifest.xml");
  const broken = path.join(FIXTURES, "error.wrong-order.xml");
  const found = { IKU_MANIFEST_XSD: SCHEMA_DIR };
  const cases: Array<[string, () => string[], Record<string, string>, number, string[]]> = [
    ["valid manifest", () => [valid], found, 0, ["manifest.xml: sah"]],
    [
      "broken manifest",
      () => [broken],
      found,
      1,
      ["error.wrong-order.xml: TIDAK SAH", "This element is not expected"],
    ],
    ["one broken of two", () => [valid, broken], found, 1, ["manifest.xml: sah", "TIDAK SAH"]],
    ["no file given", () => [], found, 1, ["Pemakaian:"]],
    [
      "--schemas names a missing folder",
      () => ["--schemas", NO_SCHEMAS, valid],
      {},
      2,
      ["Skema manifest Office tidak ditemukan", NO_SCHEMAS, "--schemas", "IKU_MANIFEST_XSD"],
    ],
    [
      "env names a missing folder",
      () => [valid],
      { IKU_MANIFEST_XSD: NO_SCHEMAS },
      2,
      ["tidak ditemukan", NO_SCHEMAS],
    ],
    [
      "--schemas beats a wrong env",
      () => ["--schemas", SCHEMA_DIR, valid],
      { IKU_MANIFEST_XSD: NO_SCHEMAS },
      0,
      ["sah"],
    ],
  ];
  test.each(cases)("%s", async (_name, argv, env, code, fragments) => {
    const { lines, out } = capture();
    expect(await main(argv(), env, out)).toBe(code);
    const text = lines.join("\n");
    expect(fragments.filter((f) => !text.includes(f))).toEqual([]);
  });

  test("the default schema folder is ../shared/office-manifest-xsd beside the project", () => {
    expect(resolveSchemaDir([], {})).toBe(path.resolve(ROOT, "..", "shared", "office-manifest-xsd"));
  });

  test("run as a process: exit code 2 and the message on stderr when the schemas are missing", () => {
    const run = spawnSync(process.execPath, ["scripts/validate-manifest.js", "manifest.xml"], {
      cwd: ROOT,
      env: { ...process.env, IKU_MANIFEST_XSD: NO_SCHEMAS },
      encoding: "utf8",
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("IKU_MANIFEST_XSD");
  });
});

describe("webpack's manifest transform (no build needed)", () => {
  interface CopyPattern {
    from: string;
    transform?: (content: Buffer) => string | Buffer;
  }
  type ConfigFactory = (
    env: Record<string, unknown>,
    options: { mode: string },
  ) => Promise<{ plugins: object[] }>;

  /** The transform the real webpack.config.js applies to manifest*.xml, for the given ADDIN_URL. */
  async function manifestTransform(
    addinUrl: string,
    mode: string,
  ): Promise<(content: Buffer) => string | Buffer> {
    const saved = process.env.ADDIN_URL;
    process.env.ADDIN_URL = addinUrl;
    try {
      const factory = require(path.join(ROOT, "webpack.config.js")) as ConfigFactory;
      const config = await factory({ WEBPACK_BUILD: true }, { mode });
      const patterns = config.plugins.flatMap((p) => ("patterns" in p ? (p.patterns as CopyPattern[]) : []));
      const pattern = patterns.find((p) => p.from === "manifest*.xml");
      if (!pattern?.transform) throw new Error("no manifest transform in webpack.config.js");
      return pattern.transform;
    } finally {
      if (saved === undefined) delete process.env.ADDIN_URL;
      else process.env.ADDIN_URL = saved;
    }
  }

  const source = (): Buffer => fs.readFileSync(path.join(ROOT, "manifest.xml"));
  const cases: Array<[string, string, string, string]> = [
    ["production, ADDIN_URL with a slash", "production", PROD_URL, PROD_URL],
    [
      "production, ADDIN_URL without the slash",
      "production",
      "https://contoh.lumajangkab.go.id/iku",
      PROD_URL,
    ],
    ["development keeps localhost", "development", PROD_URL, "https://localhost:3000/"],
  ];
  test.each(cases)("%s", async (_name, mode, addinUrl, expectedBase) => {
    const transform = await manifestTransform(addinUrl, mode);
    const out = transform(source()).toString();
    const count = source().toString().split("https://localhost:3000/").length;
    expect(out.split(expectedBase).length).toBe(count);
    if (mode === "production") expect(out).not.toContain("localhost");
  });

  test("refuses a non-https ADDIN_URL", async () => {
    await expect(manifestTransform("http://contoh.lumajangkab.go.id/iku/", "production")).rejects.toThrow(
      "ADDIN_URL harus berupa URL https",
    );
  });
});

describe("production build with ADDIN_URL", () => {
  const webpackBin = path.join(ROOT, "node_modules", "webpack", "bin", "webpack.js");
  function build(addinUrl: string, outDir: string): ReturnType<typeof spawnSync> {
    return spawnSync(process.execPath, [webpackBin, "--mode", "production", "--output-path", outDir], {
      cwd: ROOT,
      env: { ...process.env, ADDIN_URL: addinUrl },
      encoding: "utf8",
      timeout: 240_000,
    });
  }

  test("rewrites every localhost URL; the result is valid with its icons", async () => {
    const out = path.join(tmp, "prod");
    const run = build(PROD_URL, out);
    expect({ status: run.status, error: run.status === 0 ? "" : String(run.stdout).slice(-2000) }).toEqual({
      status: 0,
      error: "",
    });
    const source = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
    const built = fs.readFileSync(path.join(out, "manifest.xml"), "utf8");
    expect(built).not.toContain("localhost");
    expect(built.split(PROD_URL).length).toBe(source.split("https://localhost:3000/").length);
    expect(await checkManifest(path.join(out, "manifest.xml"), schemas)).toEqual([]);
  }, 300_000);

  test.each([["http://contoh.lumajangkab.go.id/iku/"], ["contoh.lumajangkab.go.id"]])(
    "refuses ADDIN_URL=%s",
    (url) => {
      const run = build(url, path.join(tmp, "ditolak"));
      expect(run.status).not.toBe(0);
      expect(`${String(run.stdout)}${String(run.stderr)}`).toContain("ADDIN_URL harus berupa URL https");
      expect(fs.existsSync(path.join(tmp, "ditolak", "manifest.xml"))).toBe(false);
    },
    120_000,
  );
});
