/**
 * Topics parked in the weekly (seed 000): anything needing a deeper discussion is taken up by the
 * people concerned after the meeting, so the weekly keeps its pace.
 */
import { useState } from 'react'
import { ActionIcon, Button, Group, MultiSelect, Stack, Text, TextInput } from '@mantine/core'
import { IconX } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { ParkedTopic, TeamMember } from '@shared/schemas'
import { weekliesRepository } from '../../../db/repositories'
import { Section } from '../../components/Section'

type ParkDraft = { topic: string; peopleIds: string[] }
const EMPTY_DRAFT: ParkDraft = { topic: '', peopleIds: [] }

/** The parked topics with their people, and a line to park another. */
export function ParkedTopics({
  meetingId,
  topics,
  members,
}: {
  meetingId: string
  topics: ParkedTopic[]
  members: TeamMember[]
}) {
  const { t } = useTranslation('weekly')
  // The topic and its people, cleared and given back together.
  const [draft, setDraft] = useState<ParkDraft>(EMPTY_DRAFT)
  const { topic, peopleIds } = draft
  const [error, setError] = useState<string | null>(null)
  const names = new Map(members.map((member) => [member.id, member.name]))

  const park = async () => {
    if (!topic.trim()) return setError(t('present.topicRequired'))
    const parked = draft
    // Cleared at once, so the next topic can be typed while this one is written.
    setDraft(EMPTY_DRAFT)
    setError(null)
    try {
      await weekliesRepository.addParkedTopic(meetingId, parked)
    } catch (caught) {
      // Not written: the topic comes back with its people (unless a new one is being typed).
      setDraft((typing) => (typing.topic === '' ? parked : typing))
      setError(
        t('present.saveFailed', { message: caught instanceof Error ? caught.message : String(caught) }),
      )
    }
  }

  return (
    <Section title={t('present.parked')} testId="presenter-parked">
      <Stack gap={4}>
        <Text size="xs" c="dimmed">
          {t('present.parkedHint')}
        </Text>
        {topics.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('present.noParked')}
          </Text>
        ) : null}
        {topics.map((parked) => (
          <Group key={parked.id} justify="space-between" wrap="nowrap" gap="xs" data-testid="parked-topic">
            <div style={{ minWidth: 0 }}>
              <Text size="sm" fw={500}>
                {parked.topic}
              </Text>
              <Text size="xs" c="dimmed" data-testid="parked-topic-people">
                {parked.peopleIds.map((id) => names.get(id) ?? '?').join(', ')}
              </Text>
            </div>
            <ActionIcon
              variant="subtle"
              color="gray"
              size="sm"
              aria-label={t('present.removeTopic')}
              onClick={() => void weekliesRepository.removeParkedTopic(meetingId, parked.id)}
            >
              <IconX size={12} />
            </ActionIcon>
          </Group>
        ))}
        <Stack gap={6} mt={6}>
          <TextInput
            label={t('present.topic')}
            value={topic}
            onChange={(event) => {
              const value = event.currentTarget.value
              setDraft((current) => ({ ...current, topic: value }))
              setError(null)
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault()
                void park()
              }
            }}
            error={error}
            data-testid="parked-topic-input"
          />
          <MultiSelect
            size="xs"
            label={t('present.people')}
            data={members.filter((m) => m.active).map((m) => ({ value: m.id, label: m.name }))}
            value={peopleIds}
            onChange={(ids) => setDraft((current) => ({ ...current, peopleIds: ids }))}
            searchable
            data-testid="parked-topic-people-input"
          />
          <Group justify="flex-end">
            <Button variant="light" onClick={() => void park()} data-testid="parked-topic-add">
              {t('present.park')}
            </Button>
          </Group>
        </Stack>
      </Stack>
    </Section>
  )
}
