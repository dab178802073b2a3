/**
 * A change against an earlier value: an arrow that points the way the value moved, coloured by
 * whether that is good for the metric (higher-is-better), and the signed percentage. A change
 * that cannot be computed (no base, a base of 0) reads "—" without an arrow — never "0 %".
 */
import { Path, Svg, Text, View } from '@react-pdf/renderer'
import { formatChange } from '@shared/results/metric-format'
import type { Change } from '@shared/results/changes'
import { COLORS, SIZES } from '../theme'
import type { ReportContext } from './context'

const DIRECTION_COLOR = { good: COLORS.good, bad: COLORS.bad, neutral: COLORS.neutral } as const

/** The colour a change is printed in. */
export function changeColor(change: Change): string {
  return change.relative === null ? COLORS.faint : DIRECTION_COLOR[change.direction]
}

/** A small arrow up, down or flat. */
export function ChangeArrow({ change, size = 6 }: { change: Change; size?: number }) {
  if (change.absolute === null || change.relative === null) return null
  const color = changeColor(change)
  const path =
    change.absolute > 0
      ? 'M5 1 L9 7 L1 7 Z'
      : change.absolute < 0
        ? 'M1 3 L9 3 L5 9 Z'
        : 'M1 4 L9 4 L9 6 L1 6 Z'
  return (
    <Svg width={size} height={size} viewBox="0 0 10 10">
      <Path d={path} fill={color} />
    </Svg>
  )
}

/** The arrow, the percentage and a label ("▲ +12 % vs previous month"). */
export function ChangeText({
  change,
  label,
  ctx,
  fontSize = SIZES.small,
}: {
  change: Change
  label?: string
  ctx: ReportContext
  fontSize?: number
}) {
  return (
    <View style={{ flexDirection: 'row', alignItems: 'center', gap: 3 }}>
      <ChangeArrow change={change} size={fontSize * 0.8} />
      <Text style={{ fontSize, color: changeColor(change), fontWeight: 600 }}>
        {formatChange(change.relative, ctx.language)}
      </Text>
      {label ? <Text style={{ fontSize, color: COLORS.muted }}>{label}</Text> : null}
    </View>
  )
}
