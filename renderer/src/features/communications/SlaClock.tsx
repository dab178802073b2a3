/** The time left on a communication's reply clock: to the target, then to the limit. */
import { Badge, Tooltip } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { INTL_LOCALE, formatInstant } from '@shared/format'
import type { Language } from '@shared/schemas'
import type { SlaStatus } from '@shared/sla'
import { useLanguage } from '../../lib/useLanguage'
import { cachedNumberFormat } from '@shared/intl'

/** Business minutes as "2 h 5 min" in the UI language (whole minutes, never negative). */
export function formatBusinessMinutes(minutes: number, language: Language): string {
  const total = Math.max(0, Math.round(Math.abs(minutes)))
  const unit = (value: number, name: 'hour' | 'minute') =>
    cachedNumberFormat(INTL_LOCALE[language], { style: 'unit', unit: name, unitDisplay: 'narrow' }).format(
      value,
    )
  const hours = Math.floor(total / 60)
  const rest = total % 60
  if (hours === 0) return unit(rest, 'minute')
  return rest === 0 ? unit(hours, 'hour') : `${unit(hours, 'hour')} ${unit(rest, 'minute')}`
}

const COLORS = { 'on-time': 'teal', 'past-target': 'orange', 'past-limit': 'red' } as const

/** A badge: teal with time to target, amber past the target, red past the limit. */
export function SlaClock({ status, timezone }: { status: SlaStatus; timezone?: string | undefined }) {
  const { t } = useTranslation('work')
  const language = useLanguage()
  const text =
    status.state === 'on-time'
      ? t('sla.toTarget', { time: formatBusinessMinutes(status.minutesToTarget, language) })
      : status.state === 'past-target'
        ? t('sla.toLimit', { time: formatBusinessMinutes(status.minutesToLimit, language) })
        : t('sla.overLimit', { time: formatBusinessMinutes(status.minutesToLimit, language) })
  return (
    <Tooltip
      label={t('sla.deadlines', {
        target: formatInstant(status.targetAt, language, timezone),
        limit: formatInstant(status.limitAt, language, timezone),
      })}
      withArrow
    >
      <Badge
        color={COLORS[status.state]}
        variant={status.state === 'on-time' ? 'light' : 'filled'}
        className="tabular"
        data-testid="sla-clock"
        data-state={status.state}
      >
        {text}
      </Badge>
    </Tooltip>
  )
}
