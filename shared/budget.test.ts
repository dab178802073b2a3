import { afterEach, describe, expect, it, vi } from 'vitest'
import fc from 'fast-check'
import { TZDate } from '@date-fns/tz'
import { getDaysInMonth } from 'date-fns'
import {
  BUDGET_OVER_SHARE,
  BUDGET_WARNING_SHARE,
  budgetBurn,
  budgetLevel,
  burnSeries,
  monthProgress,
  type BudgetBurnInput,
} from './budget'

function budget(month: string, media: [number, number], hours: [number, number] = [0, 0]): BudgetBurnInput {
  return {
    month,
    mediaPlanned: { amountMinor: media[0], currency: 'EUR' },
    mediaSpent: { amountMinor: media[1], currency: 'EUR' },
    workHoursPlanned: hours[0],
    workHoursUsed: hours[1],
  }
}

describe('budgetLevel thresholds', () => {
  it('are 80 % and 100 %', () => {
    expect(BUDGET_WARNING_SHARE).toBe(0.8)
    expect(BUDGET_OVER_SHARE).toBe(1)
  })

  it('warns exactly at 80 % and is over exactly at 100 %', () => {
    expect(budgetLevel(79_999, 100_000)).toBe('ok')
    expect(budgetLevel(80_000, 100_000)).toBe('warning')
    expect(budgetLevel(99_999, 100_000)).toBe('warning')
    expect(budgetLevel(100_000, 100_000)).toBe('over')
    expect(budgetLevel(100_001, 100_000)).toBe('over')
  })

  it('is not fooled by binary fractions of hours (2.4 of 3 hours is 80 %)', () => {
    expect(2.4 / 3).toBeLessThan(0.8)
    expect(budgetLevel(2.4, 3)).toBe('warning')
    expect(budgetLevel(2.3, 3)).toBe('ok')
  })

  it('calls any use of a zero budget over, and no use of it ok', () => {
    expect(budgetLevel(0, 0)).toBe('ok')
    expect(budgetLevel(1, 0)).toBe('over')
  })
})

describe('monthProgress', () => {
  it('counts today as elapsed in the current month', () => {
    expect(monthProgress('2026-02', '2026-02-14')).toEqual({
      phase: 'current',
      daysInMonth: 28,
      elapsedDays: 14,
    })
    expect(monthProgress('2028-02', '2028-02-01')).toEqual({
      phase: 'current',
      daysInMonth: 29,
      elapsedDays: 1,
    })
    expect(monthProgress('2026-01', '2026-01-31')).toEqual({
      phase: 'current',
      daysInMonth: 31,
      elapsedDays: 31,
    })
  })

  it('knows past and future months across a year boundary', () => {
    expect(monthProgress('2025-12', '2026-01-01')).toEqual({
      phase: 'past',
      daysInMonth: 31,
      elapsedDays: 31,
    })
    expect(monthProgress('2027-01', '2026-12-31')).toEqual({
      phase: 'future',
      daysInMonth: 31,
      elapsedDays: 0,
    })
    expect(monthProgress('2100-02', '2026-03-01').daysInMonth).toBe(28)
    expect(monthProgress('2000-02', '2026-03-01').daysInMonth).toBe(29)
  })

  it('counts the days of any month as the calendar (date-fns in UTC) does', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const key = `${String(year)}-${String(month).padStart(2, '0')}`
        expect(monthProgress(key, '2026-03-01').daysInMonth).toBe(
          getDaysInMonth(new TZDate(year, month - 1, 1, 'UTC')),
        )
      }),
    )
  })

  it('rejects malformed months and dates with a message naming the value', () => {
    expect(() => monthProgress('2026-13', '2026-01-01')).toThrow('Expected a month as YYYY-MM, got "2026-13"')
    expect(() => monthProgress('2026-02', '2026-02-29')).toThrow(
      'Expected today as a calendar date YYYY-MM-DD, got "2026-02-29"',
    )
    expect(() => monthProgress('2026-02', '2026-2-1')).toThrow('got "2026-2-1"')
    expect(() => monthProgress('2026-02', '2026-13-01')).toThrow('got "2026-13-01"')
    expect(monthProgress('2028-02', '2028-02-29').elapsedDays).toBe(29)
  })

  describe('west and east of Greenwich', () => {
    afterEach(() => {
      vi.unstubAllEnvs()
    })

    it.each(['America/Los_Angeles', 'Pacific/Kiritimati', 'Europe/Helsinki'])(
      'gives February 28 days in %s',
      (zone) => {
        vi.stubEnv('TZ', zone)
        // Proves the zone switch took effect: a UTC midnight is another local day west of UTC.
        const westOfUtc = zone.startsWith('America')
        expect(new Date(Date.UTC(2026, 1, 1)).getDate()).toBe(westOfUtc ? 31 : 1)
        expect(monthProgress('2026-02', '2026-02-14')).toEqual({
          phase: 'current',
          daysInMonth: 28,
          elapsedDays: 14,
        })
        expect(budgetBurn(budget('2026-02', [100, 50]), '2026-02-14').media.forecast).toBe(100)
      },
    )
  })
})

