/**
 * The figures a commentary explains, beside it: the period's key KPIs with their changes
 * (month: MoM and YoY; quarter: QoQ and YoY; year: YoY and against the pre-cooperation
 * baseline) and the state of the period's data check.
 */
import { Button, SimpleGrid, Stack, Text } from '@mantine/core'
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { AnnualModel, MonthlyModel, QuarterlyModel } from '@shared/results/models'
import type { Language } from '@shared/schemas'
import { Section } from '../../components/Section'
import { KpiTile, type TileComparison } from './KpiTile'
import { keyMetrics } from '@shared/reports/metric-selection'
import { resultsPath } from './paths'
import { lastMonthOf } from './periods'
import { useMetricLabel, type PeriodCheck } from './useResults'

/** Any report model. */
export type PeriodModel = MonthlyModel | QuarterlyModel | AnnualModel

/** The tiles' comparisons of a model's figure. */
export function comparisonsOf(
  model: PeriodModel,
  key: string,
  labels: { previous: string; lastYear: string; baseline: string },
): TileComparison[] {
  if (model.kind === 'year') {
    const figure = model.kpis.find((f) => f.key === key)
    if (!figure) return []
    return [
      { id: 'previous', label: labels.lastYear, base: figure.previous.value, change: figure.previous.change },
      ...(figure.baseline
        ? [
            {
              id: 'baseline' as const,
              label: labels.baseline,
              base: figure.baseline.value,
              change: figure.baseline.change,
            },
          ]
        : []),
    ]
  }
  const figure = model.kpis.find((f) => f.key === key)
  if (!figure) return []
  return [
    { id: 'previous', label: labels.previous, base: figure.previous.value, change: figure.previous.change },
    { id: 'lastYear', label: labels.lastYear, base: figure.lastYear.value, change: figure.lastYear.change },
  ]
}

/** The short labels of a model's comparisons. */
export function useComparisonLabels(model: PeriodModel): {
  previous: string
  lastYear: string
  baseline: string
} {
  const { t } = useTranslation('results')
  return {
    previous: t(model.kind === 'quarter' ? 'tile.qoq' : 'tile.mom'),
    lastYear: t('tile.yoy'),
    baseline: t('tile.vsBaseline'),
  }
}

/** The side column of the commentary editor. */
export function FiguresColumn({
  clientId,
  model,
  check,
  periodLabel,
  language,
}: {
  clientId: string
  model: PeriodModel | null
  check: PeriodCheck | null
  periodLabel: string
  language: Language
}) {
  const { t } = useTranslation('results')
  const metricLabel = useMetricLabel()
  return (
    <Stack gap="md" data-testid="commentary-figures">
      {check ? (
        <Section title={t('editor.check')} testId="commentary-check">
          <Stack gap={8} align="flex-start">
            <Text
              size="sm"
              fw={500}
              c={check.verified ? 'teal.7' : 'orange.7'}
              data-testid="commentary-check-status"
              data-open={check.open.length}
            >
              {check.verified ? (
                <IconCircleCheck size={14} style={{ verticalAlign: -2, marginRight: 6 }} />
              ) : (
                <IconAlertTriangle size={14} style={{ verticalAlign: -2, marginRight: 6 }} />
              )}
              {check.verified
                ? t('verification.verified')
                : t('verification.open', { count: check.open.length })}
            </Text>
            <Button
              component={Link}
              to={resultsPath(clientId, { month: lastMonthOf(check.period), verify: check.period })}
              size="compact-xs"
              variant="light"
              data-testid="commentary-open-check"
            >
              {t('editor.openCheck')}
            </Button>
          </Stack>
        </Section>
      ) : null}
      <Section title={t('editor.figures', { period: periodLabel })}>
        {model ? (
          <FigureTiles model={model} language={language} metricLabel={metricLabel} />
        ) : (
          <Text size="sm" c="dimmed">
            {t('editor.noFigures')}
          </Text>
        )}
      </Section>
    </Stack>
  )
}

function FigureTiles({
  model,
  language,
  metricLabel,
}: {
  model: PeriodModel
  language: Language
  metricLabel: ReturnType<typeof useMetricLabel>
}) {
  const labels = useComparisonLabels(model)
  const figures = model.kpis.map((f) => ({
    key: f.key,
    value: f.value,
    previous: f.previous,
    ...('lastYear' in f ? { lastYear: f.lastYear } : {}),
    ...('baseline' in f ? { baseline: f.baseline } : {}),
  }))
  const metrics = keyMetrics(model.metrics, figures, 8)
  return (
    <SimpleGrid cols={2} spacing={8} verticalSpacing={8}>
      {metrics.map((definition) => {
        const figure = model.kpis.find((f) => f.key === definition.key)
        if (!figure) return null
        return (
          <KpiTile
            key={definition.key}
            label={metricLabel(definition)}
            definition={definition}
            value={figure.value}
            partial={figure.status === 'partial'}
            comparisons={comparisonsOf(model, definition.key, labels)}
            target={
              figure.target && figure.target.value !== null
                ? { value: figure.target.value, change: figure.target.change }
                : null
            }
            currency={model.currency}
            language={language}
            compact
          />
        )
      })}
    </SimpleGrid>
  )
}
