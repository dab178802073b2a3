/** Client messages with their reply clock: time left while waiting, the reply once given. */
import { Button, Group, Stack, Text, Tooltip } from '@mantine/core'
import { IconCheck } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { formatDate, formatInstant } from '@shared/format'
import type { Communication } from '@shared/schemas'
import { DataTable, type Column } from '../../components/DataTable'
import { useLanguage } from '../../lib/useLanguage'
import { SlaClock } from './SlaClock'
import type { SlaContext } from './useSla'

/** Props of the table. */
export type CommunicationTableProps = {
  items: readonly Communication[]
  sla: SlaContext
  now: string
  names: ReadonlyMap<string, string>
  onReply: (item: Communication) => void
  showClient?: boolean
  empty: string
  testId: string
}

/** The messages, one per row, with a reply button on those still waiting. */
export function CommunicationTable({
  items,
  sla,
  now,
  names,
  onReply,
  showClient,
  empty,
  testId,
}: CommunicationTableProps) {
  const { t } = useTranslation('work')
  const language = useLanguage()
  const zone = (item: Communication) => sla.clients.get(item.clientId)?.timezone

  const columns: Column<Communication>[] = [
    {
      key: 'received',
      header: t('inbox.columns.received'),
      numeric: true,
      width: 150,
      render: (item) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {formatInstant(item.receivedAt, language, zone(item))}
        </Text>
      ),
    },
    ...(showClient
      ? [
          {
            key: 'client',
            header: t('inbox.columns.client'),
            render: (item: Communication) => (
              <Text size="sm" fw={500} lineClamp={1}>
                {sla.clients.get(item.clientId)?.name ?? '—'}
              </Text>
            ),
          },
        ]
      : []),
    {
      key: 'message',
      header: t('inbox.columns.message'),
      render: (item) => (
        <div style={{ minWidth: 0 }}>
          <Text size="sm" lineClamp={1} data-testid="communication-summary">
            {item.summary}
          </Text>
          <Text size="xs" c="dimmed" lineClamp={1}>
            {t(`app:communicationChannels.${item.channel}`)} · {item.from}
          </Text>
        </div>
      ),
    },
    {
      key: 'handler',
      header: t('inbox.columns.handler'),
      render: (item) => (
        <Text size="sm" lineClamp={1}>
          {item.handlerId ? (names.get(item.handlerId) ?? '?') : '—'}
        </Text>
      ),
    },
    {
      key: 'clock',
      header: t('inbox.columns.reply'),
      align: 'right',
      width: 250,
      render: (item) => {
        const status = sla.statusOf(item, now)
        if (item.repliedAt && item.reply) {
          const reply = item.reply
          return (
            <Tooltip label={reply.text} multiline maw={320} withArrow>
              <Stack gap={0} align="flex-end" data-testid="communication-replied">
                <Group gap={4} wrap="nowrap">
                  <IconCheck size={14} color="var(--mantine-color-teal-6)" />
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {t(`reply.kinds.${reply.kind}`)}
                  </Text>
                </Group>
                <Text
                  size="xs"
                  c={status && status.repliedWithinLimit === false ? 'red.7' : 'dimmed'}
                  className="tabular"
                >
                  {formatInstant(item.repliedAt, language, zone(item))}
                  {reply.expectedDate ? ` → ${formatDate(reply.expectedDate, language)}` : ''}
                </Text>
              </Stack>
            </Tooltip>
          )
        }
        return (
          <Group gap={8} justify="flex-end" wrap="nowrap">
            {status ? <SlaClock status={status} timezone={zone(item)} /> : null}
            <Button
              size="compact-xs"
              variant="default"
              onClick={() => onReply(item)}
              data-testid="mark-reply"
            >
              {t('inbox.markReply')}
            </Button>
          </Group>
        )
      },
    },
  ]

  return (
    <DataTable
      testId={testId}
      rowTestId="communication-row"
      rows={items}
      rowKey={(item) => item.id}
      empty={empty}
      columns={columns}
    />
  )
}
