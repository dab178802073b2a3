/**
 * A client's Results tab: the chosen month's KPI tiles (value, MoM, YoY, target), 13-month
 * trends with last year's line, results per channel and campaign, the month's commentary, and
 * the data check's status, which opens the verification panel. The month and the open panel
 * live in the URL, so links (and a reload) come back to the same place.
 */
import { ActionIcon, Button, Group, Menu, Select, SimpleGrid, Stack, Text, Tooltip } from '@mantine/core'
import {
  IconChevronDown,
  IconChevronLeft,
  IconChevronRight,
  IconDatabaseEdit,
  IconPencil,
} from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { formatMonth } from '@shared/format'
import type { MetricDefinition } from '@shared/results/metrics'
import type { MonthlyModel } from '@shared/results/models'
import { lastCompleteMonth, monthOfDate, monthRange } from '@shared/results/months'
import type { Client, Language } from '@shared/schemas'
import type { ClientResultsData } from '../../../db/repositories/results'
import { Section } from '../../components/Section'
import { useLanguage } from '../../lib/useLanguage'
import { todayIso } from '../../lib/today'
import { AllMetricsTable } from './AllMetricsTable'
import { BreakdownTable } from './BreakdownTables'
import { ChannelBars } from './ChannelBars'
import { CommentaryPreview } from './CommentaryPreview'
import { KpiTile, type TileComparison } from './KpiTile'
import { breakdownPrimary, keyMetrics, trendMetrics } from '@shared/reports/metric-selection'
import { commentaryPath, dataPath } from './paths'
import { latestPeriodUpTo } from './periods'
import { TrendChart, TrendLegend } from './TrendChart'
import {
  useClientResults,
  useMetricLabel,
  useMonthlyModel,
  usePeriodCheck,
  usePeriodLabel,
  useVerifiedStamp,
} from './useResults'
import { VerificationPanel, VerificationStatus } from './VerificationPanel'

/** The months the picker offers: from the first data (or the cooperation start) to the latest, newest first. */
export function pickableMonths(data: ClientResultsData, today: string): string[] {
  const latest = lastCompleteMonth(today)
  const dataMonths = data.rows.map((r) => r.month)
  const first = [monthOfDate(data.client.cooperationStart), ...dataMonths].reduce((a, b) => (a < b ? a : b))
  const last = [latest, ...dataMonths].reduce((a, b) => (a > b ? a : b))
  return monthRange(first, last).reverse()
}

/** The Results tab of a client's page. */
export function ResultsTab({ client }: { client: Client }) {
  const { t } = useTranslation('results')
  const language = useLanguage()
  const [params, setParams] = useSearchParams()
  const data = useClientResults(client.id)
  const today = todayIso()
  const month = params.get('month') ?? lastCompleteMonth(today)
  const verifying = params.get('verify')
  const monthCheck = usePeriodCheck(data, month)
  // A quarter's or year's check (opened from its commentary) is computed besides the month's.
  const otherCheck = usePeriodCheck(data, verifying !== null && verifying !== month ? verifying : null)
  const panelCheck = otherCheck ?? monthCheck
  useVerifiedStamp(data, monthCheck)
  const model = useMonthlyModel(data, month)
  if (!data) return null

  const setMonth = (next: string) =>
    setParams(
      (current) => {
        current.set('month', next)
        return current
      },
      { replace: true },
    )
  const setVerify = (period: string | null) =>
    setParams((current) => {
      if (period) current.set('verify', period)
      else current.delete('verify')
      return current
    })

  if (data.rows.length === 0 || !model) {
    return (
      <Stack p="lg" gap="sm" data-testid="client-results">
        <Section title={t('tab.kpis')}>
          <Stack gap={8} align="flex-start">
            <Text size="sm">{t('tab.noData')}</Text>
            <Text size="sm" c="dimmed">
              {t('tab.noDataBody')}
            </Text>
            <Button
              component={Link}
              to={dataPath(client.id)}
              variant="default"
              leftSection={<IconDatabaseEdit size={14} />}
            >
              {t('tab.editData')}
            </Button>
          </Stack>
        </Section>
      </Stack>
    )
  }

  const months = pickableMonths(data, today)
  return (
    <Stack gap="md" p="lg" data-testid="client-results" data-month={month}>
      <ResultsToolbar
        client={client}
        month={month}
        months={months}
        onMonth={setMonth}
        status={monthCheck ? <VerificationStatus check={monthCheck} onOpen={() => setVerify(month)} /> : null}
        hasCommentary={data.commentaries.some((c) => c.periodKind === 'month' && c.period === month)}
      />
      {model.kpis.every((f) => f.value === null) ? (
        <Text size="sm" c="dimmed" data-testid="results-month-empty">
          {t('tab.noDataMonth', { month: formatMonth(month, language) })}
        </Text>
      ) : null}
      <KpiGrid model={model} language={language} />
      <Trends model={model} language={language} />
      <Section title={t('tab.allMetrics')} testId="results-metrics">
        <div style={{ margin: '0 -16px' }}>
          <AllMetricsTable
            definitions={model.metrics}
            figures={model.kpis}
            currency={model.currency}
            language={language}
          />
        </div>
      </Section>
      <ChannelSection model={model} language={language} />
      <Section title={t('tab.byCampaign')} testId="results-campaigns">
        <div style={{ margin: '0 -16px' }}>
          <BreakdownTable
            kind="campaign"
            rows={model.campaigns.map((c) => ({
              key: c.campaignId,
              name: c.name ?? t('unnamedCampaign'),
              channels: c.channels,
              figures: c.figures,
            }))}
            definitions={model.metrics}
            primary={primaryMetric(model)}
            currency={model.currency}
            language={language}
          />
        </div>
      </Section>
      <CommentaryPreview data={data} month={month} />
      <VerificationPanel
        data={data}
        check={panelCheck}
        opened={verifying !== null}
        onClose={() => setVerify(null)}
      />
    </Stack>
  )
}

