/**
 * The commentary editor of a client's report period (seed 002: the expert commentary — the most
 * important figures and what they mean, what caused increases and above all decreases, with the
 * cause described and a fix proposed). The figures it explains stand beside it. Every change is
 * saved on its own after a short pause, and when the page is left; a draft that cannot be saved
 * yet is kept locally, so nothing typed is lost.
 */
import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react'
import { Alert, Badge, Button, Center, Grid, Group, Loader, Stack, Text, Textarea } from '@mantine/core'
import { IconAlertTriangle, IconArrowLeft, IconCheck } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { v4 as uuid } from 'uuid'
import { INTL_LOCALE } from '@shared/format'
import { decreasesToPrefill } from '@shared/results/commentary-decreases'
import type { Language, PeriodKind } from '@shared/schemas'
import {
  commentariesRepository,
  commentaryTextSchema,
  type CommentaryKey,
} from '../../../db/repositories/commentaries'
import type { ClientResultsData } from '../../../db/repositories/results'
import { classifyStorageError } from '../../../db/storage-failure'
import { ClientMark } from '../../components/ClientMark'
import { Page } from '../../components/Page'
import { Section } from '../../components/Section'
import { retryDelay } from '../../lib/autosave-retry'
import { fieldErrors, validate } from '../../lib/field-errors'
import { useLanguage } from '../../lib/useLanguage'
import {
  draftOf,
  draftStorageKey,
  errorKeyOf,
  proposalStart,
  readStoredDraft,
  textOf,
  type Draft,
} from './commentary-draft'
import { DecreasesEditor, type MetricChange } from './DecreasesEditor'
import { FiguresColumn, type PeriodModel } from './FiguresColumn'
import { ListEditor } from './ListEditor'
import { resultsPath } from './paths'
import { lastMonthOf, periodKindOf } from './periods'
import { CreativeImages, ProposalEditor } from './ProposalEditor'
import {
  buildPeriodModel,
  useClientResults,
  usePeriodCheck,
  usePeriodLabel,
  type PeriodCheck,
} from './useResults'
import { cachedDateTimeFormat, cachedDisplayNames } from '@shared/intl'

/** How long typing pauses before the commentary is saved. */
const AUTOSAVE_DELAY_MS = 600

type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'invalid' }
  | { kind: 'failed'; message: string }

/** The route `/clients/:clientId/commentary/:periodKind/:period`. */
export function CommentaryScreen() {
  const { t } = useTranslation('results')
  const { clientId = '', periodKind = '', period = '' } = useParams()
  const data = useClientResults(clientId)
  const kind = periodKindOf(period)
  if (data === undefined) return null
  if (data === null || kind === null || kind !== periodKind)
    return (
      <Center h="100%">
        <Text c="dimmed" data-testid="commentary-not-found">
          {t('editor.notFound')}
        </Text>
      </Center>
    )
  return <CommentaryPage key={`${clientId}:${period}`} data={data} periodKind={kind} period={period} />
}

function storeDraft(key: string, draft: Draft): void {
  try {
    localStorage.setItem(key, JSON.stringify(draft))
  } catch {
    // A full storage only loses the safety copy; the save status already says what is unsaved.
  }
}

