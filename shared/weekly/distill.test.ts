import { describe, expect, it } from 'vitest'
import { budgetBurn } from '../budget'
import { distillClientSummary, sectionPoints } from './distill'

describe('distillClientSummary', () => {
  it('keeps the first points of done and next week, without bullets, headings or team names', () => {
    const card = {
      done: '• Launched the spring campaign\n- New landing page live\n\n* Weekly report sent\n1. Keyword review\n2) Feed fixed',
      nextWeek:
        'Anna Virtanen:\nAnna Virtanen: Creative refresh (27 Nov)\nMikko: Audience test, Budget check\nPlan Q1',
    }
    const points = distillClientSummary(card, null, ['Anna Virtanen', 'Mikko'])
    expect(points.done).toEqual([
      'Launched the spring campaign',
      'New landing page live',
      'Weekly report sent',
      'Keyword review',
    ])
    expect(points.next).toEqual(['Creative refresh (27 Nov)', 'Audience test, Budget check', 'Plan Q1'])
    expect(points.budget).toBeNull()
  })

  it('passes the budget burn through for the client line', () => {
    const budget = budgetBurn(
      {
        month: '2026-11',
        mediaPlanned: { amountMinor: 100_000, currency: 'EUR' },
        mediaSpent: { amountMinor: 50_000, currency: 'EUR' },
        workHoursPlanned: 20,
        workHoursUsed: 10,
      },
      '2026-11-20',
    )
    expect(distillClientSummary({ done: '', nextWeek: '' }, budget).budget?.media.share).toBe(0.5)
  })

  it('treats Windows line ends and indented bullets alike', () => {
    expect(sectionPoints('  • One\r\n  - Two\r\n')).toEqual(['One', 'Two'])
  })
})
