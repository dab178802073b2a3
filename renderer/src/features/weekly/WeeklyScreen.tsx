/**
 * `/weekly`: this week's internal client weekly being prepared (seed 000 "Ennen palaveria").
 * The clients — active first, then light — with each card's state on the left; the chosen
 * client's card on the right. The chosen client is in the URL (`?client=`), so it survives a
 * reload and can be linked.
 */
import {
  Alert,
  Badge,
  Box,
  Button,
  Group,
  Loader,
  ScrollArea,
  Stack,
  Text,
  ThemeIcon,
  Tooltip,
  UnstyledButton,
} from '@mantine/core'
import { IconLifebuoy, IconPresentation, IconTextCaption } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useSearchParams } from 'react-router'
import { formatDate, formatInstant } from '@shared/format'
import type { Client } from '@shared/schemas'
import { cardState, hasCardContent } from '@shared/weekly'
import { Page } from '../../components/Page'
import { ClientMark } from '../../components/ClientMark'
import { EmptyLine } from '../../components/Section'
import { useLanguage } from '../../lib/useLanguage'
import { todayIso } from '../../lib/today'
import { CardEditor } from './CardEditor'
import { CardStateBadge } from './CardBits'
import { useOpenWeek, useWeeklyData, type WeeklyData } from './useWeekly'

/** The weekly screen. */
export function WeeklyScreen() {
  const { t } = useTranslation('weekly')
  const language = useLanguage()
  const navigate = useNavigate()
  const [params, setParams] = useSearchParams()
  const { meetingId, error } = useOpenWeek()
  const data = useWeeklyData(meetingId)

  if (error)
    return (
      <Page title={t('screen.title')} testId="weekly-screen">
        <Alert color="red" variant="light" m="lg">
          {t('screen.openFailed', { message: error })}
        </Alert>
      </Page>
    )
  if (!data)
    return (
      <Page title={t('screen.title')} testId="weekly-screen">
        <Group gap="xs" p="lg">
          <Loader size="xs" />
          <Text size="sm" c="dimmed">
            {t('screen.opening')}
          </Text>
        </Group>
      </Page>
    )

  const { meeting, clients } = data
  const filled = meeting.weeklyCards.filter(
    (card) => hasCardContent(card) && clients.some((client) => client.id === card.clientId),
  ).length
  const selectedId = params.get('client')
  const selected = clients.find((client) => client.id === selectedId)
  const select = (clientId: string) => setParams({ client: clientId }, { replace: true })
  const sinceText = t(data.since ? 'screen.since' : 'screen.sinceFirst', {
    date: formatInstant(data.windowStart, language),
  })

  return (
    <Page
      title={t('screen.title')}
      subtitle={t('screen.subtitle', {
        date: formatDate(todayIso(new Date(meeting.startsAt)), language),
        filled,
        total: clients.length,
      })}
      testId="weekly-screen"
      actions={
        <>
          {meeting.finishedAt ? (
            <Badge color="teal" variant="light" data-testid="weekly-finished">
              {t('screen.finished')}
            </Badge>
          ) : null}
          <Button
            variant="default"
            leftSection={<IconTextCaption size={14} />}
            onClick={() => void navigate(`/weekly/${meeting.id}/summaries`)}
            data-testid="weekly-open-summaries"
          >
            {t('screen.summaries')}
          </Button>
          <Button
            leftSection={<IconPresentation size={14} />}
            onClick={() => void navigate(`/weekly/${meeting.id}/present`)}
            disabled={clients.length === 0}
            data-testid="weekly-present"
          >
            {t('screen.present')}
          </Button>
        </>
      }
    >
      {clients.length === 0 ? (
        <Box p="lg">
          <EmptyLine>{t('screen.noClients')}</EmptyLine>
        </Box>
      ) : (
        <Box style={{ display: 'grid', gridTemplateColumns: '300px 1fr', height: '100%', minHeight: 0 }}>
          <ScrollArea
            style={{ borderRight: '1px solid var(--mantine-color-default-border)', minHeight: 0 }}
            data-testid="weekly-clients"
          >
            <Text size="xs" c="dimmed" px="md" pt="sm" pb={4}>
              {sinceText}
            </Text>
            <ClientList data={data} selectedId={selected?.id ?? null} onSelect={select} />
          </ScrollArea>
          <ScrollArea style={{ minHeight: 0 }}>
            <Box p="lg" maw={1120}>
              {selected ? (
                <CardEditor
                  key={`${meeting.id}:${selected.id}`}
                  meetingId={meeting.id}
                  client={selected}
                  card={meeting.weeklyCards.find((card) => card.clientId === selected.id)}
                  draft={
                    data.drafts.get(selected.id) ?? {
                      done: '',
                      analysis: '',
                      direction: '',
                      budgets: '',
                      nextWeek: '',
                      changesLine: '',
                      helpNeeded: false,
                    }
                  }
                  prefill={data.prefills.get(selected.id)}
                  members={data.members}
                  since={data.windowStart}
                />
              ) : (
                <EmptyLine>{t('screen.pickClient')}</EmptyLine>
              )}
            </Box>
          </ScrollArea>
        </Box>
      )}
    </Page>
  )
}

