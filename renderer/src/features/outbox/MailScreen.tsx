/**
 * `/mail/:touchpointId`: the Monday or Friday mail of a touchpoint of the rhythm — the editor
 * while it is due, the logged mail once it was marked as sent.
 */
import { useState } from 'react'
import { Button, Center, Group, Stack, Text } from '@mantine/core'
import { IconArrowLeft } from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import type { Client } from '@shared/schemas'
import { clientMailsRepository, type MailContext } from '../../../db/repositories'
import { Page } from '../../components/Page'
import { ClientMark } from '../../components/ClientMark'
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
  const [justSent, setJustSent] = useState(false)

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

  const { touchpoint, client, sent } = context
  const week = /W(\d+)$/.exec(touchpoint.periodKey)?.[1]
  return (
    <Page
      testId="mail-screen"
      title={
        <Group gap={10} wrap="nowrap">
          <Button
            component={Link}
            to="/today"
            variant="subtle"
            color="gray"
            size="compact-xs"
            aria-label={t('actions.backToToday')}
            px={4}
          >
            <IconArrowLeft size={14} />
          </Button>
          <span data-testid="mail-title">{t(`title.${touchpoint.kind}`)}</span>
        </Group>
      }
      subtitle={
        <Group gap={6} component="span" wrap="nowrap">
          <ClientMark client={client} size={18} />
          <span>{client.name}</span>
          {week ? <span>· {t('week', { week: Number(week) })}</span> : null}
        </Group>
      }
    >
      {sent ? (
        <SentMail
          client={client}
          owner={context.owner}
          touchpoint={touchpoint}
          sent={sent}
          today={today}
          justSent={justSent}
        />
      ) : (
        <MailEditor context={context} today={today} onSent={() => setJustSent(true)} />
      )}
    </Page>
  )
}
