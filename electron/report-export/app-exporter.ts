/**
 * The report exporter as the app runs it: rendering in the worker pool, inputs checked against
 * the shared contract, the registry in the profile folder and the reports folder defaulting to
 * `<Documents>/Cadence Reports`. Main passes Electron's dialogs and shell; the e2e harness passes
 * recording fakes.
 */
import { join } from 'node:path'
import type { ReportInput } from '@shared/reports/report-input'
import { createExportRegistry, REGISTRY_FILE } from './export-registry'
import { createReportExporter, type ReportExporter, type ReportExporterDeps } from './report-exporter'
import { identifyReport, parseReportInput } from './report-identity'
import type { WorkerPool } from './worker-pool'

/** The default reports folder's name inside the documents folder. */
export const DEFAULT_REPORTS_FOLDER_NAME = 'Cadence Reports'

/** What the app's exporter needs from its host. */
export type AppExporterDeps = Pick<
  ReportExporterDeps<ReportInput>,
  'showSaveDialog' | 'showFolderDialog' | 'openPath' | 'showItemInFolder' | 'emitProgress'
> & {
  pool: WorkerPool
  /** The profile folder (userData), where the registry lives. */
  profileFolder: string
  /** The user's documents folder. */
  documentsFolder: () => string
}

/** Creates the exporter the IPC handlers use. */
export function createAppReportExporter(deps: AppExporterDeps): ReportExporter<ReportInput> {
  const { pool, profileFolder, documentsFolder, ...effects } = deps
  return createReportExporter<ReportInput>({
    ...effects,
    render: (input, signal) => pool.run(input, signal === undefined ? {} : { signal }),
    parse: parseReportInput,
    identify: identifyReport,
    registry: createExportRegistry({ file: join(profileFolder, REGISTRY_FILE) }),
    defaultFolder: () => join(documentsFolder(), DEFAULT_REPORTS_FOLDER_NAME),
  })
}
