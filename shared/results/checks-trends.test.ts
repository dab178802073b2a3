import { describe, expect, it } from 'vitest'
import { isOutlier, outlierScore, type TrendOptions } from './checks-trends'

const options: TrendOptions = {
  decreaseThreshold: 0.2,
  includeDerivedDecreases: false,
  outlierWindow: 6,
  outlierMinMonths: 3,
  outlierMads: 3,
  outlierMinDeviation: 0.5,
}

describe('outlier rule', () => {
  it('measures the distance from the trailing median in scaled MADs and relative to the median', () => {
    // median 100, absolute deviations 0, 10, 10, 20, 20 → MAD 10 → scaled 14.826
    const score = outlierScore(200, [80, 90, 100, 110, 120], 3)
    expect(score?.median).toBe(100)
    expect(score?.score).toBeCloseTo(100 / 14.826, 9)
    expect(score?.deviation).toBe(1)
    expect(isOutlier(score, options)).toBe(true)
  })

  it('does not flag an ordinary seasonal move of a calm series', () => {
    // 8 MADs away, but only 30 % above the median
    const score = outlierScore(130, [99, 100, 101, 100, 102, 98], 3)
    expect(score?.score).toBeGreaterThan(3)
    expect(isOutlier(score, options)).toBe(false)
  })

  it('flags a drop to zero, and any value against a series of zeros', () => {
    expect(isOutlier(outlierScore(0, [500, 510, 490, 505], 3), options)).toBe(true)
    expect(isOutlier(outlierScore(5, [0, 0, 0], 3), options)).toBe(true)
    expect(isOutlier(outlierScore(0, [0, 0, 0], 3), options)).toBe(false)
    expect(isOutlier(outlierScore(100, [100, 100, 100], 3), options)).toBe(false)
  })

  it('needs enough trailing months', () => {
    expect(outlierScore(1_000, [1, 2], 3)).toBeNull()
    expect(isOutlier(null, options)).toBe(false)
  })
})
