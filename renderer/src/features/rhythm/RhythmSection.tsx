/**
 * The rhythm on Today: touchpoints of the cadence engine that are overdue, due today or due in
 * the coming week, each closable (done) or skippable with a reason. Opening Today regenerates
 * the rhythm around today; the repository's merge keeps every status the PM already set.
 */
import { useEffect, useState } from 'react'
import { ActionIcon, Badge, Button, Group, Popover, Stack, Text, TextInput, Tooltip } from '@mantine/core'
import { IconCheck, IconPlayerSkipForward } from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { quarterAim, touchpointState } from '@shared/cadence'
import { formatDate } from '@shared/format'
import type { Client, Touchpoint } from '@shared/schemas'
import { touchpointsRepository } from '../../../db/repositories'
import { EmptyLine, Section } from '../../components/Section'
import { useLanguage } from '../../lib/useLanguage'

/** Days back and ahead of today that opening Today generates. */
const SYNC_DAYS_BACK = 35
const SYNC_DAYS_AHEAD = 14
/** How far ahead the section lists upcoming touchpoints. */
const LIST_DAYS_AHEAD = 6

/** The touchpoints section of Today. */
export function RhythmSection({ today, clients }: { today: string; clients: ReadonlyMap<string, Client> }) {
  const { t } = useTranslation()
  const language = useLanguage()
  useEffect(() => {
    void touchpointsRepository.syncAround(today, SYNC_DAYS_BACK, SYNC_DAYS_AHEAD)
  }, [today])
  const rows = useLiveQuery(() => touchpointsRepository.listDueWithin(today, LIST_DAYS_AHEAD), [today])
  // Touchpoints of clients deleted or archived since they were generated are not work any more.
  const visible = (rows ?? [])
    .filter((row) => row.clientId === null || clients.get(row.clientId)?.archivedAt === null)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
  const overdue = visible.filter((row) => touchpointState(row, today) === 'overdue').length

  const label = (row: Touchpoint) => {
    const aim = row.kind === 'quarterly-review' ? quarterAim(row.periodKey) : null
    return aim
      ? `${t(`touchpoints.${row.kind}`)} · ${t(`touchpoints.aims.${aim}`)}`
      : t(`touchpoints.${row.kind}`)
  }

  return (
    <Section
      title={`${t('touchpoints.title')} · ${visible.length}`}
      right={
        overdue ? (
          <Badge color="red" size="sm">
            {t('touchpoints.overdue', { count: overdue })}
          </Badge>
        ) : null
      }
      testId="today-rhythm"
    >
      {visible.length === 0 ? (
        <EmptyLine>{t('touchpoints.nothing')}</EmptyLine>
      ) : (
        visible.map((row) => {
          const state = touchpointState(row, today)
          return (
            <Group
              key={row.id}
              justify="space-between"
              wrap="nowrap"
              gap="sm"
              py={6}
              data-testid="touchpoint"
            >
              <div style={{ minWidth: 0 }}>
                <Text size="sm" fw={500} truncate data-testid="touchpoint-label">
                  {label(row)}
                </Text>
                <Text size="xs" c="dimmed" truncate>
                  {row.clientId ? clients.get(row.clientId)?.name : t('touchpoints.agency')}
                </Text>
              </div>
              <Group gap={6} wrap="nowrap" style={{ flexShrink: 0 }}>
                <Text
                  size="xs"
                  className="tabular"
                  c={state === 'overdue' ? 'red.7' : state === 'due-today' ? undefined : 'dimmed'}
                  fw={state === 'due-today' ? 600 : undefined}
                  style={{ whiteSpace: 'nowrap' }}
                >
                  {state === 'due-today' ? t('touchpoints.today') : formatDate(row.dueDate, language)}
                </Text>
                <SkipButton touchpoint={row} />
                <Tooltip label={t('touchpoints.markDone')}>
                  <ActionIcon
                    variant="light"
                    color="teal"
                    size="sm"
                    onClick={() => void touchpointsRepository.markDone(row.id)}
                    aria-label={t('touchpoints.markDone')}
                    data-testid="touchpoint-done"
                  >
                    <IconCheck size={14} />
                  </ActionIcon>
                </Tooltip>
              </Group>
            </Group>
          )
        })
      )}
    </Section>
  )
}

function SkipButton({ touchpoint }: { touchpoint: Touchpoint }) {
  const { t } = useTranslation()
  const [opened, setOpened] = useState(false)
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)
  const skip = async () => {
    if (!reason.trim()) return setError(t('touchpoints.reasonRequired'))
    await touchpointsRepository.skip(touchpoint.id, reason)
    setOpened(false)
  }
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" withArrow trapFocus>
      <Popover.Target>
        <Tooltip label={t('touchpoints.skip')}>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            onClick={() => setOpened((open) => !open)}
            aria-label={t('touchpoints.skip')}
            data-testid="touchpoint-skip"
          >
            <IconPlayerSkipForward size={14} />
          </ActionIcon>
        </Tooltip>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs" w={260}>
          <TextInput
            label={t('touchpoints.skipReason')}
            value={reason}
            onChange={(event) => {
              setReason(event.currentTarget.value)
              setError(null)
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter') void skip()
            }}
            error={error}
            data-autofocus
            data-testid="touchpoint-skip-reason"
          />
          <Button onClick={() => void skip()} data-testid="touchpoint-skip-confirm">
            {t('touchpoints.skip')}
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  )
}
