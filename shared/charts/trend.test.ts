import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ChartBox } from './box'
import { isLabelledMonth, monthLabelStep, trendGeometry } from './trend'

// Plot area x 10…130, y 10…110: with 13 months each month is 10 units apart.
const BOX: ChartBox = { width: 140, height: 120, margin: { top: 10, right: 10, bottom: 10, left: 10 } }
const MONTHS = [
  '2025-10',
  '2025-11',
  '2025-12',
  '2026-01',
  '2026-02',
  '2026-03',
  '2026-04',
  '2026-05',
  '2026-06',
  '2026-07',
  '2026-08',
  '2026-09',
  '2026-10',
]

/** The coordinates of a path as runs: each `M` starts a new run of [x, y] points. */
function runs(path: string): [number, number][][] {
  if (path === '') return []
  return path
    .split('M')
    .filter((part) => part !== '')
    .map((part) =>
      part.split('L').map((pair) => {
        const [x, y] = pair.split(',').map(Number)
        return [x ?? NaN, y ?? NaN] as [number, number]
      }),
    )
}

describe('trendGeometry', () => {
  it('maps months evenly across the plot and values onto a zero-based axis (by hand)', () => {
    const values = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 50, 25]
    const geometry = trendGeometry({ months: MONTHS, values, box: BOX })
    expect(geometry.plot).toEqual({ left: 10, right: 130, top: 10, bottom: 110 })
    expect(geometry.domain).toEqual([0, 100])
    expect(geometry.months.map((m) => m.x)).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130])
    // y = 110 − value (the axis spans 100 units for values 0…100)
    expect(geometry.current.points.map((p) => p.y)).toEqual([
      110, 100, 90, 80, 70, 60, 50, 40, 30, 20, 10, 60, 85,
    ])
    expect(geometry.current.path).toBe(
      'M10,110L20,100L30,90L40,80L50,70L60,60L70,50L80,40L90,30L100,20L110,10L120,60L130,85',
    )
    expect(geometry.lastYear).toBeNull()
    expect(geometry.empty).toBe(false)
  })

  it('draws a reference level across the chart and scales the axis to include it', () => {
    const values = [10, 20, 30, 40, 50, 60, 60, 60, 60, 60, 60, 60, 60]
    const geometry = trendGeometry({ months: MONTHS, values, box: BOX, reference: 100 })
    expect(geometry.domain).toEqual([0, 100])
    expect(geometry.reference).toBe(10)
    expect(trendGeometry({ months: MONTHS, values, box: BOX, reference: 30 }).reference).toBe(60)
    expect(trendGeometry({ months: MONTHS, values, box: BOX, reference: null }).reference).toBeNull()
    expect(trendGeometry({ months: MONTHS, values, box: BOX }).reference).toBeNull()
  })

  it('breaks the line at a missing month instead of drawing it down to 0', () => {
    const values = [40, 40, null, 60, 60, 60, 60, 60, 60, 60, 60, 60, 100]
    const geometry = trendGeometry({ months: MONTHS, values, box: BOX })
    expect(geometry.current.path).toBe(
      'M10,70L20,70M40,50L50,50L60,50L70,50L80,50L90,50L100,50L110,50L120,50L130,10',
    )
    const missing = geometry.current.points[2]
    expect(missing).toMatchObject({ month: '2025-12', value: null, y: null, isolated: false })
    // Nothing is drawn at the missing month's x, least of all at the axis's zero (y = 110).
    const drawn = runs(geometry.current.path).flat()
    expect(drawn.some(([x]) => x === 30)).toBe(false)
    expect(drawn.some(([, y]) => y === 110)).toBe(false)
  })

  it('marks a value with no neighbour as isolated and leaves it out of the path', () => {
    const values = [null, 20, null, null, 50, 50, null, null, null, null, null, null, null]
    const geometry = trendGeometry({ months: MONTHS, values, box: BOX })
    expect(geometry.current.points.filter((p) => p.isolated).map((p) => p.month)).toEqual(['2025-11'])
    // the axis runs to 50, the pair's value
    expect(geometry.current.path).toBe('M50,10L60,10')
  })

  it('scales the axis to cover last year’s line as well as this year’s', () => {
    const values = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130]
    const lastYear = [150, 160, 170, 180, 190, 200, null, 180, 170, 160, 150, 140, 130]
    const geometry = trendGeometry({ months: MONTHS, values, lastYear, box: BOX })
    expect(geometry.domain).toEqual([0, 200])
    // last year's peak (200) reaches the top of the plot, this year's end (130) stays below it
    expect(geometry.lastYear?.points[5]?.y).toBe(10)
    expect(geometry.current.points[12]?.y).toBe(110 - 130 / 2)
    expect(runs(geometry.lastYear?.path ?? '')).toHaveLength(2)
    for (const point of [...geometry.current.points, ...(geometry.lastYear?.points ?? [])]) {
      if (point.y === null) continue
      expect(point.y).toBeGreaterThanOrEqual(geometry.plot.top)
      expect(point.y).toBeLessThanOrEqual(geometry.plot.bottom)
    }
  })

  it('rounds the axis to nice ticks that include both ends of the domain', () => {
    const values = [873, 512, 640, null, 701, 455, 390, 810, 600, 777, 702, 699, 660]
    const geometry = trendGeometry({ months: MONTHS, values, box: BOX })
    expect(geometry.domain).toEqual([0, 1000])
    expect(geometry.ticks.map((t) => t.value)).toEqual([0, 200, 400, 600, 800, 1000])
    expect(geometry.ticks.map((t) => t.position)).toEqual([110, 90, 70, 50, 30, 10])
  })

  it('extends the axis below zero for negative values', () => {
    const values = [-50, 50, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100]
    const geometry = trendGeometry({ months: MONTHS, values, box: BOX })
    expect(geometry.domain[0]).toBeLessThanOrEqual(-50)
    expect(geometry.domain[1]).toBeGreaterThanOrEqual(100)
    expect(geometry.ticks.some((t) => t.value === 0)).toBe(true)
  })

  it('draws nothing, on a readable frame, when no month has a value', () => {
    const none = MONTHS.map(() => null)
    const geometry = trendGeometry({ months: MONTHS, values: none, lastYear: none, box: BOX })
    expect(geometry.empty).toBe(true)
    expect(geometry.current.path).toBe('')
    expect(geometry.lastYear?.path).toBe('')
    expect(geometry.domain).toEqual([0, 1])
  })

  it('keeps a flat series of zeros on the axis’s floor', () => {
    const geometry = trendGeometry({ months: MONTHS, values: MONTHS.map(() => 0), box: BOX })
    expect(geometry.domain).toEqual([0, 1])
    expect(geometry.current.points.every((p) => p.y === 110)).toBe(true)
  })

  it('puts a single month in the middle', () => {
    const geometry = trendGeometry({ months: ['2026-10'], values: [5], box: BOX })
    expect(geometry.months[0]?.x).toBe(70)
    expect(geometry.current.points[0]?.isolated).toBe(true)
  })

  it('property: every value is drawn inside the plot, and the path has one run per stretch of two or more months', () => {
    const series = fc.array(fc.option(fc.integer({ min: -1_000_000, max: 1_000_000 }), { nil: null }), {
      minLength: 13,
      maxLength: 13,
    })
    fc.assert(
      fc.property(series, series, (values, lastYear) => {
        const geometry = trendGeometry({ months: MONTHS, values, lastYear, box: BOX })
        for (const value of [...values, ...lastYear]) {
          if (value === null) continue
          expect(value).toBeGreaterThanOrEqual(geometry.domain[0])
          expect(value).toBeLessThanOrEqual(geometry.domain[1])
        }
        for (const point of geometry.current.points) {
          expect(point.y === null).toBe(point.value === null)
          if (point.y !== null) {
            expect(point.y).toBeGreaterThanOrEqual(geometry.plot.top - 1e-9)
            expect(point.y).toBeLessThanOrEqual(geometry.plot.bottom + 1e-9)
          }
        }
        let stretches = 0
        let length = 0
        for (const value of [...values, null]) {
          if (value !== null) length += 1
          else {
            if (length >= 2) stretches += 1
            length = 0
          }
        }
        expect(runs(geometry.current.path)).toHaveLength(stretches)
        expect(geometry.current.path).not.toMatch(/NaN|Infinity/)
      }),
    )
  })
})

describe('month labels', () => {
  it('labels every other month when labels would touch, always including the last', () => {
    // 13 months over 120 units: 10 apart; a 25-unit label needs every third month
    expect(monthLabelStep(13, 120, 25)).toBe(3)
    expect(monthLabelStep(13, 600, 40)).toBe(1)
    const labelled = MONTHS.map((_, i) => i).filter((i) => isLabelledMonth(i, 13, 3))
    expect(labelled).toEqual([0, 3, 6, 9, 12])
  })
})
