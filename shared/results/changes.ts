/**
 * The change between a value and the value it is compared with (previous month, last year,
 * target, baseline). Policy: a comparison with nothing is nothing — when either side is
 * missing the change is null, and when the base is 0 the relative change is null (shown as
 * "—"), never ±Infinity or NaN. Whether a change is good follows the metric's
 * higher-is-better; metrics that are neither (spend) and unchanged values are neutral.
 */

/** How a change reads for the client. */
export type ChangeDirection = 'good' | 'bad' | 'neutral'

/** The change from `base` to `current`. */
export type Change = {
  /** current − base, or null when either is missing. */
  absolute: number | null
  /** (current − base) / |base|, or null when either is missing or the base is 0. */
  relative: number | null
  direction: ChangeDirection
}

/** The change from `base` to `current` for a metric with the given higher-is-better. */
export function change(
  current: number | null | undefined,
  base: number | null | undefined,
  higherIsBetter: boolean | null,
): Change {
  if (current === null || current === undefined || base === null || base === undefined) {
    return { absolute: null, relative: null, direction: 'neutral' }
  }
  const absolute = current - base
  if (!Number.isFinite(absolute)) return { absolute: null, relative: null, direction: 'neutral' }
  const relativeRaw = base === 0 ? null : absolute / Math.abs(base)
  const relative = relativeRaw !== null && Number.isFinite(relativeRaw) ? relativeRaw : null
  return { absolute, relative, direction: directionOf(absolute, higherIsBetter) }
}

/** Whether a change of this sign is good, bad or neutral for the metric. */
export function directionOf(absolute: number, higherIsBetter: boolean | null): ChangeDirection {
  if (absolute === 0 || higherIsBetter === null) return 'neutral'
  return absolute > 0 === higherIsBetter ? 'good' : 'bad'
}
