/**
 * A review or workshop meeting prepared from its touchpoint: the cooperation quarter's aim as
 * concrete agenda items in the PM's language (seed 002), the client, its owner as attendee, and
 * an empty review to fill in during the meeting. It starts on the due date at 10:00 local time.
 */
import type { TFunction } from 'i18next'
import { parseCoopQuarterKey, parseCoopYearKey, quarterAim } from '@shared/cadence'
import { AGENDA_ITEMS, type AgendaTopic } from '@shared/reviews'
import type { Client, Meeting, Touchpoint } from '@shared/schemas'
import { EMPTY_REVIEW } from '../../../db/repositories/meetings'
import type { NewRecord } from '../../../db/repository'

/** The hour a prepared meeting is put at on its due date. */
const PREPARED_HOUR = '10:00'

/** The agenda topic of a touchpoint: its quarter's aim, the year end, or the workshop. */
export function agendaTopic(touchpoint: Pick<Touchpoint, 'kind' | 'periodKey'>): AgendaTopic | null {
  if (touchpoint.kind === 'onboarding-workshop') return 'onboarding-workshop'
  if (touchpoint.kind === 'annual-review') return 'q4-year-to-year'
  if (touchpoint.kind === 'quarterly-review') return quarterAim(touchpoint.periodKey)
  return null
}

/** The agenda of a topic in the UI language (`t` of the meetings namespace). */
export function agendaOf(t: TFunction<'meetings'>, topic: AgendaTopic): string[] {
  return AGENDA_ITEMS[topic].map((item) => t(`agenda.${topic}.${item}`))
}

/** Builds the prepared meeting of a touchpoint, for `meetingsRepository.createForTouchpoint`. */
export function prepareMeeting(t: TFunction<'meetings'>) {
  return (touchpoint: Touchpoint, client: Client | undefined): NewRecord<Meeting> => {
    const topic = agendaTopic(touchpoint)
    const clientName = client?.name ?? ''
    const quarter = parseCoopQuarterKey(touchpoint.periodKey)
    const year = parseCoopYearKey(touchpoint.periodKey)
    const kind: Meeting['kind'] =
      touchpoint.kind === 'annual-review' || touchpoint.kind === 'onboarding-workshop'
        ? touchpoint.kind
        : 'quarterly-review'
    const title =
      kind === 'quarterly-review' && quarter
        ? t('prepare.titles.quarterly', { quarter: quarter.quarter, year: quarter.year, client: clientName })
        : kind === 'annual-review'
          ? t('prepare.titles.annual', { year: year ?? 1, client: clientName })
          : t('prepare.titles.workshop', { client: clientName })
    return {
      kind,
      title,
      startsAt: new Date(`${touchpoint.dueDate}T${PREPARED_HOUR}`).toISOString(),
      clientIds: client ? [client.id] : [],
      attendeeIds: client?.ownerId ? [client.ownerId] : [],
      agenda: topic ? agendaOf(t, topic) : [],
      notes: '',
      decisions: [],
      recordingUrl: '',
      weeklyCards: [],
      parkedTopics: [],
      showAndTell: '',
      touchpointId: touchpoint.id,
      finishedAt: null,
      review: kind === 'onboarding-workshop' ? null : EMPTY_REVIEW,
    }
  }
}
