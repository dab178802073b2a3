/**
 * The data check of a period (seed 002: "verify every number before the report"): the checker's
 * findings grouped by kind, each as a sentence with its numbers, a way to fix it (the commentary
 * for decreases, the budget, or the data grid) or to acknowledge it with a required reason.
 * The period is verified when no finding is open.
 */
import { useState } from 'react'
import { Alert, Badge, Button, Drawer, Group, Paper, Stack, Text, Textarea, ThemeIcon } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconAlertTriangle, IconCircleCheck, IconCircleX, IconPencil } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { formatDate, formatMoney, formatNumber } from '@shared/format'
import { FINDING_KINDS, type Finding } from '@shared/results/findings'
import { metricDefinitions } from '@shared/results/metrics'
import { formatChange, formatMetric, formatShare } from '@shared/results/metric-format'
import type { CheckedFinding } from '@shared/results/period-status'
import { IMPORTED_CAMPAIGN_PREFIX } from '@shared/results/rows'
import { commentariesRepository } from '../../../db/repositories'
import type { ClientResultsData } from '../../../db/repositories/results'
import { ValidationError } from '../../../db/errors'
import { useLanguage } from '../../lib/useLanguage'
import { findingFix, findingMessage, findingSubject, type FindingFormatters } from './finding-text'
import { budgetsPath, commentaryPath, dataPath } from './paths'
import { formatMonthLong } from './periods'
import type { PeriodCheck } from './useResults'
import { useMetricLabel, usePeriodLabel } from './useResults'

/** Formatters of finding sentences for a client, in the UI language. */
export function useFindingFormatters(data: ClientResultsData): FindingFormatters {
  const { t: tApp } = useTranslation()
  const { t } = useTranslation('results')
  const language = useLanguage()
  const metricLabel = useMetricLabel()
  const definitions = metricDefinitions(data.client.customKpis)
  const definitionOf = (key: string) => definitions.find((d) => d.key === key)
  const campaignNames = new Map(data.campaigns.map((c) => [c.id, c.name]))
  return {
    metric: (key) => metricLabel(definitionOf(key)),
    value: (key, value) => {
      const definition = definitionOf(key)
      return definition
        ? formatMetric(definition, value, data.client.currency, language)
        : formatNumber(value, language, 2)
    },
    channel: (channel) => tApp(`channels.${channel}`),
    // An imported campaign known only by the platform's name carries it in its key.
    campaign: (id) =>
      campaignNames.get(id) ??
      (id.startsWith(IMPORTED_CAMPAIGN_PREFIX)
        ? id.slice(IMPORTED_CAMPAIGN_PREFIX.length)
        : t('unnamedCampaign')),
    month: (month) => formatMonthLong(month, language),
    money: (amountMinor, currency) => formatMoney({ amountMinor, currency }, language, { whole: true }),
    change: (relative) => formatChange(relative, language),
    share: (share) => formatShare(share, language),
    count: (value) => formatNumber(value, language),
  }
}

/** The verification status of a period: "Verified" or "N open findings", which opens the check. */
export function VerificationStatus({ check, onOpen }: { check: PeriodCheck; onOpen: () => void }) {
  const { t } = useTranslation('results')
  const open = check.open.length
  return (
    <Button
      variant="light"
      color={open === 0 ? 'teal' : check.open.some((f) => f.severity === 'error') ? 'red' : 'orange'}
      leftSection={open === 0 ? <IconCircleCheck size={14} /> : <IconAlertTriangle size={14} />}
      onClick={onOpen}
      data-testid="verification-status"
      data-open={open}
    >
      {open === 0 ? t('verification.verified') : t('verification.open', { count: open })}
    </Button>
  )
}

