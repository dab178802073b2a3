/** A budget's use as a coloured badge: calm under 80 %, orange from 80 %, red from 100 %. */
import { Badge, Tooltip } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { BudgetLevel } from '@shared/budget'
import { useLanguage } from '../../lib/useLanguage'
import { formatShare, LEVEL_COLORS } from './levels'

/** The badge; `share` is used / planned (null when nothing was planned). */
export function BudgetLevelBadge({
  level,
  share,
  label,
  testId,
}: {
  level: BudgetLevel
  share: number | null
  /** Text instead of the share, e.g. in lists. */
  label?: string
  testId?: string
}) {
  const { t } = useTranslation('planning')
  const language = useLanguage()
  return (
    <Tooltip label={t(`levels.${level}`)} withArrow openDelay={300}>
      <Badge
        color={level === 'ok' ? 'gray' : LEVEL_COLORS[level]}
        variant={level === 'over' ? 'filled' : 'light'}
        className="tabular"
        data-testid={testId}
        data-level={level}
        aria-label={`${t(`levels.${level}`)} ${formatShare(share, language)}`}
      >
        {label ?? formatShare(share, language)}
      </Badge>
    </Tooltip>
  )
}
