/**
 * How meetings and touchpoints look and where they lead: one colour per meeting kind (the
 * calendar, the list and the meeting page agree), and the screen a touchpoint opens.
 */
import type { MantineColor } from '@mantine/core'
import type { MeetingKind, Touchpoint } from '@shared/schemas'

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

/** Touchpoints whose work is a meeting prepared from the rhythm. */
export const PREPARED_KINDS = new Set<Touchpoint['kind']>([
  'quarterly-review',
  'annual-review',
  'onboarding-workshop',
])

/**
 * Where a touchpoint leads: reviews and the workshop to their meeting (prepared on the way),
 * the agency's internal weekly to the weekly, everything else to its client.
 */
export function touchpointTarget(touchpoint: Pick<Touchpoint, 'id' | 'kind' | 'clientId'>): string {
  if (PREPARED_KINDS.has(touchpoint.kind)) return `/meetings/prepare/${touchpoint.id}`
  if (touchpoint.clientId === null) return '/weekly'
  return `/clients/${touchpoint.clientId}`
}
