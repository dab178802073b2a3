/** The client page's Communications tab: the client's messages with their reply clock. */
import { useState } from 'react'
import { Group } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import type { Client, Communication } from '@shared/schemas'
import { communicationsRepository, teamMembersRepository } from '../../../db/repositories'
import { CommunicationTable } from './CommunicationTable'
import { QuickLogButton } from './QuickLog'
import { ReplyDialog } from './ReplyDialog'
import { useNow, useSla } from './useSla'

/** The client's communications, newest first. */
export function ClientCommunications({ client }: { client: Client }) {
  const { t } = useTranslation('work')
  const now = useNow()
  const sla = useSla()
  const [replying, setReplying] = useState<Communication | null>(null)
  const data = useLiveQuery(async () => {
    const [items, team] = await Promise.all([
      communicationsRepository.listForClient(client.id),
      teamMembersRepository.list(),
    ])
    return { items, names: new Map(team.map((member) => [member.id, member.name])) }
  }, [client.id])
  if (!data || !sla) return null
  return (
    <>
      <Group justify="flex-end" px="lg" py="xs">
        <QuickLogButton />
      </Group>
      <CommunicationTable
        testId="client-communications"
        items={data.items}
        sla={sla}
        now={now}
        names={data.names}
        onReply={setReplying}
        empty={t('inbox.emptyClient')}
      />
      <ReplyDialog item={replying} onClose={() => setReplying(null)} />
    </>
  )
}
