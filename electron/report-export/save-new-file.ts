/**
 * Saving a report never silently replaces one the PM may already have sent: when the name is
 * taken, the new version gets the next free ` (n)` suffix. The write is atomic (temporary file,
 * then a hard link that fails if the name exists, which also closes the race with a second save
 * of the same report); file systems without hard links fall back to check-then-rename.
 */
import { randomBytes } from 'node:crypto'
import { link, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { numberedFileName, REPORT_EXTENSION } from './file-naming'

/** Most versions of one report kept side by side before the save gives up. */
export const MAX_VERSIONS = 999

/** The name is already taken by another file. */
export class FileExistsError extends Error {
  constructor(readonly path: string) {
    super(`A file named ${basename(path)} already exists`)
    this.name = 'FileExistsError'
  }
}

const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK'])

function codeOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path)
    return true
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return false
    throw error
  }
}

/** Writes `content` to `path` atomically, failing with FileExistsError when `path` exists. */
export async function writeNewFileAtomically(path: string, content: Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    await writeFile(temporary, content, { flag: 'wx' })
    try {
      await link(temporary, path)
    } catch (error) {
      const code = codeOf(error)
      if (code === 'EEXIST') throw new FileExistsError(path)
      if (code === undefined || !NO_HARD_LINKS.has(code)) throw error
      if (await exists(path)) throw new FileExistsError(path)
      await rename(temporary, path)
    }
  } finally {
    await rm(temporary, { force: true })
  }
}

/**
 * Saves `content` in `folder` (created when missing) as `<baseName>.pdf`, or with the first free
 * ` (n)` suffix when that name is taken; resolves to the path written.
 */
export async function saveWithoutOverwriting(
  folder: string,
  baseName: string,
  content: Uint8Array,
  extension = REPORT_EXTENSION,
): Promise<string> {
  await mkdir(folder, { recursive: true })
  for (let n = 1; n <= MAX_VERSIONS; n += 1) {
    const path = join(folder, numberedFileName(baseName, n, extension))
    try {
      await writeNewFileAtomically(path, content)
      return path
    } catch (error) {
      if (!(error instanceof FileExistsError)) throw error
    }
  }
  throw new Error(`${MAX_VERSIONS} versions of ${baseName} already exist in ${folder}`)
}
