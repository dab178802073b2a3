/** A titled block of a screen, bordered like a card. */
import type { ReactNode } from 'react'
import { Group, Paper, Text } from '@mantine/core'

/** A card with a small title row. */
export function Section({
  title,
  right,
  children,
  testId,
}: {
  title: ReactNode
  right?: ReactNode
  children: ReactNode
  testId?: string
}) {
  return (
    <Paper withBorder radius="md" p="md" data-testid={testId}>
      <Group justify="space-between" mb="sm" gap="xs">
        <Text size="xs" fw={600} tt="uppercase" c="dimmed" style={{ letterSpacing: 0.4 }}>
          {title}
        </Text>
        {right}
      </Group>
      {children}
    </Paper>
  )
}

/** A big number with a label: the overview's at-a-glance figures. */
export function Stat({ label, value, tone }: { label: ReactNode; value: ReactNode; tone?: 'red' | 'amber' }) {
  const color = tone === 'red' ? 'red.7' : tone === 'amber' ? 'orange.7' : undefined
  return (
    <Paper withBorder radius="md" px="md" py="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fz={22} fw={600} className="tabular" {...(color ? { c: color } : {})}>
        {value}
      </Text>
    </Paper>
  )
}

/** A muted line shown where a list has nothing in it. */
export function EmptyLine({ children }: { children: ReactNode }) {
  return (
    <Text size="sm" c="dimmed" py="xs">
      {children}
    </Text>
  )
}
