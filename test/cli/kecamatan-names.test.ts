/** Kecamatan names as files spell them: all variants of one of the 21 find it; others do not. */
import { findKecamatan, kecamatanKey } from "../../src/core/wilayah";

test.each([
  ["Kecamatan Randu Agung", "Randuagung"],
  ["kec. Senduro", "Senduro"],
  ["KEC SENDURO", "Senduro"],
  ["  SUMBERSUKO ", "Sumbersuko"],
  ["R\u0430ndu\u0430gung", "Randuagung"], // Cyrillic а
  ["\u03a4\u0435kung", "Tekung"], // Greek Tau, Cyrillic е
  ["Ｓｅｎｄｕｒｏ", "Senduro"], // full width
  ["Sen\u200bdu\u200dro\ufeff", "Senduro"], // zero-width
  ["Randuagüng", "Randuagung"],
])("%j → %s", (name, official) => {
  expect(findKecamatan(name)?.nama).toBe(official);
});

test.each([
  [""],
  ["Kecamatan"],
  ["Atlantis"],
  ["Randuagung Baru"],
  ["\u0416\u0416\u0416"],
  ["x".repeat(10_000_000)],
])("%j is not a kecamatan of Lumajang", (name) => {
  expect(findKecamatan(name)).toBeUndefined();
});

test("the key ignores width, case, prefix and separators", () => {
  expect(kecamatanKey("Kec. Randu-Agung")).toBe("randuagung");
  expect(kecamatanKey("Ｋｅｃａｍａｔａｎ　Ｔｅｋｕｎｇ")).toBe("tekung");
});
