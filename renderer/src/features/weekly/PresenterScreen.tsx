/**
 * `/weekly/:meetingId/present`: the Friday weekly on the big screen (seed 000 "Palaverin
 * aikana"). The team steps through the clients one by one — active ones on their card and lean
 * loop, light ones on their one-line changes — capturing notes, decisions and action items per
 * client, parking deeper topics for the people concerned, keeping the recording's link; a
 * show-and-tell step closes it, and "Finish" closes the meeting and its touchpoint. The step is in
 * the URL (`?step=`), so a reload keeps the place; ← and → step when no field has focus.
 */
import { useEffect, useState } from 'react'
import {
  Alert,
  Badge,
  Box,
  Button,
  Group,
  Loader,
  Progress,
  ScrollArea,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconArrowLeft, IconCheck, IconChevronLeft, IconChevronRight, IconVideo } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams, useSearchParams } from 'react-router'
import { formatDate } from '@shared/format'
import type { Meeting } from '@shared/schemas'
import { weekliesRepository } from '../../../db/repositories'
import { ValidationError } from '../../../db/errors'
import { ClientMark } from '../../components/ClientMark'
import { Section } from '../../components/Section'
import { useLanguage } from '../../lib/useLanguage'
import { todayIso } from '../../lib/today'
import { CapturePanel } from './CapturePanel'
import { CardView } from './CardView'
import { CompactLeanLoop } from './CompactLeanLoop'
import { ParkedTopics } from './ParkedTopics'
import { SaveStatusText } from './CardBits'
import { useAutosave } from './useAutosave'
import { useWeeklyData } from './useWeekly'

