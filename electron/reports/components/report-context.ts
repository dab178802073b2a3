/** The rendering context and cover of a report input. */
import type { ReportInput } from '@shared/reports/report-input'
import { instantDate } from '../format'
import { reportT } from '../i18n'
import { readableAccent } from '../theme'
import type { ReportContext } from './context'

/** The context the sections of `input` render with. */
export function contextOf(input: ReportInput, currency: string): ReportContext {
  return {
    language: input.language,
    t: reportT(input.language),
    currency,
    accent: readableAccent(input.agency.color),
    timezone: input.timezone,
  }
}

/** "Data verified on <date>", or null when the period is not verified. */
export function verifiedLine(input: ReportInput, ctx: ReportContext): string | null {
  return input.verifiedAt
    ? ctx.t('verified.on', { date: instantDate(input.verifiedAt, input.timezone, input.language) })
    : null
}
