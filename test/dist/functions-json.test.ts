// Golden test of the generated dist/functions.json (Script Lab style): the Excel-facing
// shape — ids, names, parameter names/types/dimensionality/optional, result type — must
// match test/dist/golden/functions.golden.json. After an intended change, regenerate with
// UPDATE_GOLDEN=1 npx jest --selectProjects dist test/dist/functions-json.test.ts and review the diff.
import * as fs from "fs";
import * as path from "path";
import { DIST_DIR } from "./dist-dir";

interface ParamMeta {
  name: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
  description?: string;
}
interface FunctionMeta {
  id: string;
  name: string;
  description?: string;
  parameters: ParamMeta[];
  result: { type?: string; dimensionality?: string };
}

const GOLDEN = path.join(__dirname, "golden", "functions.golden.json");

function shape(f: FunctionMeta): unknown {
  return {
    id: f.id,
    name: f.name,
    parameters: f.parameters.map((p) => ({
      name: p.name,
      type: p.type ?? "any",
      dimensionality: p.dimensionality ?? "scalar",
      optional: p.optional === true,
    })),
    result: { type: f.result.type ?? "any", dimensionality: f.result.dimensionality ?? "scalar" },
  };
}

const built = JSON.parse(fs.readFileSync(path.join(DIST_DIR, "functions.json"), "utf8")) as {
  functions: FunctionMeta[];
};

describe("dist/functions.json", () => {
  test("matches the golden shape", () => {
    const actual = built.functions.map(shape);
    if (process.env.UPDATE_GOLDEN === "1") fs.writeFileSync(GOLDEN, JSON.stringify(actual, null, 2) + "\n");
    const golden = JSON.parse(fs.readFileSync(GOLDEN, "utf8")) as unknown;
    expect(actual).toEqual(golden);
  });
  test("the twelve ids of the issue, the three quarterly ones and IKM.LAYANAN, exactly", () => {
    expect(built.functions.map((f) => f.id).sort()).toEqual([
      "BATASWAKTU",
      "CAPAIAN",
      "DOKDESA",
      "DOKDESA.TANGGAL",
      "DOKDESA.TW",
      "FASILITASI",
      "FASILITASI.TW",
      "IKM",
      "IKM.KINERJA",
      "IKM.LAYANAN",
      "IKM.MUTU",
      "IKM.NRR",
      "IKM.SAMPEL",
      "IKM.TW",
      "PREDIKAT",
      "TEPATWAKTU",
    ]);
  });
  test.each(built.functions.map((f) => [f.id, f] as const))(
    "%s has Indonesian help with an example and every parameter described",
    (_id, f) => {
      expect(f.description).toMatch(/Contoh: =IKU\./);
      for (const p of f.parameters) expect((p.description ?? "").length).toBeGreaterThan(10);
    },
  );
  test("range parameters are 'any' matrices so blank cells stay blank", () => {
    const ranges = built.functions.flatMap((f) => f.parameters.filter((p) => p.dimensionality === "matrix"));
    expect(ranges.length).toBeGreaterThanOrEqual(6);
    for (const p of ranges) expect(p.type ?? "any").toBe("any");
  });
});
