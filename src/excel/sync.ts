/** One `context.sync()` whose failure reaches the user in Indonesian, with Excel's reason kept. */

/**
 * Runs `context.sync()`; a rejection becomes an Error whose message says in Indonesian what
 * was being done, followed by Excel's own message (e.g. a protected sheet).
 * @param step what this round trip does, e.g. "membaca isi buku kerja".
 */
export async function syncStep(context: Excel.RequestContext, step: string): Promise<void> {
  try {
    await context.sync();
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new Error(`Excel gagal ${step}: ${reason}`);
  }
}
