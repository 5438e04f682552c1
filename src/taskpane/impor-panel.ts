/**
 * The pane's "Impor Survei IKM" section: pick an export, see the column mapping and the
 * refused rows, then append the good rows. The import itself (reader, mapping, Office.js
 * writes) is its own chunk, loaded when the user first checks a file.
 */
import type { ExcelRunner } from "../excel/host";
import type { StatusMessage } from "./messages";
import type { StatusPlace } from "./form-view";
import type { SurveyPlan } from "./impor-survei";
import { byId } from "./form-view";

type Exclusive = (
  place: StatusPlace,
  label: string,
  action: (onProgress: (text: string) => void) => Promise<StatusMessage>,
) => Promise<void>;

/** How many refused rows the status lists; the rest are counted. */
const MAX_REFUSED_SHOWN = 20;

let plan: SurveyPlan | null = null;
let planned: File | null = null;

function writeButton(): HTMLButtonElement {
  return byId<HTMLButtonElement>("btn-impor-tulis");
}

/** The plan waiting for "Tambahkan": forgotten when another file is picked. */
function setPlan(p: SurveyPlan | null): void {
  plan = p;
  const button = writeButton();
  button.hidden = p === null || p.imp.rows.length === 0;
  button.textContent = p ? `Tambahkan ${p.imp.rows.length} baris` : "Tambahkan";
}

/** The preview of a plan: mapping as items, refused rows as warnings (amber, not a failure). */
export function describePlan(file: string, p: SurveyPlan): StatusMessage {
  const n = p.imp.rows.length;
  const refused = p.preview.filter((l) => l.startsWith("Baris "));
  const mapping = p.preview.filter((l) => !l.startsWith("Baris "));
  const shown = refused.slice(0, MAX_REFUSED_SHOWN);
  if (refused.length > shown.length) shown.push(`… dan ${refused.length - shown.length} masalah lain.`);
  const rejected = p.imp.rejected > 0 ? ` ${p.imp.rejected} baris ditolak (lihat daftar).` : "";
  const text =
    n === 0
      ? `${file}: tidak ada baris yang dapat diimpor.${rejected}`
      : `${file}: ${n} baris siap ditambahkan ke ${p.sheet} mulai baris ${p.first}.${rejected} ` +
        `Periksa pemetaan kolom di bawah, lalu tekan "Tambahkan ${n} baris".`;
  return { tone: n === 0 ? "error" : "info", text, items: mapping, warnings: shown };
}

/** Wires the section's file input and two buttons. */
export function wireImportPanel(runner: () => ExcelRunner | null, exclusive: Exclusive): void {
  const input = byId<HTMLInputElement>("f-impor-file");
  input.addEventListener("change", () => setPlan(null));
  byId("btn-impor-cek").addEventListener("click", () => {
    const run = runner();
    const file = input.files?.[0];
    if (!run) return;
    void exclusive("impor", "Memeriksa berkas survei", async (onProgress) => {
      setPlan(null);
      if (!file) return { tone: "error", text: "Pilih dulu berkas ekspor survei (.csv atau .xlsx)." };
      onProgress("Memuat pembaca berkas survei…");
      const { planSurveyImport } = await import(/* webpackChunkName: "impor" */ "./impor-survei");
      onProgress(`Membaca ${file.name}…`);
      const p = await planSurveyImport(run, file);
      if ("error" in p) return { tone: "error", text: p.error };
      setPlan(p);
      planned = file;
      return describePlan(file.name, p);
    });
  });
  writeButton().addEventListener("click", () => {
    const run = runner();
    const p = plan;
    const file = planned;
    if (!run || !p || !file) return;
    void exclusive("impor", "Menambahkan baris survei", async () => {
      const { applySurveyImport, planSurveyImport } = await import(
        /* webpackChunkName: "impor" */ "./impor-survei"
      );
      // Planned again at the moment of writing: rows typed since the check move the first
      // free row down, and nothing the user typed may be overwritten.
      const fresh = await planSurveyImport(run, file);
      if ("error" in fresh) return { tone: "error", text: fresh.error };
      if (fresh.imp.rows.length !== p.imp.rows.length) {
        setPlan(null);
        return { tone: "error", text: `${file.name} berubah sejak diperiksa. Tekan "Periksa berkas" lagi.` };
      }
      const text = await applySurveyImport(run, fresh);
      setPlan(null);
      input.value = "";
      return { tone: text.startsWith("Diimpor") ? "ok" : "error", text };
    });
  });
}
