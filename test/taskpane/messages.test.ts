import {
  describeConvert,
  describeRender,
  emptyTargetsWarning,
  errorText,
  failure,
  fileReadReason,
} from "../../src/taskpane/messages";
import { ErrorKind, ikuError } from "../../src/core/errors";

describe("describeRender", () => {
  test("lists every sheet with its status and the warnings", () => {
    const msg = describeRender({
      sheets: [
        { name: "IKU 2025 (2)", status: "dinamai-ulang" },
        { name: "Fasilitasi", status: "dipakai-ulang" },
        { name: "Dokumen Desa", status: "dibuat" },
        { name: "Profil", status: "dibuat" },
      ],
      warnings: ["Pengaturan cetak dilewati: Excel ini belum mendukung ExcelApi 1.9."],
    });
    expect(msg.tone).toBe("ok");
    expect(msg.text).toBe(
      "Selesai: 2 lembar dibuat, 1 dibuat dengan nama baru, 1 dipakai ulang, 1 peringatan.",
    );
    expect(msg.items).toEqual([
      "IKU 2025 (2): dibuat dengan nama baru karena nama itu sudah dipakai",
      "Fasilitasi: sudah ada, dipakai ulang",
      "Dokumen Desa: dibuat",
      "Profil: dibuat",
      "Peringatan: Pengaturan cetak dilewati: Excel ini belum mendukung ExcelApi 1.9.",
    ]);
  });

  test("sheets updated in place are counted as diperbarui, not dibuat (issue 13)", () => {
    const msg = describeRender({
      sheets: [
        { name: "IKU 2025", status: "diperbarui" },
        { name: "Fasilitasi", status: "dipakai-ulang" },
        { name: "Pengukuran Kinerja", status: "diperbarui" },
        { name: "Profil", status: "dipakai-ulang" },
      ],
      warnings: [],
    });
    expect(msg.text).toBe("Selesai: 2 lembar diperbarui, 2 dipakai ulang.");
    const mixed = describeRender({
      sheets: [
        { name: "IKU 2025 (2)", status: "dinamai-ulang" },
        { name: "Pengukuran Kinerja", status: "diperbarui" },
        { name: "Survei IKM", status: "dibuat" },
      ],
      warnings: [],
    });
    expect(mixed.text).toBe("Selesai: 1 lembar dibuat, 1 diperbarui, 1 dibuat dengan nama baru.");
  });

  test("an unknown status is shown as is (error row)", () => {
    const msg = describeRender({ sheets: [{ name: "X", status: "aneh" }], warnings: [] });
    expect(msg.items).toEqual(["X: aneh"]);
    expect(msg.text).toBe("Selesai: 1 lembar dibuat.");
  });
});

describe("emptyTargetsWarning", () => {
  test("names the indicators without a target; none when all are set", () => {
    expect(emptyTargetsWarning([{ target: 0.84 }, { target: null }, { target: null }])).toBe(
      "Target belum diisi (IKU 2, IKU 3) — isi di lembar Profil (atau di formulir ini, lalu Buat Lembar " +
        "IKU lagi); sampai itu capaian dan predikatnya kosong.",
    );
    expect(emptyTargetsWarning([{ target: 0.84 }, { target: 80 }])).toBeNull();
    expect(emptyTargetsWarning([{ target: 0.84 }], { target: null })).toBe(
      "Target belum diisi (Indikator Tujuan) — isi di lembar Profil (atau di formulir ini, lalu Buat Lembar " +
        "IKU lagi); sampai itu capaian dan predikatnya kosong.",
    );
    expect(emptyTargetsWarning([{ target: 0.84 }], { target: 4 })).toBeNull();
  });
});