function CommentaryPage({
  data,
  periodKind,
  period,
}: {
  data: ClientResultsData
  periodKind: PeriodKind
  period: string
}) {
  const { t } = useTranslation('results')
  const language = useLanguage()
  const periodLabel = usePeriodLabel()
  const { client } = data
  const model = useMemo(() => buildPeriodModel(data, period), [data, period])
  const check = usePeriodCheck(data, period)
  const key: CommentaryKey = { clientId: client.id, periodKind, period }
  const storageKey = draftStorageKey(client.id, periodKind, period)

  const [initial] = useState(() => {
    const restored = readStoredDraft(localStorage, storageKey)
    if (restored) return { draft: restored, restored: true }
    const stored = data.commentaries.find((c) => c.periodKind === periodKind && c.period === period)
    const prefill = check ? decreasesToPrefill(check.open, stored?.decreases ?? [], model?.metrics ?? []) : []
    return { draft: draftOf(stored, { periodKind, prefill, newId: uuid }), restored: false }
  })
  const [draft, setDraft] = useState<Draft>(initial.draft)
  const [dirty, setDirty] = useState(initial.restored)
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' })
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [showRestored, setShowRestored] = useState(initial.restored)
  const pending = useRef<Draft | null>(initial.restored ? initial.draft : null)
  const retryTimer = useRef<number | undefined>(undefined)
  const retries = useRef(0)

  const change = (patch: Partial<Draft>) => {
    setDraft((current) => {
      const next = { ...current, ...patch }
      pending.current = next
      return next
    })
    setDirty(true)
    setStatus({ kind: 'pending' })
  }

  const persist = async (value: Draft) => {
    const result = validate(commentaryTextSchema, textOf(value))
    if (!result.ok) {
      setErrors(fieldErrors(result.issues, (path) => t(errorKeyOf(path))))
      setStatus({ kind: 'invalid' })
      storeDraft(storageKey, value)
      return
    }
    setErrors({})
    setStatus({ kind: 'saving' })
    try {
      await commentariesRepository.saveText(key, result.value)
      retries.current = 0
      if (pending.current === value) {
        pending.current = null
        localStorage.removeItem(storageKey)
        setStatus({ kind: 'saved', at: new Date() })
      }
    } catch (error) {
      storeDraft(storageKey, value)
      setStatus({ kind: 'failed', message: error instanceof Error ? error.message : String(error) })
      // Storage refused it (a full disk, an aborted transaction): try again on our own while it is
      // still the latest text; the local copy above keeps it meanwhile.
      if (classifyStorageError(error) !== null) {
        window.clearTimeout(retryTimer.current)
        retryTimer.current = window.setTimeout(() => {
          if (pending.current === value) void persist(value)
        }, retryDelay(retries.current++))
      }
    }
  }

  const save = useEffectEvent((value: Draft) => void persist(value))
  useEffect(() => {
    if (!dirty) return
    const timer = setTimeout(() => save(draft), AUTOSAVE_DELAY_MS)
    return () => clearTimeout(timer)
  }, [draft, dirty])
  // Leaving the page saves what the pause has not saved yet.
  const flush = useEffectEvent(() => {
    if (pending.current) void persist(pending.current)
  })
  useEffect(
    () => () => {
      window.clearTimeout(retryTimer.current)
      flush()
    },
    [],
  )

  const previousLabel = t(
    model?.kind === 'quarter' ? 'tile.qoq' : model?.kind === 'year' ? 'tile.yoy' : 'tile.mom',
  )
  const label = periodLabel(period)
  const languageName =
    cachedDisplayNames([INTL_LOCALE[language]], { type: 'language' }).of(client.language) ?? client.language

  return (
    <Page
      testId="commentary-screen"
      title={
        <Group gap={10} wrap="nowrap">
          <Button
            component={Link}
            to={resultsPath(client.id, { month: lastMonthOf(period) })}
            variant="subtle"
            color="gray"
            size="compact-xs"
            aria-label={t('editor.back')}
            px={4}
            data-testid="commentary-back"
          >
            <IconArrowLeft size={14} />
          </Button>
          <ClientMark client={client} size={24} />
          <span>{client.name}</span>
          <Text span c="dimmed" fz={15}>
            /
          </Text>
          <span data-testid="commentary-title">
            {t('editor.title')} · {label}
          </span>
        </Group>
      }
      subtitle={
        <Badge variant="default" size="sm">
          {t('editor.clientLanguage', { language: languageName })}
        </Badge>
      }
      actions={<SaveStatusLine status={status} language={language} />}
    >
      <Grid p="lg" gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">
            {showRestored ? (
              <Alert
                color="blue"
                variant="light"
                withCloseButton
                onClose={() => setShowRestored(false)}
                py={8}
              >
                {t('editor.restoredDraft')}
              </Alert>
            ) : null}
            <Section title={t('editor.summary')}>
              <Stack gap={6}>
                <Text size="xs" c="dimmed">
                  {t('editor.summaryHelp')}
                </Text>
                <Textarea
                  value={draft.summary}
                  onChange={(event) => change({ summary: event.currentTarget.value })}
                  placeholder={t('editor.summaryPlaceholder')}
                  autosize
                  minRows={3}
                  lang={client.language}
                  aria-label={t('editor.summary')}
                  data-testid="commentary-summary"
                />
              </Stack>
            </Section>
            <Section title={t('editor.decreases')} testId="commentary-decreases">
              <Stack gap={8}>
                <Text size="xs" c="dimmed">
                  {t('editor.decreasesHelp')}
                </Text>
                <DecreasesEditor
                  rows={draft.decreases}
                  onChange={(decreases) => change({ decreases })}
                  newId={uuid}
                  definitions={model?.metrics ?? []}
                  changeOf={(metric) => (model ? changeOf(model, metric, previousLabel) : null)}
                  openMetrics={openDecreaseMetrics(check)}
                  currency={client.currency}
                  language={language}
                  lang={client.language}
                />
              </Stack>
            </Section>
            <Section title={t('editor.highlights')}>
              <Stack gap={8}>
                <Text size="xs" c="dimmed">
                  {t('editor.highlightsHelp')}
                </Text>
                <ListEditor
                  items={draft.highlights}
                  onChange={(highlights) => change({ highlights })}
                  newId={uuid}
                  placeholder={t('editor.highlightPlaceholder')}
                  addLabel={t('editor.addHighlight')}
                  testId="commentary-highlights"
                  lang={client.language}
                />
              </Stack>
            </Section>
            <Section title={t('editor.nextSteps')}>
              <Stack gap={8}>
                <Text size="xs" c="dimmed">
                  {t('editor.nextStepsHelp')}
                </Text>
                <ListEditor
                  items={draft.nextSteps}
                  onChange={(nextSteps) => change({ nextSteps })}
                  newId={uuid}
                  placeholder={t('editor.nextStepPlaceholder')}
                  addLabel={t('editor.addNextStep')}
                  testId="commentary-next-steps"
                  lang={client.language}
                />
              </Stack>
            </Section>
            {periodKind === 'year' && draft.proposal ? (
              <>
                <Section title={t('editor.proposal')} testId="commentary-proposal">
                  <Stack gap={8}>
                    <Text size="xs" c="dimmed">
                      {t('editor.proposalHelp')}
                    </Text>
                    <ProposalEditor
                      proposal={draft.proposal}
                      onChange={(proposal) => change({ proposal })}
                      newId={uuid}
                      start={proposalStart(period)}
                      errors={errors}
                      language={language}
                      lang={client.language}
                    />
                  </Stack>
                </Section>
                <Section title={t('editor.creatives')}>
                  <Stack gap={8}>
                    <Text size="xs" c="dimmed">
                      {t('editor.creativesHelp')}
                    </Text>
                    <CreativeImages
                      images={draft.proposal.creativeImages}
                      onChange={(creativeImages) =>
                        change({ proposal: { items: draft.proposal?.items ?? [], creativeImages } })
                      }
                    />
                  </Stack>
                </Section>
              </>
            ) : null}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          {/* Held the page's padding below the header, so the card's top edge stays visible. */}
          <div style={{ position: 'sticky', top: 'var(--mantine-spacing-lg)' }}>
            <FiguresColumn
              clientId={client.id}
              model={model}
              check={check}
              periodLabel={label}
              language={language}
            />
          </div>
        </Grid.Col>
      </Grid>
    </Page>
  )
}