describe('budgetBurn', () => {
  it('projects a mid-February spend over the 28 days of 2026', () => {
    const burn = budgetBurn(budget('2026-02', [120_000, 50_000], [40, 10]), '2026-02-14')
    expect(burn).toMatchObject({ month: '2026-02', currency: 'EUR', phase: 'current', daysInMonth: 28 })
    expect(burn.media).toEqual({
      planned: 120_000,
      used: 50_000,
      share: 50_000 / 120_000,
      level: 'ok',
      forecast: 100_000,
      forecastLevel: 'warning',
    })
    expect(burn.work).toEqual({
      planned: 40,
      used: 10,
      share: 0.25,
      level: 'ok',
      forecast: 20,
      forecastLevel: 'ok',
    })
  })

  it('projects over the 29 days of leap-year February 2028', () => {
    const burn = budgetBurn(budget('2028-02', [28_000, 14_000]), '2028-02-14')
    expect(burn.media.forecast).toBe(29_000)
    expect(burn.media.forecastLevel).toBe('over')
  })

  it('rounds money forecasts to whole minor units and hour forecasts to a tenth', () => {
    const burn = budgetBurn(budget('2026-03', [50_000, 1_000], [200, 10]), '2026-03-03')
    expect(burn.media.forecast).toBe(10_333) // 1000 / 3 * 31 = 10 333.33…
    expect(Number.isInteger(burn.media.forecast)).toBe(true)
    expect(burn.work.forecast).toBe(103.3) // 10 / 3 * 31 = 103.33…
  })

  it('forecasts the actual use for a past month', () => {
    const burn = budgetBurn(budget('2026-01', [100_000, 85_000], [20, 21]), '2026-02-03')
    expect(burn.phase).toBe('past')
    expect(burn.media).toMatchObject({ forecast: 85_000, level: 'warning', forecastLevel: 'warning' })
    expect(burn.work).toMatchObject({ forecast: 21, level: 'over', forecastLevel: 'over' })
  })

  it('has no forecast for a month that has not started, but still flags a prepaid overrun', () => {
    const burn = budgetBurn(budget('2026-04', [1_000, 1_200]), '2026-03-31')
    expect(burn.phase).toBe('future')
    expect(burn.elapsedDays).toBe(0)
    expect(burn.media).toMatchObject({ forecast: null, forecastLevel: null, level: 'over' })
    expect(burn.work).toMatchObject({ forecast: null, forecastLevel: null })
  })

  it('forecasts the use itself on the last day of a 31-day month', () => {
    expect(budgetBurn(budget('2026-01', [1_000, 700]), '2026-01-31').media.forecast).toBe(700)
  })

  it('has a null share for nothing planned, and calls spend without a plan over', () => {
    const none = budgetBurn(budget('2026-02', [0, 0], [0, 0]), '2026-02-14')
    expect(none.media).toEqual({
      planned: 0,
      used: 0,
      share: null,
      level: 'ok',
      forecast: 0,
      forecastLevel: 'ok',
    })
    const unplanned = budgetBurn(budget('2026-02', [0, 500], [0, 1]), '2026-02-14')
    expect(unplanned.media).toMatchObject({
      share: null,
      level: 'over',
      forecast: 1_000,
      forecastLevel: 'over',
    })
    expect(unplanned.work).toMatchObject({ share: null, level: 'over' })
  })

  it('refuses to compare media amounts in different currencies', () => {
    const mixed: BudgetBurnInput = {
      ...budget('2026-02', [1_000, 500]),
      mediaSpent: { amountMinor: 500, currency: 'USD' },
    }
    expect(() => budgetBurn(mixed, '2026-02-14')).toThrow(
      'Media budget for 2026-02 is planned in EUR but spent in USD; enter the spend in EUR.',
    )
  })

  it('never forecasts less than is used, nor a calmer level than today', () => {
    const rank = { ok: 0, warning: 1, over: 2 } as const
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.date({
          min: new Date('2024-01-01T00:00:00Z'),
          max: new Date('2030-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (planned, used, date) => {
          const today = date.toISOString().slice(0, 10)
          const burn = budgetBurn(budget(today.slice(0, 7), [planned, used]), today)
          const { forecast, forecastLevel, level } = burn.media
          expect(forecast).not.toBeNull()
          expect(forecast).toBeGreaterThanOrEqual(used)
          expect(Number.isInteger(forecast)).toBe(true)
          expect(rank[forecastLevel ?? 'ok']).toBeGreaterThanOrEqual(rank[level])
        },
      ),
    )
  })
})

