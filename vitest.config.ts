import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

const alias = { '@shared': resolve(import.meta.dirname, 'shared') }

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          // Rendering PDFs and generating the demo agency on a busy 2-core machine: a ceiling only.
          testTimeout: 60_000,
          include: [
            'shared/**/*.test.ts',
            'electron/**/*.test.ts',
            'renderer/**/*.test.ts',
            'test/unit/**/*.test.ts',
          ],
          environment: 'node',
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.spec.ts'],
          // Loading the large agency takes minutes: it runs with the benchmarks (npm run bench).
          exclude: ['test/e2e/scale.spec.ts'],
          environment: 'node',
          // Whole user flows on a shared 2-core CI machine: a generous ceiling, not a speed check.
          testTimeout: 120_000,
          hookTimeout: 60_000,
          // expect.poll's own default (1 s) is a timing threshold in disguise: a step the app does
          // in 300 ms on a quiet laptop may take seconds on a loaded CI machine.
          expect: { poll: { timeout: 15_000 } },
          // Two files at a time: each test waits on its own Chromium context much of the time, so
          // two keep a 2-core machine busy (~1.8× faster); more would only fight over the cores.
          maxWorkers: 2,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'screenshots',
          include: ['test/screenshots/**/*.spec.ts'],
          environment: 'node',
          expect: { poll: { timeout: 15_000 } },
          testTimeout: 120_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          // Benchmarks print ratios measured in one run; they never assert timings.
          name: 'bench',
          include: ['test/bench/**/*.bench.ts', 'test/e2e/scale.spec.ts'],
          environment: 'node',
          testTimeout: 1_800_000,
          hookTimeout: 600_000,
          expect: { poll: { timeout: 15_000 } },
          // Two files at a time: each test waits on its own Chromium context much of the time, so
          // two keep a 2-core machine busy (~1.8× faster); more would only fight over the cores.
          maxWorkers: 2,
        },
      },
    ],
  },
})
