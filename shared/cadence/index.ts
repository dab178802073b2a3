/**
 * The cadence engine (PRODUCT.md "The rhythm", "The cadence engine"; seed 002): the week, month,
 * quarter and year of client service as touchpoints with due dates. Pure functions on calendar
 * dates: dates are passed in, nothing reads the clock, and the host's time zone plays no part.
 */
export {
  ANNUAL_REVIEW_DAYS_BEFORE,
  CadenceInputError,
  compareTouchpoints,
  generateTouchpoints,
  ONBOARDING_CHECKLIST_DAYS,
  ONBOARDING_WORKSHOP_DAYS,
  PUBLISHING_SCHEDULE_BUSINESS_DAYS,
  type CadenceClient,
  type CadenceSettings,
  type GenerateTouchpointsInput,
} from './generate'
export {
  mergeTouchpoints,
  touchpointIdentity,
  type MergeRange,
  type StoredTouchpoint,
  type TouchpointDueUpdate,
  type TouchpointMerge,
} from './merge'
export { calendarDateIn, touchpointState, type TouchpointState } from './state'
export {
  coopQuarterKey,
  coopYearKey,
  parseCoopQuarterKey,
  parseCoopYearKey,
  QUARTER_AIMS,
  quarterAim,
  type CoopQuarter,
  type QuarterAim,
} from './periods'
