/**
 * `/mail/:touchpointId`: the Monday or Friday mail of a touchpoint of the rhythm — the editor
 * while it is due, the logged mail once it was marked as sent.
 */
import { useState } from 'react'
import { Button, Center, Stack, Text } from '@mantine/core'
import { IconArrowLeft } from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import type { Client } from '@shared/schemas'
import { clientMailsRepository, type MailContext } from '../../../db/repositories'
import { todayIso } from '../../lib/today'
import { MailEditor } from './MailEditor'
import { SentMail } from './SentMail'

const hasClient = (context: MailContext): context is MailContext & { client: Client } =>
  context.client !== null

/** The mail screen. */
export function MailScreen() {
  const { t } = useTranslation('outbox')
  const { touchpointId = '' } = useParams()
  const today = todayIso()
  // `null` once loaded and missing, so "not found" is not flashed while loading.
  const context = useLiveQuery(
    async () => (await clientMailsRepository.load(touchpointId)) ?? null,
    [touchpointId],
  )
  const [justSentId, setJustSentId] = useState<string | null>(null)

  if (context === undefined) return null
  if (context === null || !hasClient(context))
    return (
      <Center h="100%">
        <Stack align="center" gap="sm">
          <Text c="dimmed" data-testid="mail-not-found">
            {context === null ? t('notFound') : t('clientGone')}
          </Text>
          <Button component={Link} to="/today" variant="default" leftSection={<IconArrowLeft size={14} />}>
            {t('actions.backToToday')}
          </Button>
        </Stack>
      </Center>
    )

  return context.sent ? (
    <SentMail
      client={context.client}
      owner={context.owner}
      touchpoint={context.touchpoint}
      sent={context.sent}
      today={today}
      justSent={justSentId === context.touchpoint.id}
    />
  ) : (
    // Keyed by touchpoint so field errors and the confirmation never carry over to another mail.
    <MailEditor
      key={context.touchpoint.id}
      context={context}
      today={today}
      onSent={() => setJustSentId(context.touchpoint.id)}
    />
  )
}
