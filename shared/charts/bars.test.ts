import { describe, expect, it } from 'vitest'
import { barGeometry } from './bars'
import type { ChartBox } from './box'

// Plot area x 20…120 (100 wide), y 0…80: four bands of 20 with no padding.
const BOX: ChartBox = { width: 120, height: 80, margin: { top: 0, right: 0, bottom: 0, left: 20 } }

describe('barGeometry', () => {
  it('draws horizontal bars from 0 in proportion to their values (by hand)', () => {
    const geometry = barGeometry({
      categories: [
        { key: 'google-ads', value: 100 },
        { key: 'meta', value: 50 },
        { key: 'linkedin', value: 25 },
        { key: 'seo', value: 0 },
      ],
      box: BOX,
      orientation: 'horizontal',
      padding: 0,
    })
    expect(geometry.domain).toEqual([0, 100])
    expect(geometry.zero).toBe(20)
    expect(geometry.bars.map((b) => b.rect)).toEqual([
      { x: 20, y: 0, width: 100, height: 20 },
      { x: 20, y: 20, width: 50, height: 20 },
      { x: 20, y: 40, width: 25, height: 20 },
      { x: 20, y: 60, width: 0, height: 20 },
    ])
    expect(geometry.bars.map((b) => b.band.center)).toEqual([10, 30, 50, 70])
    expect(geometry.ticks.map((t) => t.position)).toEqual(geometry.ticks.map((t) => 20 + t.value))
  })

  it('draws no bar for a missing value and says it is missing, instead of a zero bar', () => {
    const geometry = barGeometry({
      categories: [
        { key: 'google-ads', value: 80 },
        { key: 'meta', value: null },
      ],
      box: BOX,
      orientation: 'horizontal',
    })
    const [, meta] = geometry.bars
    expect(meta).toMatchObject({ key: 'meta', value: null, missing: true, rect: null })
    expect(geometry.bars[0]?.missing).toBe(false)
  })

  it('puts a thinner comparison bar beside each value bar, on the same axis', () => {
    const geometry = barGeometry({
      categories: [
        { key: 'google-ads', value: 60, comparison: 200 },
        { key: 'meta', value: 40, comparison: null },
      ],
      box: BOX,
      orientation: 'horizontal',
      padding: 0,
    })
    expect(geometry.domain).toEqual([0, 200])
    const [google, meta] = geometry.bars
    // bands of 40: the value bar takes 65 %, the comparison 35 %
    expect(google?.rect).toEqual({ x: 20, y: 0, width: 30, height: 26 })
    expect(google?.comparison).toEqual({ x: 20, y: 26, width: 100, height: 14 })
    expect(meta?.comparison).toBeNull()
  })

  it('grows negative values the other way from zero', () => {
    const geometry = barGeometry({
      categories: [
        { key: 'a', value: -100 },
        { key: 'b', value: 100 },
      ],
      box: BOX,
      orientation: 'horizontal',
      padding: 0,
    })
    expect(geometry.domain).toEqual([-100, 100])
    expect(geometry.zero).toBe(70)
    expect(geometry.bars[0]?.rect).toEqual({ x: 20, y: 0, width: 50, height: 40 })
    expect(geometry.bars[1]?.rect).toEqual({ x: 70, y: 40, width: 50, height: 40 })
  })

  it('draws vertical bars up from the bottom', () => {
    const geometry = barGeometry({
      categories: [
        { key: '2026-09', value: 40 },
        { key: '2026-10', value: 80 },
      ],
      box: { width: 100, height: 100, margin: { top: 20, right: 0, bottom: 0, left: 0 } },
      orientation: 'vertical',
      padding: 0,
    })
    expect(geometry.domain).toEqual([0, 80])
    expect(geometry.bars.map((b) => b.rect)).toEqual([
      { x: 0, y: 60, width: 50, height: 40 },
      { x: 50, y: 20, width: 50, height: 80 },
    ])
  })

  it('has a frame and no bars for no categories', () => {
    const geometry = barGeometry({ categories: [], box: BOX, orientation: 'horizontal' })
    expect(geometry.bars).toEqual([])
    expect(geometry.domain).toEqual([0, 1])
  })
})
