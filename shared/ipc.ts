/**
 * The one typed IPC contract between the renderer and main. Every channel is named
 * `domain:verb-noun` and has a zod request schema and a response schema; main parses every
 * request with it (arguments are untrusted) and answers with an `IpcResult`, never a throw.
 */
import { z } from 'zod'
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
} as const

/** Events main pushes to the renderer, with their payload schemas. */
export const ipcEvents = {
  'menu:navigate': z.object({ route: routeSchema }),
  'menu:new-client': z.undefined(),
  ...backupEvents,
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
