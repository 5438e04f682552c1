/**
 * The chunk graph of the real webpack.config.js (compiled here, unminified, into a temporary
 * folder): in the shared runtime the three entry points run in one page, so no module may be in
 * two of the chunks that page loads at first paint, there is one webpack runtime (in
 * functions.js), and what the first screen does not need is only in lazy chunks.
 */
import fs from "fs";
import os from "os";
import path from "path";
import webpack, { type Configuration, type StatsChunk, type StatsModule } from "webpack";
import { ROOT } from "./harness";

jest.setTimeout(240_000);

type ConfigFactory = (env: Record<string, unknown>, options: { mode: string }) => Promise<Configuration>;

let chunks: StatsChunk[] = [];
let tmp = "";

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "iku-bundle-"));
  const factory = require(path.join(ROOT, "webpack.config.js")) as ConfigFactory;
  const config = await factory({ WEBPACK_BUILD: true }, { mode: "production" });
  config.output = { ...config.output, path: tmp };
  config.optimization = { ...config.optimization, minimize: false };
  const compiler = webpack(config);
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    compiler.run((err, s) => {
      compiler.close(() => undefined);
      if (err || !s) return reject(err ?? new Error("no stats"));
      if (s.hasErrors()) return reject(new Error(s.toString("errors-only")));
      resolve(s);
    }),
  );
  chunks = stats.toJson({ chunks: true, chunkModules: true, modules: false }).chunks ?? [];
});

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Source files of a chunk (modules concatenated by webpack are listed one by one). */
function sources(chunk: StatsChunk): string[] {
  const flat = (m: StatsModule): StatsModule[] =>
    m.modules && m.modules.length > 0 ? m.modules.flatMap(flat) : [m];
  return (chunk.modules ?? [])
    .flatMap(flat)
    .map((m) => m.name ?? "")
    .filter((n) => n.startsWith("./"))
    .map((n) => n.replace(/ \+ \d+ modules$/, ""));
}

const named = (name: string): StatsChunk | undefined => chunks.find((c) => c.names?.includes(name));

test("first paint: the three entries and one shared chunk, no module twice", () => {
  const initial = chunks.filter((c) => c.initial);
  expect(initial.map((c) => c.names?.[0]).sort()).toEqual(["commands", "functions", "shared", "taskpane"]);
  const seen = new Map<string, string>();
  const twice: string[] = [];
  for (const c of initial) {
    for (const s of sources(c)) {
      const other = seen.get(s);
      if (other !== undefined && other !== c.names?.[0]) twice.push(`${s}: ${other} + ${c.names?.[0]}`);
      seen.set(s, c.names?.[0] ?? "");
    }
  }
  expect(twice).toEqual([]);
  // Something real is shared (the profile reader and the action wrappers), and only once.
  expect(sources(named("shared") as StatsChunk)).toEqual(
    expect.arrayContaining([
      "./src/excel/profile-store.ts",
      "./src/taskpane/actions.ts",
      "./src/taskpane/busy.ts",
    ]),
  );
});

test("one webpack runtime, in functions.js", () => {
  expect(
    chunks.filter((c) => c.initial && (c.runtime ?? []).length > 0 && c.entry).map((c) => c.names?.[0]),
  ).toEqual(expect.arrayContaining(["functions"]));
  expect(named("functions")?.files).toEqual(["functions.js"]);
  expect(named("shared")?.entry).toBe(false);
  // Runtime modules (chunk loading) only in functions.js.
  const withRuntime = chunks.filter((c) =>
    (c.modules ?? []).some((m) => (m.name ?? "").startsWith("webpack/runtime/jsonp chunk loading")),
  );
  expect(withRuntime.map((c) => c.names?.[0])).toEqual(["functions"]);
});

test("the build, conversion, recap and the xlsx reader are lazy only", () => {
  const initialSources = new Set(chunks.filter((c) => c.initial).flatMap(sources));
  const lazyOnly = [
    "./src/core/workbook/build.ts",
    "./src/excel/render.ts",
    "./src/excel/convert.ts",
    "./src/taskpane/rekap.ts",
    "./src/core/rekap.ts",
    "./src/xlsx/read.ts",
  ];
  expect(lazyOnly.filter((s) => initialSources.has(s))).toEqual([]);
  const lazySources = new Set(chunks.filter((c) => !c.initial).flatMap(sources));
  expect(lazyOnly.filter((s) => !lazySources.has(s))).toEqual([]);
});
