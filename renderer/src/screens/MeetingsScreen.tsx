/** The latest meetings across clients. */
import { Text } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { formatInstant } from '@shared/format'
import { clientsRepository, meetingsRepository } from '../../db/repositories'
import { Page } from '../components/Page'
import { DataTable } from '../components/DataTable'
import { useLanguage } from '../lib/useLanguage'

/** How many meetings the list shows. */
const RECENT_MEETINGS = 200

/** The Meetings screen. */
export function MeetingsScreen() {
  const { t } = useTranslation()
  const language = useLanguage()
  const data = useLiveQuery(async () => {
    const [meetings, clients] = await Promise.all([
      meetingsRepository.listRecent(RECENT_MEETINGS),
      clientsRepository.list(),
    ])
    return { meetings, clients: new Map(clients.map((client) => [client.id, client.name])) }
  }, [])
  return (
    <Page title={t('meetings.title')} subtitle={t('meetings.subtitle')} testId="meetings-screen">
      {data ? (
        <DataTable
          rows={data.meetings}
          rowKey={(meeting) => meeting.id}
          empty={t('meetings.empty')}
          columns={[
            {
              key: 'date',
              header: t('client.columns.date'),
              numeric: true,
              width: 190,
              render: (m) => formatInstant(m.startsAt, language),
            },
            { key: 'kind', header: t('client.columns.kind'), render: (m) => t(`meetingKinds.${m.kind}`) },
            {
              key: 'title',
              header: t('client.columns.meeting'),
              render: (m) => (
                <Text size="sm" fw={500}>
                  {m.title}
                </Text>
              ),
            },
            {
              key: 'clients',
              header: t('meetings.clients'),
              render: (m) => (
                <Text size="sm" c="dimmed" lineClamp={1}>
                  {m.clientIds.map((id) => data.clients.get(id) ?? '?').join(', ')}
                </Text>
              ),
            },
            {
              key: 'cards',
              header: t('meetings.cards'),
              align: 'right',
              numeric: true,
              render: (m) => m.weeklyCards.length || '—',
            },
          ]}
        />
      ) : null}
    </Page>
  )
}