/** Whether a key event comes from somewhere typing happens, where arrows belong to the field. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return (
    target.isContentEditable ||
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) ||
    target.closest('[role="listbox"],[role="radiogroup"],[role="menu"]') !== null
  )
}

/** The presenter screen. */
export function PresenterScreen() {
  const { t } = useTranslation('weekly')
  const language = useLanguage()
  const navigate = useNavigate()
  const { meetingId = '' } = useParams()
  const [params, setParams] = useSearchParams()
  const data = useWeeklyData(meetingId)
  const [finishing, setFinishing] = useState(false)

  const total = data?.clients.length ?? 0
  const lastStep = total // one step per client, then show-and-tell
  const step = Math.min(Math.max(Number(params.get('step') ?? '1') - 1 || 0, 0), lastStep)
  const goTo = (next: number) =>
    setParams({ step: String(Math.min(Math.max(next, 0), lastStep) + 1) }, { replace: true })

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || isTyping(event.target)) return
      if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return
      event.preventDefault()
      const next = step + (event.key === 'ArrowRight' ? 1 : -1)
      setParams({ step: String(Math.min(Math.max(next, 0), lastStep) + 1) }, { replace: true })
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [step, lastStep, setParams])

  if (data === null)
    return (
      <Box p="xl" data-testid="presenter-screen">
        <Alert color="red" variant="light">
          {t('summaries.notFound')}
        </Alert>
      </Box>
    )
  if (!data)
    return (
      <Box p="xl" data-testid="presenter-screen">
        <Loader size="sm" />
      </Box>
    )

  const { meeting, clients } = data
  const client = clients[step]
  const card = client ? meeting.weeklyCards.find((candidate) => candidate.clientId === client.id) : undefined

  const finish = async () => {
    setFinishing(true)
    try {
      await weekliesRepository.finish(meeting.id)
      notifications.show({ color: 'teal', message: t('present.finished') })
      void navigate(`/weekly/${meeting.id}/summaries`)
    } catch (error) {
      notifications.show({
        color: 'red',
        message: t('present.saveFailed', { message: error instanceof Error ? error.message : String(error) }),
      })
    } finally {
      setFinishing(false)
    }
  }

  return (
    <Box style={{ height: '100vh', display: 'flex', flexDirection: 'column' }} data-testid="presenter-screen">
      <Group
        justify="space-between"
        px="md"
        h={56}
        wrap="nowrap"
        gap="md"
        style={{ borderBottom: '1px solid var(--mantine-color-default-border)', flexShrink: 0 }}
      >
        <Group gap="sm" wrap="nowrap" style={{ minWidth: 0, flex: 1 }}>
          <Button
            variant="subtle"
            color="gray"
            leftSection={<IconArrowLeft size={14} />}
            onClick={() => void navigate('/weekly')}
            data-testid="presenter-exit"
          >
            {t('present.exit')}
          </Button>
          <Text size="sm" fw={600} truncate>
            {meeting.title}
          </Text>
          {meeting.finishedAt ? (
            <Badge color="teal" variant="light">
              {t('screen.finished')}
            </Badge>
          ) : null}
        </Group>
        <Group gap={6} wrap="nowrap">
          <Button
            variant="default"
            leftSection={<IconChevronLeft size={14} />}
            onClick={() => goTo(step - 1)}
            disabled={step === 0}
            data-testid="presenter-previous"
          >
            {t('present.previous')}
          </Button>
          <Text
            size="sm"
            fw={600}
            className="tabular"
            miw={64}
            ta="center"
            data-testid="presenter-progress"
            aria-live="polite"
          >
            {step < total ? `${step + 1} / ${total}` : t('present.showAndTell')}
          </Text>
          <Button
            variant="default"
            rightSection={<IconChevronRight size={14} />}
            onClick={() => goTo(step + 1)}
            disabled={step === lastStep}
            data-testid="presenter-next"
          >
            {t('present.next')}
          </Button>
        </Group>
        <Group gap="sm" wrap="nowrap" justify="flex-end" style={{ flex: 1 }}>
          <RecordingField key={meeting.id} meeting={meeting} />
          <Button
            color="teal"
            leftSection={<IconCheck size={14} />}
            onClick={() => void finish()}
            loading={finishing}
            data-testid="presenter-finish"
          >
            {t('present.finish')}
          </Button>
        </Group>
      </Group>
      <Progress value={((step + 1) / (lastStep + 1)) * 100} size={3} radius={0} aria-hidden />

      <Box style={{ flex: 1, minHeight: 0, display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 400px' }}>
        <ScrollArea style={{ minHeight: 0 }}>
          <Box px={40} py="xl" maw={1080}>
            {client ? (
              <Stack gap="md" key={client.id} data-testid="presenter-client" data-client-id={client.id}>
                <Group gap="md" wrap="nowrap">
                  <ClientMark client={client} size={44} />
                  <div style={{ minWidth: 0 }}>
                    <Title order={1} fz={28} fw={650} lh={1.2} data-testid="presenter-client-name">
                      {client.name}
                    </Title>
                    <Text size="sm" c="dimmed">
                      {[
                        t(`app:activity.${client.activityLevel}`),
                        client.industry,
                        client.ownerId ? data.memberName(client.ownerId) : undefined,
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </Text>
                  </div>
                </Group>
                <CardView
                  card={card}
                  draft={data.drafts.get(client.id)}
                  light={client.activityLevel === 'light'}
                  authorName={card?.authorId ? data.memberName(card.authorId) : undefined}
                />
                <CompactLeanLoop clientId={client.id} since={data.windowStart} size="sm" />
              </Stack>
            ) : (
              <ShowAndTell meeting={meeting} />
            )}
          </Box>
        </ScrollArea>
        <ScrollArea
          style={{
            minHeight: 0,
            borderLeft: '1px solid var(--mantine-color-default-border)',
            background: 'var(--mantine-color-default-hover)',
          }}
        >
          <Stack gap="sm" p="md">
            {client ? (
              <CapturePanel
                key={client.id}
                meetingId={meeting.id}
                clientId={client.id}
                card={card}
                members={data.members}
              />
            ) : null}
            <ParkedTopics meetingId={meeting.id} topics={meeting.parkedTopics} members={data.members} />
            <Text size="xs" c="dimmed" ta="center">
              {t('present.keysHint')} · {formatDate(todayIso(new Date(meeting.startsAt)), language)}
            </Text>
          </Stack>
        </ScrollArea>
      </Box>
    </Box>
  )
}

function RecordingField({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation('weekly')
  const [value, setValue] = useState(meeting.recordingUrl)
  const [error, setError] = useState<string | null>(null)
  const [saved, setSaved] = useState(false)
  const save = async () => {
    if (value.trim() === meeting.recordingUrl) return
    try {
      await weekliesRepository.setRecordingUrl(meeting.id, value)
      setError(null)
      setSaved(true)
    } catch (caught) {
      setSaved(false)
      setError(
        caught instanceof ValidationError
          ? t('present.recordingInvalid')
          : t('present.saveFailed', { message: caught instanceof Error ? caught.message : String(caught) }),
      )
    }
  }
  return (
    <TextInput
      value={value}
      onChange={(event) => {
        setValue(event.currentTarget.value)
        setSaved(false)
      }}
      onBlur={() => void save()}
      onKeyDown={(event) => {
        if (event.key === 'Enter') void save()
      }}
      placeholder={t('present.recordingPlaceholder')}
      aria-label={t('present.recording')}
      error={error}
      w={300}
      leftSection={<IconVideo size={14} />}
      rightSection={
        saved ? (
          <IconCheck size={14} color="var(--mantine-color-teal-6)" aria-label={t('present.recordingSaved')} />
        ) : null
      }
      styles={{ error: { position: 'absolute', fontSize: 11 } }}
      data-testid="presenter-recording"
    />
  )
}

function ShowAndTell({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation('weekly')
  const [text, setText] = useState(meeting.showAndTell)
  const autosave = useAutosave((value: string) => weekliesRepository.setShowAndTell(meeting.id, value))
  return (
    <Stack gap="md" data-testid="presenter-show-and-tell">
      <Title order={1} fz={28} fw={650}>
        {t('present.showAndTell')}
      </Title>
      <Text c="dimmed">{t('present.showAndTellHint')}</Text>
      <Section
        title={t('present.showAndTell')}
        right={<SaveStatusText status={autosave.status} stored={false} />}
      >
        <Textarea
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value)
            autosave.change(event.currentTarget.value)
          }}
          onBlur={() => void autosave.flush()}
          placeholder={t('present.showAndTellPlaceholder')}
          aria-label={t('present.showAndTell')}
          autosize
          minRows={8}
          size="md"
          data-testid="presenter-show-and-tell-text"
        />
      </Section>
    </Stack>
  )
}
