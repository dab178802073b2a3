/** A client's onboarding progress in a list: a small bar while running, a tick when complete. */
import { Group, Progress, Text } from '@mantine/core'
import { IconCheck } from '@tabler/icons-react'

/** Progress of one client's onboarding (nothing when it has no onboarding items). */
export function OnboardingCell({
  progress,
}: {
  progress: { done: number; total: number; complete: boolean } | undefined
}) {
  if (!progress || progress.total === 0) return <Text c="dimmed">—</Text>
  if (progress.complete)
    return <IconCheck size={14} color="var(--mantine-color-teal-6)" aria-label="complete" />
  return (
    <Group gap={6} wrap="nowrap" data-testid="onboarding-cell">
      <Progress value={(progress.done / progress.total) * 100} size="sm" w={48} />
      <Text size="xs" c="dimmed" className="tabular">
        {progress.done}/{progress.total}
      </Text>
    </Group>
  )
}
