/**
 * A change against an earlier value: a small triangle that points the way the value moved,
 * coloured by whether that is good for the metric (higher-is-better), and the signed percentage.
 * A change that cannot be computed (no base, a base of 0) reads "—" without an arrow — never
 * "0 %". One text run, so long tables stay cheap to lay out.
 */
import { Text } from '@react-pdf/renderer'
import { formatChange } from '@shared/results/metric-format'
import type { Change } from '@shared/results/changes'
import { COLORS, SIZES } from '../theme'
import type { ReportContext } from './context'

const DIRECTION_COLOR = { good: COLORS.good, bad: COLORS.bad, neutral: COLORS.neutral } as const

/** The colour a change is printed in. */
export function changeColor(change: Change): string {
  return change.relative === null ? COLORS.faint : DIRECTION_COLOR[change.direction]
}

/** The arrow of a change: ▲ up, ▼ down, nothing when flat or unknown. */
export function changeArrow(change: Change): string {
  if (change.absolute === null || change.relative === null || change.absolute === 0) return ''
  return change.absolute > 0 ? '▲' : '▼'
}

/** The arrow, the percentage and a label ("▲ +12 % MoM"). */
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
  const arrow = changeArrow(change)
  return (
    <Text style={{ fontSize, color: COLORS.muted }}>
      {arrow ? (
        <Text style={{ fontSize: fontSize * 0.75, color: changeColor(change) }}>{`${arrow} `}</Text>
      ) : null}
      <Text style={{ color: changeColor(change), fontWeight: 600 }}>
        {formatChange(change.relative, ctx.language)}
      </Text>
      {label ? ` ${label}` : null}
    </Text>
  )
}
