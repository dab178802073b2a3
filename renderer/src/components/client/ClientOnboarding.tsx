/** The client's onboarding: the checklist to tick off and the workshop's notes. */
import { useState } from 'react'
import { Button, Checkbox, Grid, Group, Progress, SimpleGrid, Stack, Text, Textarea } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { onboardingProgress, EMPTY_WORKSHOP } from '@shared/onboarding'
import type { Client, OnboardingItem, StrategicMatrix, WorkshopNotes } from '@shared/schemas'
import { onboardingItemsRepository } from '../../../db/repositories'
import { EmptyLine, Section } from '../Section'
import { formatInstant } from '@shared/format'
import { useLanguage } from '../../lib/useLanguage'

/** The onboarding tab. */
export function ClientOnboarding({ client }: { client: Client }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const items = useLiveQuery(() => onboardingItemsRepository.listForClient(client.id), [client.id])
  if (!items) return null
  const progress = onboardingProgress(items)
  const workshop = items.find((item) => item.kind === 'workshop')
  // The two fixed steps are named by kind, so they read in the PM's language whatever was stored.
  const title = (item: OnboardingItem) =>
    item.kind === 'welcome-contact'
      ? t('onboarding.welcome')
      : item.kind === 'workshop'
        ? t('onboarding.workshop')
        : item.title

  return (
    <Grid gap="md" p="lg" data-testid="client-onboarding">
      <Grid.Col span={5}>
        <Section
          title={t('onboarding.checklist')}
          right={
            <Text size="xs" c="dimmed" data-testid="onboarding-progress-text">
              {progress.complete
                ? t('onboarding.complete')
                : t('onboarding.progress', { done: progress.done, total: progress.total })}
            </Text>
          }
        >
          <Progress value={progress.total ? (progress.done / progress.total) * 100 : 0} size="sm" mb="md" />
          {items.length === 0 ? (
            <EmptyLine>—</EmptyLine>
          ) : (
            <Stack gap={10}>
              {items.map((item) => (
                <div key={item.id} data-testid="onboarding-item">
                  <Checkbox
                    checked={item.doneAt !== null}
                    onChange={(event) =>
                      void onboardingItemsRepository.setDone(item.id, event.currentTarget.checked)
                    }
                    label={title(item)}
                    description={
                      item.doneAt
                        ? formatInstant(item.doneAt, language, client.timezone)
                        : item.notes || undefined
                    }
                  />
                </div>
              ))}
            </Stack>
          )}
        </Section>
      </Grid.Col>
      <Grid.Col span={7}>{workshop ? <WorkshopForm key={workshop.id} item={workshop} /> : null}</Grid.Col>
    </Grid>
  )
}

function WorkshopForm({ item }: { item: OnboardingItem }) {
  const { t } = useTranslation()
  const [notes, setNotes] = useState<WorkshopNotes>(item.workshop ?? EMPTY_WORKSHOP)
  const [goalsText, setGoalsText] = useState((item.workshop?.goals ?? []).join('\n'))
  const setMatrix = (key: keyof StrategicMatrix, value: string) =>
    setNotes((current) => ({ ...current, matrix: { ...current.matrix, [key]: value } }))
  const save = async () => {
    const goals = goalsText
      .split('\n')
      .map((goal) => goal.trim())
      .filter(Boolean)
    await onboardingItemsRepository.saveWorkshop(item.id, { ...notes, goals })
    notifications.show({ color: 'teal', message: t('onboarding.workshopSaved') })
  }
  const matrixField = (key: keyof StrategicMatrix) => (
    <Textarea
      label={t(`onboarding.${key}`)}
      value={notes.matrix[key]}
      onChange={(event) => setMatrix(key, event.currentTarget.value)}
      autosize
      minRows={3}
      data-testid={`workshop-${key}`}
    />
  )
  return (
    <Section title={t('onboarding.workshopNotes')}>
      <Stack gap="sm">
        <Textarea
          label={t('onboarding.business')}
          value={notes.business}
          onChange={(event) => {
            const business = event.currentTarget.value
            setNotes((current) => ({ ...current, business }))
          }}
          autosize
          minRows={2}
        />
        <Textarea
          label={t('onboarding.goals')}
          value={goalsText}
          onChange={(event) => setGoalsText(event.currentTarget.value)}
          autosize
          minRows={3}
          data-testid="workshop-goals"
        />
        <Text size="xs" fw={600} mt={4}>
          {t('onboarding.matrix')}
        </Text>
        <SimpleGrid cols={2} spacing="sm">
          {matrixField('strengths')}
          {matrixField('weaknesses')}
          {matrixField('opportunities')}
          {matrixField('threats')}
        </SimpleGrid>
        <Group justify="flex-end">
          <Button onClick={() => void save()} data-testid="workshop-save">
            {t('onboarding.saveWorkshop')}
          </Button>
        </Group>
      </Stack>
    </Section>
  )
}
