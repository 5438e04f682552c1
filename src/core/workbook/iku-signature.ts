/**
 * The IKU sheet's signature block: where a page break keeps it with the last table row, and
 * the formula that prints its date from the Profil sheet.
 */
import { BULAN, pageRowsHeight, type SheetDraft } from "./sheet-kit";

/**
 * Where a manual page break keeps the signature block with the last table row, or null when
 * none is needed. Without it a long table (Sumbersuko) prints the signature alone on a page
 * under the repeated header. Row heights are estimates, so the test is cautious: unless the
 * last row and the signature fit with 8 % to spare on the page where the last row starts, or
 * the last row is 8 % too tall to fit there anyway, that row starts a new page (under the
 * repeated header) and the signature follows it.
 */
export function signatureBreak(
  s: SheetDraft,
  headerRow: number,
  lastTableRow: number,
  lastRow: number,
): number | null {
  const capacity = pageRowsHeight(s.columnWidths, "landscape");
  const height = (r: number): number => s.rowHeights[r] ?? 15;
  const header = height(headerRow);
  let used = 0;
  for (let r = 1; r < lastTableRow; r++) {
    // A row that does not fit starts the next page, under the repeated header.
    if (used + height(r) > capacity) used = header;
    used += height(r);
  }
  let tail = 0;
  for (let r = lastTableRow; r <= lastRow; r++) tail += height(r);
  if (used + tail <= capacity * 0.92) return null;
  // The last row surely starts the next page by itself (Randuagung): the signature follows it.
  if (used + height(lastTableRow) > capacity * 1.08) return null;
  // The last row alone with the signature must fit a page, or a break would not help.
  return header + tail <= capacity && lastTableRow > headerRow + 1 ? lastTableRow : null;
}

/** What the signature shows for a signing date not filled in yet: a line to write it on. */
export const TANGGAL_KOSONG = "....................";

/**
 * "31 Januari 2025" from a Profil date cell, in any Excel language (no TEXT() month names); a
 * date typed as text is shown as it is; an empty cell (which a formula would read as 0) as
 * TANGGAL_KOSONG.
 */
export function tanggalFormula(ref: string): string {
  const bulan = BULAN.map((b) => `"${b}"`).join(",");
  return (
    `IF(ISNUMBER(${ref}),DAY(${ref})&" "&CHOOSE(MONTH(${ref}),${bulan})&" "&YEAR(${ref}),` +
    `IF(TRIM(${ref})="","${TANGGAL_KOSONG}",${ref}))`
  );
}
