/**
 * The reply clock (seed 003): every inbound client communication gets a reply within the SLA's
 * target (default 3) and at the latest its limit (default 6) business hours, counted in the
 * client's time zone. Pure functions: every one takes `now` as an argument where it matters.
 */
import type { ClientInput } from '../schemas/client'
import type { SettingsInput } from '../schemas/settings'
import type { BusinessCalendar } from './calendar'

export { BusinessCalendarError, checkBusinessCalendar, type BusinessCalendar } from './calendar'
export { addBusinessMinutes, businessMinutesBetween } from './clock'
export { slaStatus, type SlaCommunication, type SlaPolicy, type SlaState, type SlaStatus } from './status'
export {
  monthlyCompliance,
  type ComplianceCounts,
  type ComplianceItem,
  type ComplianceRow,
  type MonthlyCompliance,
} from './compliance'
export { businessHoursLabel } from './label'

/** The business calendar of a client: the agency's hours, workdays and holidays in the client's zone. */
export function businessCalendarFor(
  settings: Pick<SettingsInput, 'businessHours' | 'workdays' | 'holidays'>,
  client: Pick<ClientInput, 'timezone'>,
): BusinessCalendar {
  return {
    timezone: client.timezone,
    start: settings.businessHours.start,
    end: settings.businessHours.end,
    workdays: [...new Set(settings.workdays)].sort((a, b) => a - b),
    holidays: [...settings.holidays],
  }
}
