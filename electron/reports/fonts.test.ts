import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fontDirCandidates, REPORT_FONT_FILES, resolveReportFontsDir } from './fonts'
import { reportFontsPlugin } from './fonts-plugin'

const SOURCE_DIR = join(import.meta.dirname, 'fonts')

describe('report fonts', () => {
  it('are bundled in the sources with their licence, one file per weight', () => {
    const files = readdirSync(SOURCE_DIR)
    expect(files).toEqual(expect.arrayContaining([...Object.values(REPORT_FONT_FILES), 'OFL.txt']))
  })

  it('are found beside the module in the sources', () => {
    expect(resolveReportFontsDir(import.meta.dirname)).toBe(SOURCE_DIR)
  })

  it('are looked for beside a bundle and one folder up (out/main/fonts for out/main/chunks/*.js)', () => {
    const candidates = fontDirCandidates('/app/out/main/chunks', {})
    expect(candidates).toEqual(['/app/out/main/chunks/fonts', '/app/out/main/fonts'])
  })

  it('prefer the unpacked copy of a packaged app, then the asar archive', () => {
    const candidates = fontDirCandidates('/opt/Cadence/resources/app.asar/out/main', {})
    expect(candidates.slice(0, 2)).toEqual([
      '/opt/Cadence/resources/app.asar.unpacked/out/main/fonts',
      '/opt/Cadence/resources/app.asar.unpacked/out/fonts',
    ])
    expect(candidates).toContain('/opt/Cadence/resources/app.asar/out/main/fonts')
  })

  it('can be pointed at a folder with CADENCE_REPORT_FONTS_DIR', () => {
    expect(fontDirCandidates('/x', { CADENCE_REPORT_FONTS_DIR: '/fonts/here' })[0]).toBe('/fonts/here')
  })

  it('name the folders looked in when none has them', () => {
    const empty = mkdtempSync(join(tmpdir(), 'cadence-fonts-'))
    try {
      expect(() => resolveReportFontsDir(empty)).toThrow(/report fonts were not found in: .*cadence-fonts-/)
    } finally {
      rmSync(empty, { recursive: true })
    }
  })

  it('are copied into the main bundle as fonts/ by the build plugin', () => {
    const emitted: string[] = []
    const plugin = reportFontsPlugin(SOURCE_DIR)
    const hook = plugin.generateBundle as unknown as (this: unknown) => void
    hook.call({ emitFile: (file: { fileName: string }) => emitted.push(file.fileName) })
    expect(emitted.sort()).toEqual(
      readdirSync(SOURCE_DIR)
        .map((file) => `fonts/${file}`)
        .sort(),
    )
    expect(existsSync(join(SOURCE_DIR, 'OFL.txt'))).toBe(true)
  })
})
