/**
 * A client's lean loop in one row per campaign or test (seed 000: "the lean loop is reviewed
 * for every client"), compact enough to sit under a weekly card. Each row's stage is a segmented
 * control — click or arrow keys — and every move goes through the repositories: campaigns through
 * the brief gate (a refusal is shown and the row stays), tests freely. Learned items that did not
 * move since the last weekly are counted, not listed, to keep the review on what is in motion.
 */
import { Badge, Box, Group, SegmentedControl, Stack, Text, Tooltip } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { LEAN_STAGES, type Experiment, type LeanStage, type StageChange } from '@shared/schemas'
import { campaignsRepository, experimentsRepository } from '../../../db/repositories'
import { Section } from '../../components/Section'
import { RefusalAlert } from '../campaigns/RefusalAlert'
import { useStageMove } from '../campaigns/useStageMove'

const STAGE_COLORS: Record<LeanStage, string> = {
  idea: 'gray',
  planned: 'blue',
  'in-production': 'violet',
  live: 'teal',
  testing: 'orange',
  learned: 'green',
}

type Row = {
  kind: 'campaign' | 'experiment'
  id: string
  name: string
  stage: LeanStage
  moved: boolean
  move: (stage: LeanStage) => void
}

function movedSince(history: readonly StageChange[] | undefined, since: number): boolean {
  return (history ?? []).slice(1).some((change) => Date.parse(change.at) > since)
}

const byLoopOrder = (a: Row, b: Row) =>
  LEAN_STAGES.indexOf(b.stage) - LEAN_STAGES.indexOf(a.stage) || a.name.localeCompare(b.name)

/** The client's campaigns and tests with their stages, movable in place. */
export function CompactLeanLoop({
  clientId,
  since,
  size = 'xs',
}: {
  clientId: string
  since: string
  size?: 'xs' | 'sm'
}) {
  const { t } = useTranslation('weekly')
  const { t: tApp } = useTranslation()
  const { move, refusal, dismiss } = useStageMove()
  const data = useLiveQuery(
    async () => ({
      campaigns: await campaignsRepository.listForClient(clientId),
      experiments: await experimentsRepository.listForClient(clientId),
    }),
    [clientId],
  )
  const sinceMs = Date.parse(since)

  const moveTest = async (experiment: Experiment, stage: LeanStage) => {
    try {
      await experimentsRepository.moveToStage(experiment.id, stage)
      notifications.show({ color: 'teal', message: t('loop.testMoved', { stage: tApp(`stages.${stage}`) }) })
    } catch (error) {
      notifications.show({
        color: 'red',
        message: t('loop.moveFailed', { message: error instanceof Error ? error.message : String(error) }),
      })
    }
  }

  const rows: Row[] = [
    ...(data?.campaigns ?? []).map((campaign) => ({
      kind: 'campaign' as const,
      id: campaign.id,
      name: campaign.name,
      stage: campaign.stage,
      moved: movedSince(campaign.stageHistory, sinceMs),
      move: (stage: LeanStage) => void move(campaign, stage),
    })),
    ...(data?.experiments ?? []).map((experiment) => ({
      kind: 'experiment' as const,
      id: experiment.id,
      name: experiment.hypothesis,
      stage: experiment.stage,
      moved: movedSince(experiment.stageHistory, sinceMs),
      move: (stage: LeanStage) => void moveTest(experiment, stage),
    })),
  ]
  const shown = rows.filter((row) => row.stage !== 'learned' || row.moved)
  const hidden = rows.length - shown.length
  const campaigns = shown.filter((row) => row.kind === 'campaign').sort(byLoopOrder)
  const tests = shown.filter((row) => row.kind === 'experiment').sort(byLoopOrder)
  const stageOptions = LEAN_STAGES.map((stage) => ({ value: stage, label: tApp(`stages.${stage}`) }))

  const list = (title: string, items: Row[]) =>
    items.length ? (
      <Stack gap={2}>
        <Text size="xs" c="dimmed" fw={500}>
          {title}
        </Text>
        {items.map((row) => (
          <Group
            key={row.id}
            justify="space-between"
            wrap="nowrap"
            gap="sm"
            py={4}
            style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}
            data-testid="lean-loop-row"
            data-kind={row.kind}
            data-stage={row.stage}
          >
            <Group gap={6} wrap="nowrap" style={{ minWidth: 0, flex: 1 }}>
              {row.moved ? (
                <Tooltip label={t('loop.moved')} withArrow>
                  <Box
                    w={7}
                    h={7}
                    style={{ borderRadius: 7, flexShrink: 0, background: 'var(--mantine-color-orange-6)' }}
                    aria-label={t('loop.moved')}
                    data-testid="lean-loop-moved"
                  />
                </Tooltip>
              ) : (
                <Box w={7} style={{ flexShrink: 0 }} />
              )}
              <Text size="sm" truncate title={row.name}>
                {row.name}
              </Text>
            </Group>
            <SegmentedControl
              size={size}
              data={stageOptions}
              value={row.stage}
              onChange={(value) => row.move(value)}
              color={STAGE_COLORS[row.stage]}
              aria-label={t('loop.stageOf', { name: row.name })}
              style={{ flexShrink: 0 }}
              data-testid="lean-loop-stage"
            />
          </Group>
        ))}
      </Stack>
    ) : null

  return (
    <Section
      title={t('loop.title')}
      testId="weekly-lean-loop"
      right={
        hidden > 0 ? (
          <Badge variant="outline" color="gray">
            {t('loop.hiddenLearned', { count: hidden })}
          </Badge>
        ) : null
      }
    >
      <Stack gap="sm">
        <RefusalAlert refusal={refusal} onClose={dismiss} />
        {data && shown.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('loop.empty')}
          </Text>
        ) : null}
        {list(t('loop.campaigns'), campaigns)}
        {list(t('loop.tests'), tests)}
      </Stack>
    </Section>
  )
}
