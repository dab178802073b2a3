/**
 * How meetings look: one colour per meeting kind, so the calendar, the list and the meeting page
 * agree. Where a touchpoint leads is `touchpointRoute` (features/rhythm), shared with Today.
 */
import type { MantineColor } from '@mantine/core'
import type { MeetingKind } from '@shared/schemas'

/** The colour of each meeting kind. */
export const KIND_COLORS: Record<MeetingKind, MantineColor> = {
  'internal-weekly': 'grape',
  'client-monday': 'blue',
  'client-friday': 'cyan',
  monthly: 'teal',
  'quarterly-review': 'orange',
  'annual-review': 'pink',
  'onboarding-workshop': 'lime',
  'ad-hoc': 'violet',
}

/** Kinds a PM logs with a client from the Meetings screen (the internal weekly has its own screen). */
export const CLIENT_MEETING_KINDS = [
  'ad-hoc',
  'client-monday',
  'client-friday',
  'monthly',
  'quarterly-review',
  'annual-review',
  'onboarding-workshop',
] as const satisfies readonly MeetingKind[]