/** The drawer with a period's findings. */
export function VerificationPanel({
  data,
  check,
  opened,
  onClose,
}: {
  data: ClientResultsData
  check: PeriodCheck | null
  opened: boolean
  onClose: () => void
}) {
  const { t } = useTranslation('results')
  const periodLabel = usePeriodLabel()
  const label = check ? periodLabel(check.period) : ''
  return (
    <Drawer
      opened={opened && check !== null}
      onClose={onClose}
      position="right"
      size={560}
      title={
        <Text fw={600} size="sm">
          {t('verification.title', { period: label })}
        </Text>
      }
      data-testid="verification-panel"
    >
      {check ? <FindingsList data={data} check={check} periodLabel={label} /> : null}
    </Drawer>
  )
}

function FindingsList({
  data,
  check,
  periodLabel,
}: {
  data: ClientResultsData
  check: PeriodCheck
  periodLabel: string
}) {
  const { t } = useTranslation('results')
  const language = useLanguage()
  const commentary = data.commentaries.find(
    (c) => c.periodKind === check.periodKind && c.period === check.period,
  )
  const groups = FINDING_KINDS.map((kind) => ({
    kind,
    findings: check.findings.filter((f) => f.finding.kind === kind),
  })).filter((group) => group.findings.length > 0)
  return (
    <Stack gap="md" data-testid="verification-findings">
      {check.findings.length === 0 ? (
        <Alert
          color="teal"
          variant="light"
          icon={<IconCircleCheck size={16} />}
          data-testid="verification-clean"
        >
          {t('verification.nothingFound', { period: periodLabel })}
        </Alert>
      ) : check.verified ? (
        <Alert
          color="teal"
          variant="light"
          icon={<IconCircleCheck size={16} />}
          data-testid="verification-done"
        >
          {t('verification.allAcknowledged', { period: periodLabel })}
          {commentary?.verifiedAt ? (
            <Text size="xs" c="dimmed" mt={4}>
              {t('verification.verifiedOn', {
                date: formatDate(commentary.verifiedAt.slice(0, 10), language),
              })}
            </Text>
          ) : null}
        </Alert>
      ) : (
        <Text size="sm" c="dimmed">
          {t('verification.intro')}{' '}
          <Text span size="sm" fw={500} c="var(--mantine-color-text)">
            {t('verification.open', { count: check.open.length })}
          </Text>
          {check.acknowledged > 0
            ? ` · ${t('verification.acknowledgedCount', { count: check.acknowledged })}`
            : ''}
        </Text>
      )}
      {groups.map((group) => (
        <Stack key={group.kind} gap={6} data-testid="finding-group" data-kind={group.kind}>
          <Group gap={6}>
            <Text size="xs" fw={600} tt="uppercase" c="dimmed" style={{ letterSpacing: 0.4 }}>
              {t(`verification.kinds.${group.kind}`)}
            </Text>
            <Badge size="xs" variant="default" className="tabular">
              {group.findings.length}
            </Badge>
          </Group>
          {group.findings.map((checked) => (
            <FindingRow key={checked.finding.id} data={data} check={check} checked={checked} />
          ))}
        </Stack>
      ))}
    </Stack>
  )
}

