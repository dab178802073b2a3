/**
 * Builds `window.cadence` from an ipcRenderer-like transport. Policy: the page gets one narrow
 * object — one method per contract channel plus `on` for contract events — and never
 * `ipcRenderer` itself, never an Electron event object, never a channel outside the contract.
 */
import {
  CHANNELS,
  EVENT_CHANNELS,
  createCadenceApi,
  type CadenceApi,
  type Channel,
  type EventChannel,
  type IpcResult,
} from '@shared/ipc'

/** The slice of `ipcRenderer` the bridge uses. */
export type IpcRendererLike = {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown
}

function failed(message: string): IpcResult<never> {
  return { ok: false, error: { code: 'failed', message } }
}

/** The API object the preload exposes as `window.cadence`. */
export function createPreloadApi(ipc: IpcRendererLike): CadenceApi {
  const invoke = async (channel: Channel, request: unknown): Promise<unknown> => {
    if (!CHANNELS.includes(channel)) {
      return { ok: false, error: { code: 'unknown-channel', message: `Unknown channel: ${String(channel)}` } }
    }
    try {
      // No argument at all for request-less channels, so main sees `undefined`, not `[undefined]` quirks.
      return await (request === undefined ? ipc.invoke(channel) : ipc.invoke(channel, request))
    } catch (error) {
      // Structured-clone failures and a crashed main reject; the contract promises a result instead.
      return failed(error instanceof Error ? error.message : 'The call could not be delivered')
    }
  }
  const subscribe = (event: EventChannel, listener: (payload: unknown) => void): (() => void) => {
    if (!EVENT_CHANNELS.includes(event)) throw new Error(`Unknown event ${String(event)}`)
    const forward = (_event: unknown, payload: unknown): void => listener(payload)
    ipc.on(event, forward)
    return () => {
      ipc.removeListener(event, forward)
    }
  }
  return createCadenceApi(invoke, subscribe) satisfies CadenceApi
}
