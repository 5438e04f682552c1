import { parseCsv } from "../../src/core/survey-csv";
import { importSurvey, mapColumns, type SurveyImport } from "../../src/core/survey-import";
import { SURVEY_FIELDS } from "../../src/core/survey-fields";
import { serialFromYmd } from "../../src/core/dates";

const ALL = new Set(SURVEY_FIELDS.map((f) => f.key));
const OLD = new Set(["tanggal", ...SURVEY_FIELDS.filter((f) => f.kind === "skor").map((f) => f.key)]);

function ok(r: SurveyImport | { errors: string[] }): SurveyImport {
  if ("errors" in r) throw new Error(r.errors.join("\n"));
  return r;
}

function keyOf(imp: SurveyImport, header: string): string | undefined {
  const i = imp.headers.indexOf(header);
  return imp.mapping.columns.get(i)?.key;
}

describe("parseCsv", () => {
  test("quotes, doubled quotes, line breaks inside quotes, BOM and CRLF", () => {
    const t = parseCsv('\ufeff"a,1","b ""x""",c\r\n"multi\r\nline",2,\r\n');
    expect(t.delimiter).toBe(",");
    expect(t.rows).toEqual([
      ["a,1", 'b "x"', "c"],
      ["multi\r\nline", "2", ""],
    ]);
  });
  test("semicolon detected (a comma inside quotes does not count)", () => {
    const t = parseCsv('"Tanggal";"U1, Persyaratan";U2\n01/02/2025;4;3');
    expect(t.delimiter).toBe(";");
    expect(t.rows[1]).toEqual(["01/02/2025", "4", "3"]);
  });
});

const UHEADERS = ["U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"];

describe("header mapping by name", () => {
  test("Google Forms question texts map to their unsur; numbering and case ignored", () => {
    const imp = ok(
      importSurvey(
        [
          [
            "Stempel waktu",
            "1. Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?",
            "2) Kemudahan PROSEDUR pelayanan",
            "U3. Waktu penyelesaian",
            "Kewajaran biaya/tarif",
            "Produk spesifikasi jenis pelayanan",
            "Kompetensi petugas",
            "Perilaku petugas (kesopanan dan keramahan)",
            "Kualitas sarana dan prasarana",
            "Penanganan pengaduan, saran dan masukan",
          ],
        ],
        OLD,
      ),
    );
    const keys = imp.headers.map((h) => keyOf(imp, h));
    expect(keys).toEqual(["tanggal", "u1", "u2", "u3", "u4", "u5", "u6", "u7", "u9", "u8"]);
  });

  test("swapped U8/U9 export: columns follow names, not positions", () => {
    const headers = [
      "Tanggal",
      ...UHEADERS.slice(0, 7),
      "U9 Sarana dan Prasarana",
      "U8 Penanganan Pengaduan",
    ];
    const imp = ok(importSurvey([headers, ["01/02/2025", 1, 2, 3, 4, 1, 2, 3, 4, 1]], OLD));
    expect(imp.rows[0].u9).toBe(4);
    expect(imp.rows[0].u8).toBe(1);
  });

  test("ambiguous and duplicate headers are clear errors; --kolom resolves them", () => {
    const r = mapColumns(["Tanggal", "Waktu", ...UHEADERS.filter((u) => u !== "U3")], OLD);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors.join("\n")).toMatch(
        /"Waktu" cocok dengan beberapa kolom survei \(Tanggal, U3 Waktu Penyelesaian\)/,
      );
    const fixed = mapColumns(["Tanggal", "Waktu", ...UHEADERS.filter((u) => u !== "U3")], OLD, [
      { field: "U3", header: "Waktu" },
    ]);
    expect(fixed.ok).toBe(true);
    const dup = mapColumns(["Tanggal", "Sarana", "Sarana prasarana", ...UHEADERS.slice(0, 8)], OLD);
    expect(!dup.ok && dup.errors.join("\n")).toMatch(
      /"Sarana" dan "Sarana prasarana" sama-sama cocok dengan U9/,
    );
  });

  test("a missing unsur is an error naming it; columns without a workbook target are listed, not imported", () => {
    const r = mapColumns(["Tanggal", ...UHEADERS.slice(0, 8)], OLD);
    expect(!r.ok && r.errors.join("\n")).toMatch(/kolom U9 Sarana dan Prasarana tidak ditemukan/);
    const m = mapColumns(["Tanggal", "Usia", "Email", ...UHEADERS], OLD);
    expect(m.ok && m.mapping.ignored.map((g) => g.reason)).toEqual([
      "buku kerja belum punya kolom Usia",
      "tidak dikenal",
    ]);
    const all = mapColumns(["Tanggal", "Usia", "Email", ...UHEADERS], ALL);
    expect(all.ok && [...all.mapping.columns.values()].map((f) => f.key)).toContain("usia");
  });
});

