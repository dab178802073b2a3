/** The messages between the window and the demo worker. */
import type { DemoSize } from '@shared/demo'

/** What the window asks the worker to load. */
export type DemoRequest = { seed: number; today: string; size: DemoSize }

/** What the worker reports: its phase, the write progress, and how it ended. */
export type DemoWorkerMessage =
  | { type: 'generating' }
  | { type: 'writing'; written: number; total: number }
  | { type: 'done'; clients: number }
  | { type: 'failed'; message: string }