function ClientList({
  data,
  selectedId,
  onSelect,
}: {
  data: WeeklyData
  selectedId: string | null
  onSelect: (clientId: string) => void
}) {
  const { t } = useTranslation('weekly')
  const active = data.clients.filter((client) => client.activityLevel === 'active')
  const light = data.clients.filter((client) => client.activityLevel === 'light')
  const group = (title: string, clients: Client[]) =>
    clients.length ? (
      <Stack gap={0} pb="sm">
        <Text size="xs" fw={600} tt="uppercase" c="dimmed" px="md" py={6} style={{ letterSpacing: 0.4 }}>
          {title} · {clients.length}
        </Text>
        {clients.map((client) => {
          const card = data.meeting.weeklyCards.find((candidate) => candidate.clientId === client.id)
          const state = cardState(card, { isEmpty: data.prefills.get(client.id)?.isEmpty ?? true })
          const author = card?.authorId ? data.memberName(card.authorId) : undefined
          const current = client.id === selectedId
          return (
            <UnstyledButton
              key={client.id}
              onClick={() => onSelect(client.id)}
              px="md"
              py={8}
              aria-current={current ? 'true' : undefined}
              data-testid="weekly-client-row"
              data-client-id={client.id}
              data-state={state}
              style={{
                background: current ? 'var(--mantine-primary-color-light)' : undefined,
                borderLeft: `2px solid ${current ? 'var(--mantine-primary-color-filled)' : 'transparent'}`,
              }}
            >
              <Group gap="sm" wrap="nowrap">
                <ClientMark client={client} />
                <Box style={{ minWidth: 0, flex: 1 }}>
                  <Text size="sm" fw={500} truncate data-testid="weekly-client-name">
                    {client.name}
                  </Text>
                  <Group gap={6} mt={2} wrap="nowrap">
                    <CardStateBadge state={state} authorName={author} />
                    {card?.helpNeeded ? (
                      <Tooltip label={t('card.helpNeeded')} withArrow>
                        <ThemeIcon
                          size={18}
                          radius="xl"
                          color="orange"
                          variant="light"
                          aria-label={t('card.helpNeeded')}
                          data-testid="weekly-client-help-needed"
                        >
                          <IconLifebuoy size={12} />
                        </ThemeIcon>
                      </Tooltip>
                    ) : null}
                  </Group>
                </Box>
              </Group>
            </UnstyledButton>
          )
        })}
      </Stack>
    ) : null
  return (
    <Box>
      {group(t('screen.active'), active)}
      {group(t('screen.light'), light)}
    </Box>
  )
}
