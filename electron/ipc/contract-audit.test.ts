/**
 * An audit of the IPC contract as a whole. Policy: the renderer never names a place on disk —
 * main chooses every folder (a save dialog, the documents folder, the backups folder in its own
 * settings) — so no request may carry a path, a folder or a directory. The only file-ish input
 * is a suggested *name*, which main strips of anything path-like. A channel added later with a
 * `path` or `folder` field fails here, on purpose: give main the choice instead.
 */
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { CHANNELS, ipcContract } from '@shared/ipc'
import { safeFileName } from '../files/file-names'

/** Every object key a schema accepts, as dotted paths, looking through arrays, unions and wrappers. */
function keysOf(schema: z.ZodType, prefix = ''): string[] {
  if (schema instanceof z.ZodObject) {
    return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([key, value]) => [
      `${prefix}${key}`,
      ...keysOf(value, `${prefix}${key}.`),
    ])
  }
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault)
    return keysOf(schema.unwrap() as z.ZodType, prefix)
  if (schema instanceof z.ZodArray) return keysOf(schema.element as z.ZodType, `${prefix}[].`)
  if (schema instanceof z.ZodUnion)
    return (schema.options as z.ZodType[]).flatMap((option) => keysOf(option, prefix))
  if (schema instanceof z.ZodPipe) return keysOf(schema.in as z.ZodType, prefix)
  return []
}

// The last segment of a key: `outputPath`, `dir`, `targetFolder`, `file` — not `direction`.
const PATH_LIKE = /(?:^|\.|[a-z])(?:path|dir|directory|folder|location)s?$|(?:^|\.)files?$/i

/** Request fields that name a file without a folder, and the reason each is safe. */
const FILE_NAME_FIELDS: Record<string, string> = {
  'file:save-text suggestedName': 'a suggestion for the save dialog; main runs it through safeFileName',
}

describe('the IPC contract', () => {
  it('lets the renderer name no path, folder or directory in any request', () => {
    const offenders = CHANNELS.flatMap((channel) =>
      keysOf(ipcContract[channel].request as z.ZodType)
        .filter((key) => PATH_LIKE.test(key))
        .map((key) => `${channel} ${key}`),
    )
    expect(offenders).toEqual([])
  })

  it('knows every file-name field and why it is safe', () => {
    const named = CHANNELS.flatMap((channel) =>
      keysOf(ipcContract[channel].request as z.ZodType)
        .filter((key) => /name$/i.test(key) && /file|suggested/i.test(key))
        .map((key) => `${channel} ${key}`),
    )
    expect(named.sort()).toEqual(Object.keys(FILE_NAME_FIELDS).sort())
  })

  it('turns a hostile suggested name into a plain file name', () => {
    for (const hostile of [
      '../../.ssh/authorized_keys',
      'C:\\Windows\\win.ini',
      '/etc/passwd',
      'a/../../b',
      'CON',
    ])
      expect(safeFileName(hostile, 'eml')).not.toMatch(/[/\\]|^\.\.|^[A-Za-z]:/)
  })

  it('finds keys through nested objects, arrays and unions (the audit itself works)', () => {
    const schema = z.object({
      a: z.array(z.object({ targetFolder: z.string() })),
      b: z.union([z.object({ outputPath: z.string() }), z.object({ ok: z.boolean() })]).optional(),
    })
    expect(keysOf(schema).filter((key) => PATH_LIKE.test(key))).toEqual(['a.[].targetFolder', 'b.outputPath'])
    expect(
      ['path', 'dir', 'file', 'x.filePath', 'direction', 'profile', 'fileName'].filter((k) =>
        PATH_LIKE.test(k),
      ),
    ).toEqual(['path', 'dir', 'file', 'x.filePath'])
  })
})
