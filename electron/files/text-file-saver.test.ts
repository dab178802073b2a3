import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { writeFileAtomically } from './atomic-write'
import { createTextFileSaver } from './text-file-saver'

let folder: string
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'cadence-save-'))
})
afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

describe('createTextFileSaver', () => {
  it('opens the dialog in the documents folder with the name and the kind’s filter, then writes', async () => {
    const showSaveDialog = vi.fn(() => Promise.resolve(join(folder, 'Friday.eml')))
    const save = createTextFileSaver({
      documentsFolder: () => folder,
      showSaveDialog,
      write: writeFileAtomically,
    })
    const path = await save({ kind: 'eml', fileName: 'Friday.eml', content: 'Subject: Perjantai' })
    expect(showSaveDialog).toHaveBeenCalledExactlyOnceWith({
      defaultPath: join(folder, 'Friday.eml'),
      filters: [{ name: 'E-mail message', extensions: ['eml'] }],
    })
    expect(path).toBe(join(folder, 'Friday.eml'))
    expect(await readFile(join(folder, 'Friday.eml'), 'utf8')).toBe('Subject: Perjantai')
  })

  it('adds the extension when the PM typed a name without it', async () => {
    const save = createTextFileSaver({
      documentsFolder: () => folder,
      showSaveDialog: () => Promise.resolve(join(folder, 'calendar')),
      write: writeFileAtomically,
    })
    expect(await save({ kind: 'ics', fileName: 'x.ics', content: 'BEGIN:VCALENDAR' })).toBe(
      join(folder, 'calendar.ics'),
    )
  })

  it('writes nothing when the dialog is cancelled', async () => {
    const write = vi.fn(() => Promise.resolve())
    const save = createTextFileSaver({
      documentsFolder: () => folder,
      showSaveDialog: () => Promise.resolve(null),
      write,
    })
    expect(await save({ kind: 'ics', fileName: 'x.ics', content: '' })).toBeNull()
    expect(write).not.toHaveBeenCalled()
  })
})
