/**
 * The media and work budget of a month: used of planned, the share as a bar coloured by its
 * alarm level (shared/budget.ts: 80 % warns, 100 % is over), and the month-end forecast while
 * the month runs.
 */
import { StyleSheet, Text, View } from '@react-pdf/renderer'
import { formatMoney, formatNumber } from '@shared/format'
import { formatShare } from '@shared/results/metric-format'
import type { ReportBudget, ReportBudgetLine } from '@shared/reports/report-input'
import { COLORS, SIZES } from '../theme'
import type { ReportContext } from './context'

const LEVEL_COLOR = { ok: '', warning: COLORS.warning, over: COLORS.bad } as const

const styles = StyleSheet.create({
  row: { flexDirection: 'row', gap: 10 },
  card: {
    flex: 1,
    borderWidth: 0.6,
    borderColor: COLORS.rule,
    borderRadius: 4,
    paddingHorizontal: 10,
    paddingVertical: 8,
    gap: 3,
  },
  label: { fontSize: SIZES.small, color: COLORS.muted },
  value: { fontSize: 12, fontWeight: 600, color: COLORS.text },
  track: { height: 4, backgroundColor: COLORS.surface, borderRadius: 2, marginVertical: 3 },
  bar: { height: 4, borderRadius: 2 },
  note: { fontSize: SIZES.small, color: COLORS.muted },
})

function hours(value: number, ctx: ReportContext): string {
  return formatNumber(value, ctx.language, Number.isInteger(value) ? 0 : 1)
}

function BudgetCard({
  label,
  line,
  amount,
  extra,
  ctx,
}: {
  label: string
  line: ReportBudgetLine
  amount: (value: number) => string
  extra: string | null
  ctx: ReportContext
}) {
  const color = LEVEL_COLOR[line.level] || ctx.accent
  const share = line.share ?? (line.used > 0 ? 1 : 0)
  return (
    <View style={styles.card} wrap={false}>
      <Text style={styles.label}>{label}</Text>
      <Text style={styles.value}>
        {ctx.t('monthly.usedOf', { used: amount(line.used), planned: amount(line.planned) })}
      </Text>
      <View style={styles.track}>
        <View
          style={[styles.bar, { width: `${Math.round(Math.min(1, share) * 100)}%`, backgroundColor: color }]}
        />
      </View>
      <Text style={[styles.note, line.level === 'ok' ? {} : { color: LEVEL_COLOR[line.level] }]}>
        {ctx.t('monthly.share', { share: formatShare(line.share, ctx.language) })}
      </Text>
      {line.forecast !== null && line.forecast !== line.used ? (
        // A forecast past the plan is what the client should see coming: it is coloured like the use.
        <Text
          style={[
            styles.note,
            line.forecastLevel === null || line.forecastLevel === 'ok'
              ? {}
              : { color: LEVEL_COLOR[line.forecastLevel] },
          ]}
        >
          {ctx.t('monthly.forecast', { value: amount(line.forecast) })}
        </Text>
      ) : null}
      {extra ? <Text style={styles.note}>{extra}</Text> : null}
    </View>
  )
}

/** The month's media and work budget side by side. */
export function BudgetUse({ budget, ctx }: { budget: ReportBudget; ctx: ReportContext }) {
  const money = (value: number) =>
    formatMoney({ amountMinor: value, currency: budget.currency }, ctx.language, { whole: true })
  return (
    <View style={styles.row}>
      <BudgetCard label={ctx.t('monthly.media')} line={budget.media} amount={money} extra={null} ctx={ctx} />
      <BudgetCard
        label={ctx.t('monthly.work')}
        line={budget.work}
        amount={(value) => ctx.t('monthly.hours', { value: hours(value, ctx) })}
        extra={
          budget.workFee
            ? ctx.t('monthly.workFee', { fee: formatMoney(budget.workFee, ctx.language, { whole: true }) })
            : null
        }
        ctx={ctx}
      />
    </View>
  )
}
