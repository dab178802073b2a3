/** The month's media and work budget use (shared/budget.ts). */
import { Text } from '@react-pdf/renderer'
import type { MonthlyReportInput } from '@shared/reports/report-input'
import { BudgetUse } from '../components/BudgetUse'
import type { ReportContext } from '../components/context'
import { Section } from '../components/Section'
import { longMonth } from '../format'
import { COLORS, SIZES } from '../theme'

/** The budget section. */
export function Budget({ input, ctx }: { input: MonthlyReportInput; ctx: ReportContext }) {
  return (
    <Section title={ctx.t('monthly.budget')} keepTogether>
      {input.budget ? (
        <BudgetUse budget={input.budget} ctx={ctx} />
      ) : (
        <Text style={{ fontSize: SIZES.body, color: COLORS.muted }}>
          {ctx.t('monthly.noBudget', { month: longMonth(input.period.key, ctx.language) })}
        </Text>
      )}
    </Section>
  )
}
