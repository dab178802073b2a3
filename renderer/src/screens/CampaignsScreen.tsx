/** Campaigns across clients, by lean-loop stage. */
import { Text } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { formatDate, formatMoney } from '@shared/format'
import { LEAN_STAGES } from '@shared/schemas'
import { campaignsRepository, clientsRepository } from '../../db/repositories'
import { Page } from '../components/Page'
import { DataTable } from '../components/DataTable'
import { StageBadge } from '../components/badges'
import { useLanguage } from '../lib/useLanguage'

/** The Campaigns screen. */
export function CampaignsScreen() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const language = useLanguage()
  const data = useLiveQuery(async () => {
    const [campaigns, clients] = await Promise.all([campaignsRepository.list(), clientsRepository.list()])
    return { campaigns, clients: new Map(clients.map((client) => [client.id, client.name])) }
  }, [])
  const rows = [...(data?.campaigns ?? [])].sort(
    (a, b) => LEAN_STAGES.indexOf(a.stage) - LEAN_STAGES.indexOf(b.stage) || a.name.localeCompare(b.name),
  )
  return (
    <Page title={t('campaigns.title')} subtitle={t('campaigns.subtitle')} testId="campaigns-screen">
      {data ? (
        <DataTable
          rows={rows}
          rowKey={(campaign) => campaign.id}
          empty={t('campaigns.empty')}
          onRowClick={(campaign) => void navigate(`/clients/${campaign.clientId}/campaigns`)}
          columns={[
            {
              key: 'name',
              header: t('client.columns.campaign'),
              render: (c) => (
                <Text size="sm" fw={500}>
                  {c.name}
                </Text>
              ),
            },
            {
              key: 'client',
              header: t('campaigns.client'),
              render: (c) => data.clients.get(c.clientId) ?? '—',
            },
            {
              key: 'stage',
              header: t('client.columns.stage'),
              render: (c) => <StageBadge stage={c.stage} />,
            },
            {
              key: 'channels',
              header: t('client.columns.channels'),
              render: (c) => c.channels.map((ch) => t(`channels.${ch}`)).join(', '),
            },
            {
              key: 'start',
              header: t('client.columns.dates'),
              numeric: true,
              render: (c) => (c.startDate ? formatDate(c.startDate, language) : '—'),
            },
            {
              key: 'budget',
              header: t('client.columns.budget'),
              align: 'right',
              numeric: true,
              render: (c) => (c.mediaBudget ? formatMoney(c.mediaBudget, language, { whole: true }) : '—'),
            },
          ]}
        />
      ) : null}
    </Page>
  )
}
