/**
 * Makes the page's IndexedDB refuse writes, the way a full disk does: every `put` and `add`
 * throws the browser's `QuotaExceededError`. Installed from the spec into the page (the app has
 * no hook for it), so what is tested is the app's real path from a refused write to the screen.
 */
import type { Locator, Page } from 'playwright-core'

declare global {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- only an interface merges into Window
  interface Window {
    __cadenceRefuseWrites?: boolean
  }
}

/** From now on, every IndexedDB write in the page fails with QuotaExceededError. */
export async function fillTheDisk(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.__cadenceRefuseWrites = true
    for (const method of ['put', 'add'] as const) {
      const original = Object.getOwnPropertyDescriptor(IDBObjectStore.prototype, method)?.value as (
        this: IDBObjectStore,
        ...args: unknown[]
      ) => IDBRequest
      if ((original as { refusing?: boolean }).refusing) continue
      const refusing = function (this: IDBObjectStore, ...args: unknown[]) {
        if (window.__cadenceRefuseWrites)
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
        return original.apply(this, args)
      }
      Object.assign(refusing, { refusing: true })
      IDBObjectStore.prototype[method] = refusing as never
    }
  })
}

/** Space again: writes go through. */
export async function freeTheDisk(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.__cadenceRefuseWrites = false
  })
}

/** The banner above every screen while storage is in trouble. */
export function storageAlert(page: Page): Locator {
  return page.getByTestId('storage-alert')
}
