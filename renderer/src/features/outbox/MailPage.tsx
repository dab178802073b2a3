/** The frame of the mail screen: which mail of which client and week, with the way back to Today. */
import type { ReactNode } from 'react'
import { Button, Group } from '@mantine/core'
import { IconArrowLeft } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Client, Touchpoint } from '@shared/schemas'
import { Page } from '../../components/Page'
import { ClientMark } from '../../components/ClientMark'

/** A page titled after the touchpoint's mail. */
export function MailPage({
  client,
  touchpoint,
  actions,
  children,
}: {
  client: Client
  touchpoint: Touchpoint
  actions?: ReactNode
  children: ReactNode
}) {
  const { t } = useTranslation('outbox')
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
      actions={actions}
    >
      {children}
    </Page>
  )
}
