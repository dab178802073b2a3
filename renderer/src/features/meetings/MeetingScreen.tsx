/**
 * `/meetings/:meetingId`: one meeting's page — header (kind, clients, time, attendees), agenda,
 * autosaved notes, decisions, action items, recording link, and for reviews the period's
 * results and the review's answers and proposals. "Finish meeting" stamps it and closes the
 * rhythm's touchpoint it was held for.
 */
import { useState } from 'react'
import { Badge, Button, Center, Grid, Group, Stack, Text, Tooltip } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconArrowLeft, IconCheck, IconPencil } from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useParams } from 'react-router'
import { touchpointState } from '@shared/cadence'
import { formatDate, formatInstant } from '@shared/format'
import { isReviewKind, nearestReviewPeriod, reviewPeriodOfKey, type ReviewPeriod } from '@shared/reviews'
import type { Client, Meeting, Touchpoint } from '@shared/schemas'
import {
  clientsRepository,
  meetingsRepository,
  teamMembersRepository,
  touchpointsRepository,
} from '../../../db/repositories'
import type { Patch } from '../../../db/repository'
import { Page } from '../../components/Page'
import { Section } from '../../components/Section'
import { useLanguage } from '../../lib/useLanguage'
import { todayIso } from '../../lib/today'
import { ActionItems } from './ActionItems'
import { AutosaveTextarea } from './AutosaveTextarea'
import { KIND_COLORS } from './kinds'
import { touchpointShortLabel } from './labels'
import { ListEditor } from './ListEditor'
import { MeetingFormModal } from './MeetingFormModal'
import { agendaTopic } from './prepare'
import { RecordingLink } from './RecordingLink'
import { ReviewFields } from './ReviewFields'
import { ReviewResultsPanel } from './ReviewResultsPanel'
import { localDate } from './useCalendarData'
import './meetings.css'

/** The period a review meeting looks back on: its touchpoint's, or the one nearest its date. */
function periodOf(
  meeting: Meeting,
  client: Client | undefined,
  touchpoint: Touchpoint | undefined,
): ReviewPeriod | null {
  if (!client || !isReviewKind(meeting.kind)) return null
  try {
    if (touchpoint) {
      const period = reviewPeriodOfKey(touchpoint.kind, touchpoint.periodKey, client.cooperationStart)
      if (period) return period
    }
    return nearestReviewPeriod(meeting.kind, localDate(meeting.startsAt), client.cooperationStart)
  } catch {
    return null
  }
}

