/**
 * Exporting a report from the renderer: read the client's records, check the period (a report of
 * an unverified period goes out only as a draft, the PM having seen the open findings), build the
 * input with the shared builder, hand it to main, and remember the file main wrote. No React here:
 * the hooks and dialogs call these functions.
 */
import type { BatchSummary, ExportReportRequest, IpcError } from '@shared/ipc'
import {
  buildAnnualReportInput,
  buildMonthlyReportInput,
  buildQuarterlyReportInput,
  buildWeeklyReportInput,
  latestWeeklyWithSummary,
  type ReportInput,
  type ReportSources,
} from '@shared/reports'
import { commentariesRepository, reportsRepository, reportSourcesRepository } from '../../../db/repositories'
import type { ClientResultsData } from '../../../db/repositories/results'
import { cadence } from '../../lib/bridge'
import { periodKindOf } from '../results/periods'
import { checkPeriod, type PeriodCheck } from '../results/useResults'

/** A failed call to main, with its typed error. */
export class MainCallError extends Error {
  constructor(readonly error: IpcError) {
    super(
      error.issues?.length
        ? `${error.message}: ${error.issues.map((i) => `${i.path} ${i.message}`).join('; ')}`
        : error.message,
    )
    this.name = 'MainCallError'
  }
}

/** The client is gone (deleted while the export was being prepared). */
export class ClientMissingError extends Error {
  constructor() {
    super('The client no longer exists')
    this.name = 'ClientMissingError'
  }
}

/** The results data of report sources, for the data checker and its sentences. */
export function resultsDataOf(sources: ReportSources): ClientResultsData {
  return {
    client: sources.client,
    rows: [...sources.rows],
    targets: [...sources.targets],
    budgets: [...sources.budgets],
    commentaries: [...sources.commentaries],
    campaigns: [...sources.campaigns],
  }
}

/** The report kinds exported for a results period (the weekly summary is exported from its meeting). */
export type PeriodReportKind = 'monthly' | 'quarterly' | 'annual'

const KIND_OF_PERIOD = { month: 'monthly', quarter: 'quarterly', year: 'annual' } as const

/** A client's report period ready to export: its sources and its data check. */
export type PreparedPeriod = {
  sources: ReportSources
  check: PeriodCheck
  period: string
  kind: PeriodReportKind
}

/** Reads a client's sources and checks a period (`2026-10`, `2026-Q3`, `2025`), the verified stamp brought up to date first. */
export async function preparePeriod(clientId: string, period: string): Promise<PreparedPeriod> {
  const periodKind = periodKindOf(period)
  if (!periodKind) throw new RangeError(`${period} is not a report period`)
  await commentariesRepository.recheck({ clientId, periodKind, period })
  const sources = await reportSourcesRepository.forClient(clientId)
  if (!sources) throw new ClientMissingError()
  const check = checkPeriod(resultsDataOf(sources), period)
  if (!check) throw new RangeError(`${period} is not a report period`)
  return { sources, check, period, kind: KIND_OF_PERIOD[periodKind] }
}

/** When the export happens: today in the PM's calendar, and now. */
export type ExportClock = { today: string; now: string }

/** The report input of a prepared period; a draft exactly when the period is not verified. */
export function periodInput(prepared: PreparedPeriod, clock: ExportClock): ReportInput {
  const options = { today: clock.today, now: clock.now, draft: !prepared.check.verified }
  switch (prepared.kind) {
    case 'monthly':
      return buildMonthlyReportInput(prepared.sources, prepared.period, options)
    case 'quarterly':
      return buildQuarterlyReportInput(prepared.sources, prepared.period, options)
    case 'annual':
      return buildAnnualReportInput(prepared.sources, prepared.period, options)
  }
}

/** The weekly summary input of the client's latest distilled weekly, or null when there is none. */
export async function latestWeeklyInput(clientId: string, clock: ExportClock): Promise<ReportInput | null> {
  const sources = await reportSourcesRepository.forClient(clientId)
  if (!sources) throw new ClientMissingError()
  const meeting = latestWeeklyWithSummary(sources)
  return meeting ? buildWeeklyReportInput(sources, meeting.id, clock) : null
}

/** A report main wrote, as the renderer keeps it. */
export type ExportOutcome =
  { saved: true; id: string; path: string; fileName: string; afterError: string | null } | { saved: false }

function recordOf(
  input: ReportInput,
  file: { path: string; fileName: string; bytes: number },
  clientId: string,
  exportedAt: string,
) {
  return {
    clientId,
    kind: input.kind,
    period: input.period.key,
    periodStart: input.period.start,
    periodEnd: input.period.end,
    fileName: file.fileName,
    path: file.path,
    bytes: file.bytes,
    draft: input.draft,
    verifiedAt: input.verifiedAt,
    exportedAt,
  }
}

/** Exports one report and records it; resolves to what main wrote (or nothing, when save-as was cancelled). */
export async function exportReport(
  clientId: string,
  input: ReportInput,
  options: { mode: ExportReportRequest['mode']; then: ExportReportRequest['then'] },
): Promise<ExportOutcome> {
  const result = await cadence.exportReport({ input, mode: options.mode, then: options.then })
  if (!result.ok) throw new MainCallError(result.error)
  if (!result.data.saved) return { saved: false }
  const { id, path, fileName, afterError } = result.data
  await reportsRepository.record(id, recordOf(input, result.data, clientId, new Date().toISOString()))
  return { saved: true, id, path, fileName, afterError }
}

/** One client's report of a batch, or why it could not even be built. */
export type BatchItem =
  | { clientId: string; clientName: string; input: ReportInput; draft: boolean }
  | { clientId: string; clientName: string; error: string }

/** Builds the monthly report of every client a batch covers; a client whose report cannot be built is named with the reason. */
export async function prepareBatch(month: string, clock: ExportClock): Promise<BatchItem[]> {
  const clients = await reportSourcesRepository.exportableClients()
  const items: BatchItem[] = []
  for (const client of clients) {
    try {
      const prepared = await preparePeriod(client.id, month)
      const input = periodInput(prepared, clock)
      items.push({ clientId: client.id, clientName: client.name, input, draft: input.draft })
    } catch (error) {
      items.push({
        clientId: client.id,
        clientName: client.name,
        error: error instanceof Error ? error.message : String(error),
      })
    }
  }
  return items
}

/** Runs a batch in main (progress arrives as `report:batch-progress` events) and records every file written. */
export async function runBatch(batchId: string, items: BatchItem[]): Promise<BatchSummary> {
  const buildable = items.filter(
    (item): item is Extract<BatchItem, { input: ReportInput }> => 'input' in item,
  )
  const notBuilt = items.filter((item): item is Extract<BatchItem, { error: string }> => 'error' in item)
  const local: BatchSummary['failed'] = notBuilt.map((item) => ({
    ref: item.clientId,
    code: 'invalid-input',
    message: item.error,
  }))
  if (buildable.length === 0) return { written: [], failed: local, cancelled: [] }
  const result = await cadence.exportReportBatch({
    batchId,
    items: buildable.map((item) => ({ ref: item.clientId, input: item.input })),
  })
  if (!result.ok) throw new MainCallError(result.error)
  const exportedAt = new Date().toISOString()
  const inputs = new Map(buildable.map((item) => [item.clientId, item.input]))
  for (const written of result.data.written) {
    const input = inputs.get(written.ref)
    if (input) await reportsRepository.record(written.id, recordOf(input, written, written.ref, exportedAt))
  }
  return { ...result.data, failed: [...local, ...result.data.failed] }
}
