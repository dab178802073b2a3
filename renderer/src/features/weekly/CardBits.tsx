/** Small pieces the weekly's screens share: a card's state and where its saving stands. */
import { Badge, Group, Loader, Text } from '@mantine/core'
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { CardState } from '@shared/weekly'
import type { SaveStatus } from './useAutosave'

const STATE_COLORS: Record<CardState, string> = { empty: 'gray', prefilled: 'blue', filled: 'teal' }

/** Empty / prefilled / filled, with the author's name once filled. */
export function CardStateBadge({ state, authorName }: { state: CardState; authorName?: string | undefined }) {
  const { t } = useTranslation('weekly')
  const label = t(`state.${state}`)
  return (
    <Badge
      color={STATE_COLORS[state]}
      variant={state === 'empty' ? 'outline' : 'light'}
      data-testid="card-state"
      data-state={state}
      style={{ flexShrink: 0 }}
    >
      {state === 'filled' && authorName ? `${label} · ${authorName}` : label}
    </Badge>
  )
}

/** "Saving…", "Saved", "Unsaved changes" or the failure, as a quiet line. */
export function SaveStatusText({ status, stored }: { status: SaveStatus; stored: boolean }) {
  const { t } = useTranslation('weekly')
  const shown = status === 'idle' ? (stored ? 'saved' : 'idle') : status
  if (shown === 'idle') return <span data-testid="save-status" data-status="idle" />
  return (
    <Group gap={4} wrap="nowrap" data-testid="save-status" data-status={shown}>
      {shown === 'saving' ? <Loader size={10} /> : null}
      {shown === 'saved' ? <IconCheck size={12} color="var(--mantine-color-teal-6)" /> : null}
      {shown === 'error' ? <IconAlertTriangle size={12} color="var(--mantine-color-red-6)" /> : null}
      <Text size="xs" c={shown === 'error' ? 'red.7' : shown === 'dirty' ? 'orange.7' : 'dimmed'}>
        {t(shown === 'saving' ? 'card.saving' : shown === 'saved' ? 'card.saved' : 'card.unsaved')}
      </Text>
    </Group>
  )
}
