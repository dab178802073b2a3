/**
 * The PDF fonts: Inter (SIL OFL 1.1, see fonts/OFL.txt and fonts/README.md) in four weights,
 * bundled with the app and registered from local files once per process — never from the
 * network, and never the PDF standard fonts, which have no Polish or Cyrillic glyphs.
 *
 * Where the files are: beside this module in the sources (`electron/reports/fonts/`, which the
 * tests use), and in `out/main/fonts/` in a build, where the electron-vite config's
 * `reportFontsPlugin` copies them; electron-builder ships `out/**`. A packaged app reads them
 * from inside app.asar (Electron's fs reads asar archives in the main and utility processes),
 * or from `app.asar.unpacked` when they are unpacked. `CADENCE_REPORT_FONTS_DIR` overrides the
 * search, and `useReportFontsDir` sets the folder explicitly (a worker told by its parent).
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { Font } from '@react-pdf/renderer'

/** The family name the documents use. */
export const REPORT_FONT_FAMILY = 'Inter'

/** The bundled font files by weight. */
export const REPORT_FONT_FILES = {
  400: 'Inter-Regular.ttf',
  500: 'Inter-Medium.ttf',
  600: 'Inter-SemiBold.ttf',
  700: 'Inter-Bold.ttf',
} as const

let explicitDir: string | null = null
let registeredDir: string | null = null

/** Uses `dir` for the fonts instead of searching (call before the first render). */
export function useReportFontsDir(dir: string): void {
  explicitDir = dir
}

/** The folders searched for the fonts, most specific first. */
export function fontDirCandidates(moduleDir: string, env: NodeJS.ProcessEnv = process.env): string[] {
  const fromEnv = env.CADENCE_REPORT_FONTS_DIR
  const near = [join(moduleDir, 'fonts'), join(moduleDir, '..', 'fonts')]
  const unpacked = near
    .filter((dir) => dir.includes('app.asar'))
    .map((dir) => dir.replace(/app\.asar(?!\.unpacked)/, 'app.asar.unpacked'))
  return [...(explicitDir ? [explicitDir] : []), ...(fromEnv ? [fromEnv] : []), ...unpacked, ...near]
}

/** The folder holding the bundled fonts; throws naming the folders looked in when none has them. */
export function resolveReportFontsDir(moduleDir: string = import.meta.dirname): string {
  const candidates = fontDirCandidates(moduleDir)
  const found = candidates.find((dir) => existsSync(join(dir, REPORT_FONT_FILES[400])))
  if (!found) throw new Error(`The report fonts were not found in: ${candidates.join(', ')}`)
  return found
}

/**
 * Registers the fonts once per process, and turns hyphenation off: words are never broken, since
 * a hyphenation that is right for Finnish, Polish and Bulgarian alike is not at hand, and a wrong
 * break in a client's report reads worse than a ragged line.
 */
export function registerReportFonts(): void {
  if (registeredDir !== null) return
  const dir = resolveReportFontsDir()
  Font.register({
    family: REPORT_FONT_FAMILY,
    fonts: Object.entries(REPORT_FONT_FILES).map(([weight, file]) => ({
      src: join(dir, file),
      fontWeight: Number(weight),
    })),
  })
  Font.registerHyphenationCallback((word) => [word])
  registeredDir = dir
}

type CachedGlyph = { codePoints?: readonly number[] }
type LoadedFont = { _glyphs?: Record<number, CachedGlyph | undefined> }

/**
 * Forgets the glyphs the font parser cached without their characters. The parser keeps one glyph
 * object per glyph id for the process, with the characters of its first use; subsetting a
 * document's font loads the components of composite glyphs (the "o" of "ó", the "B" shape of
 * Cyrillic "В") with no characters at all, and a later document that prints a plain "o" would
 * then get no text for it: it looks right but copies, searches and reads aloud wrong. Called
 * before each render, so every document maps each glyph it prints to its character.
 */
export function forgetUnmappedGlyphs(): void {
  for (const weight of Object.keys(REPORT_FONT_FILES)) {
    const source = Font.getFont({ fontFamily: REPORT_FONT_FAMILY, fontWeight: Number(weight) }) as
      { data?: LoadedFont | null } | undefined
    const glyphs = source?.data?._glyphs
    if (!glyphs) continue
    for (const id of Object.keys(glyphs)) {
      const glyph = glyphs[Number(id)]
      if (glyph && (glyph.codePoints?.length ?? 0) === 0) delete glyphs[Number(id)]
    }
  }
}
