/**
 * A workbook with a measured Indikator Tujuan (issue 10) — the identity rows, the Pengukuran
 * row "T", the input row IKU_Masukan_Tujuan, the Profil rows with their lists — passes the
 * Office Open XML schemas and the semantic checks, in both formula modes.
 */
import type { Profile } from "../../src/core/profile";
import { buildWorkbook } from "../../src/core/workbook/build";
import { writeXlsx } from "../../src/xlsx/write";
import { profileOf } from "../helpers/profiles";
import { ooxmlProblems } from "./check";
import { tujuanIkm, tujuanRasio } from "../helpers/tujuan-profiles";

jest.setTimeout(120_000);

const rasio: Profile = {
  ...profileOf("randuagung-2025"),
  ...tujuanRasio("negatif"),
};
const ikm: Profile = {
  ...profileOf("randuagung-2025"),
  ...tujuanIkm(),
};

test.each([
  ["rasio", "addin", rasio],
  ["rasio", "portable", rasio],
  ["survei-ikm", "addin", ikm],
  ["survei-ikm", "portable", ikm],
] as const)("%s tujuan, formula %s", async (_l, mode, profile) => {
  const bytes = await writeXlsx(buildWorkbook(profile, mode));
  expect(await ooxmlProblems(bytes)).toEqual([]);
});
