import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { writeFileAtomically } from './atomic-write'

let folder: string
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'cadence-atomic-'))
})
afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

describe('writeFileAtomically', () => {
  it('writes a new file and replaces an existing one, leaving no temporary file', async () => {
    const path = join(folder, 'summary.eml')
    await writeFileAtomically(path, 'first')
    await writeFileAtomically(path, 'second – ä ł б')
    expect(await readFile(path, 'utf8')).toBe('second – ä ł б')
    expect(await readdir(folder)).toEqual(['summary.eml'])
  })

  it('leaves the old file and no temporary file when the write fails', async () => {
    const path = join(folder, 'missing-folder', 'summary.eml')
    await expect(writeFileAtomically(path, 'x')).rejects.toThrow()
    const kept = join(folder, 'kept.ics')
    await writeFile(kept, 'old')
    // Renaming a file over a folder fails after the temporary file was written.
    const blocked = join(folder, 'blocked')
    await mkdir(blocked)
    await expect(writeFileAtomically(blocked, 'new')).rejects.toThrow()
    expect(await readFile(kept, 'utf8')).toBe('old')
    expect((await readdir(folder)).sort()).toEqual(['blocked', 'kept.ics'])
  })
})