describe('burnSeries', () => {
  it('draws the ideal line, the use to date and the forecast for mid-February', () => {
    const series = burnSeries(28_000, 14_000, '2026-02', '2026-02-14')
    expect(series).toMatchObject({ month: '2026-02', phase: 'current', daysInMonth: 28, elapsedDays: 14 })
    expect(series.points).toHaveLength(29)
    expect(series.points[0]).toEqual({ day: 0, ideal: 28_000, actual: 28_000, forecast: null })
    expect(series.points[13]).toEqual({ day: 13, ideal: 15_000, actual: 15_000, forecast: null })
    // Today joins the two lines.
    expect(series.points[14]).toEqual({ day: 14, ideal: 14_000, actual: 14_000, forecast: 14_000 })
    expect(series.points[15]).toEqual({ day: 15, ideal: 13_000, actual: null, forecast: 13_000 })
    expect(series.points[28]).toEqual({ day: 28, ideal: 0, actual: null, forecast: 0 })
  })

  it('ends the forecast at the planned budget minus budgetBurn forecast, below zero when overspent', () => {
    const series = burnSeries(20_000, 14_000, '2028-02', '2028-02-14')
    expect(series.points).toHaveLength(30)
    const end = series.points.at(-1)?.forecast ?? Number.NaN
    expect(end).toBeCloseTo(20_000 - 29_000)
    expect(budgetBurn(budget('2028-02', [20_000, 14_000]), '2028-02-14').media.forecast).toBe(29_000)
  })

  it('draws only the actual line for a past month, ending at what remained', () => {
    const series = burnSeries(31_000, 31_000, '2026-01', '2026-02-10')
    expect(series.points).toHaveLength(32)
    expect(series.points.every((p) => p.forecast === null && p.actual !== null)).toBe(true)
    expect(series.points[31]?.actual).toBe(0)
    expect(series.points[10]?.actual).toBe(21_000)
  })

  it('draws only the ideal line for a month that has not started', () => {
    const series = burnSeries(3_000, 0, '2026-04', '2026-03-20')
    expect(series.points).toHaveLength(31)
    expect(series.points.every((p) => p.actual === null && p.forecast === null)).toBe(true)
    expect(series.points[0]?.ideal).toBe(3_000)
    expect(series.points[30]?.ideal).toBe(0)
  })
})
