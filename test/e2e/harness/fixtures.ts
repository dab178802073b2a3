/** The vitest fixture every spec uses: a fresh app per test, a screenshot when a test fails. */
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, test as base } from 'vitest'
import { closeBrowser, launchApp, type AppUnderTest } from './launch'

const FAILURES_DIR = join(import.meta.dirname, '../__failures__')

afterAll(closeBrowser)

/** `test` with an `app` fixture. */
export const test = base.extend<{ app: AppUnderTest }>({
  app: async ({ task }, use) => {
    const app = await launchApp()
    await use(app)
    // Fixture teardown runs before onTestFailed hooks, so the page is captured here, still open.
    if (task.result?.state === 'fail') {
      await mkdir(FAILURES_DIR, { recursive: true })
      const name = task.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()
      await app.page
        .screenshot({ path: join(FAILURES_DIR, `${name}.png`), fullPage: true })
        .catch(() => undefined)
    }
    await app.close()
  },
})

export { expect, describe } from 'vitest'
