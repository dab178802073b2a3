/** How budget alarm levels look and combine, the same on every screen. */
import type { BudgetBurn, BudgetLevel } from '@shared/budget'
import { INTL_LOCALE } from '@shared/format'
import type { Language } from '@shared/schemas'
import { cachedNumberFormat } from '@shared/intl'

/** Mantine colour of each level. */
export const LEVEL_COLORS: Record<BudgetLevel, string> = { ok: 'teal', warning: 'orange', over: 'red' }

const RANK: Record<BudgetLevel, number> = { ok: 0, warning: 1, over: 2 }

/** The more alarming of two levels. */
export function worstLevel(a: BudgetLevel, b: BudgetLevel): BudgetLevel {
  return RANK[a] >= RANK[b] ? a : b
}

/**
 * A share such as 0.84 as "84 %" in the UI language; null becomes an em dash. Whole percents
 * are rounded down, so 79.8 % reads "79 %" and never looks past a warning line it has not crossed.
 */
export function formatShare(share: number | null, language: Language): string {
  if (share === null) return '—'
  return cachedNumberFormat(INTL_LOCALE[language], { style: 'percent', maximumFractionDigits: 0 }).format(
    Math.floor(share * 100 + 1e-9) / 100,
  )
}

/** The worse of a month's media and work use (its level and share), for lists. */
export function worstLine(burn: BudgetBurn): { level: BudgetLevel; share: number | null } {
  const { media, work } = burn
  const pick =
    RANK[work.level] !== RANK[media.level]
      ? worstLevel(work.level, media.level) === work.level
      : (work.share ?? 0) > (media.share ?? 0)
  return pick ? { level: work.level, share: work.share } : { level: media.level, share: media.share }
}
