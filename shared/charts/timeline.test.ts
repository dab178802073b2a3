import { describe, expect, it } from 'vitest'
import type { ChartBox } from './box'
import { timelineGeometry } from './timeline'

// Plot x 0…120: with twelve months each month is 10 wide; rows of 20.
const BOX: ChartBox = { width: 120, height: 60, margin: { top: 0, right: 0, bottom: 0, left: 0 } }

describe('timelineGeometry', () => {
  it('places each item from the start of its first month to the end of its last (by hand)', () => {
    const geometry = timelineGeometry({
      items: [
        { id: 'a', startMonth: '2027-01', endMonth: '2027-12' },
        { id: 'b', startMonth: '2027-03', endMonth: '2027-05' },
        { id: 'c', startMonth: '2027-11', endMonth: '2027-11' },
      ],
      box: BOX,
    })
    expect(geometry.months.map((m) => m.month)).toEqual([
      '2027-01',
      '2027-02',
      '2027-03',
      '2027-04',
      '2027-05',
      '2027-06',
      '2027-07',
      '2027-08',
      '2027-09',
      '2027-10',
      '2027-11',
      '2027-12',
    ])
    expect(geometry.bars.map((b) => [b.rect, b.y, b.height])).toEqual([
      [{ x: 0, width: 120 }, 0, 20],
      [{ x: 20, width: 30 }, 20, 20],
      [{ x: 100, width: 10 }, 40, 20],
    ])
  })

  it('covers a year from the given first month even when the plan is short, and grows past it', () => {
    const short = timelineGeometry({
      items: [{ id: 'a', startMonth: '2027-04', endMonth: '2027-05' }],
      box: BOX,
      from: '2027-01',
    })
    expect(short.months[0]?.month).toBe('2027-01')
    expect(short.months).toHaveLength(12)
    const long = timelineGeometry({
      items: [{ id: 'a', startMonth: '2027-01', endMonth: '2028-06' }],
      box: BOX,
    })
    expect(long.months).toHaveLength(18)
    expect(long.bars[0]?.rect?.width).toBe(120)
  })

  it('draws no bar for an item that ends before it starts, keeping its row', () => {
    const geometry = timelineGeometry({
      items: [
        { id: 'a', startMonth: '2027-06', endMonth: '2027-02' },
        { id: 'b', startMonth: '2027-01', endMonth: '2027-02' },
      ],
      box: BOX,
    })
    expect(geometry.bars[0]).toMatchObject({ id: 'a', invalid: true, rect: null, row: 0 })
    expect(geometry.bars[1]).toMatchObject({ id: 'b', invalid: false, row: 1, y: 30 })
    expect(geometry.months[0]?.month).toBe('2027-01')
  })

  it('keeps one axis for every part of a plan drawn in parts, given its first and last month', () => {
    const items = [
      { id: 'a', startMonth: '2027-01', endMonth: '2027-03' },
      { id: 'b', startMonth: '2027-06', endMonth: '2028-02' },
    ]
    const whole = timelineGeometry({ items, box: BOX })
    const parts = items.map((item) =>
      timelineGeometry({ items: [item], box: BOX, from: '2027-01', to: '2028-02' }),
    )
    for (const part of parts) expect(part.months).toEqual(whole.months)
    expect(parts[1]?.bars[0]?.rect).toEqual(whole.bars[1]?.rect)
    // An axis reaching further than asked is not cut back.
    expect(timelineGeometry({ items, box: BOX, to: '2027-05' }).months).toHaveLength(14)
  })

  it('has an empty year for no items', () => {
    const geometry = timelineGeometry({ items: [], box: BOX, from: '2027-01' })
    expect(geometry.bars).toEqual([])
    expect(geometry.months).toHaveLength(12)
  })
})
