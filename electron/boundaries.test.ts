import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

// Only the two entry points may load Electron at run time: everything else must import in plain
// Node, because unit tests and the e2e harness (which bridges the IPC router into Chromium) run
// these modules without an Electron binary.
const ELECTRON_ENTRY_POINTS = ['main/index.ts', 'preload/index.ts']

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : []
  })
}

// `[^'"]` keeps a match inside one import statement (this codebase writes no semicolons).
const VALUE_IMPORT_OF_ELECTRON = /^\s*import\s+((?!type\b)[^'"]*?from\s+)?['"]electron(\/[^'"]*)?['"]/m
const REQUIRE_OF_ELECTRON = /require\(\s*['"]electron['"]\s*\)|import\(\s*['"]electron['"]\s*\)/

describe('module boundaries', () => {
  const root = import.meta.dirname
  const files = sourceFiles(root).map((path) => ({ name: relative(root, path).split('\\').join('/'), path }))

  it('finds the sources', () => {
    expect(files.map(({ name }) => name)).toEqual(
      expect.arrayContaining([...ELECTRON_ENTRY_POINTS, 'ipc/router.ts']),
    )
  })

  it('keeps Electron out of every module but the entry points', () => {
    const offenders = files
      .filter(({ name }) => !ELECTRON_ENTRY_POINTS.includes(name))
      .filter(({ path }) => {
        const text = readFileSync(path, 'utf8')
        return VALUE_IMPORT_OF_ELECTRON.test(text) || REQUIRE_OF_ELECTRON.test(text)
      })
      .map(({ name }) => name)
    expect(offenders).toEqual([])
  })

  it('lets the harness load the IPC layer in plain Node', async () => {
    const router = await import('./ipc/router')
    const handlers = await import('./ipc/handlers')
    expect(router.createIpcRouter).toBeTypeOf('function')
    expect(router.createTrustedSenderCheck).toBeTypeOf('function')
    expect(handlers.createHandlers).toBeTypeOf('function')
  })
})
