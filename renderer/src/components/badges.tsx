/** Coloured badges for the domain's states, consistent on every screen. */
import { Badge } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { LeanStage, TaskPriority, TaskStatus } from '@shared/schemas'

const STAGE_COLORS: Record<LeanStage, string> = {
  idea: 'gray',
  planned: 'blue',
  'in-production': 'violet',
  live: 'teal',
  testing: 'orange',
  learned: 'green',
}
const STATUS_COLORS: Record<TaskStatus, string> = {
  todo: 'gray',
  'in-progress': 'blue',
  blocked: 'red',
  done: 'green',
}
const PRIORITY_COLORS: Record<TaskPriority, string> = {
  urgent: 'red',
  high: 'orange',
  normal: 'gray',
  low: 'gray',
}

/** A lean-loop stage. */
export function StageBadge({ stage }: { stage: LeanStage }) {
  const { t } = useTranslation()
  return <Badge color={STAGE_COLORS[stage]}>{t(`stages.${stage}`)}</Badge>
}

/** A task status. */
export function TaskStatusBadge({ status }: { status: TaskStatus }) {
  const { t } = useTranslation()
  return <Badge color={STATUS_COLORS[status]}>{t(`taskStatus.${status}`)}</Badge>
}

/** A task priority. */
export function PriorityBadge({ priority }: { priority: TaskPriority }) {
  const { t } = useTranslation()
  return (
    <Badge color={PRIORITY_COLORS[priority]} variant={priority === 'low' ? 'outline' : 'light'}>
      {t(`priority.${priority}`)}
    </Badge>
  )
}
