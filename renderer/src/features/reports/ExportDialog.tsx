/**
 * The export dialog of a client's monthly, quarterly or annual report: the period (choosable), whether its data is
 * verified, and — when it is not — the open findings first, with the way to the data check or
 * the choice to export anyway as a draft (every page of the PDF then says "Draft").
 */
import { useEffect, useState } from 'react'
import { Alert, Anchor, Button, Group, Loader, Modal, Select, Stack, Text, ThemeIcon } from '@mantine/core'
import { IconAlertTriangle, IconCircleCheck, IconCircleX } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { formatDate, formatMonth } from '@shared/format'
import type { Finding } from '@shared/results/findings'
import type { Client } from '@shared/schemas'
import { useLanguage } from '../../lib/useLanguage'
import { findingMessage, findingSubject } from '../results/finding-text'
import { resultsPath } from '../results/paths'
import { lastMonthOf } from '../results/periods'
import { useFindingFormatters } from '../results/VerificationPanel'
import { preparePeriod, resultsDataOf, type PeriodReportKind, type PreparedPeriod } from './export-report'
import { usePeriodText } from './labels'

/** Findings listed in the dialog; the rest are counted. */
const SHOWN_FINDINGS = 6

/** What the dialog's buttons ask for. */
export type ExportChoice = { prepared: PreparedPeriod; mode: 'file' | 'save-as' }

/** Props of the dialog. */
type ExportDialogProps = {
  client: Client
  opened: boolean
  kind: PeriodReportKind
  /** The period it opens on; `periods` are offered newest first. */
  period: string
  periods: string[]
  /** The period already prepared (when the dialog opens because it is not verified). */
  initial: PreparedPeriod | null
  busy: boolean
  onClose: () => void
  onExport: (choice: ExportChoice) => void
}

/** The dialog; its content starts afresh each time it opens. */
export function ExportDialog(props: ExportDialogProps) {
  const { t } = useTranslation('reports')
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      size={560}
      title={
        <Text fw={600} size="sm">
          {t(`dialog.title.${props.kind}`)} · {props.client.name}
        </Text>
      }
      data-testid="export-dialog"
    >
      <ExportDialogBody {...props} />
    </Modal>
  )
}

type Loaded = { period: string; prepared: PreparedPeriod } | { period: string; error: string }

