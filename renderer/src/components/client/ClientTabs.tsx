/** The client page's list tabs: campaigns, tasks, meetings and communications. */
export { ClientCampaigns } from '../../features/campaigns/ClientCampaigns'
export { ClientTasks } from '../../features/tasks/ClientTasks'
export { ClientCommunications } from '../../features/communications/ClientCommunications'
import { Text } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { formatInstant } from '@shared/format'
import type { Client } from '@shared/schemas'
import { meetingsRepository } from '../../../db/repositories'
import { DataTable } from '../DataTable'
import { useLanguage } from '../../lib/useLanguage'

/** Meetings the client took part in. */
export function ClientMeetings({ client }: { client: Client }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const navigate = useNavigate()
  const meetings = useLiveQuery(() => meetingsRepository.listForClient(client.id), [client.id])
  if (!meetings) return null
  return (
    <DataTable
      testId="client-meetings"
      rows={meetings}
      rowKey={(meeting) => meeting.id}
      onRowClick={(meeting) => void navigate(`/meetings/${meeting.id}`)}
      empty={t('client.empty.meetings')}
      columns={[
        {
          key: 'date',
          header: t('client.columns.date'),
          numeric: true,
          width: 190,
          render: (m) => formatInstant(m.startsAt, language, client.timezone),
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
      ]}
    />
  )
}
