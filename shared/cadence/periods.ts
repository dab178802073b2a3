/**
 * Period keys of touchpoints and the aims of the cooperation quarters (seed 002, PRODUCT.md
 * "Quarter").
 *
 * Policy: a touchpoint is identified by (clientId, kind, periodKey), so a key must name the
 * period the work is *about*, never the date it happens to fall on — a holiday added later moves
 * the due date but keeps the key, and regeneration updates the row instead of adding a twin:
 * - weekly kinds: the ISO week of the week they belong to, `2026-W47`;
 * - monthly-report: the month reported on (`2026-10` for the October report due in November);
 * - publishing-schedule: the month being scheduled (`2026-12` for the schedule due in November);
 * - quarterly-review: the cooperation quarter, `coop-Y1-Q2` (year and quarter 1–4 within it);
 * - annual-review, annual-report and the onboarding sequence: the cooperation year, `coop-Y1`.
 * The schema has no field for a quarter's aim, so it is derived from the key (`quarterAim`).
 */

/** The aim of each cooperation quarter, in order Q1…Q4 (seed 002). */
export const QUARTER_AIMS = [
  'q1-close-startup',
  'q2-non-standard-actions',
  'q3-control-next-year',
  'q4-year-to-year',
] as const
/** The aim of a cooperation quarter, the agenda of its review meeting. */
export type QuarterAim = (typeof QUARTER_AIMS)[number]

/** A cooperation quarter: the cooperation year (1-based) and the quarter 1–4 within it. */
export type CoopQuarter = { year: number; quarter: 1 | 2 | 3 | 4 }

const QUARTER_KEY_RE = /^coop-Y([1-9]\d*)-Q([1-4])$/
const YEAR_KEY_RE = /^coop-Y([1-9]\d*)$/

/** The key of a cooperation quarter, e.g. `coop-Y2-Q1`. */
export function coopQuarterKey(quarter: CoopQuarter): string {
  return `coop-Y${String(quarter.year)}-Q${String(quarter.quarter)}`
}

/** The key of a cooperation year, e.g. `coop-Y1`. */
export function coopYearKey(year: number): string {
  return `coop-Y${String(year)}`
}

/** The cooperation quarter of the `index`th quarter since the start (1-based: 5 → Y2 Q1). */
export function coopQuarterOfIndex(index: number): CoopQuarter {
  const quarter = (((index - 1) % 4) + 1) as CoopQuarter['quarter']
  return { year: Math.floor((index - 1) / 4) + 1, quarter }
}

/** The cooperation quarter a key such as `coop-Y1-Q2` names, or null for any other key. */
export function parseCoopQuarterKey(periodKey: string): CoopQuarter | null {
  const match = QUARTER_KEY_RE.exec(periodKey)
  if (!match) return null
  return { year: Number(match[1]), quarter: Number(match[2]) as CoopQuarter['quarter'] }
}

/** The cooperation year a key such as `coop-Y3` names, or null for any other key. */
export function parseCoopYearKey(periodKey: string): number | null {
  const match = YEAR_KEY_RE.exec(periodKey)
  return match ? Number(match[1]) : null
}

/** The aim of the cooperation quarter a period key names (`coop-Y2-Q3` → q3-…), or null. */
export function quarterAim(periodKey: string): QuarterAim | null {
  const parsed = parseCoopQuarterKey(periodKey)
  return parsed ? (QUARTER_AIMS[parsed.quarter - 1] ?? null) : null
}
