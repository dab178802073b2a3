/** The Campaigns screen: every client's campaigns on one lean-loop board, filterable by client. */
import { useState } from 'react'
import { Button, Select, Stack } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { campaignsRepository, clientsRepository } from '../../../db/repositories'
import { Page } from '../../components/Page'
import { CampaignFormModal } from './CampaignFormModal'
import { LeanBoard } from './LeanBoard'

/** The board across clients. */
export function CampaignsBoardScreen() {
  const { t } = useTranslation('campaigns')
  const navigate = useNavigate()
  const [clientId, setClientId] = useState<string | null>(null)
  const [creating, setCreating] = useState(false)
  const data = useLiveQuery(async () => {
    const [rows, clients] = await Promise.all([
      campaignsRepository.listWithBriefs(clientId ?? undefined),
      clientsRepository.listSorted(),
    ])
    return { rows, clients }
  }, [clientId])
  const clientNames = new Map((data?.clients ?? []).map((client) => [client.id, client.name]))
  return (
    <Page
      title={t('board.title')}
      subtitle={t('board.subtitle')}
      testId="campaigns-screen"
      actions={
        <>
          <Select
            aria-label={t('board.client')}
            placeholder={t('board.allClients')}
            data={(data?.clients ?? []).map((client) => ({ value: client.id, label: client.name }))}
            value={clientId}
            onChange={setClientId}
            clearable
            searchable
            size="xs"
            w={220}
            data-testid="board-client-filter"
          />
          <Button
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={() => setCreating(true)}
            data-testid="new-campaign"
          >
            {t('board.newCampaign')}
          </Button>
        </>
      }
    >
      <Stack p="lg" gap="sm">
        {data ? <LeanBoard rows={data.rows} clientNames={clientId ? undefined : clientNames} /> : null}
      </Stack>
      <CampaignFormModal
        opened={creating}
        onClose={() => setCreating(false)}
        campaignId={null}
        clientId={clientId}
        onCreated={(id) => void navigate(`/campaigns/${id}`)}
      />
    </Page>
  )
}
