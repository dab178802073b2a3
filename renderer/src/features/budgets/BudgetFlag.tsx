/**
 * The client list's budget column: a dash when fine, the share in orange from 80 % and in red
 * from 100 %. Plain coloured text under an icon header rather than badges: the list already
 * fills a 1280 px window, and a wider column would wrap every other column.
 */
import { Text, Tooltip } from '@mantine/core'
import { IconWallet } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { BudgetLevel } from '@shared/budget'
import { useLanguage } from '../../lib/useLanguage'
import { formatShare, LEVEL_COLORS } from './levels'

/** The flag for one client's month (undefined: no budget this month). */
export function BudgetFlag({ line }: { line: { level: BudgetLevel; share: number | null } | undefined }) {
  const { t } = useTranslation('planning')
  const language = useLanguage()
  if (line === undefined || line.level === 'ok')
    return (
      <Text size="sm" c="dimmed" data-testid="budget-flag" data-level={line?.level ?? 'none'}>
        —
      </Text>
    )
  return (
    <Tooltip label={t(`levels.${line.level}`)} withArrow openDelay={300}>
      <Text
        size="sm"
        fw={600}
        c={`${LEVEL_COLORS[line.level]}.7`}
        className="tabular"
        style={{ whiteSpace: 'nowrap' }}
        aria-label={`${t(`levels.${line.level}`)} ${formatShare(line.share, language)}`}
        data-testid="budget-flag"
        data-level={line.level}
      >
        {formatShare(line.share, language)}
      </Text>
    </Tooltip>
  )
}

/** The column's header: an icon, named for screen readers and on hover. */
export function BudgetFlagHeader() {
  const { t } = useTranslation('planning')
  return (
    <Tooltip label={t('budgets.column')} withArrow>
      <IconWallet
        size={15}
        stroke={1.6}
        aria-label={t('budgets.column')}
        // Right-aligned over the shares below it, as every number column is.
        style={{ display: 'block', marginLeft: 'auto' }}
      />
    </Tooltip>
  )
}
