/** A client's page: everything about one client, in tabs. */
import { Alert, Badge, Button, Center, Group, Tabs, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconArchive, IconArchiveOff, IconArrowLeft, IconPencil } from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useParams } from 'react-router'
import { clientsRepository } from '../../db/repositories'
import { Page } from '../components/Page'
import { ClientMark } from '../components/ClientMark'
import { ClientOverview } from '../components/client/ClientOverview'
import { ClientOnboarding } from '../components/client/ClientOnboarding'
import {
  ClientCampaigns,
  ClientCommunications,
  ClientMeetings,
  ClientTasks,
} from '../components/client/ClientTabs'
import { useAppStore } from '../store'
import { BudgetTab } from '../features/budgets/BudgetTab'
import { ResultsTab } from '../features/results/ResultsTab'
import { DataTab } from '../features/data/DataTab'
import { ExportReportButton } from '../features/reports/ExportReportButton'
import { ReportsBrowser } from '../features/reports/ReportsBrowser'

const TABS = [
  'overview',
  'onboarding',
  'campaigns',
  'tasks',
  'budgets',
  'meetings',
  'communications',
  'results',
  'data',
  'reports',
] as const
type Tab = (typeof TABS)[number]

/** The client page. */
export function ClientScreen() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const { clientId = '', tab } = useParams()
  const openClientForm = useAppStore((state) => state.openClientForm)
  // `null` once loaded and missing, so "not found" is not shown while still loading.
  const client = useLiveQuery(async () => (await clientsRepository.get(clientId)) ?? null, [clientId])
  const activeTab: Tab = (TABS as readonly string[]).includes(tab ?? '') ? (tab as Tab) : 'overview'

  const toggleArchived = async () => {
    if (!client) return
    const archived = client.archivedAt === null
    await clientsRepository.setArchived(client.id, archived)
    notifications.show({ color: 'gray', message: t(archived ? 'client.archived' : 'client.unarchivedNote') })
  }

  if (client === undefined) return null
  if (client === null)
    return (
      <Center h="100%">
        <Text c="dimmed" data-testid="client-not-found">
          {t('client.notFound')}
        </Text>
      </Center>
    )

  return (
    <Page
      testId="client-screen"
      title={
        <Group gap={10} wrap="nowrap">
          <Button
            component={Link}
            to="/clients"
            variant="subtle"
            color="gray"
            size="compact-xs"
            aria-label={t('common.back')}
            px={4}
          >
            <IconArrowLeft size={14} />
          </Button>
          <ClientMark client={client} size={24} />
          <span data-testid="client-name">{client.name}</span>
        </Group>
      }
      subtitle={
        <Group gap={6} component="span">
          <Badge color={client.activityLevel === 'active' ? 'teal' : 'gray'} size="sm">
            {t(`activity.${client.activityLevel}`)}
          </Badge>
          <Badge variant="default" size="sm">
            {client.language.toUpperCase()} · {client.currency}
          </Badge>
          {client.industry ? <span>{client.industry}</span> : null}
        </Group>
      }
      actions={
        <>
          <ExportReportButton client={client} />
          <Button
            variant="default"
            leftSection={client.archivedAt ? <IconArchiveOff size={14} /> : <IconArchive size={14} />}
            onClick={() => void toggleArchived()}
            data-testid="archive-client"
          >
            {client.archivedAt ? t('client.unarchive') : t('client.archive')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconPencil size={14} />}
            onClick={() => openClientForm(client.id)}
            data-testid="edit-client"
          >
            {t('common.edit')}
          </Button>
        </>
      }
      toolbar={
        <Tabs
          value={activeTab}
          onChange={(value) => void navigate(`/clients/${client.id}/${value ?? 'overview'}`)}
          styles={{ list: { borderBottom: 0 }, tab: { paddingBlock: 10, fontSize: 13 } }}
        >
          <Tabs.List>
            {TABS.map((name) => (
              <Tabs.Tab key={name} value={name} data-testid={`client-tab-${name}`}>
                {t(
                  name === 'budgets'
                    ? 'planning:budgets.tab'
                    : name === 'data'
                      ? 'data:tab'
                      : `client.tabs.${name}`,
                )}
              </Tabs.Tab>
            ))}
          </Tabs.List>
        </Tabs>
      }
    >
      {client.archivedAt ? (
        <Alert color="gray" variant="light" radius={0} py={6} data-testid="archived-banner">
          {t('client.archivedBanner')}
        </Alert>
      ) : null}
      {activeTab === 'overview' ? <ClientOverview client={client} /> : null}
      {activeTab === 'onboarding' ? <ClientOnboarding client={client} /> : null}
      {activeTab === 'reports' ? <ReportsBrowser clientId={client.id} /> : null}
      {activeTab === 'campaigns' ? <ClientCampaigns client={client} /> : null}
      {activeTab === 'tasks' ? <ClientTasks client={client} /> : null}
      {activeTab === 'budgets' ? <BudgetTab client={client} /> : null}
      {activeTab === 'meetings' ? <ClientMeetings client={client} /> : null}
      {activeTab === 'communications' ? <ClientCommunications client={client} /> : null}
      {activeTab === 'results' ? <ResultsTab client={client} /> : null}
      {activeTab === 'data' ? <DataTab client={client} /> : null}
    </Page>
  )
}
