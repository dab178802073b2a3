import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { FileExistsError, saveWithoutOverwriting, writeNewFileAtomically } from './save-new-file'

let folder: string
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'cadence-reports-'))
})
afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

const bytes = (text: string) => new TextEncoder().encode(text)

describe('writeNewFileAtomically', () => {
  it('writes a new file and leaves no temporary file', async () => {
    await writeNewFileAtomically(join(folder, 'a.pdf'), bytes('%PDF-1'))
    expect(await readFile(join(folder, 'a.pdf'), 'utf8')).toBe('%PDF-1')
    expect(await readdir(folder)).toEqual(['a.pdf'])
  })

  it('never replaces an existing file', async () => {
    await writeFile(join(folder, 'a.pdf'), 'sent to the client')
    await expect(writeNewFileAtomically(join(folder, 'a.pdf'), bytes('new'))).rejects.toThrow(FileExistsError)
    expect(await readFile(join(folder, 'a.pdf'), 'utf8')).toBe('sent to the client')
    expect(await readdir(folder)).toEqual(['a.pdf'])
  })
})

describe('saveWithoutOverwriting', () => {
  it('creates the client folder and saves under the plain name first', async () => {
    const path = await saveWithoutOverwriting(join(folder, 'Client'), '2026-10 Monthly report', bytes('v1'))
    expect(path).toBe(join(folder, 'Client', '2026-10 Monthly report.pdf'))
  })

  it('gives each newer version the next free suffix and keeps the older ones', async () => {
    const paths = []
    for (const version of ['v1', 'v2', 'v3'])
      paths.push(await saveWithoutOverwriting(folder, '2026-10 Monthly report', bytes(version)))
    expect(paths).toEqual([
      join(folder, '2026-10 Monthly report.pdf'),
      join(folder, '2026-10 Monthly report (2).pdf'),
      join(folder, '2026-10 Monthly report (3).pdf'),
    ])
    expect(await readFile(paths[0] ?? '', 'utf8')).toBe('v1')
    expect(await readFile(paths[2] ?? '', 'utf8')).toBe('v3')
  })

  it('gives simultaneous saves of one report different names', async () => {
    const paths = await Promise.all(
      Array.from({ length: 5 }, (_, i) => saveWithoutOverwriting(folder, 'Same', bytes(`v${i}`))),
    )
    expect(new Set(paths).size).toBe(5)
    expect((await readdir(folder)).sort()).toHaveLength(5)
  })

  it('fails with the file system’s error and writes nothing when the folder cannot be made', async () => {
    await writeFile(join(folder, 'blocked'), 'a file where the folder should be')
    await expect(saveWithoutOverwriting(join(folder, 'blocked'), 'x', bytes('x'))).rejects.toThrow()
    expect(await readdir(folder)).toEqual(['blocked'])
  })
})
