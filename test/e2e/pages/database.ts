/** Raw IndexedDB access for specs: reading what the app stored and seeding what it would have. */
import type { Page } from 'playwright-core'

/** Every record of a table, read straight from IndexedDB (the harness has no repository hooks). */
export async function readTable<T>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const request = indexedDB.open('cadence')
        request.onerror = () => reject(new Error(String(request.error)))
        request.onsuccess = () => {
          const database = request.result
          const all = database.transaction(name, 'readonly').objectStore(name).getAll()
          all.onsuccess = () => {
            resolve(all.result as T[])
            database.close()
          }
          all.onerror = () => reject(new Error(String(all.error)))
        }
      }),
    table,
  )
}

/** Writes records straight into IndexedDB, as another part of the app would have saved them. */
export async function putRecords(page: Page, table: string, records: readonly object[]): Promise<void> {
  await page.evaluate(
    ([name, rows]) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('cadence')
        request.onerror = () => reject(new Error(String(request.error)))
        request.onsuccess = () => {
          const database = request.result
          const transaction = database.transaction(name, 'readwrite')
          for (const row of rows) transaction.objectStore(name).put(row)
          transaction.oncomplete = () => {
            database.close()
            resolve()
          }
          transaction.onerror = () => reject(new Error(String(transaction.error)))
        }
      }),
    [table, records] as const,
  )
}
