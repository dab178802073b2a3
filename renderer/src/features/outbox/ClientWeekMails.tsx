/** The client page's way into this week's Monday and Friday mails. */
import { Badge, Button, Group, Stack, Text } from '@mantine/core'
import { IconMail } from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { touchpointState } from '@shared/cadence'
import { formatDate } from '@shared/format'
import type { Client } from '@shared/schemas'
import { clientMailsRepository } from '../../../db/repositories'
import { Section } from '../../components/Section'
import { useLanguage } from '../../lib/useLanguage'
import { todayIso } from '../../lib/today'

/** This week's mail touchpoints of the client, each with Write (or View once sent). */
export function ClientWeekMails({ client }: { client: Client }) {
  const { t } = useTranslation('outbox')
  const language = useLanguage()
  const today = todayIso()
  const rows = useLiveQuery(() => clientMailsRepository.listWeekMails(client.id, today), [client.id, today])
  if (!rows || rows.length === 0) return null
  return (
    <Section title={t('client.title')} testId="client-week-mails">
      <Stack gap={8}>
        {rows.map((row) => {
          const state = touchpointState(row, today)
          const sent = row.closedBy?.type === 'mail'
          return (
            <Group key={row.id} justify="space-between" gap="xs" wrap="nowrap" data-testid="client-week-mail">
              <div style={{ minWidth: 0 }}>
                <Text size="sm" fw={500}>
                  {t(`client.${row.kind}`)}
                </Text>
                <Text size="xs" c={state === 'overdue' ? 'red.7' : 'dimmed'} className="tabular">
                  {formatDate(row.dueDate, language)}
                </Text>
              </div>
              <Group gap={6} wrap="nowrap">
                {sent ? <Badge color="teal">{t('client.sent')}</Badge> : null}
                {row.status === 'skipped' ? <Badge color="gray">{t('client.skipped')}</Badge> : null}
                <Button
                  component={Link}
                  to={`/mail/${row.id}`}
                  variant={sent ? 'subtle' : 'light'}
                  leftSection={<IconMail size={14} />}
                  data-testid={`write-${row.kind}`}
                >
                  {sent ? t('client.view') : t('client.write')}
                </Button>
              </Group>
            </Group>
          )
        })}
      </Stack>
    </Section>
  )
}
