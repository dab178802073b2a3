/**
 * "Export all monthly reports": every client's monthly report of one month in one action. The
 * dialog prepares the reports (how many, how many drafts), runs the batch in main with a progress
 * bar and a cancel button, and ends with what was written and what failed and why.
 */
import { useEffect, useState } from 'react'
import {
  Alert,
  Button,
  Group,
  Loader,
  Modal,
  Progress,
  ScrollArea,
  Select,
  Stack,
  Table,
  Text,
} from '@mantine/core'
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { v4 as uuid } from 'uuid'
import { formatMonth } from '@shared/format'
import type { BatchSummary } from '@shared/ipc'
import { cadence } from '../../lib/bridge'
import { useLanguage } from '../../lib/useLanguage'
import { todayIso } from '../../lib/today'
import { prepareBatch, runBatch, type BatchItem } from './export-report'

type Stage =
  | { step: 'preparing'; month: string }
  | { step: 'ready'; month: string; items: BatchItem[] }
  | {
      step: 'running'
      month: string
      items: BatchItem[]
      batchId: string
      done: number
      total: number
      cancelling: boolean
    }
  | { step: 'done'; month: string; items: BatchItem[]; summary: BatchSummary }
  | { step: 'failed'; month: string; message: string }

/** The batch dialog; `months` newest first, the first is where it starts. */
export function BatchExportDialog({
  opened,
  months,
  onClose,
}: {
  opened: boolean
  months: string[]
  onClose: () => void
}) {
  const { t } = useTranslation('reports')
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size={600}
      title={
        <Text fw={600} size="sm">
          {t('batch.title')}
        </Text>
      }
      closeOnClickOutside={false}
      data-testid="batch-dialog"
    >
      <BatchBody months={months} onClose={onClose} />
    </Modal>
  )
}

function BatchBody({ months, onClose }: { months: string[]; onClose: () => void }) {
  const { t } = useTranslation('reports')
  const language = useLanguage()
  const [stage, setStage] = useState<Stage>({ step: 'preparing', month: months[0] ?? '' })
  const running = stage.step === 'running' ? stage.batchId : null

  useEffect(() => {
    if (stage.step !== 'preparing') return
    let cancelled = false
    const { month } = stage
    prepareBatch(month, { today: todayIso(), now: new Date().toISOString() }).then(
      (items) => {
        if (!cancelled) setStage({ step: 'ready', month, items })
      },
      (error: unknown) => {
        if (!cancelled)
          setStage({ step: 'failed', month, message: error instanceof Error ? error.message : String(error) })
      },
    )
    return () => {
      cancelled = true
    }
  }, [stage])

  useEffect(() => {
    if (running === null) return
    return cadence.on('report:batch-progress', (progress) => {
      if (progress.batchId !== running) return
      setStage((current) =>
        current.step === 'running'
          ? { ...current, done: Math.max(current.done, progress.done), total: progress.total }
          : current,
      )
    })
  }, [running])

  const start = async (month: string, items: BatchItem[]) => {
    const batchId = uuid()
    const total = items.filter((item) => 'input' in item).length
    setStage({ step: 'running', month, items, batchId, done: 0, total, cancelling: false })
    try {
      const summary = await runBatch(batchId, items)
      setStage({ step: 'done', month, items, summary })
    } catch (error) {
      setStage({ step: 'failed', month, message: error instanceof Error ? error.message : String(error) })
    }
  }

  const cancel = async (batchId: string) => {
    setStage((current) => (current.step === 'running' ? { ...current, cancelling: true } : current))
    await cadence.cancelReportBatch({ batchId })
  }

  const monthSelect = (
    <Select
      label={t('batch.month')}
      data={months.map((value) => ({ value, label: formatMonth(value, language) }))}
      value={stage.month}
      onChange={(value) => value && setStage({ step: 'preparing', month: value })}
      allowDeselect={false}
      searchable
      w={200}
      disabled={stage.step === 'running' || stage.step === 'done'}
      data-testid="batch-month"
    />
  )

  return (
    <Stack gap="md" data-testid="batch-body" data-step={stage.step}>
      <Text size="sm" c="dimmed">
        {t('batch.intro')}
      </Text>
      {monthSelect}
      {stage.step === 'preparing' ? (
        <Group gap="xs">
          <Loader size="xs" />
          <Text size="sm" c="dimmed">
            {t('batch.preparing')}
          </Text>
        </Group>
      ) : null}
      {stage.step === 'ready' ? <ReadyStep items={stage.items} /> : null}
      {stage.step === 'running' ? (
        <Stack gap={6} data-testid="batch-progress" data-done={stage.done} data-total={stage.total}>
          <Progress
            value={stage.total === 0 ? 0 : (stage.done / stage.total) * 100}
            animated={!stage.cancelling}
          />
          <Text size="xs" c="dimmed" className="tabular">
            {t('batch.progress', { done: stage.done, total: stage.total })}
          </Text>
        </Stack>
      ) : null}
      {stage.step === 'done' ? <Summary items={stage.items} summary={stage.summary} /> : null}
      {stage.step === 'failed' ? (
        <Alert color="red" variant="light">
          {t('batch.failedAll', { message: stage.message })}
        </Alert>
      ) : null}
      <Group justify="flex-end" gap="xs" mt="xs">
        {stage.step === 'ready' ? (
          <>
            <Button variant="default" onClick={onClose}>
              {t('dialog.cancel')}
            </Button>
            <Button
              disabled={stage.items.every((item) => !('input' in item))}
              onClick={() => void start(stage.month, stage.items)}
              data-testid="batch-start"
            >
              {t('batch.start', { count: stage.items.filter((item) => 'input' in item).length })}
            </Button>
          </>
        ) : null}
        {stage.step === 'running' ? (
          <Button
            variant="default"
            color="red"
            loading={stage.cancelling}
            onClick={() => void cancel(stage.batchId)}
            data-testid="batch-cancel"
          >
            {stage.cancelling ? t('batch.cancelling') : t('batch.cancel')}
          </Button>
        ) : null}
        {stage.step === 'done' || stage.step === 'failed' ? (
          <>
            {stage.step === 'done' && stage.summary.written.length > 0 ? (
              <Button
                variant="default"
                onClick={() => void cadence.openReportsFolder()}
                data-testid="batch-open-folder"
              >
                {t('batch.openFolder')}
              </Button>
            ) : null}
            <Button onClick={onClose} data-testid="batch-close">
              {t('batch.close')}
            </Button>
          </>
        ) : null}
        {stage.step === 'preparing' ? (
          <Button variant="default" onClick={onClose}>
            {t('dialog.cancel')}
          </Button>
        ) : null}
      </Group>
    </Stack>
  )
}

