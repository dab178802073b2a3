/**
 * One row of the client list. Memoised on plain values (texts, numbers, the stored records), so
 * scrolling a windowed list of hundreds of clients renders only the rows coming into view; every
 * row re-rendering on every scroll step made each frame take hundreds of milliseconds.
 */
import { memo } from 'react'
import { Badge, Group, Table, Text } from '@mantine/core'
import { formatDate } from '@shared/format'
import type { BudgetLevel } from '@shared/budget'
import type { Client } from '@shared/schemas'
import type { Language } from '@shared/schemas'
import { ClientMark } from './ClientMark'
import { OnboardingCell } from './OnboardingCell'
import { BudgetFlag } from '../features/budgets/BudgetFlag'

/** What one row shows besides the client itself. */
export type ClientListRowProps = {
  client: Client
  language: Language
  /** The row's index in the windowed list, or null when the whole list renders. */
  index: number | null
  /** The window's measuring ref (windowed lists only). */
  measure: ((element: Element | null) => void) | null
  ownerName: string | null
  activityLabel: string
  archivedLabel: string
  onboarding: { done: number; total: number; complete: boolean } | undefined
  budget: { level: BudgetLevel; share: number | null } | undefined
  liveCampaigns: number
  openTasks: number
  onOpen: (clientId: string) => void
}

/** A client's row: name, industry, owner, since, activity, onboarding, budget, campaigns, tasks. */
export const ClientListRow = memo(function ClientListRow({
  client,
  language,
  index,
  measure,
  ownerName,
  activityLabel,
  archivedLabel,
  onboarding,
  budget,
  liveCampaigns,
  openTasks,
  onOpen,
}: ClientListRowProps) {
  return (
    <Table.Tr
      {...(index !== null && measure ? { 'data-index': index, ref: measure } : {})}
      className="clickable-row"
      tabIndex={0}
      onClick={() => onOpen(client.id)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') onOpen(client.id)
      }}
      data-testid="client-row"
    >
      <Table.Td pl="lg">
        <Group gap={10} wrap="nowrap">
          <ClientMark client={client} />
          <Text size="sm" fw={500} data-testid="client-row-name">
            {client.name}
          </Text>
          {client.archivedAt ? (
            <Badge color="gray" size="xs">
              {archivedLabel}
            </Badge>
          ) : null}
        </Group>
      </Table.Td>
      <Table.Td c="dimmed">{client.industry}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{ownerName || '—'}</Table.Td>
      <Table.Td className="tabular" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {formatDate(client.cooperationStart, language)}
      </Table.Td>
      <Table.Td>
        <Badge color={client.activityLevel === 'active' ? 'teal' : 'gray'} size="sm">
          {activityLabel}
        </Badge>
      </Table.Td>
      <Table.Td>
        <OnboardingCell progress={onboarding} />
      </Table.Td>
      <Table.Td px={4} ta="right">
        <BudgetFlag line={budget} />
      </Table.Td>
      <Table.Td ta="right" className="tabular">
        {liveCampaigns}
      </Table.Td>
      <Table.Td ta="right" pr="lg" className="tabular">
        {openTasks}
      </Table.Td>
    </Table.Tr>
  )
})
