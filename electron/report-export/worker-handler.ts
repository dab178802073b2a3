/**
 * What a render worker does with each message, apart from the thread it runs in (so it is
 * unit-tested without one): render, reply with the bytes or the error's message, and report
 * the worker's memory so the pool can recycle a worker that keeps growing.
 */
import { isRenderRequest, type RenderReply, type WorkerMemory } from './worker-protocol'

/** The end of a message port the handler talks through (`parentPort`). */
export type ReplyPort = {
  postMessage(message: RenderReply, transfer?: ArrayBuffer[]): void
  on(event: 'message', listener: (message: unknown) => void): unknown
}

/** The renderer a worker runs: report input in, PDF bytes out. */
export type RenderFunction = (input: unknown) => Promise<Uint8Array>

/** Reads the worker's memory; `process.memoryUsage` in a worker reports its own heap. */
export function currentMemory(): WorkerMemory {
  const { heapUsed, external, rss } = process.memoryUsage()
  return { heapUsed, external, rss }
}

function messageOf(error: unknown): string {
  if (error instanceof Error && error.message !== '') return error.message
  return typeof error === 'string' && error !== '' ? error : 'The report could not be rendered'
}

/** A buffer holding exactly the PDF's bytes, so transferring it hands over nothing else. */
function ownBuffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const { buffer } = bytes
  if (buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength)
    return bytes as Uint8Array<ArrayBuffer>
  return new Uint8Array(bytes)
}

/** Handles one message: resolves to the reply to send, or null for a message that is not a request. */
export async function handleRenderMessage(
  message: unknown,
  render: RenderFunction,
  memory: () => WorkerMemory = currentMemory,
): Promise<RenderReply | null> {
  if (!isRenderRequest(message)) return null
  try {
    const pdf = ownBuffer(await render(message.input))
    return { type: 'rendered', jobId: message.jobId, pdf, memory: memory() }
  } catch (error) {
    return { type: 'failed', jobId: message.jobId, message: messageOf(error), memory: memory() }
  }
}

/** Serves render requests on a port until the worker is terminated. */
export function serveRenderRequests(port: ReplyPort, render: RenderFunction): void {
  port.on('message', (message) => {
    void handleRenderMessage(message, render).then((reply) => {
      if (reply === null) return
      if (reply.type === 'rendered') port.postMessage(reply, [reply.pdf.buffer as ArrayBuffer])
      else port.postMessage(reply)
    })
  })
}
