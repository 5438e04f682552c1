// Loads the built dist/functions.js in a bare vm context with a stub CustomFunctions runtime
// and proves the bundle associates every id of dist/functions.json with a working function
// (the associate calls are appended by custom-functions-metadata-plugin at build time).
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import { DIST_DIR } from "./dist-dir";
import { ERROR_CODES, StubCustomFunctionsError } from "../functions/stub";

const associated = new Map<string, unknown>();
const context = vm.createContext({
  CustomFunctions: {
    Error: StubCustomFunctionsError,
    ErrorCode: ERROR_CODES,
    associate: (id: string, fn: unknown) => associated.set(id, fn),
  },
});
vm.runInContext(fs.readFileSync(path.join(DIST_DIR, "functions.js"), "utf8"), context, {
  filename: "functions.js",
});
const ids = (
  JSON.parse(fs.readFileSync(path.join(DIST_DIR, "functions.json"), "utf8")) as {
    functions: { id: string }[];
  }
).functions.map((f) => f.id);

const four = [4, 4, 4, 4, 4, 4, 4, 4, 4];
// One valid call per id and the value it must give (tolerance 10 decimals for numbers).
const samples: Record<string, [unknown[], unknown]> = {
  FASILITASI: [[[[45]], 52], 45 / 52],
  DOKDESA: [[10, 11, 12, 12], 33 / 36],
  BATASWAKTU: [["RKPDesa", 2026], 45930],
  TEPATWAKTU: [["APBDesa", 2026, "31/12/2025"], true],
  "DOKDESA.TANGGAL": [[2025, [[45930], [null]], [[46022], [46023]], [["31/03/2025"], [45748]]], 3 / 6],
  IKM: [[[four, four], null], 100],
  "IKM.NRR": [[[four]], [four]],
  // Issue 11: the IKM of one jenis layanan (names compared case-insensitively).
  "IKM.LAYANAN": [[[four, [2, 2, 2, 2, 2, 2, 2, 2, 2]], [["KTP"], ["Akta"]], "ktp", null], 100],
  "IKM.MUTU": [[88.31], "A"],
  "IKM.KINERJA": [[76.61], "Baik"],
  "IKM.SAMPEL": [[100], 80],
  CAPAIAN: [[0.85, 0.89, null], 0.85 / 0.89],
  PREDIKAT: [[0.9099999999, null], "Sangat Tinggi"],
  // Quarterly: 31/03/2025 = 45747, 30/09/2025 = 45930, 31/12/2025 = 46022.
  "FASILITASI.TW": [[[["Ya"], ["Tidak"], ["Ya"]], [[45700], [45747], [45748]], 2025, 1], 1 / 2],
  "DOKDESA.TW": [[2025, [[45930], [null]], [[46022], [46023]], [[45747], [45748]], 3], 2 / 4],
  "IKM.TW": [[[four, [2, 2, 2, 2, 2, 2, 2, 2, 2]], [[45700], [45800]], 2025, 1, null], 100],
};

describe("dist/functions.js", () => {
  test("associates exactly the ids of functions.json", () => {
    expect([...associated.keys()].sort()).toEqual([...ids].sort());
  });
  test.each(ids.map((id) => [id]))("%s works when called as Excel would", (id) => {
    const fn = associated.get(id);
    expect(typeof fn).toBe("function");
    const sample = samples[id];
    expect(sample).toBeDefined(); // a new id needs a sample here
    const value = (fn as (...a: unknown[]) => unknown)(...sample[0]);
    if (typeof sample[1] === "number") expect(value as number).toBeCloseTo(sample[1], 10);
    else expect(value).toEqual(sample[1]);
  });
  test("a bad argument throws CustomFunctions.Error, not a JS error", () => {
    const fn = associated.get("IKM") as (...a: unknown[]) => unknown;
    let thrown: unknown;
    try {
      fn([[4, 4, 5, 4, 4, 4, 4, 4, 4]], null);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(StubCustomFunctionsError);
    expect((thrown as StubCustomFunctionsError).code).toBe("#VALUE!");
    expect((thrown as StubCustomFunctionsError).message).toContain("jawaban baris 1 kolom U3");
  });
});
