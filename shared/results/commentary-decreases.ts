/**
 * The commentary's explained decreases and the checker's findings, side by side. A decrease row
 * names its metric by key (`conversions`, a custom KPI's id) or, as people type it, by a custom
 * KPI's name, in any case — the same matching the checker's explanation rule uses
 * (checks-trends.ts).
 */
import type { Finding } from './findings'
import type { MetricDefinition } from './metrics'

/** What a decrease row names. */
export type DecreaseRow = { metric: string; cause: string; fix: string }

function normalise(text: string): string {
  return text.trim().toLowerCase()
}

/** The metric a decrease row names, or null when it names none of the client's metrics. */
export function metricOfDecrease(
  metric: string,
  definitions: readonly MetricDefinition[],
): MetricDefinition | null {
  const name = normalise(metric)
  if (name === '') return null
  return (
    definitions.find((d) => normalise(d.key) === name) ??
    definitions.find((d) => d.label !== null && normalise(d.label) === name) ??
    null
  )
}

/** Whether a row explains the decrease: both the cause and the proposed fix are written. */
export function isExplained(row: Pick<DecreaseRow, 'cause' | 'fix'>): boolean {
  return row.cause.trim() !== '' && row.fix.trim() !== ''
}

/**
 * The metric keys of unexplained-decrease findings that have no row yet, in the findings'
 * order, each once: the rows the editor adds, empty, for the PM to explain.
 */
export function decreasesToPrefill(
  findings: readonly Finding[],
  rows: readonly Pick<DecreaseRow, 'metric'>[],
  definitions: readonly MetricDefinition[],
): string[] {
  const covered = new Set(
    rows.flatMap((row) => {
      const definition = metricOfDecrease(row.metric, definitions)
      return definition ? [definition.key] : []
    }),
  )
  const keys: string[] = []
  for (const finding of findings) {
    if (finding.kind !== 'unexplained-decrease' || finding.metric === null) continue
    if (covered.has(finding.metric) || keys.includes(finding.metric)) continue
    keys.push(finding.metric)
  }
  return keys
}
