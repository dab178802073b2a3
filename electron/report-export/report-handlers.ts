/**
 * The `report:*` IPC handlers: thin adapters from the contract's parsed requests to the
 * exporter. A reference to a file main never wrote is the caller's mistake (invalid-request);
 * everything else that fails — a render, the disk, a moved file — is an ordinary failure.
 */
import type { Channel } from '@shared/ipc'
import type { ReportInput } from '@shared/reports/report-input'
import { InvalidRequestError } from '../ipc/errors'
import type { IpcHandlers } from '../ipc/router'
import { UnknownReportError, type ReportExporter } from './report-exporter'

/** The channels of report export. */
export type ReportChannel = Extract<Channel, `report:${string}`>

async function byId<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action()
  } catch (error) {
    if (error instanceof UnknownReportError)
      throw new InvalidRequestError(error.message, [{ path: 'id', message: 'Unknown report' }])
    throw error
  }
}

/** The handlers of every `report:*` channel. */
export function createReportHandlers(
  exporter: ReportExporter<ReportInput>,
): Pick<IpcHandlers, ReportChannel> {
  return {
    'report:export-pdf': (request) => exporter.exportReport(request),
    'report:export-batch': (request) => exporter.exportBatch(request),
    'report:cancel-batch': ({ batchId }) => ({ cancelled: exporter.cancelBatch(batchId) }),
    'report:open-file': ({ id }) =>
      byId(async () => {
        await exporter.openReport(id)
        return { opened: true as const }
      }),
    'report:reveal-file': ({ id }) =>
      byId(async () => {
        await exporter.revealReport(id)
        return { revealed: true as const }
      }),
    'report:read-file': ({ id }) => byId(async () => ({ bytes: await exporter.readReport(id) })),
    'report:get-folder': () => exporter.reportsFolder(),
    'report:choose-folder': () => exporter.chooseReportsFolder(),
    'report:reset-folder': () => exporter.resetReportsFolder(),
    'report:open-folder': async () => {
      await exporter.openReportsFolder()
      return { opened: true as const }
    },
  }
}
