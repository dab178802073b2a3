/** iCalendar export of the rhythm (RFC 5545): pure text building and a small reader for checks. */
export {
  buildCalendar,
  escapeText,
  foldLine,
  icsDate,
  icsDateTime,
  icsNextDate,
  MAX_LINE_OCTETS,
  type AllDayEvent,
  type CalendarInput,
} from './calendar'
export {
  parseContentLine,
  parseEvents,
  unescapeText,
  unfold,
  type ContentLine,
  type ParsedEvent,
} from './parse'
export {
  ICS_EXPORT_DAYS,
  touchpointsCalendar,
  touchpointUid,
  upcomingTouchpoints,
  type TouchpointCalendarInput,
} from './touchpoints'
