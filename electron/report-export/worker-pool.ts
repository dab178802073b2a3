/**
 * A small pool of render workers, so a PDF never freezes the main process (and with it every
 * window). Policy:
 * - at most `size` workers, started on demand; a worker renders one report at a time and stays
 *   warm (fonts loaded) for the next, until it has been idle for `idleTimeoutMs`;
 * - after every job the worker reports its memory; one grown past `recycleAboveBytes` is replaced
 *   (react-pdf keeps caches per document, and a batch of forty reports should not keep them all);
 * - a render that fails comes back as an error of that job only; a worker that crashes, runs out
 *   of memory or exceeds `jobTimeoutMs` is replaced and fails only the job it was running;
 * - a job whose signal aborts leaves the queue, or stops its worker when already running.
 * The worker itself is injected (`spawn`), so tests run the pool on fakes or on real threads.
 */
import { isRenderReply, type RenderReply, type RenderRequest, type WorkerMemory } from './worker-protocol'

/** What the pool needs of a worker (`node:worker_threads` Worker has it). */
export type WorkerLike = {
  postMessage(message: RenderRequest): void
  on(event: 'message', listener: (message: unknown) => void): unknown
  on(event: 'error', listener: (error: Error) => void): unknown
  on(event: 'exit', listener: (exitCode: number) => void): unknown
  terminate(): Promise<unknown>
}

/** How the pool is set up. */
export type WorkerPoolOptions = {
  /** Starts one worker. */
  spawn: () => WorkerLike
  /** Most workers at once. */
  size: number
  /** A worker whose heap plus external memory exceeds this after a job is replaced. */
  recycleAboveBytes?: number
  /** A worker is replaced after this many jobs, whatever its memory (0: never). */
  maxJobsPerWorker?: number
  /** An idle worker is stopped after this long (0: kept until the pool closes). */
  idleTimeoutMs?: number
  /** A job running longer fails and its worker is replaced (0: no limit). */
  jobTimeoutMs?: number
}

/** Counters of what the pool did, for tests and the bench. */
export type WorkerPoolStats = {
  workers: number
  busy: number
  queued: number
  spawned: number
  recycled: number
  crashed: number
}

/** The pool. */
export type WorkerPool = {
  /** Renders one report in a worker; rejects with the render's error, RenderWorkerError or RenderCancelledError. */
  run(input: unknown, options?: { signal?: AbortSignal }): Promise<Uint8Array>
  stats(): WorkerPoolStats
  /** Stops every worker; queued and running jobs are rejected. */
  close(): Promise<void>
}

/** A render failed inside the worker (the worker itself is fine). */
export class RenderFailedError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RenderFailedError'
  }
}

/** The worker crashed, ran out of memory or took too long; it was replaced. */
export class RenderWorkerError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RenderWorkerError'
  }
}

/** The job was cancelled before it finished. */
export class RenderCancelledError extends Error {
  constructor() {
    super('The export was cancelled')
    this.name = 'RenderCancelledError'
  }
}

/** The defaults main uses. */
export const POOL_DEFAULTS = {
  recycleAboveBytes: 512 * 1024 * 1024,
  maxJobsPerWorker: 0,
  idleTimeoutMs: 60_000,
  jobTimeoutMs: 120_000,
} as const

type Job = {
  id: number
  input: unknown
  resolve: (pdf: Uint8Array) => void
  reject: (error: Error) => void
  signal: AbortSignal | undefined
  onAbort: () => void
}

type Slot = {
  worker: WorkerLike
  job: Job | null
  jobs: number
  retired: boolean
  idleTimer: ReturnType<typeof setTimeout> | null
  jobTimer: ReturnType<typeof setTimeout> | null
}

/** How much memory a worker holds, as far as recycling is concerned. */
export function memoryInUse(memory: WorkerMemory): number {
  return memory.heapUsed + memory.external
}

