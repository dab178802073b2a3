/** Short names of touchpoints for the calendar and the .ics export, in the UI language. */
import type { TFunction } from 'i18next'
import { parseCoopQuarterKey, parseCoopYearKey } from '@shared/cadence'
import type { Touchpoint } from '@shared/schemas'

/**
 * "Monday mail", "Quarterly review Q2", "Annual review, year 1" … (`t` of the meetings
 * namespace); `compact` ("Q2 review", "Annual review") leaves room for the client in a month cell.
 */
export function touchpointShortLabel(
  t: TFunction<'meetings'>,
  touchpoint: Pick<Touchpoint, 'kind' | 'periodKey'>,
  compact = false,
): string {
  if (touchpoint.kind === 'quarterly-review') {
    const quarter = parseCoopQuarterKey(touchpoint.periodKey)
    if (quarter)
      return t(compact ? 'touchpoint.quarterlyShort' : 'touchpoint.quarterly', { quarter: quarter.quarter })
  }
  if (touchpoint.kind === 'annual-review' && !compact) {
    const year = parseCoopYearKey(touchpoint.periodKey)
    if (year !== null) return t('touchpoint.annual', { year })
  }
  return t(`touchpoint.kinds.${touchpoint.kind}`)
}
