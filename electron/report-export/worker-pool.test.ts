import { Worker } from 'node:worker_threads'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  createWorkerPool,
  RenderCancelledError,
  RenderFailedError,
  RenderWorkerError,
  type WorkerLike,
  type WorkerPool,
  type WorkerPoolOptions,
} from './worker-pool'
import type { RenderRequest } from './worker-protocol'

/**
 * A real worker thread speaking the protocol, driven by its input: `{ text }` renders the text
 * as bytes, `{ fail }` fails the render, `{ crash }` throws outside any job, `{ exit }` exits,
 * `{ hang }` never answers, `{ holdMb }` keeps that much memory alive before answering.
 */
const SCRIPT = `
const { parentPort } = require('node:worker_threads')
const held = []
parentPort.on('message', (message) => {
  const input = message.input
  const memory = () => {
    const m = process.memoryUsage()
    return { heapUsed: m.heapUsed, external: m.external, rss: m.rss }
  }
  if (input.crash) setTimeout(() => { throw new Error('worker blew up') })
  else if (input.exit) process.exit(input.exit)
  else if (input.hang) {}
  else if (input.fail) parentPort.postMessage({ type: 'failed', jobId: message.jobId, message: input.fail, memory: memory() })
  else {
    if (input.holdMb) held.push(Buffer.alloc(input.holdMb * 1024 * 1024, 1))
    const pdf = new TextEncoder().encode(input.text + ' by ' + require('node:worker_threads').threadId)
    parentPort.postMessage({ type: 'rendered', jobId: message.jobId, pdf, memory: memory() }, [pdf.buffer])
  }
})
`
const realWorker = (): WorkerLike => new Worker(SCRIPT, { eval: true })
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes)

let pool: WorkerPool | null = null
afterEach(async () => {
  await pool?.close()
  pool = null
  vi.useRealTimers()
})

describe('the render worker pool on real threads', () => {
  it('renders in a worker thread and reuses the warm worker for the next report', async () => {
    pool = createWorkerPool({ spawn: realWorker, size: 1 })
    const first = text(await pool.run({ text: 'October' }))
    const second = text(await pool.run({ text: 'November' }))
    expect(first).toMatch(/^October by \d+$/)
    expect(second.split(' by ')[1]).toBe(first.split(' by ')[1])
    expect(pool.stats()).toMatchObject({ spawned: 1, workers: 1, busy: 0, queued: 0 })
  })

  it('spreads a batch over up to `size` workers and answers every job', async () => {
    pool = createWorkerPool({ spawn: realWorker, size: 2 })
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => pool!.run({ text: `r${i}` })))
    expect(results.map((r) => text(r).split(' by ')[0])).toEqual(['r0', 'r1', 'r2', 'r3', 'r4', 'r5'])
    expect(new Set(results.map((r) => text(r).split(' by ')[1])).size).toBe(2)
    expect(pool.stats().spawned).toBe(2)
  })

  it('returns a failed render as that job’s error and keeps the worker', async () => {
    pool = createWorkerPool({ spawn: realWorker, size: 1 })
    await expect(pool.run({ fail: 'No font for ő' })).rejects.toThrow(new RenderFailedError('No font for ő'))
    expect(text(await pool.run({ text: 'after' }))).toMatch(/^after/)
    expect(pool.stats()).toMatchObject({ spawned: 1, crashed: 0 })
  })

  it('fails only the crashed worker’s job and carries on with a new worker', async () => {
    pool = createWorkerPool({ spawn: realWorker, size: 1 })
    const crashed = pool.run({ crash: true })
    const next = pool.run({ text: 'still here' })
    await expect(crashed).rejects.toThrow(RenderWorkerError)
    await expect(crashed).rejects.toThrow(/worker blew up/)
    expect(text(await next)).toMatch(/^still here/)
    expect(pool.stats()).toMatchObject({ crashed: 1, spawned: 2 })
  })

  it('reports a worker that exits as an error of its job', async () => {
    pool = createWorkerPool({ spawn: realWorker, size: 1 })
    await expect(pool.run({ exit: 7 })).rejects.toThrow(/stopped unexpectedly \(exit code 7\)/)
  })

  it('recycles a worker whose memory grew past the limit', async () => {
    pool = createWorkerPool({ spawn: realWorker, size: 1, recycleAboveBytes: 40 * 1024 * 1024 })
    const small = text(await pool.run({ text: 'small' }))
    expect(pool.stats()).toMatchObject({ recycled: 0, workers: 1 })
    const big = text(await pool.run({ text: 'big', holdMb: 64 }))
    expect(big.split(' by ')[1]).toBe(small.split(' by ')[1])
    expect(pool.stats()).toMatchObject({ recycled: 1, workers: 0 })
    const fresh = text(await pool.run({ text: 'fresh' }))
    expect(fresh.split(' by ')[1]).not.toBe(small.split(' by ')[1])
    expect(pool.stats().spawned).toBe(2)
  })

  it('cancels a running job by stopping its worker, and a queued one by dropping it', async () => {
    pool = createWorkerPool({ spawn: realWorker, size: 1 })
    const controller = new AbortController()
    const running = expect(pool.run({ hang: true }, { signal: controller.signal })).rejects.toThrow(
      RenderCancelledError,
    )
    const queued = expect(pool.run({ text: 'queued' }, { signal: controller.signal })).rejects.toThrow(
      RenderCancelledError,
    )
    const other = pool.run({ text: 'other' })
    controller.abort()
    await running
    await queued
    expect(text(await other)).toMatch(/^other/)
    await expect(pool.run({ text: 'late' }, { signal: controller.signal })).rejects.toThrow(
      RenderCancelledError,
    )
  })

  it('rejects what is left when it closes', async () => {
    pool = createWorkerPool({ spawn: realWorker, size: 1 })
    const running = expect(pool.run({ hang: true })).rejects.toThrow(/shut down/)
    const queued = expect(pool.run({ text: 'queued' })).rejects.toThrow(/shut down/)
    await pool.close()
    await running
    await queued
    await expect(pool.run({ text: 'after' })).rejects.toThrow(/shut down/)
  })
})

