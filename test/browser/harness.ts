/**
 * Harness of the Chromium test (taskpane.test.ts): serves dist/ on 127.0.0.1, routes the
 * office.js CDN to node_modules/@microsoft/office-js/dist, bundles the fake Excel for the page,
 * and collects every console error, page error and failed request of a page.
 */

import fs from "fs";
import http from "http";
import path from "path";
import type { AddressInfo } from "net";
import webpack from "webpack";
import { chromium, type Browser, type Page } from "playwright-core";

export const ROOT = path.join(__dirname, "..", "..");
export const DIST = path.join(ROOT, "dist");
const OFFICE_DIST = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
export const ARTIFACTS = path.join(ROOT, "test-artifacts");
const FAKE_JS = path.join(ARTIFACTS, "fake-excel.js");
export const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
/**
 * office.js (o15apptofilemappingtable.js, OSF.Logger) frames Microsoft's telemetry proxy a few
 * seconds after load. The page's CSP allows it (a block is a console error, which every test
 * counts as a problem); the test answers the frame with an empty page instead of the internet.
 */
export const OFFICE_TELEMETRY = "https://telemetryservice.firstpartyapps.oaspapps.com/";

/**
 * Appended to office.js when a test asks for `officeSpy`: records what the page associates
 * (custom functions, ribbon actions, visibility handlers) and stands in for the
 * SharedRuntime 1.1 calls office.js has no host for outside Office (showAsTaskpane).
 */
const OFFICE_SPY = `
;(function () {
  var spy = (window.__ikuOfficeSpy = { functions: {}, actions: {}, visibility: [], shown: 0, mode: "Taskpane" });
  var cf = window.CustomFunctions;
  var cfAssociate = cf.associate;
  cf.associate = function (id, fn) { spy.functions[id] = fn; return cfAssociate.apply(cf, arguments); };
  var actions = Office.actions;
  var actAssociate = actions.associate;
  actions.associate = function (id, fn) { spy.actions[id] = fn; return actAssociate.apply(actions, arguments); };
  Office.addin = {
    // Showing a hidden pane is a visibility change, as in Office; showing a visible one is not.
    showAsTaskpane: function () {
      spy.shown++;
      if (spy.mode !== "Taskpane") {
        spy.mode = "Taskpane";
        spy.visibility.forEach(function (h) { h({ visibilityMode: "Taskpane" }); });
      }
      return Promise.resolve();
    },
    onVisibilityModeChanged: function (h) {
      spy.visibility.push(h);
      return Promise.resolve(function () { return Promise.resolve(); });
    },
  };
})();
`;

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
};

function contentType(file: string): string {
  return TYPES[path.extname(file)] ?? "application/octet-stream";
}

/** Serves dist/ on 127.0.0.1 at a random port. */
function serveDist(): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname).replace(/^\/+/, "");
    const file = path.join(DIST, rel);
    if (!file.startsWith(DIST) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": contentType(file) });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/** Bundles test/fakes/fake-excel.ts (via fake-entry.ts) for the browser. */
function bundleFake(): Promise<void> {
  const compiler = webpack({
    mode: "development",
    devtool: false,
    target: "web",
    entry: path.join(__dirname, "fake-entry.ts"),
    output: { path: ARTIFACTS, filename: path.basename(FAKE_JS) },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { configFile: path.join(ROOT, "tsconfig.json"), transpileOnly: true },
          },
        },
      ],
    },
  });
  return new Promise((resolve, reject) =>
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      if (err) return reject(err);
      if (stats?.hasErrors()) return reject(new Error(stats.toString("errors-only")));
      resolve();
    }),
  );
}

let browser: Browser | undefined;
let server: http.Server | undefined;
let base = "";

/** Bundles the fake, starts the server and Chromium (once per test file). */
export async function startHarness(): Promise<void> {
  if (!fs.existsSync(path.join(DIST, "taskpane.html")))
    throw new Error("dist/taskpane.html tidak ada: jalankan dulu npm run build");
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await bundleFake();
  server = await serveDist();
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
    ],
  });
}