function ExportDialogBody({
  client,
  kind,
  period: initialPeriod,
  periods,
  initial,
  busy,
  onClose,
  onExport,
}: ExportDialogProps) {
  const { t } = useTranslation('reports')
  const language = useLanguage()
  const periodText = usePeriodText()
  const [period, setPeriod] = useState(initialPeriod)
  const [loaded, setLoaded] = useState<Loaded | null>(
    initial ? { period: initial.period, prepared: initial } : null,
  )

  useEffect(() => {
    if (loaded?.period === period) return
    let cancelled = false
    preparePeriod(client.id, period).then(
      (prepared) => {
        if (!cancelled) setLoaded({ period, prepared })
      },
      (caught: unknown) => {
        if (!cancelled)
          setLoaded({ period, error: caught instanceof Error ? caught.message : String(caught) })
      },
    )
    return () => {
      cancelled = true
    }
  }, [client.id, period, loaded])

  const current = loaded?.period === period && 'prepared' in loaded ? loaded.prepared : null
  const error = loaded?.period === period && 'error' in loaded ? loaded.error : null
  const options = periods.includes(period) ? periods : [period, ...periods]
  const check = current?.check
  const verifiedAt = current?.sources.commentaries.find(
    (c) => c.periodKind === check?.periodKind && c.period === period,
  )?.verifiedAt

  return (
    <Stack gap="md" data-testid="export-dialog-body">
      <Select
        label={t('dialog.period')}
        data={options.map((value) => ({
          value,
          label: kind === 'monthly' ? formatMonth(value, language) : periodText(value),
        }))}
        value={period}
        onChange={(value) => value && setPeriod(value)}
        allowDeselect={false}
        searchable
        w={200}
        data-testid="export-month"
      />
      {error ? (
        <Alert color="red" variant="light">
          {error}
        </Alert>
      ) : !check || !current ? (
        <Group gap="xs">
          <Loader size="xs" />
          <Text size="sm" c="dimmed">
            {t('dialog.checking')}
          </Text>
        </Group>
      ) : check.verified ? (
        <Alert
          color="teal"
          variant="light"
          icon={<IconCircleCheck size={16} />}
          data-testid="export-verified"
        >
          {t('dialog.verified', { period: periodText(period) })}
          {verifiedAt ? (
            <Text size="xs" c="dimmed" mt={2}>
              {formatDate(verifiedAt.slice(0, 10), language)}
            </Text>
          ) : null}
        </Alert>
      ) : (
        <OpenFindings prepared={current} periodLabel={periodText(period)} onOpenCheck={onClose} />
      )}
      <Group justify="space-between" mt="xs">
        <Button
          variant="default"
          disabled={!current || busy}
          onClick={() => current && onExport({ prepared: current, mode: 'save-as' })}
          data-testid="export-save-as"
        >
          {t('dialog.saveAs')}
        </Button>
        <Group gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('dialog.cancel')}
          </Button>
          <Button
            color={check && !check.verified ? 'orange' : undefined}
            disabled={!current}
            loading={busy}
            onClick={() => current && onExport({ prepared: current, mode: 'file' })}
            data-testid="export-confirm"
            data-draft={check ? String(!check.verified) : undefined}
          >
            {check && !check.verified ? t('dialog.exportDraft') : t('dialog.export')}
          </Button>
        </Group>
      </Group>
    </Stack>
  )
}

function OpenFindings({
  prepared,
  periodLabel,
  onOpenCheck,
}: {
  prepared: PreparedPeriod
  periodLabel: string
  onOpenCheck: () => void
}) {
  const { t } = useTranslation('reports')
  const { t: tResults } = useTranslation('results')
  const format = useFindingFormatters(resultsDataOf(prepared.sources))
  const { open } = prepared.check
  const sentence = (finding: Finding) => {
    const subject = findingSubject(finding, format)
    const subjectText = typeof subject === 'string' ? subject : tResults(subject.key, subject.values)
    const message = findingMessage(finding, format, subjectText)
    return tResults(message.key, message.values)
  }
  return (
    <Stack gap="sm" data-testid="export-findings">
      <Alert
        color="orange"
        variant="light"
        icon={<IconAlertTriangle size={16} />}
        title={t('dialog.notVerified', { period: periodLabel })}
      >
        {t('dialog.openFindings', { count: open.length })}
      </Alert>
      <Stack gap={6}>
        {open.slice(0, SHOWN_FINDINGS).map((finding) => (
          <Group key={finding.id} gap="xs" wrap="nowrap" align="flex-start" data-testid="export-finding">
            <ThemeIcon
              size={18}
              radius="xl"
              variant="light"
              color={finding.severity === 'error' ? 'red' : 'orange'}
            >
              {finding.severity === 'error' ? <IconCircleX size={12} /> : <IconAlertTriangle size={12} />}
            </ThemeIcon>
            <Text size="sm" style={{ flex: 1 }}>
              {sentence(finding)}
            </Text>
          </Group>
        ))}
        {open.length > SHOWN_FINDINGS ? (
          <Text size="xs" c="dimmed" pl={26}>
            {t('dialog.more', { count: open.length - SHOWN_FINDINGS })}
          </Text>
        ) : null}
      </Stack>
      <Anchor
        component={Link}
        to={resultsPath(prepared.sources.client.id, {
          month: lastMonthOf(prepared.period),
          verify: prepared.period,
        })}
        onClick={onOpenCheck}
        size="sm"
        data-testid="export-open-check"
      >
        {t('dialog.openCheck')}
      </Anchor>
    </Stack>
  )
}
