import fs from "fs";
import os from "os";
import path from "path";
import zlib from "zlib";

import * as bench from "../../scripts/bench/40-taskpane-size";

describe("scriptSources", () => {
  const rows: [string, string[]][] = [
    ['<script src="a.js"></script>', ["a.js"]],
    ["<script defer src=b.js></script><script src='c.js' defer></script>", ["b.js", "c.js"]],
    [
      "<script src=https://appsforoffice.microsoft.com/lib/1/hosted/office.js></script>",
      ["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"],
    ],
    // error rows: inline scripts and other tags are not script files
    ["<script>var x = 1;</script><link href=x.css>", []],
    ["", []],
  ];
  test.each(rows)("%p", (html, expected) => {
    expect(bench.scriptSources(html)).toEqual(expected);
  });
});

describe("measure", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "iku-size-"));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("sums our scripts, keeps the CDN and lazy chunks apart", () => {
    const a = "console.log('a');".repeat(50);
    fs.writeFileSync(
      path.join(dir, "taskpane.html"),
      '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script><script defer src=a.js></script>',
    );
    fs.writeFileSync(path.join(dir, "a.js"), a);
    fs.writeFileSync(path.join(dir, "lazy.1234.js"), "x");
    const m = bench.measure(dir);
    expect(m.ours.map((o) => o.file)).toEqual(["a.js"]);
    expect(m.oursGzip).toBe(zlib.gzipSync(Buffer.from(a), { level: 9 }).length);
    expect(m.external.map((e) => e.file)).toEqual([
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
    ]);
    expect(m.lazy.map((l) => l.file)).toEqual(["lazy.1234.js"]);
    expect(m.hasExcelJs).toBe(false);
  });

  test("finds ExcelJS in a loaded script (error row)", () => {
    fs.writeFileSync(path.join(dir, "taskpane.html"), "<script src=a.js></script>");
    fs.writeFileSync(path.join(dir, "a.js"), 'var p = "xl/sharedStrings.xml";');
    expect(bench.measure(dir).hasExcelJs).toBe(true);
  });

  test("no page: a clear message (error row)", () => {
    expect(() => bench.measure(dir)).toThrow("npm run build");
  });
});

describe("lazyWhy: which action loads a lazy chunk", () => {
  const rows: [string, RegExp][] = [
    ["lembar.ae07d087.js", /Buat Lembar IKU/],
    ["konversi.cdaf5388.js", /Konversi formula/],
    ["rekap.5b813ff2.js", /Rekap Kecamatan/],
    ["pustaka.afb862f8.js", /ExcelJS/],
    // error row: a chunk without a name the benchmark knows is said to be unnamed
    ["123.abcdef01.js", /tanpa nama/],
  ];
  test.each(rows)("%s", (file, why) => {
    expect(bench.lazyWhy(file)).toMatch(why);
  });
  test("the goal is 40 KB (issue 12)", () => {
    expect(bench.GOAL_KB).toBe(40);
  });
});
