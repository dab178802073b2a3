import { describe, expect, it } from 'vitest'
import { budgetBurn } from '@shared/budget'
import { formatShare, worstLine } from './levels'

const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' })

describe('budget level display', () => {
  it('rounds shares down, so a budget short of 80 % never reads 80 %', () => {
    expect(formatShare(0.798, 'en')).toBe('79%')
    expect(formatShare(0.8, 'en')).toBe('80%')
    expect(formatShare(1.049, 'fi')).toBe('104\u00a0%')
    expect(formatShare(null, 'en')).toBe('—')
  })

  it('lists a month by its more alarming budget, media or work', () => {
    const burn = budgetBurn(
      {
        month: '2026-11',
        mediaPlanned: eur(1000),
        mediaSpent: eur(850),
        workHoursPlanned: 10,
        workHoursUsed: 10.5,
      },
      '2026-11-20',
    )
    expect(worstLine(burn)).toEqual({ level: 'over', share: 1.05 })
    const calm = budgetBurn(
      {
        month: '2026-11',
        mediaPlanned: eur(1000),
        mediaSpent: eur(300),
        workHoursPlanned: 10,
        workHoursUsed: 5,
      },
      '2026-11-20',
    )
    expect(worstLine(calm)).toEqual({ level: 'ok', share: 0.5 })
  })
})
