/** A client's Campaigns tab: the client's lean-loop board and a way to start a campaign. */
import { useState } from 'react'
import { Button, Stack } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import type { Client } from '@shared/schemas'
import { campaignsRepository } from '../../../db/repositories'
import { CampaignFormModal } from './CampaignFormModal'
import { LeanBoard } from './LeanBoard'

/** The client's campaigns on the lean loop. */
export function ClientCampaigns({ client }: { client: Client }) {
  const { t } = useTranslation('campaigns')
  const [creating, setCreating] = useState(false)
  const rows = useLiveQuery(() => campaignsRepository.listWithBriefs(client.id), [client.id])
  return (
    <Stack p="lg" gap="sm" data-testid="client-campaigns">
      {rows ? (
        <LeanBoard
          rows={rows}
          testId="client-board"
          actions={
            <Button
              size="xs"
              leftSection={<IconPlus size={14} />}
              onClick={() => setCreating(true)}
              data-testid="new-campaign"
            >
              {t('board.newCampaign')}
            </Button>
          }
        />
      ) : null}
      <CampaignFormModal
        opened={creating}
        onClose={() => setCreating(false)}
        campaignId={null}
        clientId={client.id}
      />
    </Stack>
  )
}
