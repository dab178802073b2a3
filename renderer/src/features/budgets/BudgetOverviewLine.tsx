/** One line on the client overview: this month's media and work budget use, with warnings. */
import { Anchor, Group, Paper, Text } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { budgetBurn } from '@shared/budget'
import { formatMoney, formatNumber } from '@shared/format'
import type { Client } from '@shared/schemas'
import { budgetMonthsRepository } from '../../../db/repositories'
import { useLanguage } from '../../lib/useLanguage'
import { todayIso } from '../../lib/today'
import { BudgetLevelBadge } from './BudgetLevelBadge'

/** The overview's budget line for the current month. */
export function BudgetOverviewLine({ client }: { client: Client }) {
  const { t } = useTranslation('planning')
  const language = useLanguage()
  const today = todayIso()
  const month = today.slice(0, 7)
  const budget = useLiveQuery(
    async () => (await budgetMonthsRepository.forClientMonth(client.id, month)) ?? null,
    [client.id, month],
  )
  if (budget === undefined) return null
  const burn = budget ? budgetBurn(budget, today) : null
  return (
    <Paper withBorder radius="md" px="md" py="xs" data-testid="overview-budget">
      <Group gap="lg" wrap="nowrap">
        <Text size="xs" fw={600} tt="uppercase" c="dimmed" style={{ letterSpacing: 0.4 }}>
          {t('budgets.thisMonth')}
        </Text>
        {burn ? (
          <>
            <Group gap={6} wrap="nowrap">
              <Text size="sm">{t('budgets.media')}</Text>
              <Text size="sm" c="dimmed" className="tabular">
                {formatMoney({ amountMinor: burn.media.used, currency: burn.currency }, language, {
                  whole: true,
                })}{' '}
                /{' '}
                {formatMoney({ amountMinor: burn.media.planned, currency: burn.currency }, language, {
                  whole: true,
                })}
              </Text>
              <BudgetLevelBadge
                level={burn.media.level}
                share={burn.media.share}
                testId="overview-budget-media"
              />
            </Group>
            <Group gap={6} wrap="nowrap">
              <Text size="sm">{t('budgets.work')}</Text>
              <Text size="sm" c="dimmed" className="tabular">
                {t('units.hours', {
                  value: `${formatNumber(burn.work.used, language, 1)} / ${formatNumber(burn.work.planned, language, 1)}`,
                })}
              </Text>
              <BudgetLevelBadge
                level={burn.work.level}
                share={burn.work.share}
                testId="overview-budget-work"
              />
            </Group>
          </>
        ) : (
          <Text size="sm" c="dimmed">
            {t('budgets.noBudgetShort')}
          </Text>
        )}
        <Anchor component={Link} to={`/clients/${client.id}/budgets`} size="sm" ml="auto">
          {t('budgets.open')}
        </Anchor>
      </Group>
    </Paper>
  )
}
