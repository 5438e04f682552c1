/** getExcelRunner / hostIsSetSupported: Excel.run inside Excel, a window fake in tests, else null. */

import { getExcelRunner, hostIsSetSupported, type ExcelRunner } from "../../src/excel/host";

type Globals = { window?: unknown; Office?: unknown; Excel?: unknown };
const g = globalThis as Globals;

afterEach(() => {
  delete g.window;
  delete g.Office;
  delete g.Excel;
});

describe("getExcelRunner", () => {
  const fakeRun: ExcelRunner = (batch) => batch({} as Excel.RequestContext);
  const excelRun = jest.fn((batch: (c: Excel.RequestContext) => Promise<unknown>) =>
    batch({} as Excel.RequestContext),
  );
  const cases: [string, () => void, "excel" | "fake" | null][] = [
    ["no Office, no window", () => undefined, null],
    ["a window without the fake", () => (g.window = {}), null],
    ["a fake on window", () => (g.window = { __ikuFakeExcel: { run: fakeRun } }), "fake"],
    [
      "office.js outside Office (host null)",
      () => ((g.Office = { context: {} }), (g.Excel = { run: excelRun })),
      null,
    ],
    [
      "inside Excel",
      () => (
        (g.Office = { context: { host: "Excel" } }),
        (g.Excel = { run: excelRun }),
        (g.window = { __ikuFakeExcel: { run: fakeRun } })
      ),
      "excel",
    ],
  ];
  test.each(cases)("%s", async (_what, setup, expected) => {
    setup();
    excelRun.mockClear();
    const runner = getExcelRunner();
    if (expected === null) {
      expect(runner).toBeNull();
      return;
    }
    expect(runner).not.toBeNull();
    await runner?.(() => Promise.resolve(1));
    expect(excelRun).toHaveBeenCalledTimes(expected === "excel" ? 1 : 0);
  });
});

describe("hostIsSetSupported", () => {
  test.each([
    ["outside Excel: everything", undefined, "1.9", true],
    ["inside Excel 2019: 1.7", 1.7, "1.7", true],
    ["inside Excel 2019: not 1.9", 1.7, "1.9", false],
  ])("%s", (_what, max, version, expected) => {
    if (max !== undefined) {
      g.Excel = { run: jest.fn() };
      g.Office = {
        context: {
          host: "Excel",
          requirements: { isSetSupported: (_n: string, v: string) => Number(v) <= max },
        },
      };
    }
    expect(hostIsSetSupported()("ExcelApi", version)).toBe(expected);
  });
});
