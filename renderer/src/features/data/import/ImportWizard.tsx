/**
 * "Import export…": pick a CSV, let Cadence recognise the platform (or map the columns of any
 * other CSV), see exactly what will be written — months created, updated or unchanged with the
 * fields that change, every rejected row with its reason, and the warnings — then write it in
 * one transaction. The file is read in the renderer as bytes (no IPC), in chunks with progress
 * and Cancel. Importing the same file again finds nothing to change.
 */
import { useRef, useState } from 'react'
import { Alert, Button, Group, Modal, Progress, Radio, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconAlertTriangle, IconFileSpreadsheet } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { FileError, ImportMapping, ImportPlan, ParsedExport } from '@shared/imports'
import { peekTable, savedMappingFor, type Peek } from '@shared/data-entry'
import type { Client } from '@shared/schemas'
import { metricMonthsRepository } from '../../../../db/repositories'
import { MappingStep } from './MappingStep'
import { PreviewStep } from './PreviewStep'
import { useChunkedRead } from './useChunkedRead'
import { useImportIssueText } from './useImportIssueText'

/** Files above this size are refused before reading: no ad-platform export is this big. */
const MAX_BYTES = 200 * 1024 * 1024

type Picked = { name: string; bytes: Uint8Array }
type Stage =
  | { step: 'pick' }
  | { step: 'reading'; file: Picked }
  | { step: 'failed'; file: Picked; error: FileError | { code: 'too-big' } | { code: 'unreadable' } }
  | { step: 'mapping'; file: Picked; peek: Extract<Peek, { ok: true }>; initial: ImportMapping | null }
  | {
      step: 'preview'
      file: Picked
      parsed: ParsedExport
      plan: ImportPlan
      bookToMonth: string | null
      /** The saved mapping the file was read with, if it was. */
      savedMappingUsed: boolean
    }
  | { step: 'writing'; file: Picked }

