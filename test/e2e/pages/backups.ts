/** Page objects of backups: Settings' backup sections, the restore dialog and the restore offer. */
import { readdir, readFile } from 'node:fs/promises'
import { gunzipSync } from 'node:zlib'
import type { Locator, Page } from 'playwright-core'

/** Backup files in a folder (main's naming), oldest first. */
export async function backupFiles(folder: string): Promise<string[]> {
  const names = await readdir(folder).catch(() => [] as string[])
  return names.filter((name) => /^cadence-\d{4}-\d{2}-\d{2}_\d{6}\.json\.gz$/.test(name)).sort()
}

/** A backup file's export, parsed. */
export async function readBackupFile(path: string): Promise<{
  data: { databaseVersion: number; data: { tableName: string; rows: unknown[] }[] }
}> {
  return JSON.parse(gunzipSync(await readFile(path)).toString('utf8')) as never
}

/** Settings' backup and transfer sections. */
export class BackupSettings {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('backup-settings')
  }

  get lastBackup(): Locator {
    return this.page.getByTestId('backup-last')
  }

  async backUpNow(): Promise<void> {
    await this.page.getByTestId('backup-now').click()
  }

  get rows(): Locator {
    return this.page.getByTestId('backup-row')
  }

  async importFile(): Promise<RestoreDialog> {
    await this.page.getByTestId('backup-import').click()
    return new RestoreDialog(this.page)
  }

  async importInto(): Promise<RestoreDialog> {
    await this.page.getByTestId('backup-import-into').click()
    return new RestoreDialog(this.page)
  }
}

/** The restore / import dialog. */
export class RestoreDialog {
  constructor(readonly page: Page) {}

  get problem(): Locator {
    return this.page.getByTestId('restore-problem')
  }

  get contents(): Locator {
    return this.page.getByTestId('backup-contents')
  }

  contentsValue(key: 'clients' | 'meetings' | 'records' | 'version'): Locator {
    return this.page.getByTestId(`backup-contents-${key}`)
  }

  async confirm(): Promise<void> {
    await this.page.getByTestId('restore-confirm').click()
    await this.page.getByTestId('restore-confirm').waitFor({ state: 'detached' })
  }
}

/** The offer shown instead of an empty app when the database was wiped. */
export class RestoreOffer {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('restore-offer')
  }

  get latest(): Locator {
    return this.page.getByTestId('restore-offer-latest')
  }

  async restore(): Promise<void> {
    await this.page.getByTestId('restore-offer-restore').click()
    await this.root.waitFor({ state: 'detached' })
  }
}

/** Deletes the app's IndexedDB as a crash or an origin change would (Dexie lets go of it). */
export async function wipeDatabase(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('cadence')
        request.onsuccess = () => resolve()
        request.onerror = () => reject(new Error(String(request.error)))
      }),
  )
}
