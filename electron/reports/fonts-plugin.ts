/**
 * The build step that ships the report fonts: the main process bundle gets a copy of
 * electron/reports/fonts/ as `fonts/` beside it (out/main/fonts/), which electron-builder packs
 * with the rest of out/ and electron/reports/fonts.ts finds at run time.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'

/**
 * A Vite plugin emitting every file of the fonts folder `dir` (the licence included) as
 * `fonts/<file>`. The folder is passed in because the build bundles its config (and this module)
 * into one file elsewhere, where this module's own location means nothing.
 */
export function reportFontsPlugin(dir: string): Plugin {
  return {
    name: 'cadence-report-fonts',
    generateBundle() {
      for (const file of readdirSync(dir).sort()) {
        this.emitFile({ type: 'asset', fileName: `fonts/${file}`, source: readFileSync(join(dir, file)) })
      }
    },
  }
}
