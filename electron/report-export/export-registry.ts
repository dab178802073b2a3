/**
 * Main's own record of the reports it wrote: the reports folder the PM chose, and each exported
 * file's path under an id main made up. Policy: the renderer names a report only by that id —
 * main never opens, reveals or reads a path the renderer sends — so a compromised page can reach
 * no file but the PDFs Cadence itself exported. Kept in one JSON file in the profile, written
 * atomically, one change at a time.
 */
import { randomUUID } from 'node:crypto'
import { mkdir, readFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { z } from 'zod'
import { writeFileAtomically } from '../files/atomic-write'

/** The registry file's name in the profile folder. */
export const REGISTRY_FILE = 'exported-reports.json'

const stateSchema = z.object({
  version: z.literal(1),
  folder: z.string().min(1).nullable(),
  files: z.record(z.string(), z.object({ path: z.string().min(1), exportedAt: z.string() })),
})
type State = z.infer<typeof stateSchema>

const EMPTY: State = { version: 1, folder: null, files: {} }

function parseState(text: string): State {
  try {
    const parsed = stateSchema.safeParse(JSON.parse(text))
    if (parsed.success) return parsed.data
  } catch {
    // A damaged file loses only the links to old exports; the PDFs themselves stay on disk.
  }
  return structuredClone(EMPTY)
}

/** The registry. */
export type ExportRegistry = {
  /** The folder the PM chose, or null for the default. */
  folder(): Promise<string | null>
  setFolder(folder: string | null): Promise<void>
  /** Records a written file; resolves to its new id. */
  add(path: string): Promise<string>
  /** The path of an exported file, or null for an id main never gave out. */
  pathOf(id: string): Promise<string | null>
}

/** Opens the registry kept in `file`; a missing or unreadable file starts empty. */
export function createExportRegistry({
  file,
  now = () => new Date(),
  newId = randomUUID,
}: {
  file: string
  now?: () => Date
  newId?: () => string
}): ExportRegistry {
  let state: Promise<State> | null = null
  let writes: Promise<unknown> = Promise.resolve()

  const load = (): Promise<State> => {
    state ??= readFile(file, 'utf8').then(parseState, () => structuredClone(EMPTY))
    return state
  }

  /** Applies a change and saves; changes run one after another so none is lost. */
  const change = <T>(apply: (current: State) => T): Promise<T> => {
    const next = writes.then(async () => {
      const current = await load()
      const result = apply(current)
      await mkdir(dirname(file), { recursive: true })
      await writeFileAtomically(file, JSON.stringify(current, null, 2))
      return result
    })
    writes = next.catch(() => undefined)
    return next
  }

  return {
    async folder() {
      return (await load()).folder
    },
    setFolder(folder) {
      return change((current) => {
        current.folder = folder
      })
    },
    add(path) {
      return change((current) => {
        const id = newId()
        current.files[id] = { path, exportedAt: now().toISOString() }
        return id
      })
    },
    async pathOf(id) {
      const files = (await load()).files
      return Object.hasOwn(files, id) ? (files[id]?.path ?? null) : null
    },
  }
}
