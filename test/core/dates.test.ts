// Expected serials come from Python's datetime ((date − 1899-12-30).days), an independent
// computation; before 1900-03-01 they follow Excel's documented fake leap day.
import { parseDate, serialFromYmd, ymdFromSerial } from "../../src/core/dates";
import { ErrorKind, isIkuError } from "../../src/core/errors";

describe("serialFromYmd / ymdFromSerial (1900 date system)", () => {
  const cases: [number, number, number, number][] = [
    [1900, 1, 1, 1],
    [1900, 2, 28, 59],
    [1900, 2, 29, 60],
    [1900, 3, 1, 61],
    [2000, 2, 29, 36585],
    [2025, 1, 1, 45658],
    [2025, 9, 30, 45930],
    [2025, 12, 31, 46022],
    [2026, 3, 31, 46112],
    [9999, 12, 31, 2958465],
  ];
  test.each(cases)("%i-%i-%i → %i and back", (y, m, d, serial) => {
    expect(serialFromYmd(y, m, d)).toBe(serial);
    expect(ymdFromSerial(serial)).toEqual({ y, m, d });
  });
  test("every serial 1…73050 (1900–2099) round-trips through its date", () => {
    const broken: number[] = [];
    for (let s = 1; s <= 73050; s++) {
      const { y, m, d } = ymdFromSerial(s);
      if (serialFromYmd(y, m, d) !== s) broken.push(s);
    }
    expect(broken).toEqual([]);
    expect(ymdFromSerial(73050)).toEqual({ y: 2099, m: 12, d: 31 });
  });
});

describe("parseDate", () => {
  const ok: [unknown, number | null][] = [
    [null, null],
    [undefined, null],
    ["", null],
    ["   ", null],
    [[[null]], null],
    [45930, 45930],
    [45930.75, 45930],
    [[[45930]], 45930],
    ["30/09/2025", 45930],
    ["30-09-2025", 45930],
    ["30.09.2025", 45930],
    ["1/3/1900", 61],
    [" 2025-09-30 ", 45930],
    ["2025-9-30", 45930],
    ["29/02/2000", 36585],
    ["31/12/9999", 2958465],
  ];
  test.each(ok)("%p → %p", (x, want) => {
    expect(parseDate(x, "tanggal")).toBe(want);
  });

  const bad: [unknown, string][] = [
    [-5, "bukan tanggal Excel"],
    [2958466, "bukan tanggal Excel"],
    [NaN, "bukan tanggal Excel"],
    [Infinity, "bukan tanggal Excel"],
    ["31/02/2025", "tidak ada"],
    ["29/02/2025", "tidak ada"],
    ["00/01/2025", "tidak ada"],
    ["01/13/2025", "tidak ada"],
    ["01/01/1899", "di luar 1900–9999"],
    ["2025/09/30", "bukan tanggal"],
    ["30 September 2025", "bukan tanggal"],
    ["45930", "bukan tanggal"],
    [true, "bukan tanggal"],
    [[[1, 2]], "bukan rentang"],
  ];
  test.each(bad)("%p → #VALUE! (%s)", (x, fragment) => {
    const r = parseDate(x, "tanggal");
    expect(isIkuError(r) && r.kind).toBe(ErrorKind.Value);
    expect(isIkuError(r) && r.message).toContain(fragment);
    expect(isIkuError(r) && r.message.startsWith("tanggal")).toBe(true);
  });
});
