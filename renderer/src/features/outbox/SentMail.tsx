/** A mail already marked as sent: the logged subject and text, read-only, with when it was sent. */
import { Anchor, Button, Divider, Grid, Group, Paper, Stack, Text, ThemeIcon } from '@mantine/core'
import { IconArrowLeft, IconCircleCheck, IconClipboardCopy } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { formatInstant } from '@shared/format'
import type { Client, Meeting, TeamMember, Touchpoint } from '@shared/schemas'
import { useLanguage } from '../../lib/useLanguage'
import { MailFacts } from './MailSources'
import { MailPage } from './MailPage'
import { useMailActions } from './useMailActions'

/** Props of the read-only view. */
export type SentMailProps = {
  client: Client
  owner: TeamMember | null
  touchpoint: Touchpoint
  sent: Meeting
  today: string
  /** True right after the PM marked it sent here: the view then offers the way back to Today. */
  justSent: boolean
}

/** The logged mail. */
export function SentMail({ client, owner, touchpoint, sent, today, justSent }: SentMailProps) {
  const { t } = useTranslation('outbox')
  const language = useLanguage()
  const actions = useMailActions(client, owner)
  const sentAt = formatInstant(sent.finishedAt ?? sent.startsAt, language)
  return (
    <MailPage client={client} touchpoint={touchpoint}>
      <Grid gap="md" p="lg" data-testid="mail-sent">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">
            <Paper withBorder radius="md" p="md" data-testid="mail-sent-banner">
              <Group justify="space-between" gap="md" wrap="nowrap">
                <Group gap="sm" wrap="nowrap" align="flex-start">
                  <ThemeIcon color="teal" variant="light" radius="xl" size={30} style={{ flexShrink: 0 }}>
                    <IconCircleCheck size={18} />
                  </ThemeIcon>
                  <div>
                    <Text size="sm" fw={600}>
                      {t('sent.title', { time: sentAt })}
                    </Text>
                    <Text size="sm" c="dimmed">
                      {justSent ? t('sent.justSent') : t('sent.readOnly')}
                    </Text>
                  </div>
                </Group>
                <Group gap="xs" wrap="nowrap">
                  <Button
                    variant="default"
                    leftSection={<IconClipboardCopy size={14} />}
                    onClick={() => void actions.copy({ to: [], subject: sent.title, body: sent.notes })}
                    data-testid="mail-copy"
                  >
                    {t('actions.copy')}
                  </Button>
                  <Button
                    component={Link}
                    to="/today"
                    variant={justSent ? 'filled' : 'default'}
                    leftSection={<IconArrowLeft size={14} />}
                    autoFocus={justSent}
                    data-testid="mail-back-to-today"
                  >
                    {t('actions.backToToday')}
                  </Button>
                </Group>
              </Group>
            </Paper>
            <Paper withBorder radius="md" p="md">
              <Stack gap="sm">
                <div>
                  <Text size="xs" c="dimmed">
                    {t('fields.subject')}
                  </Text>
                  <Text size="sm" fw={600} data-testid="mail-sent-subject">
                    {sent.title}
                  </Text>
                </div>
                <Divider />
                <Text
                  size="sm"
                  style={{ whiteSpace: 'pre-wrap', lineHeight: 1.6 }}
                  data-testid="mail-sent-body"
                >
                  {sent.notes}
                </Text>
              </Stack>
            </Paper>
            <Text size="xs" c="dimmed">
              {t('sent.logNote')}{' '}
              <Anchor component={Link} to={`/meetings/${sent.id}`} size="xs">
                {t('sent.openLog')}
              </Anchor>
            </Text>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <MailFacts client={client} touchpoint={touchpoint} today={today} />
        </Grid.Col>
      </Grid>
    </MailPage>
  )
}
