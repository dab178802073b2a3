/** Metric-month fields as the import preview names and formats them. */
import { formatCellValue, type ColumnKind } from '@shared/data-entry'
import type { Language } from '@shared/schemas'

const MONEY_FIELDS = new Set(['spendMinor', 'conversionValueMinor'])

/** The metric key of a stored field (`spendMinor` → `spend`). */
export function metricKeyOfField(field: string): string {
  if (field === 'spendMinor') return 'spend'
  if (field === 'conversionValueMinor') return 'conversionValue'
  return field
}

/** The kind of values a stored field holds. */
export function kindOfField(field: string): ColumnKind {
  if (MONEY_FIELDS.has(field)) return 'money'
  return field.startsWith('custom.') ? 'number' : 'count'
}

/** A field's value as the preview shows it. */
export function formatFieldValue(
  field: string,
  value: number | string | null,
  options: { language: Language; currency: string },
): string {
  if (typeof value === 'string') return value
  return formatCellValue(value, kindOfField(field), options)
}

/** The platforms' own product names, never translated. */
export const SOURCE_NAMES: Record<string, string> = {
  meta: 'Meta Ads Manager',
  'google-ads': 'Google Ads',
  'microsoft-ads': 'Microsoft Advertising',
  linkedin: 'LinkedIn Campaign Manager',
  ga4: 'Google Analytics 4',
}
