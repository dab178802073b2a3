import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, test } from './harness/fixtures'
import type { AppUnderTest } from './harness/launch'
import { AppShell } from './pages/app-shell'
import { BackupSettings, RestoreOffer, backupFiles, readBackupFile, wipeDatabase } from './pages/backups'
import { ClientsScreen, FirstRun } from './pages/clients'
import { putRecords, readTable } from './pages/database'

const TABLES = ['clients', 'metricMonths', 'meetings', 'tasks', 'touchpoints'] as const

async function loadDemo(app: AppUnderTest): Promise<void> {
  const shell = new AppShell(app.page)
  await shell.navLink('clients').click()
  await new FirstRun(app.page).loadDemo()
  const clients = new ClientsScreen(app.page)
  await expect.poll(() => clients.rows.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(12)
}

async function counts(app: AppUnderTest): Promise<Record<string, number>> {
  const shell = new AppShell(app.page)
  const out: Record<string, number> = {}
  for (const table of TABLES) out[table] = await shell.countRecords(table)
  return out
}

/** Loads the demo, opens Settings and backs up by hand; returns the backups folder. */
async function backUpDemo(app: AppUnderTest): Promise<{ folder: string; settings: BackupSettings }> {
  await loadDemo(app)
  await new AppShell(app.page).goTo('settings')
  const settings = new BackupSettings(app.page)
  await settings.backUpNow()
  await expect.poll(() => settings.rows.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(1)
  return { folder: join(app.profileDir, 'Cadence Backups'), settings }
}

describe('backups', () => {
  test('"Back up now" writes a verified backup into the backups folder and Settings shows it', async ({
    app,
  }) => {
    const { folder, settings } = await backUpDemo(app)
    const files = await backupFiles(folder)
    expect(files).toHaveLength(1)
    const backup = await readBackupFile(join(folder, files[0] ?? ''))
    const clients = backup.data.data.find((table) => table.tableName === 'clients')
    expect(clients?.rows).toHaveLength(await new AppShell(app.page).countRecords('clients'))
    await expect.poll(() => settings.lastBackup.textContent(), { timeout: 10_000 }).toMatch(/Clients: 1\d/)
    expect(await app.page.getByTestId('backup-folder').textContent()).toBe(folder)
  })

  test('a wiped database with the marker present offers the latest backup, which brings the data back', async ({
    app,
  }) => {
    await backUpDemo(app)
    const before = await counts(app)
    await wipeDatabase(app.page)
    await app.page.reload()

    const offer = new RestoreOffer(app.page)
    await offer.root.waitFor()
    await offer.latest.waitFor()
    expect(await app.page.getByTestId('backup-contents-clients').textContent()).toBe(String(before.clients))
    await expect(app.page.getByTestId('nav-today').count()).resolves.toBe(0) // not the empty app
    await offer.restore()

    await new AppShell(app.page).navLink('clients').waitFor()
    expect(await counts(app)).toEqual(before)
  })

  test('a bad file shows what is wrong in the preview and changes nothing', async ({ app }) => {
    const { folder, settings } = await backUpDemo(app)
    const before = await counts(app)
    const [good] = await backupFiles(folder)
    const text = JSON.stringify(await readBackupFile(join(folder, good ?? '')))
    const cases = [
      ['truncated.json.gz', gzipSync(Buffer.from(text.slice(0, text.length / 2))), /incomplete or damaged/],
      [
        'corrupted.json.gz',
        Buffer.concat([gzipSync(Buffer.from(text)).subarray(0, 200), Buffer.alloc(64)]),
        /cannot be read/,
      ],
      [
        'newer.json',
        Buffer.from(text.replace(/"databaseVersion":\d+/, '"databaseVersion":99')),
        /newer Cadence/,
      ],
      [
        'hostile.json',
        Buffer.from(text.replace('"rows":[{', '"rows":[{"__proto__":{"x":1},')),
        /forbidden key “__proto__”/,
      ],
      [
        'wrong-type.json',
        Buffer.from(text.replace(/"currency":"[A-Z]{3}"/, '"currency":42')),
        /field “currency”/,
      ],
    ] as const
    for (const [name, content, message] of cases) {
      const path = join(app.profileDir, name)
      await writeFile(path, content)
      app.effects?.backupFileAnswers.push(path)
      const dialog = await settings.importFile()
      await dialog.problem.waitFor()
      expect(await dialog.problem.textContent(), name).toMatch(message)
      await app.page.keyboard.press('Escape')
      await dialog.problem.waitFor({ state: 'detached' })
    }
    expect(await counts(app)).toEqual(before)
    expect(await backupFiles(folder)).toEqual([good]) // no safety backup: nothing was about to change
  })

  test('"Export all data" then "Import" restores that file after a safety backup', async ({ app }) => {
    const { folder, settings } = await backUpDemo(app)
    const before = await counts(app)
    await app.page.getByTestId('backup-export').click()
    await expect.poll(() => app.effects?.exports.length, { timeout: 30_000 }).toBe(1)
    const exported = app.effects?.exports[0]?.path ?? ''

    // A client added after the export: the import replaces it, the safety backup keeps it.
    const [someClient] = await readTable<{ id: string; name: string }>(app.page, 'clients')
    const added = { ...someClient, id: '0f8c4c1e-6a53-4d0e-9b5c-2f3d4e5f6a7b', name: 'Added after export Oy' }
    await putRecords(app.page, 'clients', [added])

    app.effects?.backupFileAnswers.push(exported)
    const dialog = await settings.importFile()
    await dialog.contents.waitFor()
    expect(await dialog.contentsValue('clients').textContent()).toBe(String(before.clients))
    const backupsBefore = await backupFiles(folder)
    await dialog.confirm()
    expect(await counts(app)).toEqual(before)
    const safety = (await backupFiles(folder)).filter((name) => !backupsBefore.includes(name))
    expect(safety).toHaveLength(1)
    const saved = await readBackupFile(join(folder, safety[0] ?? ''))
    expect(saved.data.data.find((table) => table.tableName === 'clients')?.rows).toHaveLength(
      (before.clients ?? 0) + 1,
    )
  })

  test('when main asks before quitting, the renderer backs up what changed', async ({ app }) => {
    await loadDemo(app)
    const folder = join(app.profileDir, 'Cadence Backups')
    expect(await backupFiles(folder)).toEqual([])
    await app.emit('backup:request', { reason: 'quit' })
    const stateFile = join(app.profileDir, 'backup-state.json')
    type State = { last: { reason: string; rowCounts: Record<string, number> } | null }
    const readState = async () =>
      (JSON.parse(await readFile(stateFile, 'utf8').catch(() => '{"last":null}')) as State).last
    await expect.poll(readState, { timeout: 30_000 }).not.toBeNull()
    const last = await readState()
    expect(await backupFiles(folder)).toHaveLength(1)
    expect(last?.reason).toBe('quit')
    expect(last?.rowCounts.clients).toBe(await new AppShell(app.page).countRecords('clients'))
  })

  test('without any backup, a wiped database still asks before starting empty, then forgets the marker', async ({
    app,
  }) => {
    await loadDemo(app)
    // No backup yet: the marker comes from the change notes alone.
    const markerFile = join(app.profileDir, 'backup-marker.json')
    await expect
      .poll(() => readFile(markerFile, 'utf8').catch(() => ''), { timeout: 30_000 })
      .toMatch(/"clients": 1\d/)
    await wipeDatabase(app.page)
    await app.page.reload()

    const offer = new RestoreOffer(app.page)
    await app.page.getByTestId('restore-offer-none').waitFor()
    await app.page.getByTestId('restore-offer-empty').click()
    await app.page.getByTestId('restore-offer-empty-confirm').click()
    await offer.root.waitFor({ state: 'detached' })
    await new FirstRun(app.page).root.or(new AppShell(app.page).navLink('today')).first().waitFor()
    await expect.poll(() => readFile(markerFile, 'utf8').catch(() => 'gone')).toBe('gone')
    await app.page.reload()
    await new AppShell(app.page).navLink('today').waitFor() // no offer any more
  })
})
