/**
 * The editor's side panel: whom the mail is for, in which language, and what the draft was
 * written from — the weekly's client summary on Friday, the overdue items on Monday — so the PM
 * knows what to check before sending.
 */
import type { ReactNode } from 'react'
import { Anchor, Badge, Blockquote, Group, Stack, Text, ThemeIcon } from '@mantine/core'
import { IconAlertTriangle, IconCheck, IconInfoCircle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { touchpointState } from '@shared/cadence'
import { formatDate, INTL_LOCALE } from '@shared/format'
import type { WeeklySummaryPick } from '@shared/mails/outbox'
import type { Client, Task, Touchpoint } from '@shared/schemas'
import { ClientMark } from '../../components/ClientMark'
import { Section } from '../../components/Section'
import { useLanguage } from '../../lib/useLanguage'
import { cachedDisplayNames } from '@shared/intl'

/** How many overdue items the panel lists before "and N more". */
const OVERDUE_SHOWN = 6

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Group justify="space-between" gap="xs" wrap="nowrap">
      <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {label}
      </Text>
      <div style={{ minWidth: 0, textAlign: 'right' }}>{children}</div>
    </Group>
  )
}

/** Whom, when and in which language. */
export function MailFacts({
  client,
  touchpoint,
  today,
}: {
  client: Client
  touchpoint: Touchpoint
  today: string
}) {
  const { t } = useTranslation('outbox')
  const language = useLanguage()
  const state = touchpointState(touchpoint, today)
  const languageName = cachedDisplayNames([INTL_LOCALE[language]], { type: 'language' }).of(client.language)
  return (
    <Section title={t('facts.title')} testId="mail-facts">
      <Stack gap={8}>
        <Row label={t('facts.client')}>
          <Anchor component={Link} to={`/clients/${client.id}`} size="sm" underline="hover" c="inherit">
            <Group gap={6} wrap="nowrap" component="span" style={{ display: 'inline-flex' }}>
              <ClientMark client={client} size={18} />
              <Text span size="sm" fw={500} truncate>
                {client.name}
              </Text>
            </Group>
          </Anchor>
        </Row>
        <Row label={t('facts.language')}>
          <Text size="sm" data-testid="mail-language">
            {languageName ?? client.language}
          </Text>
        </Row>
        <Row label={t('facts.due')}>
          <Group gap={6} wrap="nowrap" justify="flex-end">
            {state === 'overdue' || state === 'due-today' ? (
              <Badge size="sm" color={state === 'overdue' ? 'red' : 'indigo'}>
                {t(`state.${state}`)}
              </Badge>
            ) : null}
            <Text size="sm" className="tabular">
              {formatDate(touchpoint.dueDate, language)}
            </Text>
          </Group>
        </Row>
      </Stack>
      <Text size="xs" c="dimmed" mt="sm">
        {t('facts.languageNote')}
      </Text>
    </Section>
  )
}

/** Where the Friday mail's summary comes from, and what to do when there is none yet. */
export function SummarySource({ pick, client }: { pick: WeeklySummaryPick; client: Client }) {
  const { t } = useTranslation('outbox')
  const language = useLanguage()
  const line = (icon: ReactNode, text: ReactNode, action?: ReactNode) => (
    <Group gap={8} wrap="nowrap" align="flex-start">
      {icon}
      <div style={{ minWidth: 0 }}>
        <Text size="sm">{text}</Text>
        {action}
      </div>
    </Group>
  )
  const icon = (color: string, glyph: ReactNode) => (
    <ThemeIcon size={20} radius="xl" variant="light" color={color} style={{ flexShrink: 0 }}>
      {glyph}
    </ThemeIcon>
  )
  return (
    <Section title={t('summary.title')} testId="mail-summary-source">
      {pick.kind === 'summary' ? (
        <Stack gap="xs">
          {line(
            icon('teal', <IconCheck size={12} />),
            t('summary.found', { date: formatDate(pick.heldOn, language) }),
          )}
          <Blockquote p="xs" pl="sm" radius="sm" color="gray" fz="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {pick.summary}
          </Blockquote>
        </Stack>
      ) : pick.kind === 'not-distilled' ? (
        line(
          icon('orange', <IconAlertTriangle size={12} />),
          t('summary.notDistilled', { date: formatDate(pick.heldOn, language), client: client.name }),
          <Anchor component={Link} to={`/weekly/${pick.meetingId}/summaries`} size="sm">
            {t('summary.distil')}
          </Anchor>,
        )
      ) : (
        line(
          icon('gray', <IconInfoCircle size={12} />),
          t('summary.none'),
          <Anchor component={Link} to="/weekly" size="sm">
            {t('summary.openWeekly')}
          </Anchor>,
        )
      )}
    </Section>
  )
}

/** The Monday mail's overdue items, as the draft reminds of them. */
export function OverdueSource({
  tasks,
  clientId,
  draftDay,
  today,
}: {
  tasks: readonly Task[]
  clientId: string
  /** The day the mail is written for; items are overdue as of then. */
  draftDay: string
  today: string
}) {
  const { t } = useTranslation('outbox')
  const language = useLanguage()
  const overdue = tasks
    .filter(
      (task) =>
        task.clientId === clientId &&
        task.status !== 'done' &&
        task.deadline !== null &&
        task.deadline < draftDay,
    )
    .sort((a, b) => (a.deadline ?? '').localeCompare(b.deadline ?? ''))
  return (
    <Section
      title={`${draftDay > today ? t('overdue.titleOn', { date: formatDate(draftDay, language) }) : t('overdue.title')} · ${overdue.length}`}
      right={
        <Anchor component={Link} to={`/clients/${clientId}/tasks`} size="xs">
          {t('overdue.openTasks')}
        </Anchor>
      }
      testId="mail-overdue-source"
    >
      {overdue.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('overdue.none')}
        </Text>
      ) : (
        <Stack gap={6}>
          {overdue.slice(0, OVERDUE_SHOWN).map((task) => (
            <Group key={task.id} justify="space-between" gap="xs" wrap="nowrap">
              <Text size="sm" truncate>
                {task.title}
                {task.status === 'blocked' ? (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    · {t('overdue.waiting')}
                  </Text>
                ) : null}
              </Text>
              <Text size="xs" c="red.7" className="tabular" style={{ whiteSpace: 'nowrap' }}>
                {formatDate(task.deadline ?? '', language)}
              </Text>
            </Group>
          ))}
          {overdue.length > OVERDUE_SHOWN ? (
            <Text size="xs" c="dimmed">
              {t('overdue.more', { count: overdue.length - OVERDUE_SHOWN })}
            </Text>
          ) : null}
        </Stack>
      )}
      <Text size="xs" c="dimmed" mt="sm">
        {t('overdue.planNote')}
      </Text>
    </Section>
  )
}
