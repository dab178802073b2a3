/**
 * What Today keeps an eye on: briefs waiting for the client's answers (no brief, no project) and
 * budgets past 80 % this month (orange from 80 %, red from 100 %, as on every budget screen).
 */
import { Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { INTL_LOCALE, formatMoney } from '@shared/format'
import { daysWaiting, type BudgetAlarm, type WaitingBrief } from '@shared/today'
import { EmptyLine, Section } from '../../components/Section'
import { BudgetLevelBadge } from '../budgets/BudgetLevelBadge'
import { worstLine } from '../budgets/levels'
import type { TodaySectionProps } from './today-context'
import { entryKey } from './today-entry'
import { TodayList, TodayRow } from './TodayRow'
import { cachedNumberFormat } from '@shared/intl'

/** A brief waiting longer than this many days is shown in amber. */
const LONG_WAIT_DAYS = 7

/** Briefs in clarifying, and drafts of campaigns past the idea stage; longest waiting first. */
export function BriefsSection({ briefs, ...props }: TodaySectionProps & { briefs: WaitingBrief[] }) {
  const { t } = useTranslation('today')
  const { t: tApp } = useTranslation()
  return (
    <Section title={`${t('briefs.title')} · ${briefs.length}`} testId="today-briefs">
      {briefs.length === 0 ? (
        <EmptyLine>{t('briefs.nothing')}</EmptyLine>
      ) : (
        <TodayList label={t('briefs.title')}>
          {briefs.map(({ brief, campaign, waitingSince, openQuestions }) => {
            const entry = { type: 'brief' as const, brief, campaign }
            const days = daysWaiting(waitingSince, props.now)
            const state =
              openQuestions > 0
                ? t('briefs.openQuestions', { count: openQuestions })
                : brief.status === 'draft'
                  ? t('briefs.draftPastIdea', { stage: tApp(`stages.${campaign.stage}`) })
                  : t('briefs.clarifying')
            return (
              <TodayRow
                key={brief.id}
                itemKey={entryKey(entry)}
                title={campaign.name}
                subtitle={`${props.clients.get(brief.clientId)?.name ?? ''} · ${state}`}
                meta={
                  <Text
                    size="xs"
                    className="tabular"
                    c={days >= LONG_WAIT_DAYS ? 'orange.7' : 'dimmed'}
                    data-testid="today-brief-waiting"
                  >
                    {days === 0 ? t('briefs.sinceToday') : t('briefs.waiting', { count: days })}
                  </Text>
                }
                onOpen={() => props.open(entry)}
                shortcuts="Enter"
                testId="today-brief"
              />
            )
          })}
        </TodayList>
      )}
    </Section>
  )
}

/** This month's budgets past 80 %, over-budget ones first. */
export function BudgetsSection({ budgets, ...props }: TodaySectionProps & { budgets: BudgetAlarm[] }) {
  const { t } = useTranslation('today')
  return (
    <Section title={`${t('budgets.title')} · ${budgets.length}`} testId="today-budgets">
      {budgets.length === 0 ? (
        <EmptyLine>{t('budgets.nothing')}</EmptyLine>
      ) : (
        <TodayList label={t('budgets.title')}>
          {budgets.map(({ budget, burn }) => {
            const entry = { type: 'budget' as const, budget }
            const worst = worstLine(burn)
            const media = t('budgets.media', {
              used: formatMoney(budget.mediaSpent, props.language, { whole: true }),
              planned: formatMoney(budget.mediaPlanned, props.language, { whole: true }),
            })
            const hours = cachedNumberFormat(INTL_LOCALE[props.language], { maximumFractionDigits: 1 })
            const work = t('budgets.work', {
              used: hours.format(burn.work.used),
              planned: hours.format(burn.work.planned),
            })
            const parts = [
              burn.media.planned > 0 || burn.media.used > 0 ? media : null,
              burn.work.planned > 0 || burn.work.used > 0 ? work : null,
            ]
            return (
              <TodayRow
                key={budget.id}
                itemKey={entryKey(entry)}
                title={props.clients.get(budget.clientId)?.name ?? ''}
                subtitle={parts.filter(Boolean).join(' · ')}
                meta={
                  <BudgetLevelBadge level={worst.level} share={worst.share} testId="today-budget-level" />
                }
                onOpen={() => props.open(entry)}
                shortcuts="Enter"
                testId="today-budget"
              />
            )
          })}
        </TodayList>
      )}
    </Section>
  )
}
