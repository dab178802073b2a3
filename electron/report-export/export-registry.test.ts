import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createExportRegistry, REGISTRY_FILE } from './export-registry'

let profile: string
let file: string
beforeEach(async () => {
  profile = await mkdtemp(join(tmpdir(), 'cadence-registry-'))
  file = join(profile, REGISTRY_FILE)
})
afterEach(async () => {
  await rm(profile, { recursive: true, force: true })
})

describe('the export registry', () => {
  it('gives each exported file its own id and finds the path by it after a restart', async () => {
    const registry = createExportRegistry({ file })
    const first = await registry.add('/reports/A/2026-10 Monthly report.pdf')
    const second = await registry.add('/reports/A/2026-10 Monthly report (2).pdf')
    expect(first).not.toBe(second)
    const reopened = createExportRegistry({ file })
    expect(await reopened.pathOf(first)).toBe('/reports/A/2026-10 Monthly report.pdf')
    expect(await reopened.pathOf(second)).toBe('/reports/A/2026-10 Monthly report (2).pdf')
  })

  it('knows nothing of ids it never gave out, including inherited property names', async () => {
    const registry = createExportRegistry({ file })
    await registry.add('/reports/a.pdf')
    expect(await registry.pathOf('00000000-0000-4000-8000-000000000000')).toBeNull()
    expect(await registry.pathOf('__proto__')).toBeNull()
    expect(await registry.pathOf('constructor')).toBeNull()
  })

  it('keeps every one of many simultaneous additions', async () => {
    const registry = createExportRegistry({ file })
    const ids = await Promise.all(Array.from({ length: 20 }, (_, i) => registry.add(`/r/${i}.pdf`)))
    const stored = JSON.parse(await readFile(file, 'utf8')) as { files: Record<string, unknown> }
    expect(Object.keys(stored.files).sort()).toEqual([...ids].sort())
  })

  it('remembers the chosen reports folder, and forgets it when reset', async () => {
    const registry = createExportRegistry({ file })
    expect(await registry.folder()).toBeNull()
    await registry.setFolder('/home/pm/Shared/Reports')
    expect(await createExportRegistry({ file }).folder()).toBe('/home/pm/Shared/Reports')
    await registry.setFolder(null)
    expect(await createExportRegistry({ file }).folder()).toBeNull()
  })

  it('starts empty from a damaged file instead of failing every export', async () => {
    await writeFile(file, '{ not json')
    const registry = createExportRegistry({ file })
    expect(await registry.folder()).toBeNull()
    const id = await registry.add('/r/a.pdf')
    expect(await registry.pathOf(id)).toBe('/r/a.pdf')
  })
})
