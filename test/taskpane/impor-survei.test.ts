/**
 * The pane's "Impor survei" against the fake Excel: the mapping preview and refused rows
 * before writing, rows appended below the filled ones (target columns only, skipped answers
 * left blank), and a workbook without the survey ranges refused.
 */
import { applySurveyImport, planSurveyImport, type SurveyPlan } from "../../src/taskpane/impor-survei";
import { createFakeExcel } from "../fakes/fake-excel";

function file(name: string, text: string): { name: string; arrayBuffer(): Promise<ArrayBuffer> } {
  const bytes = new TextEncoder().encode(text);
  return { name, arrayBuffer: () => Promise.resolve(bytes.buffer.slice(0)) };
}

function seeded() {
  const fake = createFakeExcel();
  fake.seedSheet("Survei IKM", [
    [],
    [],
    [],
    ["No.", "Tanggal", "U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9", "", "catatan"],
    [1, 45900, 4, 4, 4, 4, 4, 4, 4, 4, 4, "", "jangan diubah"],
  ]);
  fake.seedName("IKU_IKM_Tanggal", "Survei IKM", "B5:B9");
  fake.seedName("IKU_IKM_Jawaban", "Survei IKM", "C5:K9");
  return fake;
}

const CSV =
  "Stempel waktu;U1;U2;U3;U4;U5;U6;U7;U9 Sarana;U8 Pengaduan;Email\n" +
  "15/09/2025 10:32:11;Sangat Baik;Baik;;Baik;Baik;Baik;Baik;Tidak Baik;Kurang Baik;a@b\n" +
  "16/09/2025;5;Baik;Baik;Baik;Baik;Baik;Baik;Baik;Baik;\n" +
  "17/09/2025;1;2;3;4;1;2;3;4;1;\n";

test("plan shows the mapping and refused rows; apply appends below, target columns only", async () => {
  const fake = seeded();
  const plan = await planSurveyImport(fake.run, file("s.csv", CSV));
  if ("error" in plan) throw new Error(plan.error);
  expect(plan.first).toBe(6);
  expect(plan.preview).toContain('"U9 Sarana" → U9 Sarana dan Prasarana');
  expect(plan.preview).toContain('"Email": tidak diimpor (tidak dikenal)');
  expect(plan.preview).toContain(
    'Baris 3, kolom "U1": nilai "5" — nilai di luar 1–4 (harus bilangan bulat 1, 2, 3 atau 4)',
  );
  expect(await applySurveyImport(fake.run, plan)).toBe(
    "Diimpor 2 baris ke Survei IKM baris 6–7. 1 baris ditolak (lihat daftar).",
  );
  const row = (r: number) =>
    "BCDEFGHIJK".split("").map((c) => fake.cell("Survei IKM", `${c}${r}`)?.value ?? null);
  expect(row(5)).toEqual([45900, 4, 4, 4, 4, 4, 4, 4, 4, 4]);
  expect(row(6)).toEqual([45915, 4, 3, null, 3, 3, 3, 3, 2, 1]);
  expect(row(7)).toEqual([45917, 1, 2, 3, 4, 1, 2, 3, 1, 4]);
  expect(fake.cell("Survei IKM", "M5")?.value).toBe("jangan diubah");
  expect(fake.cell("Survei IKM", "L6")?.value ?? null).toBeNull();

  // Too few prepared rows left: nothing written.
  const again = (await planSurveyImport(
    fake.run,
    file("s.csv", CSV + CSV.split("\n").slice(1).join("\n")),
  )) as SurveyPlan;
  expect(again.first).toBe(8);
  expect(await applySurveyImport(fake.run, again)).toMatch(
    /^4 baris tidak muat: hanya 2 baris siap isi tersisa/,
  );
  expect(fake.cell("Survei IKM", "C8")?.value ?? null).toBeNull();
});

test("a workbook without the survey ranges is refused", async () => {
  const fake = createFakeExcel();
  fake.seedSheet("Lain", [[1]]);
  const plan = await planSurveyImport(fake.run, file("s.csv", CSV));
  expect(plan).toEqual({ error: expect.stringMatching(/belum punya lembar Survei IKM/) as unknown });
});