function ReadyStep({ items }: { items: BatchItem[] }) {
  const { t } = useTranslation('reports')
  if (items.length === 0) return <Text size="sm">{t('batch.noClients')}</Text>
  const drafts = items.filter((item) => 'input' in item && item.draft).length
  return (
    <Stack gap={4} data-testid="batch-ready" data-clients={items.length} data-drafts={drafts}>
      <Text size="sm" fw={500}>
        {t('batch.clients', { count: items.length })}
      </Text>
      {drafts > 0 ? (
        <Text size="sm" c="orange.7">
          {t('batch.drafts', { count: drafts })}
        </Text>
      ) : null}
    </Stack>
  )
}

function Summary({ items, summary }: { items: BatchItem[]; summary: BatchSummary }) {
  const { t } = useTranslation('reports')
  const names = new Map(items.map((item) => [item.clientId, item.clientName]))
  const failed = summary.failed.length
  return (
    <Stack
      gap="sm"
      data-testid="batch-summary"
      data-written={summary.written.length}
      data-failed={failed}
      data-cancelled={summary.cancelled.length}
    >
      <Group gap="md">
        <Group gap={6}>
          <IconCircleCheck size={16} color="var(--mantine-color-teal-6)" />
          <Text size="sm" fw={500}>
            {t('batch.written', { count: summary.written.length })}
          </Text>
        </Group>
        {failed > 0 ? (
          <Group gap={6}>
            <IconAlertTriangle size={16} color="var(--mantine-color-red-6)" />
            <Text size="sm" fw={500}>
              {t('batch.failed', { count: failed })}
            </Text>
          </Group>
        ) : null}
        {summary.cancelled.length > 0 ? (
          <Text size="sm" c="dimmed">
            {t('batch.cancelled', { count: summary.cancelled.length })}
          </Text>
        ) : null}
      </Group>
      {failed > 0 ? (
        <Stack gap={4}>
          <Text size="xs" fw={600} tt="uppercase" c="dimmed" style={{ letterSpacing: 0.4 }}>
            {t('batch.failedList')}
          </Text>
          {summary.failed.map((failure) => (
            <Text key={failure.ref} size="sm" data-testid="batch-failure">
              <Text span fw={500}>
                {names.get(failure.ref) ?? failure.ref}
              </Text>
              {' — '}
              {t(`batch.reasons.${failure.code}`)}:{' '}
              <Text span c="dimmed">
                {failure.message}
              </Text>
            </Text>
          ))}
        </Stack>
      ) : null}
      {summary.written.length > 0 ? (
        <Stack gap={4}>
          <Text size="xs" fw={600} tt="uppercase" c="dimmed" style={{ letterSpacing: 0.4 }}>
            {t('batch.writtenList')}
          </Text>
          <ScrollArea.Autosize mah={220}>
            <Table verticalSpacing={4} fz="sm">
              <Table.Tbody>
                {summary.written.map((written) => (
                  <Table.Tr key={written.id} data-testid="batch-written">
                    <Table.Td>{names.get(written.ref) ?? written.ref}</Table.Td>
                    <Table.Td c="dimmed">{written.fileName}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        </Stack>
      ) : null}
    </Stack>
  )
}