/** An in-process worker the test answers by hand. */
function fakeWorker() {
  const listeners: Record<string, ((value: never) => void)[]> = {}
  const worker = {
    requests: [] as RenderRequest[],
    terminated: false,
    postMessage(message: RenderRequest) {
      worker.requests.push(message)
    },
    on(event: string, listener: (value: never) => void) {
      ;(listeners[event] ??= []).push(listener)
    },
    terminate: vi.fn(() => {
      worker.terminated = true
      return Promise.resolve(0)
    }),
    answer(jobId: number, heapUsed = 1) {
      for (const listener of listeners.message ?? [])
        listener({
          type: 'rendered',
          jobId,
          pdf: new Uint8Array([jobId]),
          memory: { heapUsed, external: 0, rss: 0 },
        } as never)
    },
  }
  return worker
}

/** A pool of fake workers, and the workers it spawned so far (in spawn order). */
function fakePool(options: Omit<WorkerPoolOptions, 'spawn'>) {
  const workers: ReturnType<typeof fakeWorker>[] = []
  const created = createWorkerPool({
    ...options,
    spawn: () => {
      const worker = fakeWorker()
      workers.push(worker)
      return worker
    },
  })
  pool = created
  return { pool: created, workers }
}

describe('the render worker pool’s bookkeeping', () => {
  it('stops a worker that stayed idle past the idle timeout', async () => {
    vi.useFakeTimers()
    const { pool, workers } = fakePool({ size: 1, idleTimeoutMs: 1000 })
    const job = pool.run({})
    workers[0]?.answer(workers[0].requests[0]?.jobId ?? 0)
    expect(await job).toEqual(new Uint8Array([1]))
    expect(pool.stats().workers).toBe(1)
    await vi.advanceTimersByTimeAsync(1001)
    expect(workers[0]?.terminated).toBe(true)
    expect(pool.stats().workers).toBe(0)
  })

  it('stops a worker that takes longer than the job limit and gives the queue a new one', async () => {
    vi.useFakeTimers()
    const { pool, workers } = fakePool({ size: 1, jobTimeoutMs: 5000 })
    const slow = expect(pool.run({})).rejects.toThrow(/took longer than 5 s/)
    const next = pool.run({})
    await vi.advanceTimersByTimeAsync(5001)
    await slow
    expect(workers[0]?.terminated).toBe(true)
    const second = workers[1]
    second?.answer(second.requests[0]?.jobId ?? 0)
    await expect(next).resolves.toBeInstanceOf(Uint8Array)
  })

  it('replaces a worker after maxJobsPerWorker jobs', async () => {
    const { pool, workers } = fakePool({ size: 1, maxJobsPerWorker: 2 })
    for (let i = 0; i < 3; i += 1) {
      const job = pool.run({})
      const worker = workers.at(-1)
      worker?.answer(worker.requests.at(-1)?.jobId ?? 0)
      await job
    }
    expect(workers).toHaveLength(2)
    expect(workers[0]?.terminated).toBe(true)
    expect(pool.stats().recycled).toBe(1)
  })

  it('ignores replies for jobs it did not send', async () => {
    const worker = fakeWorker()
    pool = createWorkerPool({ spawn: () => worker, size: 1 })
    const job = pool.run({})
    worker.answer(999)
    expect(pool.stats().busy).toBe(1)
    worker.answer(worker.requests[0]?.jobId ?? 0)
    await expect(job).resolves.toBeInstanceOf(Uint8Array)
  })
})