function FindingRow({
  data,
  check,
  checked,
}: {
  data: ClientResultsData
  check: PeriodCheck
  checked: CheckedFinding
}) {
  const { t } = useTranslation('results')
  const language = useLanguage()
  const format = useFindingFormatters(data)
  const [reason, setReason] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const { finding, acknowledgement } = checked
  const subject = findingSubject(finding, format)
  const subjectText = typeof subject === 'string' ? subject : t(subject.key, subject.values)
  const message = findingMessage(finding, format, subjectText)
  const key = { clientId: data.client.id, periodKind: check.periodKind, period: check.period }

  const save = async () => {
    if (reason === null || reason.trim() === '') {
      setError(t('verification.reasonRequired'))
      return
    }
    setSaving(true)
    try {
      await commentariesRepository.acknowledge(key, finding.id, reason)
      setReason(null)
      setError(null)
    } catch (caught) {
      if (caught instanceof ValidationError) setError(t('verification.reasonRequired'))
      else
        notifications.show({
          color: 'red',
          message: t('verification.saveFailed', {
            message: caught instanceof Error ? caught.message : String(caught),
          }),
        })
    } finally {
      setSaving(false)
    }
  }
  const withdraw = async () => {
    // An acknowledgement given while checking a month lives on the month's commentary.
    const owner = data.commentaries.find((c) => c.acknowledgements.some((a) => a.findingId === finding.id))
    await commentariesRepository.withdrawAcknowledgement(
      owner ? { clientId: owner.clientId, periodKind: owner.periodKind, period: owner.period } : key,
      finding.id,
    )
  }

  return (
    <Paper
      withBorder
      radius="sm"
      p="sm"
      data-testid="finding"
      data-kind={finding.kind}
      data-metric={finding.metric ?? ''}
      data-state={acknowledgement ? 'acknowledged' : 'open'}
      style={acknowledgement ? { opacity: 0.85 } : undefined}
    >
      <Group gap="sm" align="flex-start" wrap="nowrap">
        <ThemeIcon
          size={20}
          radius="xl"
          variant="light"
          color={acknowledgement ? 'teal' : finding.severity === 'error' ? 'red' : 'orange'}
          aria-label={t(`verification.severity.${finding.severity}`)}
        >
          {acknowledgement ? (
            <IconCircleCheck size={13} />
          ) : finding.severity === 'error' ? (
            <IconCircleX size={13} />
          ) : (
            <IconAlertTriangle size={13} />
          )}
        </ThemeIcon>
        <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
          <Text size="sm" data-testid="finding-message">
            {t(message.key, message.values)}
          </Text>
          {acknowledgement ? (
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <Text size="xs" c="dimmed" style={{ flex: 1 }} data-testid="finding-acknowledgement">
                {t('verification.acknowledgedBy', {
                  date: formatDate(acknowledgement.at.slice(0, 10), language),
                  reason: acknowledgement.reason,
                })}
              </Text>
              <Button size="compact-xs" variant="subtle" color="gray" onClick={() => void withdraw()}>
                {t('verification.undo')}
              </Button>
            </Group>
          ) : reason !== null ? (
            <Stack gap={6}>
              <Textarea
                label={t('verification.reasonLabel')}
                placeholder={t('verification.reasonPlaceholder')}
                value={reason}
                onChange={(event) => {
                  setReason(event.currentTarget.value)
                  if (error) setError(null)
                }}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void save()
                  if (event.key === 'Escape') {
                    event.stopPropagation()
                    setReason(null)
                    setError(null)
                  }
                }}
                error={error}
                autosize
                minRows={2}
                autoFocus
                data-testid="acknowledge-reason"
              />
              <Group gap="xs" justify="flex-end">
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => {
                    setReason(null)
                    setError(null)
                  }}
                >
                  {t('common.cancel', { ns: 'app' })}
                </Button>
                <Button size="xs" loading={saving} onClick={() => void save()} data-testid="acknowledge-save">
                  {t('verification.saveAcknowledgement')}
                </Button>
              </Group>
            </Stack>
          ) : (
            <Group gap="xs">
              <FixLink clientId={data.client.id} finding={finding} />
              <Button
                size="compact-xs"
                variant="subtle"
                color="gray"
                onClick={() => setReason('')}
                data-testid="acknowledge"
              >
                {t('verification.acknowledge')}
              </Button>
            </Group>
          )}
        </Stack>
      </Group>
    </Paper>
  )
}

function FixLink({ clientId, finding }: { clientId: string; finding: Finding }) {
  const { t } = useTranslation('results')
  const fix = findingFix(finding)
  const to =
    fix === 'commentary'
      ? commentaryPath(clientId, 'month', finding.month)
      : fix === 'budget'
        ? budgetsPath(clientId)
        : dataPath(clientId, finding.month)
  const label =
    fix === 'commentary'
      ? 'verification.explain'
      : fix === 'budget'
        ? 'verification.openBudget'
        : 'verification.openData'
  return (
    <Button
      component={Link}
      to={to}
      size="compact-xs"
      variant="light"
      leftSection={<IconPencil size={12} />}
      data-testid={`finding-fix-${fix}`}
    >
      {t(label)}
    </Button>
  )
}