describe("values", () => {
  const H = ["Timestamp", "Jenis Kelamin", "Umur", ...UHEADERS];
  test("text answers (Baik and Puas, any case), numbers, dates in every export form", () => {
    const imp = ok(
      importSurvey(
        [
          H,
          [
            "15/09/2025 10:32:11",
            "L",
            "35",
            "Sangat Baik",
            "baik",
            "KURANG BAIK",
            "Tidak Baik",
            "sangat puas",
            "Puas",
            "kurang puas",
            "tidak puas",
            "4",
          ],
          ["2025-09-16", "Perempuan", 41, 1, 2, 3, 4, "4 - Sangat Baik", "3", "2.0", 1, 4],
          [45916.44, "Laki-laki", "", 4, 4, 4, 4, 4, 4, 4, 4, 4],
        ],
        ALL,
      ),
    );
    expect(imp.problems).toEqual([]);
    expect(imp.rows[0]).toMatchObject({
      tanggal: serialFromYmd(2025, 9, 15),
      jenisKelamin: "L",
      usia: 35,
      u1: 4,
      u2: 3,
      u3: 2,
      u4: 1,
      u5: 4,
      u6: 3,
      u7: 2,
      u8: 1,
      u9: 4,
    });
    expect(imp.rows[1]).toMatchObject({ tanggal: serialFromYmd(2025, 9, 16), usia: 41, u5: 4, u7: 2 });
    expect(imp.rows[1].jenisKelamin).toBe("P");
    expect(imp.rows[2]).toMatchObject({ tanggal: 45916, jenisKelamin: "L", usia: null });
  });

  test("skipped answers stay blank; fully blank rows are skipped; a row of no answers is refused", () => {
    const imp = ok(
      importSurvey(
        [
          H,
          ["01/10/2025", "L", "30", 4, "", 3, " ", 4, 4, 4, 4, 4],
          ["", "", "", "", "", "", "", "", "", "", "", ""],
          ["02/10/2025", "P", "", "", "", "", "", "", "", "", "", ""],
        ],
        ALL,
      ),
    );
    expect(imp.rows).toHaveLength(1);
    expect(imp.rows[0].u2).toBeNull();
    expect(imp.rows[0].u4).toBeNull();
    expect(imp.blank).toBe(1);
    expect(imp.problems).toEqual([
      { row: 4, column: "U1–U9", value: "", why: "semua unsur kosong (baris tanpa jawaban)" },
    ]);
  });

  test("bad cells refuse their row, each reported with row, column, value and why; good rows kept", () => {
    const imp = ok(
      importSurvey(
        [
          H,
          ["01/10/2025", "L", "30", 4, 4, 4, 4, 4, 4, 4, 4, 4],
          ["31/02/2025", "L", "30", 5, 4, 4, 4, 4, 4, 4, 4, "Lumayan"],
          ["9/15/2025", "L", "tiga puluh", 4, 4, 3.5, 4, 4, 4, 4, 4, 4],
          ["02/10/2025", "L", "30", 3, 3, 3, 3, 3, 3, 3, 3, 3],
          ["03/10/2025", "X", "7", 3, 3, 3, 3, 3, 3, 3, 3, 3],
        ],
        ALL,
      ),
    );
    expect(imp.sourceRows).toEqual([2, 5]);
    expect(imp.rejected).toBe(3);
    expect(imp.problems).toEqual([
      { row: 3, column: "Timestamp", value: "31/02/2025", why: "tanggal 31/2/2025 tidak ada" },
      { row: 3, column: "U1", value: "5", why: "nilai harus bilangan bulat 1–4" },
      {
        row: 3,
        column: "U9",
        value: "Lumayan",
        why: "jawaban tidak dikenal (pakai 1–4 atau Sangat Baik/Baik/Kurang Baik/Tidak Baik)",
      },
      { row: 4, column: "Timestamp", value: "9/15/2025", why: "tanggal 9/15/2025 tidak ada" },
      { row: 4, column: "Umur", value: "tiga puluh", why: "usia harus bilangan bulat (tahun)" },
      { row: 4, column: "U3", value: "3.5", why: "nilai harus bilangan bulat 1–4" },
      {
        row: 6,
        column: "Jenis Kelamin",
        value: "X",
        why: "jenis kelamin harus L atau P (Laki-laki/Perempuan)",
      },
      { row: 6, column: "Umur", value: "7", why: "usia di luar 10–120 tahun" },
    ]);
  });
});