/** A metric's change against the previous period, from the model. */
function changeOf(model: PeriodModel, key: string, label: string): MetricChange | null {
  const figure = model.kpis.find((f) => f.key === key)
  if (!figure) return null
  return {
    value: figure.value,
    base: figure.previous.value,
    relative: figure.previous.change.relative,
    label,
  }
}

function openDecreaseMetrics(check: PeriodCheck | null): Set<string> {
  return new Set(
    (check?.open ?? []).flatMap((f) => (f.kind === 'unexplained-decrease' && f.metric ? [f.metric] : [])),
  )
}

function SaveStatusLine({ status, language }: { status: SaveStatus; language: Language }) {
  const { t } = useTranslation('results')
  const content = (() => {
    switch (status.kind) {
      case 'idle':
      case 'pending':
        return null
      case 'saving':
        return (
          <>
            <Loader size={12} />
            <Text size="xs" c="dimmed">
              {t('editor.saving')}
            </Text>
          </>
        )
      case 'saved':
        return (
          <>
            <IconCheck size={14} color="var(--mantine-color-teal-6)" />
            <Text size="xs" c="dimmed">
              {t('editor.saved', {
                time: cachedDateTimeFormat(INTL_LOCALE[language], {
                  hour: '2-digit',
                  minute: '2-digit',
                }).format(status.at),
              })}
            </Text>
          </>
        )
      case 'invalid':
        return (
          <>
            <IconAlertTriangle size={14} color="var(--mantine-color-red-6)" />
            <Text size="xs" c="red.7">
              {t('editor.notSaved')}
            </Text>
          </>
        )
      case 'failed':
        return (
          <>
            <IconAlertTriangle size={14} color="var(--mantine-color-red-6)" />
            <Text size="xs" c="red.7">
              {t('editor.saveFailed', { message: status.message })}
            </Text>
          </>
        )
    }
  })()
  return (
    <Group
      gap={6}
      wrap="nowrap"
      data-testid="commentary-save-status"
      data-state={status.kind}
      aria-live="polite"
    >
      {content}
    </Group>
  )
}
