/** "Results at a glance": the KPI tiles, with a note when the month has no data or no history. */
import { Text } from '@react-pdf/renderer'
import type { MonthlyReportInput } from '@shared/reports/report-input'
import type { ReportContext } from '../components/context'
import { KpiTiles } from '../components/KpiTiles'
import { Section } from '../components/Section'
import { longMonth } from '../format'
import { COLORS, SIZES } from '../theme'

/** Whether the month has no value at all. */
export function hasNoData(input: MonthlyReportInput): boolean {
  return input.model.kpis.every((f) => f.value === null)
}

/** Whether the month has values but nothing earlier to compare them with. */
export function isFirstMonth(input: MonthlyReportInput): boolean {
  const { kpis } = input.model
  return (
    kpis.some((f) => f.value !== null) &&
    kpis.every((f) => f.previous.value === null && f.lastYear.value === null)
  )
}

const note = { fontSize: SIZES.body, color: COLORS.muted, marginBottom: 8 }

/** The glance section. */
export function Glance({ input, ctx }: { input: MonthlyReportInput; ctx: ReportContext }) {
  const month = input.period.key
  return (
    <Section title={ctx.t('monthly.glance')} keepTogether>
      {hasNoData(input) ? (
        <Text style={note}>{ctx.t('monthly.noData', { month: longMonth(month, ctx.language) })}</Text>
      ) : null}
      {isFirstMonth(input) ? <Text style={note}>{ctx.t('monthly.firstMonth')}</Text> : null}
      <KpiTiles
        keys={input.selection.tiles}
        definitions={input.model.metrics}
        figures={input.model.kpis}
        ctx={ctx}
      />
    </Section>
  )
}