/** Closes Chromium and the server. */
export async function stopHarness(): Promise<void> {
  await browser?.close();
  const s = server;
  if (s) await new Promise((resolve) => s.close(resolve));
}

export interface Opened {
  page: Page;
  /** Console errors, page errors and failed requests of the page. */
  problems: string[];
}

/**
 * Opens the pane at 320 px width; `fake` installs the fake Excel, `seed` prefills it,
 * `officeSpy` records associations (window.__ikuOfficeSpy, see OFFICE_SPY).
 */
export async function open(options: { fake: boolean; seed?: string; officeSpy?: boolean }): Promise<Opened> {
  if (!browser) throw new Error("startHarness() belum dipanggil");
  const context = await browser.newContext({ viewport: { width: 320, height: 720 }, locale: "id-ID" });
  const problems: string[] = [];
  // Nothing leaves the machine: every other external request is refused (and reported).
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => {
    problems.push(`permintaan keluar: ${route.request().url()}`);
    return route.abort();
  });
  await context.route(`${CDN}**`, (route) => {
    const rel = new URL(route.request().url()).pathname.slice(new URL(CDN).pathname.length);
    const file = path.join(OFFICE_DIST, rel);
    if (!file.startsWith(OFFICE_DIST) || !fs.existsSync(file))
      return route.fulfill({ status: 404, body: "" });
    if (options.officeSpy && rel === "office.js") {
      const body = fs.readFileSync(file, "utf8") + OFFICE_SPY;
      return route.fulfill({ status: 200, body, contentType: contentType(file) });
    }
    return route.fulfill({ status: 200, path: file, contentType: contentType(file) });
  });
  // What office.js itself loads: answered locally, so a CSP block (not the network) decides.
  await context.route(`${OFFICE_TELEMETRY}**`, (route) =>
    route.fulfill({ status: 200, body: "<!doctype html><title>telemetri</title>", contentType: "text/html" }),
  );
  const page = await context.newPage();
  page.on("console", (m) => {
    if (m.type() === "error" || /Content Security Policy/i.test(m.text()))
      problems.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("requestfailed", (r) => {
    if (r.url().startsWith(base)) problems.push(`gagal memuat: ${r.url()}`);
  });
  // Every CSP block, whether or not the browser also logs it.
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  if (options.seed) await page.addInitScript(`window.__ikuFakeSeed = ${JSON.stringify(options.seed)};`);
  if (options.fake) await page.addInitScript({ path: FAKE_JS });
  await page.goto(`${base}taskpane.html`);
  return { page, problems };
}

/** Summary of the fake workbook: sheet names and formula cells per sheet. */
export async function fakeSummary(
  page: Page,
): Promise<{ names: string[]; formulas: Record<string, string[]> }> {
  return page.evaluate(() => {
    type Cell = { formula: string | null };
    type Sheet = { cells: Map<string, Cell> };
    const fake = (
      window as unknown as { __ikuFakeExcel: { sheetNames(): string[]; sheet(n: string): Sheet | undefined } }
    ).__ikuFakeExcel;
    const names = fake.sheetNames();
    const formulas: Record<string, string[]> = {};
    for (const n of names) {
      const cells = Array.from(fake.sheet(n)?.cells.values() ?? []);
      formulas[n] = cells.map((c) => c.formula).filter((f): f is string => typeof f === "string");
    }
    return { names, formulas };
  });
}

/** Text values of a fake sheet's cells, in the fake's cell order (pages opened with `fake`). */
export async function sheetTexts(page: Page, sheet: string): Promise<string[]> {
  return page.evaluate((name) => {
    type Cell = { value: unknown };
    const fake = (
      window as unknown as { __ikuFakeExcel: { sheet(n: string): { cells: Map<string, Cell> } | undefined } }
    ).__ikuFakeExcel;
    return Array.from(fake.sheet(name)?.cells.values() ?? [])
      .map((c) => c.value)
      .filter((v): v is string => typeof v === "string" && v !== "");
  }, sheet);
}
