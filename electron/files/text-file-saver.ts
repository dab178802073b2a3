/**
 * Saving a text file the renderer produced (an `.eml`, an `.ics`): the PM picks the place in the
 * system's save dialog, which starts in their documents folder with a safe name; main alone
 * decides the path and writes it atomically. Effects are injected so this runs in Node tests.
 */
import { extname, join } from 'node:path'
import type { TextFileKind } from '@shared/ipc'
import { TEXT_FILE_TYPES } from './file-names'

/** What the saver needs from Electron and the file system. */
export type TextFileSaverDeps = {
  /** The folder the dialog opens in (the user's documents). */
  documentsFolder: () => string
  /** Shows the save dialog; resolves to the chosen path or null when cancelled. */
  showSaveDialog: (options: {
    defaultPath: string
    filters: { name: string; extensions: string[] }[]
  }) => Promise<string | null>
  /** Writes the file atomically. */
  write: (path: string, content: string) => Promise<void>
}

/** Creates the `saveTextFile` effect of the IPC handlers. */
export function createTextFileSaver(deps: TextFileSaverDeps) {
  return async (file: { kind: TextFileKind; fileName: string; content: string }): Promise<string | null> => {
    const { extension, filterName } = TEXT_FILE_TYPES[file.kind]
    const chosen = await deps.showSaveDialog({
      defaultPath: join(deps.documentsFolder(), file.fileName),
      filters: [{ name: filterName, extensions: [extension] }],
    })
    if (chosen === null || chosen === '') return null
    // The dialog lets the PM type any name; the file still gets the extension its content needs.
    const path = extname(chosen).toLowerCase() === `.${extension}` ? chosen : `${chosen}.${extension}`
    await deps.write(path, file.content)
    return path
  }
}
