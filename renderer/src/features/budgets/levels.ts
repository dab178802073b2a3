/** How budget alarm levels look and combine, the same on every screen. */
import type { BudgetBurn, BudgetLevel } from '@shared/budget'
import { INTL_LOCALE } from '@shared/format'
import type { Language } from '@shared/schemas'

/** Mantine colour of each level. */
export const LEVEL_COLORS: Record<BudgetLevel, string> = { ok: 'teal', warning: 'orange', over: 'red' }

const RANK: Record<BudgetLevel, number> = { ok: 0, warning: 1, over: 2 }

/** The more alarming of two levels. */
export function worstLevel(a: BudgetLevel, b: BudgetLevel): BudgetLevel {
  return RANK[a] >= RANK[b] ? a : b
}

/** The level a client's month shows in lists: the worse of media and work use. */
export function burnLevel(burn: BudgetBurn): BudgetLevel {
  return worstLevel(burn.media.level, burn.work.level)
}

/** A share such as 0.84 as "84 %" in the UI language; null becomes an em dash. */
export function formatShare(share: number | null, language: Language): string {
  if (share === null) return '—'
  return new Intl.NumberFormat(INTL_LOCALE[language], { style: 'percent', maximumFractionDigits: 0 }).format(
    share,
  )
}
