/** One campaign: its facts, the schedule strip, the brief and the tests, with a "Move to…" menu. */
import { useEffect, useState } from 'react'
import { Box, Button, Center, Grid, Group, Menu, Stack, Text } from '@mantine/core'
import { IconArrowLeft, IconChevronDown, IconLock, IconPencil } from '@tabler/icons-react'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { isGatedStage } from '@shared/brief-gate'
import { formatDate, formatMoney } from '@shared/format'
import { LEAN_STAGES } from '@shared/schemas'
import {
  briefsRepository,
  campaignsRepository,
  clientsRepository,
  teamMembersRepository,
} from '../../../db/repositories'
import { Page } from '../../components/Page'
import { Section } from '../../components/Section'
import { StageBadge } from '../../components/badges'
import { useLanguage } from '../../lib/useLanguage'
import { BriefForm } from './BriefForm'
import { CampaignFormModal } from './CampaignFormModal'
import { ExperimentsSection } from './ExperimentsSection'
import { RefusalAlert } from './RefusalAlert'
import { ScheduleStrip } from './ScheduleStrip'
import { useStageMove } from './useStageMove'

/** The campaign page (route `campaigns/:campaignId`). */
export function CampaignScreen() {
  const { t } = useTranslation('campaigns')
  const { t: tApp } = useTranslation()
  const language = useLanguage()
  const { campaignId = '' } = useParams()
  const [editing, setEditing] = useState(false)
  const { move, refusal, dismiss } = useStageMove()
  const data = useLiveQuery(async () => {
    const campaign = await campaignsRepository.get(campaignId)
    if (!campaign) return null
    const [client, brief, owner] = await Promise.all([
      clientsRepository.get(campaign.clientId),
      briefsRepository.forCampaign(campaign.id),
      campaign.ownerId ? teamMembersRepository.get(campaign.ownerId) : Promise.resolve(undefined),
    ])
    return { campaign, client, brief, owner }
  }, [campaignId])

  // A campaign from before briefs existed gets its draft brief on first view.
  const needsBrief = Boolean(data?.campaign && !data.brief)
  useEffect(() => {
    if (needsBrief) void briefsRepository.ensureForCampaign(campaignId)
  }, [needsBrief, campaignId])

  if (data === undefined) return null
  if (data === null)
    return (
      <Center h="100%">
        <Text c="dimmed" data-testid="campaign-not-found">
          {t('detail.notFound')}
        </Text>
      </Center>
    )
  const { campaign, client, brief, owner } = data
  const currency = client?.currency ?? campaign.mediaBudget?.currency ?? 'EUR'
  const dates =
    campaign.startDate || campaign.endDate
      ? [campaign.startDate, campaign.endDate].map((d) => (d ? formatDate(d, language) : '…')).join(' – ')
      : '—'

  return (
    <Page
      testId="campaign-screen"
      title={
        <Group gap={10} wrap="nowrap">
          <Button
            component={Link}
            to={client ? `/clients/${client.id}/campaigns` : '/campaigns'}
            variant="subtle"
            color="gray"
            size="compact-xs"
            aria-label={t('detail.back')}
            px={4}
          >
            <IconArrowLeft size={14} />
          </Button>
          <span data-testid="campaign-name">{campaign.name}</span>
        </Group>
      }
      subtitle={
        <Group gap={6} component="span" wrap="nowrap">
          <span data-testid="campaign-stage" data-stage={campaign.stage}>
            <StageBadge stage={campaign.stage} />
          </span>
          {client ? (
            <Text component={Link} to={`/clients/${client.id}`} size="sm" c="dimmed" td="none">
              {client.name}
            </Text>
          ) : null}
        </Group>
      }
      actions={
        <>
          <Menu position="bottom-end" shadow="md">
            <Menu.Target>
              <Button
                variant="default"
                rightSection={<IconChevronDown size={14} />}
                data-testid="campaign-move"
              >
                {t('detail.move')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {LEAN_STAGES.map((stage) => (
                <Menu.Item
                  key={stage}
                  disabled={stage === campaign.stage}
                  leftSection={isGatedStage(stage) ? <IconLock size={12} /> : <Box w={12} />}
                  onClick={() => void move(campaign, stage)}
                  data-testid={`move-to-${stage}`}
                >
                  {tApp(`stages.${stage}`)}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
          <Button
            variant="default"
            leftSection={<IconPencil size={14} />}
            onClick={() => setEditing(true)}
            data-testid="edit-campaign"
          >
            {t('detail.edit')}
          </Button>
        </>
      }
    >
      <Stack gap="md" p="lg" maw={1280}>
        <RefusalAlert refusal={refusal} onClose={dismiss} />
        <Group gap="xl" wrap="wrap" data-testid="campaign-facts">
          <Fact label={t('detail.dates')} value={dates} />
          <Fact
            label={t('detail.budget')}
            value={campaign.mediaBudget ? formatMoney(campaign.mediaBudget, language, { whole: true }) : '—'}
          />
          <Fact label={t('detail.owner')} value={owner?.name ?? '—'} />
          <Fact
            label={t('detail.channels')}
            value={campaign.channels.map((channel) => tApp(`channels.${channel}`)).join(', ') || '—'}
          />
        </Group>
        <Section title={t('detail.schedule')} testId="campaign-schedule">
          <ScheduleStrip campaign={campaign} />
        </Section>
        <Grid gap="md" align="flex-start">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Section title={t('brief.title')} testId="campaign-brief">
              {brief ? <BriefForm brief={brief} currency={currency} /> : null}
            </Section>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <ExperimentsSection campaign={campaign} />
          </Grid.Col>
        </Grid>
      </Stack>
      <CampaignFormModal
        opened={editing}
        onClose={() => setEditing(false)}
        campaignId={campaign.id}
        clientId={campaign.clientId}
      />
    </Page>
  )
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500} className="tabular">
        {value}
      </Text>
    </div>
  )
}