function ResultsToolbar({
  client,
  month,
  months,
  onMonth,
  status,
  hasCommentary,
}: {
  client: Client
  month: string
  months: string[]
  onMonth: (month: string) => void
  status: React.ReactNode
  hasCommentary: boolean
}) {
  const { t } = useTranslation('results')
  const language = useLanguage()
  const navigate = useNavigate()
  const periodLabel = usePeriodLabel()
  const options = months.includes(month) ? months : [month, ...months]
  const index = options.indexOf(month)
  const older = options[index + 1]
  const newer = index > 0 ? options[index - 1] : undefined
  return (
    <Group justify="space-between" wrap="nowrap">
      <Group gap={6} wrap="nowrap">
        <Tooltip label={t('tab.previousMonth')} openDelay={400}>
          <ActionIcon
            variant="default"
            size={30}
            onClick={() => older && onMonth(older)}
            disabled={!older}
            aria-label={t('tab.previousMonth')}
            data-testid="results-month-previous"
          >
            <IconChevronLeft size={14} />
          </ActionIcon>
        </Tooltip>
        <Select
          data={options.map((value) => ({ value, label: formatMonth(value, language) }))}
          value={month}
          onChange={(value) => value && onMonth(value)}
          allowDeselect={false}
          searchable
          w={150}
          aria-label={t('tab.month')}
          data-testid="results-month-select"
        />
        <Tooltip label={t('tab.nextMonth')} openDelay={400}>
          <ActionIcon
            variant="default"
            size={30}
            onClick={() => newer && onMonth(newer)}
            disabled={!newer}
            aria-label={t('tab.nextMonth')}
            data-testid="results-month-next"
          >
            <IconChevronRight size={14} />
          </ActionIcon>
        </Tooltip>
        {status}
      </Group>
      <Group gap="xs" wrap="nowrap">
        <Button
          component={Link}
          to={dataPath(client.id, month)}
          variant="default"
          leftSection={<IconDatabaseEdit size={14} />}
          data-testid="results-edit-data"
        >
          {t('tab.editData')}
        </Button>
        <Button.Group>
          <Button
            variant={hasCommentary ? 'default' : 'filled'}
            leftSection={<IconPencil size={14} />}
            onClick={() => void navigate(commentaryPath(client.id, 'month', month))}
            data-testid="results-write-commentary"
          >
            {t(hasCommentary ? 'tab.editCommentary' : 'tab.writeCommentary')}
          </Button>
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <Button
                variant={hasCommentary ? 'default' : 'filled'}
                px={6}
                aria-label={t('tab.commentary')}
                data-testid="results-commentary-menu"
              >
                <IconChevronDown size={14} />
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {(['month', 'quarter', 'year'] as const).map((kind) => {
                const period = latestPeriodUpTo(kind, month)
                return (
                  <Menu.Item
                    key={kind}
                    onClick={() => void navigate(commentaryPath(client.id, kind, period))}
                    data-testid={`results-commentary-${kind}`}
                  >
                    {t('tab.commentaryFor', { period: periodLabel(period) })}
                  </Menu.Item>
                )
              })}
            </Menu.Dropdown>
          </Menu>
        </Button.Group>
      </Group>
    </Group>
  )
}

/** The metric whose change the breakdown tables show. */
function primaryMetric(model: MonthlyModel): MetricDefinition | null {
  return breakdownPrimary(model.metrics, (key) =>
    model.channels.some((c) => c.figures.some((f) => f.key === key && f.value !== null)),
  )
}

