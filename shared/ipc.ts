/**
 * The one typed IPC contract between the renderer and main. Every channel is named
 * `domain:verb-noun` and has a zod request schema and a response schema; main parses every
 * request with it (arguments are untrusted) and answers with an `IpcResult`, never a throw.
 */
import { z } from 'zod'
import { reportInputSchema } from './reports/report-input'
import { languageSchema } from './schemas/primitives'
import { backupContract, backupEvents } from './backups/ipc'

/** Screens the app menu can navigate to. */
export const ROUTES = [
  'today',
  'inbox',
  'tasks',
  'clients',
  'campaigns',
  'meetings',
  'team',
  'reports',
  'settings',
] as const
/** A top-level screen. */
export const routeSchema = z.enum(ROUTES)
export type Route = z.infer<typeof routeSchema>

/** Facts about the running app the renderer shows (About, Settings). */
export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
  locale: z.string(),
  dataFolder: z.string(),
})
export type AppInfo = z.infer<typeof appInfoSchema>

/** A draft handed to the system mail client; main builds the `mailto:` URL itself. */
export const composeMailRequestSchema = z
  .object({
    to: z.array(z.email()).max(50),
    subject: z.string().max(998),
    body: z.string().max(20_000),
  })
  .strict()
export type ComposeMailRequest = z.infer<typeof composeMailRequestSchema>

/** Kinds of text file the renderer may ask main to save; main owns folders and extensions. */
export const TEXT_FILE_KINDS = ['eml', 'ics'] as const
/** A text file kind. */
export type TextFileKind = (typeof TEXT_FILE_KINDS)[number]

/**
 * A text file to save through the system's save dialog. The name is only a suggestion without
 * a folder: main strips anything path-like, adds the extension and lets the PM choose where.
 */
export const saveTextFileRequestSchema = z
  .object({
    kind: z.enum(TEXT_FILE_KINDS),
    suggestedName: z.string().trim().min(1).max(200),
    content: z.string().max(10_000_000),
  })
  .strict()
export type SaveTextFileRequest = z.infer<typeof saveTextFileRequestSchema>

/** Where an exported report goes: the reports folder, or a place chosen in the save dialog. */
export const REPORT_EXPORT_MODES = ['file', 'save-as'] as const
/** What main does with a report once written. */
export const REPORT_AFTER_EXPORT = ['open', 'reveal', 'none'] as const

/** One report to export (the input is validated whole against `reportInputSchema`). */
export const exportReportRequestSchema = z
  .object({
    input: reportInputSchema,
    mode: z.enum(REPORT_EXPORT_MODES),
    then: z.enum(REPORT_AFTER_EXPORT),
  })
  .strict()
export type ExportReportRequest = z.infer<typeof exportReportRequestSchema>

/** A report main wrote, named by the id main gave it (the renderer never sends a path back). */
export const exportedReportSchema = z.object({
  id: z.uuid(),
  path: z.string(),
  fileName: z.string(),
  bytes: z.number().int().nonnegative(),
})
export type ExportedReport = z.infer<typeof exportedReportSchema>

/** Most reports in one batch (an agency's active clients, with room to spare). */
export const MAX_BATCH_REPORTS = 500

/**
 * A batch of reports. Each input is checked on its own in main, so one bad report is reported in
 * the summary instead of refusing the whole batch.
 */
export const exportReportBatchRequestSchema = z
  .object({
    batchId: z.uuid(),
    items: z
      .array(z.object({ ref: z.string().min(1).max(100), input: z.unknown() }).strict())
      .min(1)
      .max(MAX_BATCH_REPORTS),
  })
  .strict()
export type ExportReportBatchRequest = z.infer<typeof exportReportBatchRequestSchema>

/** Why one report of a batch was not written. */
export const batchFailureCodeSchema = z.enum(['invalid-input', 'render-failed', 'write-failed'])
/** A batch's outcome: what was written, what failed and why, what was cancelled (by `ref`). */
export const batchSummarySchema = z.object({
  written: z.array(exportedReportSchema.extend({ ref: z.string() })),
  failed: z.array(z.object({ ref: z.string(), code: batchFailureCodeSchema, message: z.string() })),
  cancelled: z.array(z.string()),
})
export type BatchSummary = z.infer<typeof batchSummarySchema>

/** The reports folder and whether it is the default `<Documents>/Cadence Reports`. */
export const reportsFolderSchema = z.object({ folder: z.string(), isDefault: z.boolean() })
export type ReportsFolder = z.infer<typeof reportsFolderSchema>

const reportIdRequestSchema = z.object({ id: z.uuid() }).strict()

