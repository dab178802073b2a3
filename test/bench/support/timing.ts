/** Timing helpers for benchmarks: wall-clock time of a step, medians, ratio tables. No assertions. */

/** Runs `step` and returns its wall-clock milliseconds (and what it returned). */
export async function timed<T>(step: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now()
  const value = await step()
  return { ms: performance.now() - start, value }
}

/** Runs `step` `times` times (after `warmup` unmeasured runs) and returns every time in ms. */
export async function repeat(
  times: number,
  step: (run: number) => Promise<unknown>,
  warmup = 0,
): Promise<number[]> {
  for (let run = 0; run < warmup; run++) await step(-1 - run)
  const samples: number[] = []
  for (let run = 0; run < times; run++) samples.push((await timed(() => step(run))).ms)
  return samples
}

/** The median of the samples (the mean of the middle two for an even count). */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) return Number.NaN
  const sorted = [...samples].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

/** Milliseconds for a table: whole ms from 10 ms up, one decimal below. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '—'
  return ms >= 10 ? `${Math.round(ms).toLocaleString('en-GB')} ms` : `${ms.toFixed(1)} ms`
}

/** A ratio `a / b` as "12.3×" ("—" when it has no meaning). */
export function formatRatio(a: number, b: number): string {
  if (!Number.isFinite(a) || !Number.isFinite(b) || b <= 0) return '—'
  const ratio = a / b
  return `${ratio >= 10 ? ratio.toFixed(0) : ratio.toFixed(1)}×`
}

/** A GitHub-flavoured Markdown table. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`
  const align = header.map((_, i) => (i === 0 ? '---' : '---:'))
  return [line(header), line(align), ...rows.map(line)].join('\n')
}