/** The tiles of a model's KPIs. */
export function KpiGrid({
  model,
  language,
  cols = 6,
  count = 6,
  compact = false,
}: {
  model: MonthlyModel
  language: Language
  cols?: number
  count?: number
  compact?: boolean
}) {
  const { t } = useTranslation('results')
  const metricLabel = useMetricLabel()
  const figures = new Map(model.kpis.map((f) => [f.key, f]))
  const metrics = keyMetrics(model.metrics, model.kpis, count)
  return (
    <SimpleGrid cols={cols} spacing="sm" verticalSpacing="sm" data-testid="kpi-grid">
      {metrics.map((definition) => {
        const figure = figures.get(definition.key)
        if (!figure) return null
        const comparisons: TileComparison[] = [
          {
            id: 'previous',
            label: t('tile.mom'),
            base: figure.previous.value,
            change: figure.previous.change,
          },
          {
            id: 'lastYear',
            label: t('tile.yoy'),
            base: figure.lastYear.value,
            change: figure.lastYear.change,
          },
        ]
        return (
          <KpiTile
            key={definition.key}
            label={metricLabel(definition)}
            definition={definition}
            value={figure.value}
            partial={figure.status === 'partial'}
            comparisons={comparisons}
            target={
              figure.target && figure.target.value !== null
                ? { value: figure.target.value, change: figure.target.change }
                : null
            }
            currency={model.currency}
            language={language}
            compact={compact}
          />
        )
      })}
    </SimpleGrid>
  )
}

function Trends({ model, language }: { model: MonthlyModel; language: Language }) {
  const { t } = useTranslation('results')
  const metricLabel = useMetricLabel()
  const metrics = trendMetrics(model.metrics, model.series.metrics)
  if (metrics.length === 0) return null
  return (
    <Section title={t('tab.trends')} right={<TrendLegend />} testId="results-trends">
      <SimpleGrid cols={2} spacing="lg" verticalSpacing="md">
        {metrics.map((definition) => {
          const series = model.series.metrics.find((s) => s.key === definition.key)
          if (!series) return null
          return (
            <Stack key={definition.key} gap={4}>
              <Text size="sm" fw={500}>
                {metricLabel(definition)}
              </Text>
              <TrendChart
                definition={definition}
                label={metricLabel(definition)}
                months={model.series.months}
                values={series.values}
                lastYear={series.lastYear}
                currency={model.currency}
                language={language}
              />
            </Stack>
          )
        })}
      </SimpleGrid>
    </Section>
  )
}

function ChannelSection({ model, language }: { model: MonthlyModel; language: Language }) {
  const { t } = useTranslation('results')
  const { t: tApp } = useTranslation()
  const metricLabel = useMetricLabel()
  const primary = primaryMetric(model)
  const spend = model.metrics.find((d) => d.key === 'spend') ?? null
  const barMetrics = [spend, primary].filter(
    (d): d is MetricDefinition =>
      d !== null &&
      model.channels.some((c) =>
        c.figures.some((f) => f.key === d.key && (f.value !== null || f.previous.value !== null)),
      ),
  )
  return (
    <Section
      title={t('tab.byChannel')}
      testId="results-channels"
      right={
        barMetrics.length > 0 ? (
          <Group gap="md">
            <BarSwatch
              color="var(--mantine-color-indigo-5)"
              label={formatMonth(model.period.months[0] ?? '', language)}
            />
            <BarSwatch color="var(--mantine-color-gray-4)" label={t('chart.previousMonth')} />
          </Group>
        ) : null
      }
    >
      <Stack gap="md">
        {barMetrics.length > 0 && model.channels.length > 0 ? (
          <SimpleGrid cols={2} spacing="lg">
            {barMetrics.map((definition) => (
              <Stack key={definition.key} gap={4}>
                <Group justify="space-between">
                  <Text size="sm" fw={500}>
                    {t('tab.channelBars', { metric: metricLabel(definition) })}
                  </Text>
                </Group>
                <ChannelBars
                  definition={definition}
                  channels={model.channels.map((c) => {
                    const figure = c.figures.find((f) => f.key === definition.key)
                    return {
                      key: c.channel,
                      label: tApp(`channels.${c.channel}`),
                      value: figure?.value ?? null,
                      previous: figure?.previous.value ?? null,
                    }
                  })}
                  currency={model.currency}
                  language={language}
                  label={t('chart.barsLabel', {
                    metric: metricLabel(definition),
                    month: formatMonth(model.period.months[0] ?? '', language),
                  })}
                  testId={`channel-bars-${definition.key}`}
                />
              </Stack>
            ))}
          </SimpleGrid>
        ) : null}
        <div style={{ margin: '0 -16px' }}>
          <BreakdownTable
            kind="channel"
            rows={model.channels.map((c) => ({
              key: c.channel,
              name: tApp(`channels.${c.channel}`),
              figures: c.figures,
            }))}
            definitions={model.metrics}
            primary={primary}
            currency={model.currency}
            language={language}
          />
        </div>
      </Stack>
    </Section>
  )
}

function BarSwatch({ color, label }: { color: string; label: string }) {
  return (
    <Group gap={6} wrap="nowrap">
      <span
        aria-hidden
        style={{ width: 10, height: 10, borderRadius: 2, background: color, display: 'inline-block' }}
      />
      <Text size="xs" c="dimmed">
        {label}
      </Text>
    </Group>
  )
}