/** Every invoke channel: its preload method name, request schema and response schema. */
export const ipcContract = {
  'app:get-info': {
    method: 'getAppInfo',
    request: z.undefined(),
    response: appInfoSchema,
  },
  'app:set-language': {
    method: 'setLanguage',
    request: z.object({ language: languageSchema }).strict(),
    response: z.object({ language: languageSchema }),
  },
  'shell:open-external': {
    method: 'openExternal',
    request: z.object({ url: z.string().max(2048) }).strict(),
    response: z.object({ opened: z.literal(true) }),
  },
  'shell:compose-mail': {
    method: 'composeMail',
    request: composeMailRequestSchema,
    response: z.object({ opened: z.literal(true) }),
  },
  'file:save-text': {
    method: 'saveTextFile',
    request: saveTextFileRequestSchema,
    response: z.discriminatedUnion('saved', [
      z.object({ saved: z.literal(true), path: z.string() }),
      z.object({ saved: z.literal(false) }),
    ]),
  },
  ...backupContract,
  'report:export-pdf': {
    method: 'exportReport',
    request: exportReportRequestSchema,
    response: z.discriminatedUnion('saved', [
      exportedReportSchema.extend({
        saved: z.literal(true),
        /** Why the file could not be opened or revealed after it was written, or null. */
        afterError: z.string().nullable(),
      }),
      z.object({ saved: z.literal(false) }),
    ]),
  },
  'report:export-batch': {
    method: 'exportReportBatch',
    request: exportReportBatchRequestSchema,
    response: batchSummarySchema,
  },
  'report:cancel-batch': {
    method: 'cancelReportBatch',
    request: z.object({ batchId: z.uuid() }).strict(),
    response: z.object({ cancelled: z.boolean() }),
  },
  'report:open-file': {
    method: 'openReport',
    request: reportIdRequestSchema,
    response: z.object({ opened: z.literal(true) }),
  },
  'report:reveal-file': {
    method: 'revealReport',
    request: reportIdRequestSchema,
    response: z.object({ revealed: z.literal(true) }),
  },
  'report:read-file': {
    method: 'readReport',
    request: reportIdRequestSchema,
    response: z.object({ bytes: z.instanceof(Uint8Array) }),
  },
  'report:get-folder': {
    method: 'getReportsFolder',
    request: z.undefined(),
    response: reportsFolderSchema,
  },
  'report:choose-folder': {
    method: 'chooseReportsFolder',
    request: z.undefined(),
    response: reportsFolderSchema.extend({ changed: z.boolean() }),
  },
  'report:reset-folder': {
    method: 'resetReportsFolder',
    request: z.undefined(),
    response: reportsFolderSchema,
  },
  'report:open-folder': {
    method: 'openReportsFolder',
    request: z.undefined(),
    response: z.object({ opened: z.literal(true) }),
  },
} as const

/** Events main pushes to the renderer, with their payload schemas. */
export const ipcEvents = {
  'menu:navigate': z.object({ route: routeSchema }),
  'menu:new-client': z.undefined(),
  ...backupEvents,
  /** One report of a running batch finished (written or not). */
  'report:batch-progress': z.object({
    batchId: z.string(),
    ref: z.string(),
    ok: z.boolean(),
    done: z.number().int(),
    total: z.number().int(),
  }),
} as const

/** An invoke channel name. */
export type Channel = keyof typeof ipcContract
/** An event channel name. */
export type EventChannel = keyof typeof ipcEvents
/** The request type of a channel. */
export type RequestOf<C extends Channel> = z.input<(typeof ipcContract)[C]['request']>
/** The response type of a channel. */
export type ResponseOf<C extends Channel> = z.infer<(typeof ipcContract)[C]['response']>
/** The payload type of an event. */
export type EventPayload<E extends EventChannel> = z.infer<(typeof ipcEvents)[E]>

/** Why main refused or failed a call. */
export const ipcErrorCodeSchema = z.enum(['invalid-request', 'forbidden-sender', 'unknown-channel', 'failed'])
/** A typed IPC error the renderer can show. */
export type IpcError = {
  code: z.infer<typeof ipcErrorCodeSchema>
  message: string
  issues?: { path: string; message: string }[]
}
/** What every invoke resolves to. */
export type IpcResult<T> = { ok: true; data: T } | { ok: false; error: IpcError }

/** All invoke channel names, for allow-lists. */
export const CHANNELS = Object.keys(ipcContract) as Channel[]
/** All event channel names, for allow-lists. */
export const EVENT_CHANNELS = Object.keys(ipcEvents) as EventChannel[]

type MethodName<C extends Channel> = (typeof ipcContract)[C]['method']
type MethodOf<C extends Channel> =
  RequestOf<C> extends undefined
    ? () => Promise<IpcResult<ResponseOf<C>>>
    : (request: RequestOf<C>) => Promise<IpcResult<ResponseOf<C>>>

/** The API the preload exposes on `window.cadence`: one method per channel plus `on`. */
export type CadenceApi = {
  [C in Channel as MethodName<C>]: MethodOf<C>
} & {
  on<E extends EventChannel>(event: E, listener: (payload: EventPayload<E>) => void): () => void
}

/** Sends a request over a channel; provided by the preload or the test harness. */
export type Invoke = (channel: Channel, request: unknown) => Promise<unknown>
/** Subscribes to a pushed event; returns the unsubscribe function. */
export type Subscribe = (event: EventChannel, listener: (payload: unknown) => void) => () => void

/** Method name → channel, from the contract (the harness builds its bridge from this). */
export const METHOD_CHANNELS: Record<string, Channel> = Object.fromEntries(
  CHANNELS.map((channel) => [ipcContract[channel].method, channel]),
)

/** Builds the `window.cadence` API from a transport, so preload and harness expose the same shape. */
export function createCadenceApi(invoke: Invoke, subscribe: Subscribe): CadenceApi {
  const methods = Object.fromEntries(
    Object.entries(METHOD_CHANNELS).map(([method, channel]) => [
      method,
      (request?: unknown) => invoke(channel, request),
    ]),
  )
  return {
    ...methods,
    on: (event: EventChannel, listener: (payload: unknown) => void) => {
      if (!EVENT_CHANNELS.includes(event)) throw new Error(`Unknown event ${event}`)
      return subscribe(event, listener)
    },
  } as CadenceApi
}