/** The meeting page. */
export function MeetingScreen() {
  const { t } = useTranslation('meetings')
  const { t: tApp } = useTranslation()
  const language = useLanguage()
  const navigate = useNavigate()
  const { meetingId = '' } = useParams()
  const [editing, setEditing] = useState(false)
  const [finishing, setFinishing] = useState(false)
  const data = useLiveQuery(async () => {
    const meeting = await meetingsRepository.get(meetingId)
    if (!meeting) return null
    const [clients, team, touchpoint] = await Promise.all([
      Promise.all(meeting.clientIds.map((id) => clientsRepository.get(id))),
      teamMembersRepository.list(),
      meeting.touchpointId ? touchpointsRepository.get(meeting.touchpointId) : Promise.resolve(undefined),
    ])
    return {
      meeting,
      clients: clients.filter((client): client is Client => client !== undefined),
      names: new Map(team.map((member) => [member.id, member.name])),
      touchpoint,
    }
  }, [meetingId])

  if (data === undefined) return null
  if (data === null)
    return (
      <Center h="100%">
        <Text c="dimmed" data-testid="meeting-not-found">
          {t('page.notFound')}
        </Text>
      </Center>
    )

  const { meeting, clients, names, touchpoint } = data
  const client = clients[0]
  const period = periodOf(meeting, client, touchpoint)
  const aim = period?.aim ?? (touchpoint ? agendaTopic(touchpoint) : null)
  const save = (patch: Patch<Meeting>) => meetingsRepository.update(meeting.id, patch)
  const back = () => {
    // Back to where the PM came from (the calendar keeps its month); a fresh window goes to Meetings.
    const state = window.history.state as { idx?: unknown } | null
    if (typeof state?.idx === 'number' && state.idx > 0) void navigate(-1)
    else void navigate('/meetings')
  }
  const finish = async () => {
    setFinishing(true)
    try {
      await meetingsRepository.finish(meeting.id)
      notifications.show({
        color: 'teal',
        message: touchpoint
          ? t('page.finishedWithTouchpoint', { touchpoint: touchpointShortLabel(t, touchpoint) })
          : t('page.finishedNote'),
      })
    } catch (error) {
      notifications.show({
        color: 'red',
        message: t('page.finishFailed', { message: error instanceof Error ? error.message : String(error) }),
      })
    } finally {
      setFinishing(false)
    }
  }

  const clientLinks = clients.length ? (
    <Group gap={4} component="span" wrap="nowrap">
      {clients.map((c, index) => (
        <Text key={c.id} component={Link} to={`/clients/${c.id}`} size="sm" c="dimmed" td="none" truncate>
          {c.name}
          {index < clients.length - 1 ? ',' : ''}
        </Text>
      ))}
    </Group>
  ) : null

  return (
    <Page
      testId="meeting-screen"
      title={
        <Group gap={10} wrap="nowrap">
          <Button
            variant="subtle"
            color="gray"
            size="compact-xs"
            px={4}
            onClick={back}
            aria-label={t('page.back')}
          >
            <IconArrowLeft size={14} />
          </Button>
          <span data-testid="meeting-title">{meeting.title}</span>
        </Group>
      }
      subtitle={
        <Group gap={8} component="span" wrap="nowrap">
          <Badge color={KIND_COLORS[meeting.kind]} data-testid="meeting-kind" data-kind={meeting.kind}>
            {tApp(`meetingKinds.${meeting.kind}`)}
          </Badge>
          {clients.length > 1 ? (
            <Text size="sm" c="dimmed">
              {t('calendar.clients', { count: clients.length })}
            </Text>
          ) : (
            clientLinks
          )}
        </Group>
      }
      actions={
        <>
          <Button
            variant="default"
            leftSection={<IconPencil size={14} />}
            onClick={() => setEditing(true)}
            data-testid="edit-meeting"
          >
            {t('page.edit')}
          </Button>
          {meeting.finishedAt ? (
            <Tooltip label={formatInstant(meeting.finishedAt, language)}>
              <Badge
                color="teal"
                size="lg"
                leftSection={<IconCheck size={12} />}
                data-testid="meeting-finished"
              >
                {t('page.finished')}
              </Badge>
            </Tooltip>
          ) : (
            <Button
              color="teal"
              leftSection={<IconCheck size={14} />}
              onClick={() => void finish()}
              loading={finishing}
              data-testid="finish-meeting"
            >
              {t('page.finish')}
            </Button>
          )}
        </>
      }
    >
      <Stack gap="md" p="lg" maw={1360}>
        <Group gap="xl" wrap="wrap" align="flex-start" data-testid="meeting-facts">
          <Fact label={t('page.when')} value={formatInstant(meeting.startsAt, language)} />
          {clients.length > 1 ? (
            <Fact label={t('page.clients')} value={clients.map((c) => c.name).join(', ')} />
          ) : null}
          <Fact
            label={t('page.attendees')}
            value={meeting.attendeeIds.map((id) => names.get(id) ?? '?').join(', ') || '—'}
            testId="meeting-attendees"
          />
          {period ? (
            <Fact
              label={
                period.quarter
                  ? t('page.quarter', { quarter: period.quarter, year: period.year })
                  : t('page.year', { year: period.year })
              }
              value={`${formatDate(period.from, language)} – ${formatDate(period.to, language)}`}
            />
          ) : null}
          {touchpoint ? (
            <Fact
              label={t('page.touchpoint')}
              value={`${touchpointShortLabel(t, touchpoint)} · ${t(`calendar.state.${touchpointState(touchpoint, todayIso())}`)} · ${formatDate(touchpoint.dueDate, language)}`}
              testId="meeting-touchpoint"
              state={touchpoint.status}
            />
          ) : null}
          {aim ? <Fact label={t('page.aim')} value={t(`aims.${aim}`)} testId="meeting-aim" /> : null}
        </Group>

        <Grid gap="md" align="flex-start">
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <Stack gap="md">
              <Section title={t('page.agenda')} testId="meeting-agenda">
                <ListEditor
                  items={meeting.agenda}
                  onChange={(change) => save((stored) => ({ agenda: change(stored.agenda) }))}
                  addPlaceholder={t('page.addAgenda')}
                  empty={t('page.noAgenda')}
                  numbered
                  testId="agenda"
                />
              </Section>
              {period && client ? (
                <Section
                  title={
                    period.quarter
                      ? t('results.titleQuarter', { quarter: period.quarter })
                      : t('results.titleYear', { year: period.year })
                  }
                >
                  <ReviewResultsPanel client={client} period={period} />
                </Section>
              ) : null}
              <Section title={t('page.notes')} testId="meeting-notes">
                <AutosaveTextarea
                  key={meeting.id}
                  value={meeting.notes}
                  onSave={(notes) => save({ notes })}
                  placeholder={t('page.notesPlaceholder')}
                  minRows={8}
                  testId="meeting-notes-text"
                />
              </Section>
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <Stack gap="md">
              {meeting.review || isReviewKind(meeting.kind) ? (
                <Section title={t('review.title')} testId="meeting-review">
                  <ReviewFields meeting={meeting} aim={aim === 'onboarding-workshop' ? null : aim} />
                </Section>
              ) : null}
              <Section title={t('page.decisions')} testId="meeting-decisions">
                <ListEditor
                  items={meeting.decisions}
                  onChange={(change) => save((stored) => ({ decisions: change(stored.decisions) }))}
                  addPlaceholder={t('page.addDecision')}
                  empty={t('page.noDecisions')}
                  testId="decisions"
                />
              </Section>
              <Section title={t('page.actionItems')} testId="meeting-action-items">
                <ActionItems meeting={meeting} clients={clients} />
              </Section>
              <Section title={t('recording.title')} testId="meeting-recording">
                <RecordingLink
                  key={meeting.id}
                  value={meeting.recordingUrl}
                  onSave={(recordingUrl) => save({ recordingUrl })}
                />
              </Section>
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
      <MeetingFormModal target={editing ? { meeting } : null} onClose={() => setEditing(false)} />
    </Page>
  )
}

function Fact({
  label,
  value,
  testId,
  state,
}: {
  label: string
  value: string
  testId?: string
  state?: string
}) {
  return (
    <div data-testid={testId} data-state={state}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500} className="tabular">
        {value}
      </Text>
    </div>
  )
}
