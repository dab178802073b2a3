/** Money typed in major units (euros) and stored in minor units (cents) of a currency. */
import { minorDigits } from '@shared/format'
import type { Money } from '@shared/schemas'

/** The major-unit number a money input shows, or '' for no amount. */
export function toMajor(money: Money | null): number | '' {
  return money ? money.amountMinor / 10 ** minorDigits(money.currency) : ''
}

/** The money for a typed major-unit amount ('' means none), rounded to whole minor units. */
export function fromMajor(value: number | string, currency: string): Money | null {
  if (value === '' || value === null) return null
  const number = typeof value === 'number' ? value : Number(String(value).replace(',', '.'))
  if (!Number.isFinite(number)) return null
  return { amountMinor: Math.round(number * 10 ** minorDigits(currency)), currency }
}
