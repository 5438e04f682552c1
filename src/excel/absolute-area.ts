/** Fully absolute A1 ranges, the form Excel itself stores print areas in (issue 8). */

/** "A1:G4" (with or without `$`) → "$A$1:$G$4"; a text that is not a plain range stays as is. */
export function absoluteArea(a1: string): string {
  const plain = a1.replace(/\$/g, "");
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(plain);
  if (!m) return a1;
  const first = `$${m[1].toUpperCase()}$${m[2]}`;
  return m[3] === undefined ? first : `${first}:$${m[3].toUpperCase()}$${m[4]}`;
}
