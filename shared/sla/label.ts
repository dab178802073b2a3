/** A short human-readable label of a business calendar's hours, for settings and tooltips. */
import type { BusinessCalendar } from './calendar'
import { cachedDateTimeFormat } from '../intl'

/** 2024-01-01 was a Monday: ISO weekday n is 2024-01-0n in UTC. */
function weekdayName(isoDay: number, format: Intl.DateTimeFormat): string {
  return format.format(new Date(Date.UTC(2024, 0, isoDay)))
}

/**
 * The calendar's hours such as `Mon–Fri 09:00–17:00 (Europe/Helsinki)`, weekday names in
 * `locale`; consecutive workdays collapse into a range, other days are listed with commas.
 * With no workdays the weekday part is left out (checkBusinessCalendar names that problem).
 */
export function businessHoursLabel(calendar: BusinessCalendar, locale = 'en'): string {
  const format = cachedDateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' })
  const days = [...new Set(calendar.workdays)].filter((d) => d >= 1 && d <= 7).sort((a, b) => a - b)
  const runs: number[][] = []
  for (const day of days) {
    const run = runs.at(-1)
    if (run !== undefined && run.at(-1) === day - 1) run.push(day)
    else runs.push([day])
  }
  const dayText = runs
    .map((run) => {
      const first = run[0] ?? 0
      const last = run.at(-1) ?? first
      return run.length === 1
        ? weekdayName(first, format)
        : `${weekdayName(first, format)}–${weekdayName(last, format)}`
    })
    .join(', ')
  const hours = `${calendar.start}–${calendar.end} (${calendar.timezone})`
  return dayText === '' ? hours : `${dayText} ${hours}`
}
