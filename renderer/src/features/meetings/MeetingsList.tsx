/** The latest meetings across clients as a table, filtered by kind and client. */
import { Badge, Group, Select, Text } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { formatInstant } from '@shared/format'
import { MEETING_KINDS, type MeetingKind } from '@shared/schemas'
import { clientsRepository, meetingsRepository } from '../../../db/repositories'
import { DataTable } from '../../components/DataTable'
import { useLanguage } from '../../lib/useLanguage'
import { KIND_COLORS } from './kinds'

/** How many meetings the unfiltered list shows. */
const RECENT_MEETINGS = 200

/** The list with its filters; the filters live in the URL so "back" returns to them. */
export function MeetingsList({
  kind,
  clientId,
  onFilter,
}: {
  kind: MeetingKind | null
  clientId: string | null
  onFilter: (filter: { kind: MeetingKind | null; clientId: string | null }) => void
}) {
  const { t } = useTranslation('meetings')
  const { t: tApp } = useTranslation()
  const language = useLanguage()
  const navigate = useNavigate()
  const data = useLiveQuery(async () => {
    const [meetings, clients] = await Promise.all([
      clientId ? meetingsRepository.listForClient(clientId) : meetingsRepository.listRecent(RECENT_MEETINGS),
      clientsRepository.listSorted({ includeArchived: true }),
    ])
    return {
      meetings: meetings.filter((meeting) => kind === null || meeting.kind === kind),
      clients,
      names: new Map(clients.map((client) => [client.id, client.name])),
    }
  }, [kind, clientId])

  return (
    <>
      <Group gap="sm" px="lg" py="xs">
        <Select
          placeholder={t('list.allKinds')}
          data={MEETING_KINDS.map((value) => ({ value, label: tApp(`meetingKinds.${value}`) }))}
          value={kind}
          onChange={(value) => onFilter({ kind: value, clientId })}
          clearable
          w={220}
          aria-label={t('list.kind')}
          data-testid="meetings-filter-kind"
        />
        <Select
          placeholder={t('list.allClients')}
          data={(data?.clients ?? []).map((client) => ({ value: client.id, label: client.name }))}
          value={clientId}
          onChange={(value) => onFilter({ kind, clientId: value })}
          clearable
          searchable
          w={260}
          aria-label={t('list.client')}
          data-testid="meetings-filter-client"
        />
        {data ? (
          <Text size="xs" c="dimmed">
            {t('list.count', { count: data.meetings.length })}
          </Text>
        ) : null}
      </Group>
      {data ? (
        <DataTable
          testId="meetings-list"
          rowTestId="meeting-row"
          rows={data.meetings}
          rowKey={(meeting) => meeting.id}
          empty={t('list.empty')}
          onRowClick={(meeting) => void navigate(`/meetings/${meeting.id}`)}
          columns={[
            {
              key: 'date',
              header: tApp('client.columns.date'),
              numeric: true,
              width: 190,
              render: (m) => formatInstant(m.startsAt, language),
            },
            {
              key: 'kind',
              header: tApp('client.columns.kind'),
              width: 200,
              render: (m) => <Badge color={KIND_COLORS[m.kind]}>{tApp(`meetingKinds.${m.kind}`)}</Badge>,
            },
            {
              key: 'title',
              header: tApp('client.columns.meeting'),
              render: (m) => (
                <Text size="sm" fw={500} lineClamp={1}>
                  {m.title}
                </Text>
              ),
            },
            {
              key: 'clients',
              header: t('list.clients'),
              width: '30%',
              render: (m) => (
                <Text size="sm" c="dimmed" lineClamp={1}>
                  {m.clientIds.map((id) => data.names.get(id) ?? '?').join(', ') || t('calendar.agency')}
                </Text>
              ),
            },
            {
              key: 'state',
              header: t('list.state'),
              align: 'right',
              width: 120,
              render: (m) =>
                m.finishedAt ? (
                  <Text size="xs" c="dimmed">
                    {t('list.finished')}
                  </Text>
                ) : Date.parse(m.startsAt) > Date.now() ? (
                  <Text size="xs" c="indigo">
                    {t('list.upcoming')}
                  </Text>
                ) : (
                  <Text size="xs" c="dimmed">
                    {t('list.open')}
                  </Text>
                ),
            },
          ]}
        />
      ) : null}
    </>
  )
}
