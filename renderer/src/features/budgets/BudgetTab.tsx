/**
 * A client's Budgets tab: the chosen month's media and work budget with warnings at 80 % and
 * 100 % and a burn-down with its forecast to month end, every month in a table, and the team
 * booked on the client.
 */
import { useState } from 'react'
import { Alert, Button, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core'
import { IconAlertTriangle, IconPencil, IconPlus } from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { budgetBurn, burnSeries, type BudgetBurn, type BudgetLine } from '@shared/budget'
import { formatMoney, formatMonth, formatNumber } from '@shared/format'
import type { BudgetMonth, Client, Language } from '@shared/schemas'
import { budgetMonthsRepository } from '../../../db/repositories'
import { DataTable } from '../../components/DataTable'
import { EmptyLine, Section } from '../../components/Section'
import { useLanguage } from '../../lib/useLanguage'
import { todayIso } from '../../lib/today'
import { AllocationsEditor } from '../team/AllocationsEditor'
import { BudgetMonthForm } from './BudgetMonthForm'
import { BudgetLevelBadge } from './BudgetLevelBadge'
import { BurnChart } from './BurnChart'
import { formatShare, LEVEL_COLORS } from './levels'

function addMonths(month: string, delta: number): string {
  const [year = 1970, index = 1] = month.split('-').map(Number)
  const total = year * 12 + index - 1 + delta
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`
}

/** The Budgets tab of a client's page. */
export function BudgetTab({ client }: { client: Client }) {
  const { t } = useTranslation('planning')
  const language = useLanguage()
  const today = todayIso()
  const currentMonth = today.slice(0, 7)
  const [month, setMonth] = useState(currentMonth)
  const [formOpen, setFormOpen] = useState(false)
  const budgets = useLiveQuery(() => budgetMonthsRepository.listForClient(client.id), [client.id])
  if (!budgets) return null

  const budget = budgets.find((row) => row.month === month)
  const months = [
    ...new Set([addMonths(currentMonth, 1), currentMonth, month, ...budgets.map((b) => b.month)]),
  ]
    .sort()
    .reverse()
  const burn = budget ? budgetBurn(budget, today) : null

  return (
    <Stack gap="md" p="lg" data-testid="client-budgets">
      <Group justify="space-between">
        <Group gap="sm">
          <Select
            data={months.map((value) => ({ value, label: formatMonth(value, language) }))}
            value={month}
            onChange={(value) => value && setMonth(value)}
            allowDeselect={false}
            w={200}
            aria-label={t('budgets.form.month')}
            data-testid="budget-month-select"
          />
        </Group>
        <Button
          variant={budget ? 'default' : 'filled'}
          leftSection={budget ? <IconPencil size={14} /> : <IconPlus size={14} />}
          onClick={() => setFormOpen(true)}
          data-testid="budget-edit"
        >
          {t(budget ? 'budgets.edit' : 'budgets.add')}
        </Button>
      </Group>
      {burn ? <BudgetAlerts burn={burn} language={language} /> : null}
      {budget && burn ? (
        <SimpleGrid cols={2} spacing="md">
          <BurnSection budget={budget} burn={burn} kind="media" today={today} language={language} />
          <BurnSection budget={budget} burn={burn} kind="work" today={today} language={language} />
        </SimpleGrid>
      ) : (
        <Section title={formatMonth(month, language)}>
          <EmptyLine>{t('budgets.noBudget')}</EmptyLine>
        </Section>
      )}
      <Section title={t('budgets.history')}>
        <MonthsTable budgets={budgets} today={today} onPick={setMonth} selected={month} />
      </Section>
      <AllocationsEditor client={client} />
      <BudgetMonthForm
        client={client}
        month={month}
        budget={budget}
        opened={formOpen}
        onClose={() => setFormOpen(false)}
      />
    </Stack>
  )
}

/** The 80 % and 100 % warnings of the month, media and work separately. */
function BudgetAlerts({ burn, language }: { burn: BudgetBurn; language: Language }) {
  const { t } = useTranslation('planning')
  const alerts = (['media', 'work'] as const).flatMap((kind) => {
    const line = burn[kind]
    if (line.level === 'ok') return []
    return [{ kind, level: line.level, share: formatShare(line.share, language) }]
  })
  if (alerts.length === 0) return null
  return (
    <Stack gap={6}>
      {alerts.map(({ kind, level, share }) => (
        <Alert
          key={kind}
          color={level === 'over' ? 'red' : 'orange'}
          variant="light"
          p="xs"
          icon={<IconAlertTriangle size={16} />}
          data-testid={`budget-alert-${kind}`}
          data-level={level}
        >
          {t(`budgets.alert.${kind}.${level}`, { share })}
        </Alert>
      ))}
    </Stack>
  )
}

function BurnSection({
  budget,
  burn,
  kind,
  today,
  language,
}: {
  budget: BudgetMonth
  burn: BudgetBurn
  kind: 'media' | 'work'
  today: string
  language: Language
}) {
  const { t } = useTranslation('planning')
  const line: BudgetLine = burn[kind]
  const format =
    kind === 'media'
      ? (value: number) =>
          formatMoney({ amountMinor: Math.round(value), currency: burn.currency }, language, { whole: true })
      : (value: number) => t('units.hours', { value: formatNumber(value, language, value % 1 === 0 ? 0 : 1) })
  const series = burnSeries(line.planned, line.used, budget.month, today)
  const forecast =
    line.forecast === null ? null : (
      <Text
        size="xs"
        c={line.forecastLevel === 'ok' ? 'dimmed' : line.forecastLevel === 'over' ? 'red.7' : 'orange.7'}
        data-testid={`budget-${kind}-forecast`}
      >
        {t('budgets.forecast', {
          value: format(line.forecast),
          share: formatShare(line.planned > 0 ? line.forecast / line.planned : null, language),
        })}
      </Text>
    )
  return (
    <Section
      title={t(kind === 'media' ? 'budgets.media' : 'budgets.work')}
      right={<BudgetLevelBadge level={line.level} share={line.share} />}
      testId={`budget-${kind}`}
    >
      <Stack gap={6}>
        <Group gap={6} align="baseline">
          <Text fz={20} fw={600} className="tabular" data-testid={`budget-${kind}-used`}>
            {format(line.used)}
          </Text>
          <Text size="sm" c="dimmed" className="tabular">
            {t('budgets.ofPlanned', { planned: format(line.planned) })}
          </Text>
        </Group>
        {kind === 'work' && budget.workFee ? (
          <Text size="xs" c="dimmed">
            {t('budgets.fee', { fee: formatMoney(budget.workFee, language, { whole: true }) })}
          </Text>
        ) : null}
        {forecast}
        <BurnChart
          series={series}
          forecastLevel={line.forecastLevel}
          formatValue={format}
          label={t('budgets.chartLabel', { budget: t(kind === 'media' ? 'budgets.media' : 'budgets.work') })}
          testId={`budget-${kind}-chart`}
        />
        <Group gap="md">
          <Legend color="var(--mantine-color-blue-6)" label={t('budgets.legend.actual')} />
          <Legend color="var(--mantine-color-gray-5)" label={t('budgets.legend.ideal')} dashed />
          {series.phase === 'current' ? (
            <Legend
              color={`var(--mantine-color-${LEVEL_COLORS[line.forecastLevel ?? 'ok']}-6)`}
              label={t('budgets.legend.forecast')}
              dashed
            />
          ) : null}
        </Group>
      </Stack>
    </Section>
  )
}

function Legend({ color, label, dashed = false }: { color: string; label: string; dashed?: boolean }) {
  return (
    <Group gap={6} wrap="nowrap">
      <svg width={16} height={6} aria-hidden>
        <line
          x1={0}
          x2={16}
          y1={3}
          y2={3}
          stroke={color}
          strokeWidth={2}
          strokeDasharray={dashed ? '4 2' : undefined}
        />
      </svg>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
    </Group>
  )
}

function MonthsTable({
  budgets,
  today,
  selected,
  onPick,
}: {
  budgets: BudgetMonth[]
  today: string
  selected: string
  onPick: (month: string) => void
}) {
  const { t } = useTranslation('planning')
  const language = useLanguage()
  const rows = budgets.map((budget) => ({ budget, burn: budgetBurn(budget, today) }))
  const money = (amountMinor: number, currency: string) =>
    formatMoney({ amountMinor, currency }, language, { whole: true })
  return (
    <DataTable
      testId="budget-months"
      rowTestId="budget-month-row"
      rows={rows}
      rowKey={(row) => row.budget.id}
      empty={t('budgets.noMonths')}
      onRowClick={(row) => onPick(row.budget.month)}
      columns={[
        {
          key: 'month',
          header: t('budgets.columns.month'),
          render: (row) => (
            <Text size="sm" fw={row.budget.month === selected ? 600 : 400}>
              {formatMonth(row.budget.month, language)}
            </Text>
          ),
        },
        {
          key: 'mediaPlanned',
          header: t('budgets.columns.mediaPlanned'),
          align: 'right',
          numeric: true,
          render: (row) => money(row.budget.mediaPlanned.amountMinor, row.budget.mediaPlanned.currency),
        },
        {
          key: 'mediaSpent',
          header: t('budgets.columns.mediaSpent'),
          align: 'right',
          numeric: true,
          render: (row) => money(row.budget.mediaSpent.amountMinor, row.budget.mediaSpent.currency),
        },
        {
          key: 'mediaLevel',
          header: '',
          render: (row) => <BudgetLevelBadge level={row.burn.media.level} share={row.burn.media.share} />,
        },
        {
          key: 'hours',
          header: t('budgets.columns.hours'),
          align: 'right',
          numeric: true,
          render: (row) =>
            `${formatNumber(row.budget.workHoursUsed, language, 1)} / ${formatNumber(row.budget.workHoursPlanned, language, 1)}`,
        },
        {
          key: 'workLevel',
          header: '',
          render: (row) => <BudgetLevelBadge level={row.burn.work.level} share={row.burn.work.share} />,
        },
        {
          key: 'fee',
          header: t('budgets.columns.fee'),
          align: 'right',
          numeric: true,
          render: (row) =>
            row.budget.workFee ? money(row.budget.workFee.amountMinor, row.budget.workFee.currency) : '—',
        },
      ]}
    />
  )
}
