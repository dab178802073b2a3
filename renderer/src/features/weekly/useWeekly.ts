/**
 * The weekly's data for its screens: the meeting, its clients in weekly order, the team, and each
 * card's prefill — live, so a task ticked off or a campaign moved while the card is open shows
 * up in the draft. Card text is formatted here in the UI language of whoever is looking.
 */
import { useEffect, useMemo, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { formatDate } from '@shared/format'
import type { Client, Meeting, TeamMember } from '@shared/schemas'
import { weeklyClients, type WeeklyPrefill } from '@shared/weekly'
import { clientsRepository, teamMembersRepository, weekliesRepository } from '../../../db/repositories'
import { useLanguage } from '../../lib/useLanguage'
import { todayIso } from '../../lib/today'
import { formatCardPrefill, type CardText } from './format-card'

/** Everything the weekly's screens show. */
export type WeeklyData = {
  meeting: Meeting
  /** The weekly's clients, active first, then light. */
  clients: Client[]
  members: TeamMember[]
  memberName: (memberId: string) => string | undefined
  /** The previous weekly's start, or null for the first weekly. */
  since: string | null
  /** Where the cards' "since the last weekly" starts (a week back for the first weekly). */
  windowStart: string
  prefills: Map<string, WeeklyPrefill>
  /** The prefill as card text in the UI language. */
  drafts: Map<string, CardText>
}

/** Opens (creating when needed) this week's weekly; returns its id, or the error that stopped it. */
export function useOpenWeek(): { meetingId: string | null; error: string | null } {
  const { t } = useTranslation('weekly')
  const language = useLanguage()
  const today = todayIso()
  const [state, setState] = useState<{ meetingId: string | null; error: string | null }>({
    meetingId: null,
    error: null,
  })
  useEffect(() => {
    let cancelled = false
    weekliesRepository
      .openWeek({
        today,
        titleFor: (date) => t('meetingTitle', { date: formatDate(date, language) }),
        agenda: [t('agenda.cards'), t('agenda.loop'), t('agenda.parked'), t('agenda.showAndTell')],
      })
      .then(
        (meeting) => !cancelled && setState({ meetingId: meeting.id, error: null }),
        (error: unknown) =>
          !cancelled &&
          setState({ meetingId: null, error: error instanceof Error ? error.message : String(error) }),
      )
    return () => {
      cancelled = true
    }
    // The title and agenda are written once, in the language of whoever opens the week first.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [today])
  return state
}

/** The weekly's live data; undefined while loading, null when there is no such weekly. */
export function useWeeklyData(meetingId: string | null | undefined): WeeklyData | null | undefined {
  const { t } = useTranslation('weekly')
  const language = useLanguage()
  const raw = useLiveQuery(async () => {
    if (!meetingId) return undefined
    const meeting = await weekliesRepository.get(meetingId)
    if (!meeting) return null
    const [clients, members, prefills] = await Promise.all([
      clientsRepository.list(),
      teamMembersRepository.listSorted({ locale: language }),
      // "Now" is read on every run, so work done since the screen opened still counts.
      weekliesRepository.prefills(meeting, new Date().toISOString(), todayIso()),
    ])
    const onWeekly = new Set(meeting.clientIds)
    return {
      meeting,
      clients: weeklyClients(
        clients.filter((client) => onWeekly.has(client.id)),
        language,
      ),
      members,
      since: prefills.since,
      prefills: prefills.byClient,
    }
  }, [meetingId, language])

  return useMemo(() => {
    if (!raw) return raw
    const names = new Map(raw.members.map((member) => [member.id, member.name]))
    const memberName = (memberId: string) => names.get(memberId)
    const drafts = new Map(
      [...raw.prefills].map(([clientId, prefill]) => [
        clientId,
        formatCardPrefill(prefill, { t, language, memberName }),
      ]),
    )
    const firstPrefill = [...raw.prefills.values()][0]
    const windowStart =
      raw.since ??
      firstPrefill?.since ??
      new Date(Date.parse(raw.meeting.startsAt) - 7 * 86_400_000).toISOString()
    return { ...raw, memberName, drafts, windowStart }
  }, [raw, t, language])
}
