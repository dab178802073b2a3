/**
 * One client's weekly card being prepared: the five sections (or a light client's one line),
 * drafted from the data until the author types, then autosaved. The draft follows the data live
 * while nothing is typed or saved; after that the author's text is never replaced.
 */
import { useState, type KeyboardEvent } from 'react'
import {
  Alert,
  Anchor,
  Box,
  Button,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Client, TeamMember, WeeklyCard } from '@shared/schemas'
import {
  CARD_SECTIONS,
  cardState,
  hasCardContent,
  type CardSection,
  type WeeklyPrefill,
} from '@shared/weekly'
import { weekliesRepository } from '../../../db/repositories'
import { ClientMark } from '../../components/ClientMark'
import { useAppStore } from '../../store'
import type { CardText } from './format-card'
import { CardStateBadge, SaveStatusText } from './CardBits'
import { CompactLeanLoop } from './CompactLeanLoop'
import { useAutosave } from './useAutosave'

type Values = CardText & { authorId: string | null }

function fromCard(card: WeeklyCard): Values {
  const { authorId, done, analysis, direction, budgets, nextWeek, changesLine, helpNeeded } = card
  return { authorId, done, analysis, direction, budgets, nextWeek, changesLine, helpNeeded }
}

/** The card editor of one client; key it by meeting and client so each card starts fresh. */
export function CardEditor({
  meetingId,
  client,
  card,
  draft,
  prefill,
  members,
  since,
}: {
  meetingId: string
  client: Client
  card: WeeklyCard | undefined
  draft: CardText
  prefill: WeeklyPrefill | undefined
  members: TeamMember[]
  since: string
}) {
  const { t } = useTranslation('weekly')
  const { t: tApp } = useTranslation()
  const me = useAppStore((state) => state.weekMemberId)
  const defaultAuthor =
    members.find((member) => member.id === me && member.active)?.id ?? client.ownerId ?? null
  // A card stored without text (only the meeting's notes, say) still starts from the draft.
  const filled = card !== undefined && hasCardContent(card)
  const [edited, setEdited] = useState<Values | null>(() => (card && filled ? fromCard(card) : null))
  const values: Values = edited ?? { ...draft, authorId: defaultAuthor }
  const light = client.activityLevel === 'light'
  const autosave = useAutosave((next: Values) =>
    weekliesRepository.saveCard(meetingId, { clientId: client.id, ...next }),
  )
  const state = cardState(card, { isEmpty: prefill?.isEmpty ?? true })

  const set = <K extends keyof Values>(key: K, value: Values[K]) => {
    const next = { ...values, [key]: value }
    setEdited(next)
    autosave.change(next)
  }
  const saveNow = () => {
    setEdited(values)
    void autosave.saveNow(values)
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault()
      saveNow()
    }
  }
  const author = members.find((member) => member.id === (card?.authorId ?? null))
  const memberOptions = members
    .filter((member) => member.active || member.id === values.authorId)
    .map((member) => ({ value: member.id, label: member.name }))

  return (
    <Stack gap="md" onKeyDown={onKeyDown} data-testid="weekly-card" data-client-id={client.id}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
        <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
          <ClientMark client={client} size={32} />
          <Box style={{ minWidth: 0 }}>
            <Group gap={8} wrap="nowrap">
              <Title order={2} fz={18} fw={600} lineClamp={1} data-testid="weekly-card-client">
                {client.name}
              </Title>
              <CardStateBadge state={state} authorName={author?.name} />
            </Group>
            <Text size="xs" c="dimmed">
              {tApp(`activity.${client.activityLevel}`)} ·{' '}
              <Anchor component={Link} to={`/clients/${client.id}`} size="xs">
                {t('card.openClient')}
              </Anchor>
            </Text>
          </Box>
        </Group>
        <Group gap="xs" wrap="nowrap" align="flex-end">
          <Select
            label={t('card.author')}
            data={memberOptions}
            value={values.authorId}
            onChange={(value) => set('authorId', value)}
            searchable
            clearable
            w={180}
            data-testid="weekly-card-author"
          />
          <Button
            variant="default"
            onClick={saveNow}
            loading={autosave.status === 'saving'}
            data-testid="weekly-card-save"
          >
            {t('card.save')}
          </Button>
        </Group>
      </Group>

      <Group justify="space-between" gap="xs" mih={20}>
        <Text size="xs" c="dimmed" data-testid="weekly-card-origin">
          {filled ? null : prefill && !prefill.isEmpty ? t('card.drafted') : t('card.nothingToDraft')}
        </Text>
        <SaveStatusText status={autosave.status} stored={filled} />
      </Group>
      {autosave.status === 'error' ? (
        <Alert color="red" variant="light" p="xs" data-testid="weekly-card-error">
          {t('card.saveFailed', { message: autosave.error ?? '' })}
        </Alert>
      ) : null}

      {light ? (
        <TextInput
          label={t('card.changesLine')}
          description={t('card.changesHint')}
          value={values.changesLine}
          onChange={(event) => set('changesLine', event.currentTarget.value)}
          onBlur={() => void autosave.flush()}
          size="sm"
          data-testid="weekly-card-changes"
        />
      ) : (
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md" verticalSpacing="sm">
          {CARD_SECTIONS.map((section) => (
            <SectionField
              key={section}
              section={section}
              value={values[section]}
              onChange={(value) => set(section, value)}
              onBlur={() => void autosave.flush()}
            />
          ))}
          <Stack gap={4} pt={24}>
            <Switch
              label={t('card.helpNeeded')}
              description={t('card.helpNeededHint')}
              checked={values.helpNeeded}
              onChange={(event) => set('helpNeeded', event.currentTarget.checked)}
              color="orange"
              data-testid="weekly-card-help-needed"
            />
          </Stack>
        </SimpleGrid>
      )}

      <CompactLeanLoop clientId={client.id} since={since} />
    </Stack>
  )
}

function SectionField({
  section,
  value,
  onChange,
  onBlur,
}: {
  section: CardSection
  value: string
  onChange: (value: string) => void
  onBlur: () => void
}) {
  const { t } = useTranslation('weekly')
  return (
    <Textarea
      label={t(`card.sections.${section}`)}
      description={t(`card.hints.${section}`)}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      onBlur={onBlur}
      autosize
      minRows={4}
      maxRows={14}
      size="sm"
      styles={{ input: { fontSize: 13, lineHeight: 1.5 } }}
      data-testid={`weekly-card-${section}`}
    />
  )
}
