/** Adds a month-and-channel row to the grid (empty until a value is typed into it). */
import { useState, type ReactElement } from 'react'
import { Button, Group, Popover, Select, Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { CHANNELS, type Channel, type Client, type MetricMonth } from '@shared/schemas'
import { formatMonth } from '@shared/format'
import { addMonths, monthRange } from '@shared/results/months'
import type { GridRowKey } from '@shared/data-entry'
import { useLanguage } from '../../lib/useLanguage'
import { todayIso } from '../../lib/today'

/** A popover with a month and a channel; "Add" puts the row in the grid and selects it. */
export function AddRowPopover({
  client,
  rows,
  onAdd,
  children,
}: {
  client: Client
  rows: readonly MetricMonth[]
  onAdd: (key: GridRowKey) => void
  children: ReactElement
}) {
  const { t } = useTranslation('data')
  const language = useLanguage()
  const [opened, setOpened] = useState(false)
  const current = todayIso().slice(0, 7)
  // The last complete month is what a PM usually enters at the start of a month.
  const [month, setMonth] = useState(addMonths(current, -1))
  const [channel, setChannel] = useState<Channel>(() => mostUsedChannel(rows))
  const first = addMonths(client.cooperationStart.slice(0, 7), -24)
  const months = monthRange(
    first < current ? first : addMonths(current, -24),
    addMonths(current, 1),
  ).reverse()

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" shadow="md" withinPortal trapFocus>
      <Popover.Target>
        <span onClick={() => setOpened((value) => !value)}>{children}</span>
      </Popover.Target>
      <Popover.Dropdown data-testid="add-row-form">
        <Stack gap="xs" w={240}>
          <Select
            label={t('addRow.month')}
            data={months.map((value) => ({ value, label: formatMonth(value, language) }))}
            value={month}
            onChange={(value) => value && setMonth(value)}
            allowDeselect={false}
            searchable
            comboboxProps={{ withinPortal: false }}
            data-testid="add-row-month"
          />
          <Select
            label={t('addRow.channel')}
            data={CHANNELS.map((value) => ({ value, label: t(`app:channels.${value}`) }))}
            value={channel}
            onChange={(value) => value && setChannel(value)}
            allowDeselect={false}
            comboboxProps={{ withinPortal: false }}
            data-testid="add-row-channel"
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => setOpened(false)}>
              {t('app:common.cancel')}
            </Button>
            <Button
              onClick={() => {
                onAdd({ month, channel, campaignId: null, campaignName: null })
                setOpened(false)
              }}
              data-testid="add-row-submit"
              data-autofocus
            >
              {t('addRow.add')}
            </Button>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  )
}

function mostUsedChannel(rows: readonly MetricMonth[]): Channel {
  const counts = new Map<Channel, number>()
  for (const row of rows) counts.set(row.channel, (counts.get(row.channel) ?? 0) + 1)
  let best: Channel = CHANNELS[0]
  let bestCount = 0
  for (const [channel, count] of counts) {
    if (count > bestCount) {
      best = channel
      bestCount = count
    }
  }
  return best
}
