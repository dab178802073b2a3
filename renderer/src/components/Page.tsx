/** A screen's frame: a header bar with title and actions, and a scrolling body. */
import type { ReactNode } from 'react'
import { Box, Group, Text, Title } from '@mantine/core'

/** Props of a page. */
export type PageProps = {
  title: ReactNode
  subtitle?: ReactNode
  actions?: ReactNode
  /** Content between the header and the body, e.g. tabs or filters. */
  toolbar?: ReactNode
  children: ReactNode
  testId?: string
}

/** A screen with a fixed header and a scrolling body. */
export function Page({ title, subtitle, actions, toolbar, children, testId }: PageProps) {
  return (
    <Box
      style={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 }}
      data-testid={testId}
    >
      <Group
        justify="space-between"
        px="lg"
        h={52}
        wrap="nowrap"
        style={{ borderBottom: '1px solid var(--mantine-color-default-border)', flexShrink: 0 }}
      >
        <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
          <Title order={1} fz={15} fw={600} style={{ whiteSpace: 'nowrap' }}>
            {title}
          </Title>
          {subtitle ? (
            <Text size="sm" c="dimmed" truncate>
              {subtitle}
            </Text>
          ) : null}
        </Group>
        <Group gap="xs" wrap="nowrap">
          {actions}
        </Group>
      </Group>
      {toolbar ? (
        <Box px="lg" style={{ borderBottom: '1px solid var(--mantine-color-default-border)', flexShrink: 0 }}>
          {toolbar}
        </Box>
      ) : null}
      <Box style={{ flex: 1, overflow: 'auto', minHeight: 0 }}>{children}</Box>
    </Box>
  )
}
