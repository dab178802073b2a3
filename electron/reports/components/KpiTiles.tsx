/**
 * The KPI tiles: each metric's value with its change against the previous month and the same
 * month last year, and its target. A comparison without a base is left out (a first month shows
 * no year-over-year at all, never "0 %"); a tile with no comparison says there is no earlier data.
 */
import { StyleSheet, Text, View } from '@react-pdf/renderer'
import type { Comparison, Figure } from '@shared/results/model-schemas'
import type { MetricDefinition } from '@shared/results/metrics'
import { formatMetric, formatShare } from '@shared/results/metric-format'
import { COLORS, CONTENT_WIDTH, SIZES } from '../theme'
import { metricLabel } from '../format'
import { ChangeText } from './ChangeText'
import type { ReportContext } from './context'

const GAP = 8
const COLUMNS = 4
const TILE_WIDTH = (CONTENT_WIDTH - GAP * (COLUMNS - 1)) / COLUMNS

const styles = StyleSheet.create({
  grid: { flexDirection: 'row', flexWrap: 'wrap', gap: GAP },
  tile: {
    width: TILE_WIDTH,
    minHeight: 84,
    borderWidth: 0.6,
    borderColor: COLORS.rule,
    borderRadius: 4,
    paddingHorizontal: 9,
    paddingVertical: 8,
    gap: 3,
  },
  label: { fontSize: SIZES.small, color: COLORS.muted },
  value: { fontSize: 15, fontWeight: 600, color: COLORS.text, marginBottom: 2 },
  partial: { fontSize: SIZES.small, color: COLORS.warning },
  none: { fontSize: SIZES.small, color: COLORS.faint },
  target: { fontSize: SIZES.small, color: COLORS.muted, marginTop: 2 },
  track: { height: 2.5, backgroundColor: COLORS.surface, borderRadius: 2, marginTop: 3 },
  bar: { height: 2.5, borderRadius: 2 },
})

/** A comparison a tile prints: the change against a base, and its label. */
export type TileComparison = { base: Comparison; label: string }

/** What a tile reads of a figure (a monthly, quarterly or annual one). */
export type TileFigure = Pick<Figure, 'key' | 'value' | 'status' | 'target'>

/** One metric's tile; `comparisons` replaces the default previous month and last year. */
export function KpiTile({
  definition,
  figure,
  comparisons: given,
  ctx,
}: {
  definition: MetricDefinition
  figure: TileFigure & Partial<Pick<Figure, 'previous' | 'lastYear'>>
  comparisons?: readonly TileComparison[]
  ctx: ReportContext
}) {
  const { t, language, currency } = ctx
  const value = formatMetric(definition, figure.value, currency, language)
  const defaults: TileComparison[] = [
    ...(figure.previous ? [{ base: figure.previous, label: t('tile.mom') }] : []),
    ...(figure.lastYear ? [{ base: figure.lastYear, label: t('tile.yoy') }] : []),
  ]
  const comparisons = (given ?? defaults).filter((c) => c.base.value !== null)
  return (
    <View style={styles.tile} wrap={false}>
      <Text style={styles.label}>{metricLabel(definition, t)}</Text>
      <Text style={styles.value}>
        {value}
        {figure.status === 'partial' ? <Text style={styles.partial}> *</Text> : null}
      </Text>
      {comparisons.length === 0 ? <Text style={styles.none}>{t('tile.noHistory')}</Text> : null}
      {comparisons.map((c) => (
        <ChangeText key={c.label} change={c.base.change} label={c.label} ctx={ctx} />
      ))}
      {figure.target && figure.target.value !== null ? (
        <TargetLine definition={definition} figure={figure} ctx={ctx} />
      ) : null}
    </View>
  )
}

function TargetLine({
  definition,
  figure,
  ctx,
}: {
  definition: MetricDefinition
  figure: TileFigure
  ctx: ReportContext
}) {
  const { t, language, currency } = ctx
  const targetValue = figure.target?.value ?? null
  if (targetValue === null) return null
  const targetText = formatMetric(definition, targetValue, currency, language)
  if (definition.higherIsBetter === false) {
    const met = figure.value !== null && figure.value <= targetValue
    return (
      <Text style={styles.target}>
        {`${t('tile.targetLower', { target: targetText })} · `}
        <Text style={{ color: figure.value === null ? COLORS.faint : met ? COLORS.good : COLORS.bad }}>
          {figure.value === null ? '—' : t(met ? 'tile.targetMet' : 'tile.targetMissed')}
        </Text>
      </Text>
    )
  }
  const share = figure.value !== null && targetValue > 0 ? figure.value / targetValue : null
  return (
    <View>
      <View style={styles.track}>
        <View
          style={[
            styles.bar,
            {
              width: `${Math.round(Math.min(1, Math.max(0, share ?? 0)) * 100)}%`,
              backgroundColor: share !== null && share >= 1 ? COLORS.good : ctx.accent,
            },
          ]}
        />
      </View>
      <Text style={styles.target}>
        {t('tile.targetShare', { share: formatShare(share, language), target: targetText })}
      </Text>
    </View>
  )
}

/** The tiles of the chosen metrics, four to a row. */
export function KpiTiles<F extends TileFigure & Partial<Pick<Figure, 'previous' | 'lastYear'>>>({
  keys,
  definitions,
  figures,
  comparisonsOf,
  ctx,
}: {
  keys: readonly string[]
  definitions: readonly MetricDefinition[]
  figures: readonly F[]
  /** The comparisons of each tile, when not the previous month and last year. */
  comparisonsOf?: (figure: F) => TileComparison[]
  ctx: ReportContext
}) {
  const byKey = new Map(figures.map((f) => [f.key, f]))
  const tiles = keys.flatMap((key) => {
    const definition = definitions.find((d) => d.key === key)
    const figure = byKey.get(key)
    return definition && figure ? [{ definition, figure }] : []
  })
  const partial = tiles.some((tile) => tile.figure.status === 'partial')
  return (
    <View>
      <View style={styles.grid}>
        {tiles.map(({ definition, figure }) => (
          <KpiTile
            key={definition.key}
            definition={definition}
            figure={figure}
            {...(comparisonsOf ? { comparisons: comparisonsOf(figure) } : {})}
            ctx={ctx}
          />
        ))}
      </View>
      {partial ? <Text style={[styles.partial, { marginTop: 6 }]}>{ctx.t('tile.partial')}</Text> : null}
    </View>
  )
}
