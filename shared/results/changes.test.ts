import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { change } from './changes'

describe('change', () => {
  it('gives the absolute and relative change and whether it is good', () => {
    expect(change(120, 100, true)).toEqual({ absolute: 20, relative: 0.2, direction: 'good' })
    expect(change(80, 100, true)).toEqual({ absolute: -20, relative: -0.2, direction: 'bad' })
    expect(change(80, 100, false)).toEqual({ absolute: -20, relative: -0.2, direction: 'good' })
    expect(change(120, 100, null)).toEqual({ absolute: 20, relative: 0.2, direction: 'neutral' })
    expect(change(100, 100, true)).toEqual({ absolute: 0, relative: 0, direction: 'neutral' })
  })

  it('has no relative change from a base of 0, and no change at all when a side is missing', () => {
    expect(change(5, 0, true)).toEqual({ absolute: 5, relative: null, direction: 'good' })
    expect(change(0, 0, true)).toEqual({ absolute: 0, relative: null, direction: 'neutral' })
    expect(change(5, null, true)).toEqual({ absolute: null, relative: null, direction: 'neutral' })
    expect(change(null, 5, true)).toEqual({ absolute: null, relative: null, direction: 'neutral' })
    expect(change(undefined, 5, false)).toEqual({ absolute: null, relative: null, direction: 'neutral' })
    // a base so tiny the ratio overflows has no relative change either (found by fast-check)
    expect(change(8.881784197001252e-16, 5e-324, true)).toEqual({
      absolute: 8.881784197001252e-16,
      relative: null,
      direction: 'good',
    })
  })

  it('measures a negative base by its size so the sign stays right', () => {
    expect(change(-5, -10, true)).toEqual({ absolute: 5, relative: 0.5, direction: 'good' })
  })

  it('a change’s sign agrees with higher-is-better, and nothing is NaN or Infinity', () => {
    const value = fc.oneof(
      fc.constant(null),
      fc.constant(0),
      fc.double({ min: -1e12, max: 1e12, noNaN: true }),
    )
    fc.assert(
      fc.property(value, value, fc.constantFrom(true, false, null), (current, base, higherIsBetter) => {
        const result = change(current, base, higherIsBetter)
        if (current === null || base === null) {
          expect(result).toEqual({ absolute: null, relative: null, direction: 'neutral' })
          return
        }
        const absolute = result.absolute ?? 0
        expect(Number.isFinite(absolute)).toBe(true)
        expect(Math.sign(absolute)).toBe(Math.sign(current - base))
        if (result.relative !== null) {
          expect(Number.isFinite(result.relative)).toBe(true)
          expect(Math.sign(result.relative)).toBe(Math.sign(absolute))
        } else {
          // only a zero base, or one so tiny the ratio overflows (5e-324), has no relative change
          expect(base === 0 || !Number.isFinite(absolute / Math.abs(base))).toBe(true)
        }
        const expected =
          absolute === 0 || higherIsBetter === null
            ? 'neutral'
            : absolute > 0 === higherIsBetter
              ? 'good'
              : 'bad'
        expect(result.direction).toBe(expected)
      }),
    )
  })
})
