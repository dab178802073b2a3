/**
 * The explained decreases: per metric the cause and the proposed fix — both are needed to clear
 * the data check's finding — with the period's numbers beside it and whether the check still
 * counts it as open.
 */
import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
} from '@mantine/core'
import { IconPlus, IconX } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { isExplained, metricOfDecrease } from '@shared/results/commentary-decreases'
import type { MetricDefinition } from '@shared/results/metrics'
import { formatChange, formatMetric } from '@shared/results/metric-format'
import type { ExplainedDecrease, Language } from '@shared/schemas'
import { useMetricLabel } from './useResults'

/** A metric's change over the period, for the numbers beside a decrease. */
export type MetricChange = {
  value: number | null
  base: number | null
  relative: number | null
  label: string
}

/** Props of the decreases editor. */
export type DecreasesEditorProps = {
  rows: readonly ExplainedDecrease[]
  onChange: (rows: ExplainedDecrease[]) => void
  newId: () => string
  definitions: readonly MetricDefinition[]
  /** The period's change of a metric (by key), if the model has it. */
  changeOf: (key: string) => MetricChange | null
  /** Metric keys with an open unexplained-decrease finding in the period. */
  openMetrics: ReadonlySet<string>
  currency: string
  language: Language
  lang?: string
}

/** The decreases editor. */
export function DecreasesEditor({
  rows,
  onChange,
  newId,
  definitions,
  changeOf,
  openMetrics,
  currency,
  language,
  lang,
}: DecreasesEditorProps) {
  const { t } = useTranslation('results')
  const metricLabel = useMetricLabel()
  const options = definitions.map((d) => ({ value: d.key, label: metricLabel(d) }))
  const update = (id: string, patch: Partial<ExplainedDecrease>) =>
    onChange(rows.map((row) => (row.id === id ? { ...row, ...patch } : row)))

  return (
    <Stack gap="sm" data-testid="decreases-editor">
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('editor.noDecreases')}
        </Text>
      ) : null}
      {rows.map((row) => {
        const definition = metricOfDecrease(row.metric, definitions)
        const key = definition?.key ?? row.metric
        const change = definition ? changeOf(definition.key) : null
        const explained = isExplained(row)
        const open = !explained && definition !== null && openMetrics.has(definition.key)
        const hasCause = row.cause.trim() !== ''
        const hasFix = row.fix.trim() !== ''
        const data = options.some((o) => o.value === key)
          ? options
          : [{ value: key, label: row.metric }, ...options]
        return (
          <Paper
            key={row.id}
            withBorder
            radius="sm"
            p="sm"
            data-testid="decrease-row"
            data-metric={key}
            data-state={explained ? 'explained' : open ? 'open' : 'draft'}
          >
            <Stack gap={8}>
              <Group justify="space-between" wrap="nowrap" gap="sm">
                <Group gap="sm" wrap="nowrap">
                  <Select
                    data={data}
                    value={key}
                    onChange={(value) => value && update(row.id, { metric: value })}
                    allowDeselect={false}
                    searchable
                    w={190}
                    aria-label={t('editor.metric')}
                    data-testid="decrease-metric"
                  />
                  {change && definition ? (
                    <Text size="xs" c="dimmed" className="tabular" data-testid="decrease-change">
                      <Text
                        span
                        size="xs"
                        fw={600}
                        c={change.relative !== null && change.relative < 0 ? 'red.7' : undefined}
                      >
                        {formatChange(change.relative, language)}
                      </Text>{' '}
                      {change.label} · {formatMetric(definition, change.base, currency, language)} →{' '}
                      {formatMetric(definition, change.value, currency, language)}
                    </Text>
                  ) : null}
                </Group>
                <Group gap={6} wrap="nowrap">
                  {explained ? (
                    <Badge color="teal" size="sm">
                      {t('editor.decreaseExplained')}
                    </Badge>
                  ) : open ? (
                    <Badge color="orange" size="sm">
                      {t('editor.decreaseOpen')}
                    </Badge>
                  ) : null}
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    onClick={() => onChange(rows.filter((r) => r.id !== row.id))}
                    aria-label={t('editor.remove')}
                  >
                    <IconX size={14} />
                  </ActionIcon>
                </Group>
              </Group>
              <SimpleGrid cols={2} spacing="sm">
                <Textarea
                  label={t('editor.cause')}
                  placeholder={t('editor.causePlaceholder')}
                  value={row.cause}
                  onChange={(event) => update(row.id, { cause: event.currentTarget.value })}
                  error={!hasCause && hasFix ? t('editor.causeRequired') : undefined}
                  autosize
                  minRows={2}
                  lang={lang}
                  data-testid="decrease-cause"
                />
                <Textarea
                  label={t('editor.fix')}
                  placeholder={t('editor.fixPlaceholder')}
                  value={row.fix}
                  onChange={(event) => update(row.id, { fix: event.currentTarget.value })}
                  error={!hasFix && hasCause ? t('editor.fixRequired') : undefined}
                  autosize
                  minRows={2}
                  lang={lang}
                  data-testid="decrease-fix"
                />
              </SimpleGrid>
            </Stack>
          </Paper>
        )
      })}
      <Group>
        <Button
          variant="subtle"
          size="compact-xs"
          leftSection={<IconPlus size={12} />}
          onClick={() =>
            onChange([
              ...rows,
              {
                id: newId(),
                metric:
                  definitions.find((d) => d.key === 'conversions')?.key ??
                  definitions[0]?.key ??
                  'conversions',
                cause: '',
                fix: '',
              },
            ])
          }
          data-testid="decrease-add"
        >
          {t('editor.addDecrease')}
        </Button>
      </Group>
    </Stack>
  )
}
