/**
 * When an autosave that failed on storage tries again. Policy: soon at first (a transaction that
 * aborted once usually goes through), then calmer, never giving up while the text is unsaved —
 * the PM is told, and can copy the text, but does not have to press anything.
 */

/** Waits before the 1st, 2nd, 3rd … retry; the last one repeats. */
export const AUTOSAVE_RETRY_DELAYS_MS = [1_000, 3_000, 10_000, 30_000] as const

/** The wait before retry number `attempt` (0-based). */
export function retryDelay(attempt: number): number {
  const calmest = 30_000
  const index = Math.min(Math.max(0, Math.floor(attempt)), AUTOSAVE_RETRY_DELAYS_MS.length - 1)
  return AUTOSAVE_RETRY_DELAYS_MS[index] ?? calmest
}
