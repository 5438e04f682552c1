/** Profiles and small Excel-shaped values the tests share. */
import { capaian, predikat } from "../../src/core/capaian";
import { dokDesaTanggal } from "../../src/core/dokdesa";
import { isIkuError } from "../../src/core/errors";
import type { RangeData } from "../../src/core/evaluate";
import { fasilitasi } from "../../src/core/fasilitasi";
import { ikm } from "../../src/core/ikm";
import { presetProfile } from "../../src/core/presets";
import type { Profile } from "../../src/core/profile";
import { lumajangProfile } from "../../src/core/wilayah";
import { daftarMeasureOf } from "../../src/core/workbook/data-sheets";
import { daftarKey } from "../../src/core/workbook/model";
import type { SampleData } from "./sample-data";

/** A preset profile ("randuagung-2025", "sumbersuko-2020"); throws on an unknown name. */
export function preset(name: string): Profile {
  const p = presetProfile(name);
  if (!p) throw new Error(`preset ${name} tidak ada`);
  return p;
}

/**
 * A preset, or a Lumajang kecamatan by name ("Senduro", with `tahun`) or as
 * "<kecamatan>-<tahun>" ("senduro-2025"); throws on a bad name.
 */
export function profileOf(name: string, tahun = 2025): Profile {
  const fromPreset = presetProfile(name);
  if (fromPreset) return fromPreset;
  const m = /^(.+)-(\d{4})$/.exec(name);
  const p = m ? lumajangProfile(m[1], Number(m[2])) : lumajangProfile(name, tahun);
  if (isIkuError(p)) throw new Error(p.message);
  return p;
}

/** A one-column RangeData at (top, left) of `sheet`. */
export function column(sheet: string, top: number, left: number, values: unknown[]): RangeData {
  return { sheet, top, left, values: values.map((v) => [v]) };
}

/**
 * Realisasi, capaian and predikat of every indicator computed straight from the data with
 * the core functions (not through evaluate.ts or a reader) — the independent expectation the
 * engine tests compare the recalculated sheets with.
 */
export function coreExpected(
  profile: Profile,
  data: SampleData,
): { realisasi: number; capaian: number | null; predikat: string | null }[] {
  return profile.indicators.map((ind) => {
    const r =
      ind.kind === "fasilitasi"
        ? fasilitasi(data.daftar[daftarKey(daftarMeasureOf(ind).lembar)] ?? data.fasilitasiStatus, null)
        : ind.kind === "dokdesa"
          ? dokDesaTanggal(profile.tahun, data.dokRkp, data.dokApb, data.dokLpp)
          : ikm(data.ikmJawaban, null);
    if (isIkuError(r)) throw new Error(r.message);
    if (ind.target === null) return { realisasi: r, capaian: null, predikat: null };
    const c = capaian(r, ind.target, ind.polaritas);
    if (isIkuError(c)) throw new Error(c.message);
    const p = predikat(c, null);
    if (isIkuError(p)) throw new Error(p.message);
    return { realisasi: r, capaian: c, predikat: p };
  });
}
