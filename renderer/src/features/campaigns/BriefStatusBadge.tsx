/** A brief's status as a small badge: draft grey, clarifying orange, approved green. */
import { Badge } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { BriefStatus } from '@shared/schemas'

const COLORS: Record<BriefStatus, string> = { draft: 'gray', clarifying: 'orange', approved: 'green' }

/** The status of a brief, or "no brief". */
export function BriefStatusBadge({
  status,
  size = 'xs',
}: {
  status: BriefStatus | null
  size?: 'xs' | 'sm'
}) {
  const { t } = useTranslation('campaigns')
  return (
    <Badge size={size} variant="light" color={status ? COLORS[status] : 'red'} data-testid="brief-status">
      {t(`briefStatus.${status ?? 'none'}`)}
    </Badge>
  )
}
