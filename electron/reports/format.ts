/**
 * Text of the reports' figures, periods and dates in the client's language. Values come formatted
 * by shared/results/metric-format.ts (the Results tab's rules: "—" for what is not measured, never
 * "0 %" for a change against nothing); this module adds the report's own labels.
 */
import { INTL_LOCALE, formatDate } from '@shared/format'
import { calendarDateIn } from '@shared/cadence/state'
import type { MetricDefinition } from '@shared/results/metrics'
import type { ReportMilestone } from '@shared/reports/report-input'
import type { Language } from '@shared/schemas'
import type { ReportT } from './i18n'
import { cachedDateTimeFormat } from '@shared/intl'

/** A metric's name: the client's own name of a custom KPI, else the translated standard name. */
export function metricLabel(definition: Pick<MetricDefinition, 'key' | 'label'>, t: ReportT): string {
  return definition.label ?? t(`metrics.${definition.key}`, { defaultValue: definition.key })
}

/** The first letter in upper case, as titles want it ("lokakuu 2026" → "Lokakuu 2026"). */
export function capitalize(text: string, language: Language): string {
  return text.charAt(0).toLocaleUpperCase(INTL_LOCALE[language]) + text.slice(1)
}

function monthDate(month: string): Date {
  const [year = 1970, index = 1] = month.split('-').map(Number)
  return new Date(Date.UTC(year, index - 1, 1))
}

/** A month written out ("October 2026", "lokakuu 2026", "październik 2026"). */
export function longMonth(month: string, language: Language): string {
  return cachedDateTimeFormat(INTL_LOCALE[language], {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(monthDate(month))
}

/** A month's short name for chart axes ("Oct", "loka", "paź", "окт"); the year goes on a line of its own. */
export function axisMonth(month: string, language: Language): string {
  const locale = INTL_LOCALE[language]
  const short = cachedDateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(monthDate(month))
  if (!/^\d+$/.test(short)) return short.replace(/\.$/, '')
  // Some locales (Bulgarian) have only numbers for short months: their usual abbreviation is the
  // first three letters of the name ("окт", "ное").
  return cachedDateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(monthDate(month)).slice(0, 3)
}

/** A calendar date in the language's medium style. */
export function date(day: string, language: Language): string {
  return formatDate(day, language)
}

/** A short date without the year ("12 Nov"), for schedules within a month. */
export function shortDate(day: string, language: Language): string {
  const [year = 1970, month = 1, dayOfMonth = 1] = day.split('-').map(Number)
  return cachedDateTimeFormat(INTL_LOCALE[language], {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, dayOfMonth)))
}

/** The calendar date an instant falls on for the client, written out. */
export function instantDate(instant: string, timezone: string, language: Language): string {
  return formatDate(calendarDateIn(instant, timezone), language)
}

/** A date range of two calendar dates. */
export function dateRange(from: string | null, to: string | null, language: Language): string {
  if (from && to) return `${date(from, language)} – ${date(to, language)}`
  if (from) return `${date(from, language)} –`
  if (to) return `– ${date(to, language)}`
  return '—'
}

/** A schedule point as the client reads it: its own label, or the kind of milestone when it has none. */
export function milestoneText(milestone: Pick<ReportMilestone, 'kind' | 'label'>, t: ReportT): string {
  return milestone.label !== '' ? milestone.label : t(`milestones.${milestone.kind}`)
}
