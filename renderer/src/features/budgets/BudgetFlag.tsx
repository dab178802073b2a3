/** The client list's budget column: nothing when fine, a badge from 80 % and from 100 %. */
import { Badge, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { BudgetLevel } from '@shared/budget'
import { LEVEL_COLORS } from './levels'

/** The flag for one client's level (undefined: no budget this month). */
export function BudgetFlag({ level }: { level: BudgetLevel | undefined }) {
  const { t } = useTranslation('planning')
  if (level === undefined || level === 'ok')
    return (
      <Text size="sm" c="dimmed" data-testid="budget-flag" data-level={level ?? 'none'}>
        —
      </Text>
    )
  return (
    <Badge
      color={LEVEL_COLORS[level]}
      variant={level === 'over' ? 'filled' : 'light'}
      size="sm"
      data-testid="budget-flag"
      data-level={level}
    >
      {t(`levels.${level}`)}
    </Badge>
  )
}
