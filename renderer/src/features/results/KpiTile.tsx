/**
 * A KPI tile: the value, its changes against earlier periods (arrows coloured by whether the
 * change is good for this metric), and the progress towards a target when one is set. A change
 * that cannot be computed reads "—", never 0 %.
 */
import { Group, Paper, Progress, Stack, Text, Tooltip } from '@mantine/core'
import { IconArrowDownRight, IconArrowRight, IconArrowUpRight } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { Change } from '@shared/results/changes'
import type { MetricDefinition } from '@shared/results/metrics'
import { formatChange, formatMetric, formatShare } from '@shared/results/metric-format'
import type { Language } from '@shared/schemas'

/** One comparison of a tile: a short label (MoM, YoY) and the change against its base value. */
export type TileComparison = {
  id: 'previous' | 'lastYear' | 'baseline'
  label: string
  base: number | null
  change: Change
}

/** A target and the change to it. */
export type TileTarget = { value: number; change: Change }

const DIRECTION_COLOR = { good: 'teal.7', bad: 'red.7', neutral: 'dimmed' } as const

/** The change against one base: an arrow coloured by direction, and the signed percentage. */
export function ChangeValue({
  comparison,
  definition,
  currency,
  language,
  testId,
}: {
  comparison: TileComparison
  definition: MetricDefinition
  currency: string
  language: Language
  testId?: string
}) {
  const { t } = useTranslation('results')
  const { change } = comparison
  const text = formatChange(change.relative, language)
  const Arrow =
    change.absolute === null || change.relative === null
      ? null
      : change.absolute > 0
        ? IconArrowUpRight
        : change.absolute < 0
          ? IconArrowDownRight
          : IconArrowRight
  const color = change.relative === null ? 'dimmed' : DIRECTION_COLOR[change.direction]
  const title = t('tile.changeTitle', {
    label: comparison.label,
    change: text,
    base:
      comparison.base === null
        ? t('tile.noBase')
        : formatMetric(definition, comparison.base, currency, language),
  })
  return (
    <Tooltip label={title} openDelay={400} withinPortal>
      <Group
        gap={2}
        wrap="nowrap"
        data-testid={testId}
        data-direction={change.relative === null ? 'none' : change.direction}
        aria-label={title}
      >
        {Arrow ? (
          <Arrow size={13} stroke={2} color={`var(--mantine-color-${color.replace('.', '-')})`} />
        ) : null}
        <Text size="xs" fw={500} c={color} className="tabular" style={{ whiteSpace: 'nowrap' }}>
          {text}
        </Text>
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {comparison.label}
        </Text>
      </Group>
    </Tooltip>
  )
}

/** A KPI tile. */
export function KpiTile({
  label,
  definition,
  value,
  partial = false,
  comparisons,
  target,
  currency,
  language,
  compact = false,
}: {
  label: string
  definition: MetricDefinition
  value: number | null
  partial?: boolean
  comparisons: TileComparison[]
  target: TileTarget | null
  currency: string
  language: Language
  compact?: boolean
}) {
  const { t } = useTranslation('results')
  return (
    <Paper
      withBorder
      radius="md"
      px="sm"
      py={compact ? 8 : 10}
      data-testid="kpi-tile"
      data-metric={definition.key}
      style={{ minWidth: 0 }}
    >
      <Stack gap={compact ? 2 : 4}>
        <Text size="xs" c="dimmed" truncate title={label}>
          {label}
        </Text>
        <Group gap={4} align="baseline" wrap="nowrap">
          <Text
            fz={compact ? 16 : 20}
            fw={600}
            lh={1.2}
            className="tabular"
            data-testid="kpi-value"
            style={{ whiteSpace: 'nowrap' }}
          >
            {formatMetric(definition, value, currency, language)}
          </Text>
          {partial ? (
            <Tooltip label={t('tile.partial')} withinPortal>
              <Text size="xs" c="orange.7" aria-label={t('tile.partial')}>
                *
              </Text>
            </Tooltip>
          ) : null}
        </Group>
        <Group gap={10} wrap="wrap" style={{ rowGap: 0 }}>
          {comparisons.map((comparison) => (
            <ChangeValue
              key={comparison.id}
              comparison={comparison}
              definition={definition}
              currency={currency}
              language={language}
              testId={`kpi-change-${comparison.id}`}
            />
          ))}
        </Group>
        {target ? (
          <TargetLine
            definition={definition}
            value={value}
            target={target}
            currency={currency}
            language={language}
          />
        ) : null}
      </Stack>
    </Paper>
  )
}

function TargetLine({
  definition,
  value,
  target,
  currency,
  language,
}: {
  definition: MetricDefinition
  value: number | null
  target: TileTarget
  currency: string
  language: Language
}) {
  const { t } = useTranslation('results')
  const targetText = formatMetric(definition, target.value, currency, language)
  if (definition.higherIsBetter === false) {
    const met = value !== null && value <= target.value
    return (
      <Text size="xs" c="dimmed" data-testid="kpi-target">
        {t('tile.targetLower', { target: targetText })} ·{' '}
        <Text span size="xs" c={value === null ? 'dimmed' : met ? 'teal.7' : 'red.7'}>
          {value === null ? '—' : t(met ? 'tile.targetMet' : 'tile.targetMissed')}
        </Text>
      </Text>
    )
  }
  const share = value !== null && target.value > 0 ? value / target.value : null
  return (
    <Stack gap={3} data-testid="kpi-target">
      <Progress
        value={Math.min(100, Math.max(0, (share ?? 0) * 100))}
        size={4}
        radius="xl"
        color={share !== null && share >= 1 ? 'teal' : 'indigo'}
        aria-hidden
      />
      <Text size="xs" c="dimmed" className="tabular" lh={1.3}>
        {t('tile.target', { share: formatShare(share, language), target: targetText })}
      </Text>
    </Stack>
  )
}