describe("fileReadReason", () => {
  test("the File API's English reasons become Indonesian", () => {
    const notReadable = Object.assign(
      new Error("The requested file could not be read, typically due to permission problems"),
      {
        name: "NotReadableError",
      },
    );
    expect(fileReadReason(notReadable)).toBe(
      "berkas tidak dapat dibaca (dipindah, dihapus, atau dikunci program lain?) — pilih ulang berkasnya",
    );
    const gone = Object.assign(new Error("A requested file or directory could not be found"), {
      name: "NotFoundError",
    });
    expect(fileReadReason(gone)).toMatch(/^berkas tidak ditemukan lagi/);
  });
});

describe("describeConvert", () => {
  const rows: [number, string[], "portable" | "addin", string][] = [
    [12, [], "portable", "12 formula diubah ke formula Excel standar."],
    [3, ["B5 diubah pengguna"], "addin", "3 formula diubah ke fungsi IKU."],
    [0, [], "addin", "Tidak ada formula yang perlu diubah ke fungsi IKU."],
  ];
  test.each(rows)("%d formula, %p, ke %s", (converted, warnings, to, text) => {
    const msg = describeConvert({ converted, warnings }, to);
    expect(msg.text).toBe(text);
    expect(msg.items).toEqual(warnings.map((w) => `Peringatan: ${w}`));
  });
});

test("describeConvert: grown print areas as items; a failed refresh as a warning, still ok", () => {
  const grown = describeConvert({ converted: 2, warnings: [] }, "portable", [
    { sheet: "Fasilitasi", lastRow: 9 },
  ]);
  expect(grown.items).toEqual([
    "Area cetak lembar Fasilitasi diperluas sampai baris 9 (baris terisi terakhir).",
  ]);
  const failed = describeConvert({ converted: 2, warnings: [] }, "portable", "Terjadi kesalahan: x");
  expect(failed.tone).toBe("ok");
  expect(failed.items).toEqual(["Peringatan: area cetak lembar data tidak diperbarui. Terjadi kesalahan: x"]);
});

describe("errorText", () => {
  const rows: [string, unknown, string][] = [
    ["core error", ikuError(ErrorKind.Value, "Tahun harus 2000–2100"), "Tahun harus 2000–2100"],
    [
      "Office error",
      { code: "GeneralException", message: "Boom" },
      "Excel menolak perubahan: Boom (kode GeneralException).",
    ],
    ["API missing", { code: "ApiNotFound", message: "x" }, "Versi Excel ini belum mendukung"],
    ["plain Error", new Error("rusak"), "Terjadi kesalahan: rusak"],
    ["string", "putus", "Terjadi kesalahan: putus"],
    // webpack's English chunk error (a lazy part of the pane cannot be fetched)
    [
      "chunk not loaded",
      Object.assign(new Error("Loading chunk lembar failed.\n(error: https://x/lembar.js)"), {
        name: "ChunkLoadError",
      }),
      "Bagian add-in tidak dapat dimuat dari server add-in",
    ],
    // error rows: nothing usable in the thrown value
    ["undefined", undefined, "Terjadi kesalahan yang tidak dikenal"],
    ["empty object", {}, "Terjadi kesalahan yang tidak dikenal"],
    ["empty Error", new Error(""), "Terjadi kesalahan yang tidak dikenal"],
  ];
  test.each(rows)("%s", (_n, e, expected) => {
    expect(errorText(e)).toContain(expected);
  });

  test("no English fragment from webpack's chunk error", () => {
    const e = Object.assign(new Error("Loading chunk 123 failed.\n(error: https://x/1.js)"), {
      name: "ChunkLoadError",
    });
    expect(errorText(e)).not.toMatch(/Loading|chunk|failed/);
    expect(errorText(new Error("Loading CSS chunk rekap failed."))).not.toMatch(/Loading|failed/);
  });

  test("failure names the action", () => {
    const msg = failure("membuat lembar IKU", new Error("rusak"));
    expect(msg).toEqual({ tone: "error", text: "Gagal membuat lembar IKU. Terjadi kesalahan: rusak" });
  });
});
