/**
 * The messages between the worker pool (main process) and a render worker. Plain objects only:
 * they cross a thread boundary by structured clone, and the PDF's bytes are transferred, not
 * copied. A worker never throws at its parent: a failed render is a message like a finished one.
 */

/** The worker's memory, from `process.memoryUsage()` inside the worker, after each job. */
export type WorkerMemory = { heapUsed: number; external: number; rss: number }

/** Parent → worker: render one report. */
export type RenderRequest = { type: 'render'; jobId: number; input: unknown }

/** Worker → parent: the job's PDF, or why it failed; both carry the worker's memory. */
export type RenderReply =
  | { type: 'rendered'; jobId: number; pdf: Uint8Array; memory: WorkerMemory }
  | { type: 'failed'; jobId: number; message: string; memory: WorkerMemory }

/** Whether a value is a render request (the worker ignores anything else). */
export function isRenderRequest(value: unknown): value is RenderRequest {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { type?: unknown }).type === 'render' &&
    typeof (value as { jobId?: unknown }).jobId === 'number'
  )
}

/** Whether a value is a reply of the protocol (the pool ignores anything else). */
export function isRenderReply(value: unknown): value is RenderReply {
  if (typeof value !== 'object' || value === null) return false
  const { type, jobId } = value as { type?: unknown; jobId?: unknown }
  return (type === 'rendered' || type === 'failed') && typeof jobId === 'number'
}
