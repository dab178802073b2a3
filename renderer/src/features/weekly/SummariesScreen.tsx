/**
 * `/weekly/:meetingId/summaries`: after the weekly (seed 000 "Palaverin jälkeen") the account
 * manager distils each active client's card into a client-facing summary for next week's client
 * meeting and Friday mail. The draft is written in the client's language from the card's done
 * and next-week points and the month's budget; the PM edits it, and it is stored as the card's
 * `clientSummary`, where the Friday mail picks it up.
 */
import { useState } from 'react'
import { Alert, Anchor, Badge, Box, Button, Group, Loader, Paper, Stack, Text, Textarea } from '@mantine/core'
import { IconArrowLeft } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { INTL_LOCALE } from '@shared/format'
import type { Client, WeeklyCard } from '@shared/schemas'
import { distillClientSummary, hasCardContent, type WeeklyPrefill } from '@shared/weekly'
import { weekliesRepository } from '../../../db/repositories'
import { ClientMark } from '../../components/ClientMark'
import { Page } from '../../components/Page'
import { EmptyLine } from '../../components/Section'
import { i18n } from '../../lib/i18n'
import { useLanguage } from '../../lib/useLanguage'
import { SaveStatusText } from './CardBits'
import { formatClientSummary, type CardText } from './format-card'
import { useAutosave } from './useAutosave'
import { useWeeklyData } from './useWeekly'
import { cachedDisplayNames } from '@shared/intl'

/** The summaries screen. */
export function SummariesScreen() {
  const { t } = useTranslation('weekly')
  const { meetingId = '' } = useParams()
  const data = useWeeklyData(meetingId)
  const names = data?.members.map((member) => member.name) ?? []

  return (
    <Page
      title={t('summaries.title')}
      subtitle={data ? t('summaries.subtitle', { title: data.meeting.title }) : undefined}
      testId="summaries-screen"
      actions={
        <Button component={Link} to="/weekly" variant="default" leftSection={<IconArrowLeft size={14} />}>
          {t('summaries.backToWeekly')}
        </Button>
      }
    >
      <Box p="lg" maw={980}>
        {data === null ? (
          <Alert color="red" variant="light">
            {t('summaries.notFound')}
          </Alert>
        ) : !data ? (
          <Loader size="sm" />
        ) : (
          <Stack gap="md">
            {data.clients.filter((client) => client.activityLevel === 'active').length === 0 ? (
              <EmptyLine>{t('summaries.empty')}</EmptyLine>
            ) : null}
            {data.clients
              .filter((client) => client.activityLevel === 'active')
              .map((client) => (
                <SummaryEditor
                  key={`${data.meeting.id}:${client.id}`}
                  meetingId={data.meeting.id}
                  client={client}
                  card={data.meeting.weeklyCards.find((card) => card.clientId === client.id)}
                  draft={data.drafts.get(client.id)}
                  prefill={data.prefills.get(client.id)}
                  names={names}
                />
              ))}
          </Stack>
        )}
      </Box>
    </Page>
  )
}

/** The distilled summary in the client's language, from the card (or its draft when unfilled). */
function distilled(
  client: Client,
  card: WeeklyCard | undefined,
  draft: CardText | undefined,
  prefill: WeeklyPrefill | undefined,
  names: readonly string[],
): string {
  const filled = card !== undefined && hasCardContent(card)
  const source = filled ? card : (draft ?? { done: '', nextWeek: '' })
  const points = distillClientSummary({
    card: source,
    drafted: {
      done: !filled || card.done === draft?.done,
      nextWeek: !filled || card.nextWeek === draft?.nextWeek,
    },
    prefill: prefill ?? null,
    names,
  })
  return formatClientSummary(points, {
    t: i18n.getFixedT(client.language, 'weekly'),
    language: client.language,
  })
}

function SummaryEditor({
  meetingId,
  client,
  card,
  draft,
  prefill,
  names,
}: {
  meetingId: string
  client: Client
  card: WeeklyCard | undefined
  draft: CardText | undefined
  prefill: WeeklyPrefill | undefined
  names: readonly string[]
}) {
  const { t } = useTranslation('weekly')
  const uiLanguage = useLanguage()
  const stored = (card?.clientSummary ?? '').trim() !== ''
  const [text, setText] = useState(() =>
    stored ? (card?.clientSummary ?? '') : distilled(client, card, draft, prefill, names),
  )
  const autosave = useAutosave((value: string) =>
    weekliesRepository.saveClientSummary(meetingId, client.id, value),
  )
  const languageName = cachedDisplayNames([INTL_LOCALE[uiLanguage]], { type: 'language' }).of(client.language)

  return (
    <Paper withBorder radius="md" p="md" data-testid="summary-card" data-client-id={client.id}>
      <Group justify="space-between" gap="xs" mb="sm" wrap="nowrap">
        <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
          <ClientMark client={client} size={20} />
          <Anchor
            component={Link}
            to={`/clients/${client.id}`}
            size="sm"
            fw={600}
            c="var(--mantine-color-text)"
            truncate
          >
            {client.name}
          </Anchor>
          <Badge variant="outline" color="gray">
            {t('summaries.language', { language: languageName ?? client.language })}
          </Badge>
        </Group>
        {autosave.status === 'idle' && !stored ? (
          <Text size="xs" c="orange.7" data-testid="summary-status" data-status="draft">
            {t('summaries.draft')}
          </Text>
        ) : (
          <SaveStatusText status={autosave.status} stored={stored} />
        )}
      </Group>
      <Stack gap="xs">
        <Textarea
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value)
            autosave.change(event.currentTarget.value)
          }}
          onBlur={() => void autosave.flush()}
          autosize
          minRows={6}
          maxRows={20}
          size="sm"
          lang={client.language}
          aria-label={client.name}
          styles={{ input: { fontSize: 13, lineHeight: 1.55 } }}
          data-testid="summary-text"
        />
        {autosave.status === 'error' ? (
          <Text size="xs" c="red.7">
            {t('card.saveFailed', { message: autosave.error ?? '' })}
          </Text>
        ) : null}
        <Group justify="flex-end" gap="xs">
          {!stored && autosave.status === 'idle' ? (
            <Button
              variant="subtle"
              onClick={() => setText(distilled(client, card, draft, prefill, names))}
              data-testid="summary-redraft"
            >
              {t('summaries.redraft')}
            </Button>
          ) : null}
          <Button
            variant="default"
            onClick={() => void autosave.saveNow(text)}
            loading={autosave.status === 'saving'}
            data-testid="summary-save"
          >
            {t('summaries.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  )
}
