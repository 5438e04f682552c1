/**
 * The fake Excel itself behaves like Office.js where the code under test could go wrong:
 * reads need load + sync, null objects are known after sync, 2-D writes must fit, failing
 * commands reject the sync, and values are coerced the way Excel coerces typed input.
 */

import { createFakeExcel } from "../fakes/fake-excel";

describe("Office.js semantics", () => {
  const errors: [string, (ctx: Excel.RequestContext) => Promise<unknown>, RegExp][] = [
    [
      "reading a property that was not loaded",
      async (ctx) => {
        const r = ctx.workbook.worksheets.add("A").getRange("A1");
        await ctx.sync();
        return r.values;
      },
      /PropertyNotLoaded/,
    ],
    [
      "reading a loaded property before sync",
      async (ctx) => {
        const r = ctx.workbook.worksheets.add("A").getRange("A1").load("values");
        const v = r.values;
        await ctx.sync();
        return v;
      },
      /PropertyNotLoaded/,
    ],
    [
      "isNullObject before sync",
      (ctx) => Promise.resolve(ctx.workbook.worksheets.getItemOrNullObject("X").isNullObject),
      /PropertyNotLoaded/,
    ],
    [
      "a 2-D write of the wrong size",
      async (ctx) => {
        ctx.workbook.worksheets.add("A").getRange("A1:B2").values = [[1, 2]];
        await ctx.sync();
      },
      /InvalidArgument/,
    ],
    [
      "getItem of a missing sheet",
      async (ctx) => {
        ctx.workbook.worksheets.getItem("Tidak Ada").getRange("A1").values = [[1]];
        await ctx.sync();
      },
      /ItemNotFound/,
    ],
    [
      "adding a sheet twice",
      async (ctx) => {
        ctx.workbook.worksheets.add("A");
        ctx.workbook.worksheets.add("a");
        await ctx.sync();
      },
      /sudah ada/,
    ],
    [
      "adding a name twice",
      async (ctx) => {
        const r = ctx.workbook.worksheets.add("A").getRange("A1");
        ctx.workbook.names.add("X", r);
        ctx.workbook.names.add("x", r);
        await ctx.sync();
      },
      /sudah ada/,
    ],
  ];
  test.each(errors)("%s fails", async (_what, batch, message) => {
    await expect(createFakeExcel().run(batch)).rejects.toThrow(message);
  });

  test("a null object is known after sync", async () => {
    const fake = createFakeExcel();
    fake.seedSheet("Ada", [[1]]);
    const [missing, present] = await fake.run(async (ctx) => {
      const a = ctx.workbook.worksheets.getItemOrNullObject("Tidak Ada");
      const b = ctx.workbook.worksheets.getItemOrNullObject("ada");
      await ctx.sync();
      return [a.isNullObject, b.isNullObject];
    });
    expect([missing, present]).toEqual([true, false]);
  });

  test("commands left queued are flushed when the batch ends, and that counts as a sync", async () => {
    const fake = createFakeExcel();
    await fake.run((ctx) => {
      ctx.workbook.worksheets.add("A").getRange("A1").values = [[5]];
      return Promise.resolve();
    });
    expect(fake.cell("A", "A1")?.value).toBe(5);
    expect(fake.syncCount).toBe(1);
  });

  test("merge keeps only the top-left value; used range and address", async () => {
    const fake = createFakeExcel();
    fake.seedSheet("Data Saya", [["kiri", "kanan"]]);
    const address = await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Data Saya");
      ws.getRange("A1:B1").merge(false);
      const used = ws.getUsedRangeOrNullObject(true).load("address");
      await ctx.sync();
      return used.address;
    });
    expect(fake.cell("Data Saya", "A1")?.value).toBe("kiri");
    expect(fake.cell("Data Saya", "B1")?.value).toBe("");
    expect(address).toBe("'Data Saya'!A1");
  });
});

describe("typed input is coerced like Excel", () => {
  test.each<[string, unknown, string, unknown, string | null]>([
    ["a number in text", "123", "General", 123, null],
    ["apostrophe-prefixed text", "'123", "General", "123", null],
    ["text format keeps text", "123", "@", "123", null],
    ["TRUE", "TRUE", "General", true, null],
    ["an ISO date", "2025-01-31", "General", 45688, null],
    ["a formula", "=A2*2", "General", "", "=A2*2"],
    ["plain text", "Ya", "General", "Ya", null],
  ])("%s", async (_what, input, format, value, formula) => {
    const fake = createFakeExcel();
    await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.add("A").getRange("A1");
      r.numberFormat = [[format]];
      r.values = [[input]];
      await ctx.sync();
    });
    expect(fake.cell("A", "A1")?.value).toBe(value);
    expect(fake.cell("A", "A1")?.formula).toBe(formula);
  });
});