/** The import dialog of a client. */
export function ImportWizard({
  client,
  opened,
  onClose,
  onImported,
}: {
  client: Client
  opened: boolean
  onClose: () => void
  onImported: () => void
}) {
  const { t } = useTranslation('data')
  const issueText = useImportIssueText(client.currency)
  const [stage, setStage] = useState<Stage>({ step: 'pick' })
  const [mode, setMode] = useState<'detect' | 'generic'>('detect')
  const [writeError, setWriteError] = useState<string | null>(null)
  const inputRef = useRef<HTMLInputElement>(null)
  const { progress, read, cancel } = useChunkedRead()

  const reset = () => {
    cancel()
    setStage({ step: 'pick' })
    setWriteError(null)
    if (inputRef.current) inputRef.current.value = ''
  }
  const close = () => {
    reset()
    onClose()
  }

  const plan = (parsed: ParsedExport, bookToMonth: string | null) =>
    metricMonthsRepository.planImportFor({ clientId: client.id, rows: parsed.rows, options: { bookToMonth } })

  const toMapping = (file: Picked, initial: ImportMapping | null) => {
    const peek = peekTable(file.bytes)
    if (!peek.ok) setStage({ step: 'failed', file, error: peek.error })
    else setStage({ step: 'mapping', file, peek, initial })
  }

  /** Reads the whole file with a mapping (or detects the platform) and plans the import. */
  const readAndPlan = async (file: Picked, mapping: ImportMapping | null, savedMappingUsed = false) => {
    setStage({ step: 'reading', file })
    const result = await read(file.bytes, {
      defaultCurrency: client.currency,
      ...(mapping ? { mapping } : {}),
    })
    if (result === null) return // cancelled
    if (!result.ok) {
      const saved = savedMappingFor(client, 'generic')
      // An unknown layout: try the mapping saved for "other CSV" files, else map by hand.
      if (result.error.code === 'header-not-found' && !mapping && saved) {
        await readAndPlan(file, saved, true)
        return
      }
      if (result.error.code === 'header-not-found' || result.error.code === 'mapping-column-missing') {
        toMapping(file, mapping ?? saved)
        return
      }
      setStage({ step: 'failed', file, error: result.error })
      return
    }
    const planned = await plan(result.export, null)
    setStage({
      step: 'preview',
      file,
      parsed: result.export,
      plan: planned,
      bookToMonth: null,
      savedMappingUsed,
    })
  }

  const pick = async (list: FileList | null) => {
    const chosen = list?.[0]
    if (!chosen) return
    setWriteError(null)
    if (chosen.size > MAX_BYTES) {
      setStage({
        step: 'failed',
        file: { name: chosen.name, bytes: new Uint8Array() },
        error: { code: 'too-big' },
      })
      return
    }
    let bytes: Uint8Array
    try {
      bytes = new Uint8Array(await chosen.arrayBuffer())
    } catch {
      setStage({
        step: 'failed',
        file: { name: chosen.name, bytes: new Uint8Array() },
        error: { code: 'unreadable' },
      })
      return
    }
    const file = { name: chosen.name, bytes }
    if (mode === 'generic') toMapping(file, savedMappingFor(client, 'generic'))
    else await readAndPlan(file, null)
  }

  const write = async () => {
    if (stage.step !== 'preview') return
    const { file, parsed, bookToMonth } = stage
    setStage({ step: 'writing', file })
    try {
      const applied = await metricMonthsRepository.applyImport({
        clientId: client.id,
        rows: parsed.rows,
        options: { bookToMonth },
        mapping: { source: parsed.source, mapping: parsed.mapping },
      })
      notifications.show({
        color: 'teal',
        message: t('import.done', { created: applied.counts.create, updated: applied.counts.update }),
      })
      onImported()
      close()
    } catch (error) {
      setWriteError(
        t('import.writeFailed', { message: error instanceof Error ? error.message : String(error) }),
      )
      setStage({ ...stage })
    }
  }

  const failureText = (error: Extract<Stage, { step: 'failed' }>['error']) =>
    error.code === 'too-big'
      ? t('import.tooBig')
      : error.code === 'unreadable'
        ? t('import.unreadable')
        : issueText(error)

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('import.title', { client: client.name })}
      size={stage.step === 'preview' || stage.step === 'mapping' ? 'xl' : 'lg'}
      closeOnClickOutside={false}
      data-testid="import-wizard"
    >
      <input
        ref={inputRef}
        type="file"
        accept=".csv,.tsv,.txt,text/csv,text/plain"
        style={{ display: 'none' }}
        onChange={(event) => void pick(event.currentTarget.files)}
        data-testid="import-file"
      />
      {stage.step === 'pick' ? (
        <Stack gap="md" data-testid="import-pick">
          <Text size="sm" c="dimmed">
            {t('import.intro')}
          </Text>
          <Radio.Group value={mode} onChange={(value) => setMode(value)}>
            <Stack gap={8}>
              <Radio value="detect" label={t('import.modeDetect')} description={t('import.modeDetectHint')} />
              <Radio
                value="generic"
                label={t('import.modeGeneric')}
                description={t('import.modeGenericHint')}
                data-testid="import-mode-generic"
              />
            </Stack>
          </Radio.Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('app:common.cancel')}
            </Button>
            <Button
              leftSection={<IconFileSpreadsheet size={14} />}
              onClick={() => inputRef.current?.click()}
              data-testid="import-choose"
              data-autofocus
            >
              {t('import.choose')}
            </Button>
          </Group>
        </Stack>
      ) : null}

      {stage.step === 'reading' || stage.step === 'writing' ? (
        <Stack gap="sm" data-testid="import-progress">
          <Text size="sm">
            {stage.step === 'reading' ? t('import.reading', { file: stage.file.name }) : t('import.writing')}
          </Text>
          <Progress
            value={stage.step === 'reading' ? Math.round((progress ?? 0) * 100) : 100}
            animated={stage.step === 'writing'}
            striped={stage.step === 'writing'}
            aria-label={t('import.progress')}
          />
          {stage.step === 'reading' ? (
            <Group justify="flex-end">
              <Button variant="default" onClick={reset} data-testid="import-cancel-read">
                {t('app:common.cancel')}
              </Button>
            </Group>
          ) : null}
        </Stack>
      ) : null}

      {stage.step === 'failed' ? (
        <Stack gap="md">
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertTriangle size={16} />}
            title={t('import.failedTitle', { file: stage.file.name })}
            data-testid="import-error"
          >
            {failureText(stage.error)}
          </Alert>
          <Text size="sm" c="dimmed">
            {t('import.nothingWritten')}
          </Text>
          <Group justify="flex-end">
            {stage.error.code === 'date-order-ambiguous' || stage.error.code === 'mapping-incomplete' ? (
              <Button
                variant="default"
                onClick={() => toMapping(stage.file, savedMappingFor(client, 'generic'))}
              >
                {t('import.mapByHand')}
              </Button>
            ) : null}
            <Button onClick={reset} data-testid="import-again">
              {t('import.chooseAnother')}
            </Button>
          </Group>
        </Stack>
      ) : null}

      {stage.step === 'mapping' ? (
        <MappingStep
          client={client}
          fileName={stage.file.name}
          peek={stage.peek}
          initial={stage.initial}
          onBack={reset}
          onContinue={(mapping) => void readAndPlan(stage.file, mapping)}
        />
      ) : null}

      {stage.step === 'preview' ? (
        <PreviewStep
          client={client}
          fileName={stage.file.name}
          parsed={stage.parsed}
          plan={stage.plan}
          bookToMonth={stage.bookToMonth}
          savedMappingUsed={stage.savedMappingUsed}
          writeError={writeError}
          onBookTo={async (month) => {
            const planned = await plan(stage.parsed, month)
            setStage({ ...stage, plan: planned, bookToMonth: month })
          }}
          onMapByHand={() =>
            toMapping(stage.file, stage.parsed.source === 'generic' ? stage.parsed.mapping : null)
          }
          onCancel={close}
          onImport={() => void write()}
        />
      ) : null}
    </Modal>
  )
}