/** Creates a pool; no worker starts before the first job. */
export function createWorkerPool(options: WorkerPoolOptions): WorkerPool {
  const size = Math.max(1, Math.floor(options.size))
  const recycleAbove = options.recycleAboveBytes ?? POOL_DEFAULTS.recycleAboveBytes
  const maxJobs = options.maxJobsPerWorker ?? POOL_DEFAULTS.maxJobsPerWorker
  const idleTimeout = options.idleTimeoutMs ?? POOL_DEFAULTS.idleTimeoutMs
  const jobTimeout = options.jobTimeoutMs ?? POOL_DEFAULTS.jobTimeoutMs
  const slots: Slot[] = []
  const queue: Job[] = []
  const counters = { spawned: 0, recycled: 0, crashed: 0 }
  let nextJobId = 1
  let closed = false

  const clearTimers = (slot: Slot): void => {
    if (slot.idleTimer) clearTimeout(slot.idleTimer)
    if (slot.jobTimer) clearTimeout(slot.jobTimer)
    slot.idleTimer = null
    slot.jobTimer = null
  }

  const finish = (job: Job): void => {
    job.signal?.removeEventListener('abort', job.onAbort)
  }

  /** Takes a worker out of the pool and stops it; its 'exit' is then expected, not a crash. */
  const retire = (slot: Slot): void => {
    if (slot.retired) return
    slot.retired = true
    clearTimers(slot)
    const index = slots.indexOf(slot)
    if (index >= 0) slots.splice(index, 1)
    slot.worker.terminate().catch(() => undefined)
  }

  const onReply = (slot: Slot, message: unknown): void => {
    if (!isRenderReply(message) || slot.job?.id !== message.jobId) return
    const job = slot.job
    slot.job = null
    slot.jobs += 1
    if (slot.jobTimer) clearTimeout(slot.jobTimer)
    slot.jobTimer = null
    finish(job)
    settle(job, message)
    if (memoryInUse(message.memory) > recycleAbove || (maxJobs > 0 && slot.jobs >= maxJobs)) {
      counters.recycled += 1
      retire(slot)
    }
    pump()
  }

  const settle = (job: Job, reply: RenderReply): void => {
    if (reply.type === 'rendered') job.resolve(reply.pdf)
    else job.reject(new RenderFailedError(reply.message))
  }

  /** The worker died or misbehaved: only its own job fails, and a new worker takes the queue. */
  const onWorkerLost = (slot: Slot, message: string): void => {
    if (slot.retired) return
    counters.crashed += 1
    const job = slot.job
    slot.job = null
    retire(slot)
    if (job) {
      finish(job)
      job.reject(new RenderWorkerError(message))
    }
    pump()
  }

  const spawn = (): Slot => {
    const worker = options.spawn()
    const slot: Slot = { worker, job: null, jobs: 0, retired: false, idleTimer: null, jobTimer: null }
    counters.spawned += 1
    worker.on('message', (message) => onReply(slot, message))
    worker.on('error', (error) => onWorkerLost(slot, `The report renderer failed: ${error.message}`))
    worker.on('exit', (exitCode) =>
      onWorkerLost(slot, `The report renderer stopped unexpectedly (exit code ${exitCode})`),
    )
    slots.push(slot)
    return slot
  }

  const start = (slot: Slot, job: Job): void => {
    clearTimers(slot)
    slot.job = job
    try {
      slot.worker.postMessage({ type: 'render', jobId: job.id, input: job.input })
    } catch (error) {
      // An input that cannot be cloned never reached the worker, which stays fine.
      slot.job = null
      finish(job)
      job.reject(new RenderFailedError(error instanceof Error ? error.message : String(error)))
      return
    }
    if (jobTimeout > 0) {
      slot.jobTimer = setTimeout(
        () => onWorkerLost(slot, `The report took longer than ${Math.round(jobTimeout / 1000)} s to render`),
        jobTimeout,
      )
      slot.jobTimer.unref?.()
    }
  }

  const armIdle = (slot: Slot): void => {
    if (idleTimeout <= 0 || slot.idleTimer || slot.job) return
    slot.idleTimer = setTimeout(() => {
      if (slot.job === null) retire(slot)
    }, idleTimeout)
    slot.idleTimer.unref?.()
  }

  const pump = (): void => {
    if (closed) return
    while (queue.length > 0) {
      const slot = slots.find((s) => s.job === null) ?? (slots.length < size ? spawn() : null)
      if (!slot) break
      const job = queue.shift()
      if (job) start(slot, job)
    }
    for (const slot of slots) armIdle(slot)
  }

  const cancel = (job: Job): void => {
    const queued = queue.indexOf(job)
    if (queued >= 0) queue.splice(queued, 1)
    const slot = slots.find((s) => s.job === job)
    if (slot) {
      // The render cannot be interrupted inside the worker; stopping the worker frees the core now.
      slot.job = null
      retire(slot)
    }
    finish(job)
    job.reject(new RenderCancelledError())
    pump()
  }

  return {
    run(input, { signal } = {}) {
      if (closed) return Promise.reject(new RenderWorkerError('The report renderer has been shut down'))
      if (signal?.aborted) return Promise.reject(new RenderCancelledError())
      return new Promise<Uint8Array>((resolve, reject) => {
        const job: Job = {
          id: nextJobId++,
          input,
          resolve,
          reject,
          signal,
          onAbort: () => cancel(job),
        }
        signal?.addEventListener('abort', job.onAbort, { once: true })
        queue.push(job)
        pump()
      })
    },
    stats() {
      return {
        workers: slots.length,
        busy: slots.filter((s) => s.job !== null).length,
        queued: queue.length,
        ...counters,
      }
    },
    async close() {
      closed = true
      const pending = [...queue.splice(0), ...slots.flatMap((s) => (s.job ? [s.job] : []))]
      const stopping = slots.splice(0).map((slot) => {
        slot.retired = true
        slot.job = null
        clearTimers(slot)
        return slot.worker.terminate().catch(() => undefined)
      })
      for (const job of pending) {
        finish(job)
        job.reject(new RenderWorkerError('The report renderer has been shut down'))
      }
      await Promise.all(stopping)
    },
  }
}
