/**
 * Menghitung capaian sementara.
 * @customfunction PLACEHOLDER
 * @param x angka
 * @returns angka
 */
export function placeholder(x: number): number {
  return x;
}
