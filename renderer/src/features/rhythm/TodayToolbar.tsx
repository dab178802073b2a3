/**
 * Today's toolbar: whose work is listed (Mine / Everyone, and who "me" is), and the keys. The
 * person is the one the Tasks screen's "My week" remembers, so both screens agree on who you are.
 */
import type { ReactNode } from 'react'
import {
  Group,
  Kbd,
  Paper,
  Popover,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  UnstyledButton,
} from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { TeamMember } from '@shared/schemas'
import type { TodayScope } from '@shared/today'

/** The Mine / Everyone switch, with the person picker while Mine is chosen. */
export function ScopeControl({
  scope,
  onScope,
  me,
  members,
  onMe,
}: {
  scope: TodayScope
  onScope: (scope: TodayScope) => void
  me: TeamMember | null
  members: readonly TeamMember[]
  onMe: (memberId: string) => void
}) {
  const { t } = useTranslation('today')
  return (
    <Group gap="sm" wrap="nowrap">
      <SegmentedControl
        size="xs"
        value={scope}
        onChange={(value) => onScope(value === 'mine' ? 'mine' : 'everyone')}
        data={[
          { value: 'mine', label: t('scope.mine') },
          { value: 'everyone', label: t('scope.everyone') },
        ]}
        aria-label={t('scope.label')}
        data-testid="today-scope"
      />
      {/* While nobody is chosen the screen itself asks; afterwards this switches person. */}
      {scope === 'mine' && me ? <MePicker me={me} members={members} onMe={onMe} size="xs" /> : null}
    </Group>
  )
}

/** Picks who "me" is. */
export function MePicker({
  me,
  members,
  onMe,
  size,
}: {
  me: TeamMember | null
  members: readonly TeamMember[]
  onMe: (memberId: string) => void
  size: 'xs' | 'sm'
}) {
  const { t } = useTranslation('today')
  return (
    <Select
      size={size}
      w={size === 'xs' ? 200 : 260}
      aria-label={t('me.label')}
      placeholder={t('me.placeholder')}
      data={members.map((member) => ({ value: member.id, label: member.name }))}
      value={me?.id ?? null}
      onChange={(value) => value && onMe(value)}
      allowDeselect={false}
      searchable
      nothingFoundMessage={t('me.nobody')}
      data-testid={size === 'xs' ? 'today-me' : 'today-me-prompt'}
    />
  )
}

/** Shown instead of the lists while Mine is chosen but nobody is: who are you? */
export function WhoAreYou({
  members,
  onMe,
}: {
  members: readonly TeamMember[]
  onMe: (memberId: string) => void
}) {
  const { t } = useTranslation('today')
  return (
    <Paper withBorder radius="md" p="lg" maw={520} data-testid="today-who-are-you">
      <Stack gap="sm" align="flex-start">
        <Text fw={600}>{t('me.title')}</Text>
        <Text size="sm" c="dimmed">
          {members.length ? t('me.prompt') : t('me.noTeam')}
        </Text>
        {members.length ? <MePicker me={null} members={members} onMe={onMe} size="sm" /> : null}
      </Stack>
    </Paper>
  )
}

const KEYS: { keys: string[]; action: 'next' | 'previous' | 'open' | 'done' | 'skip' | 'help' }[] = [
  { keys: ['↓', 'j'], action: 'next' },
  { keys: ['↑', 'k'], action: 'previous' },
  { keys: ['Enter'], action: 'open' },
  { keys: ['d'], action: 'done' },
  { keys: ['s'], action: 'skip' },
  { keys: ['?'], action: 'help' },
]

function Keys({ keys }: { keys: string[] }): ReactNode {
  return (
    <Group gap={3} wrap="nowrap" component="span">
      {keys.map((key) => (
        <Kbd key={key} size="xs">
          {key}
        </Kbd>
      ))}
    </Group>
  )
}

/** The hint line of the keys, and with `?` the whole list. */
export function KeyHints({
  id,
  opened,
  onOpened,
}: {
  id: string
  opened: boolean
  onOpened: (open: boolean) => void
}) {
  const { t } = useTranslation('today')
  return (
    <Popover opened={opened} onChange={onOpened} position="bottom-end" withArrow shadow="md">
      <Popover.Target>
        <UnstyledButton
          onClick={() => onOpened(!opened)}
          aria-expanded={opened}
          aria-keyshortcuts="?"
          data-testid="today-keys"
        >
          <Group gap={12} wrap="nowrap" id={id}>
            {KEYS.filter(({ action }) => action !== 'previous').map(({ keys, action }) => (
              <Group key={action} gap={5} wrap="nowrap">
                <Keys keys={action === 'next' ? ['↑', '↓'] : keys} />
                <Text size="xs" c="dimmed">
                  {t(`keys.short.${action}`)}
                </Text>
              </Group>
            ))}
          </Group>
        </UnstyledButton>
      </Popover.Target>
      <Popover.Dropdown data-testid="today-keys-help">
        <Text size="xs" fw={600} tt="uppercase" c="dimmed" mb={6} style={{ letterSpacing: 0.4 }}>
          {t('keys.title')}
        </Text>
        <Table withRowBorders={false} verticalSpacing={4} horizontalSpacing="xs">
          <Table.Tbody>
            {KEYS.map(({ keys, action }) => (
              <Table.Tr key={action}>
                <Table.Td>
                  <Keys keys={keys} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{t(`keys.long.${action}`)}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text size="xs" c="dimmed" mt={6} maw={280}>
          {t('keys.note')}
        </Text>
      </Popover.Dropdown>
    </Popover>
  )
}
