/**
 * The one door from the renderer into main. Policy: every argument is untrusted. A call is
 * answered only for a channel of the contract, only from a frame on our own origin, only with a
 * payload its zod schema accepts, and always with an `IpcResult` — main never throws across IPC,
 * so the renderer gets a typed error it can show instead of Electron's opaque rejection.
 */
import type { z } from 'zod'
import { ipcContract, type Channel, type IpcError, type IpcResult, type ResponseOf } from '@shared/ipc'
import { APP_ORIGIN, createOriginCheck } from '../main/origins'
import { InvalidRequestError } from './errors'

/** The request a handler receives: the contract schema's parsed output. */
export type ParsedRequestOf<C extends Channel> = z.output<(typeof ipcContract)[C]['request']>

/** One plain function per channel; may be sync or async, may throw. */
export type IpcHandlers = {
  [C in Channel]: (request: ParsedRequestOf<C>) => ResponseOf<C> | Promise<ResponseOf<C>>
}

/** Who sent a call: the URL of the sending frame (`event.senderFrame.url`). */
export type IpcSender = { url: string }

/** Dispatches one call; typed per channel when the channel is known statically. */
export type IpcDispatch = {
  <C extends Channel>(channel: C, sender: IpcSender, payload: unknown): Promise<IpcResult<ResponseOf<C>>>
  (channel: unknown, sender: IpcSender, payload: unknown): Promise<IpcResult<unknown>>
}

/** The router main (and the e2e harness) calls for every invoke. */
export type IpcRouter = { dispatch: IpcDispatch }

/** A sender check accepting frames whose origin is one of `allowedOrigins` (e.g. `app://cadence`). */
export function createTrustedSenderCheck(allowedOrigins: readonly string[]): (sender: IpcSender) => boolean {
  const isAllowed = createOriginCheck(allowedOrigins)
  return (sender) => typeof sender?.url === 'string' && isAllowed(sender.url)
}

function isChannel(channel: unknown): channel is Channel {
  return typeof channel === 'string' && Object.hasOwn(ipcContract, channel)
}

function failure(code: IpcError['code'], message: string, issues?: IpcError['issues']): IpcResult<never> {
  return { ok: false, error: issues === undefined ? { code, message } : { code, message, issues } }
}

function issuesOf(error: z.ZodError): NonNullable<IpcError['issues']> {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }))
}

function messageOf(error: unknown): string {
  if (error instanceof Error && error.message !== '') return error.message
  return typeof error === 'string' && error !== '' ? error : 'The operation failed'
}

/** Builds the router from the handlers and a sender check (default: only the packaged `app://cadence`). */
export function createIpcRouter({
  handlers,
  isTrustedSender = createTrustedSenderCheck([APP_ORIGIN]),
}: {
  handlers: IpcHandlers
  isTrustedSender?: (sender: IpcSender) => boolean
}): IpcRouter {
  const dispatch = async (
    channel: unknown,
    sender: IpcSender,
    payload: unknown,
  ): Promise<IpcResult<unknown>> => {
    try {
      // The sender is checked first so a foreign page learns nothing, not even which channels exist.
      if (!isTrustedSender(sender)) return failure('forbidden-sender', 'The caller is not a Cadence page')
      if (!isChannel(channel)) {
        return failure('unknown-channel', `Unknown channel: ${String(channel).slice(0, 100)}`)
      }
      const contract = ipcContract[channel]
      const request = contract.request.safeParse(payload)
      if (!request.success) {
        return failure('invalid-request', `Invalid request for ${channel}`, issuesOf(request.error))
      }
      const handler = handlers[channel] as (request: unknown) => unknown
      const response = contract.response.safeParse(await handler(request.data))
      // A handler that breaks the contract is a bug in main, reported as a failure, never passed on.
      if (!response.success) return failure('failed', `${channel} produced an invalid response`)
      return { ok: true, data: response.data }
    } catch (error) {
      if (error instanceof InvalidRequestError) return failure('invalid-request', error.message, error.issues)
      return failure('failed', messageOf(error))
    }
  }
  return { dispatch }
}
