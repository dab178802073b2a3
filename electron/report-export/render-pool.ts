/**
 * The pool of real render workers: `node:worker_threads` running the built `render-worker.js`.
 * Main, the e2e harness and the bench start it the same way; only the worker file's location
 * differs (beside main's bundle, or in `out/main/` of the repository).
 */
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { RenderWorkerData } from './render-worker'
import { createWorkerPool, type WorkerPool, type WorkerPoolOptions } from './worker-pool'

/** The built worker's file name, beside main's `index.js`. */
export const RENDER_WORKER_FILE = 'render-worker.js'

/** A worker's V8 old-generation cap: a runaway render ends that worker, not the app. */
const WORKER_HEAP_LIMIT_MB = 1024

/** Workers for this machine: one core stays free for main and the window. */
export function defaultPoolSize(cores: number = availableParallelism()): number {
  return Math.min(3, Math.max(1, cores - 1))
}

/** Starts a pool of render workers running `workerFile`. */
export function createRenderPool({
  workerFile,
  fontsDir,
  ...options
}: { workerFile: string; fontsDir?: string } & Partial<Omit<WorkerPoolOptions, 'spawn'>>): WorkerPool {
  const workerData: RenderWorkerData = fontsDir === undefined ? {} : { fontsDir }
  return createWorkerPool({
    size: defaultPoolSize(),
    ...options,
    spawn: () =>
      new Worker(workerFile, {
        workerData,
        resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_LIMIT_MB },
      }),
  })
}
