/**
 * Keeps one worker's renders independent of each other. fontkit caches glyph objects per font,
 * and a glyph first met as a component of a composite glyph (Cyrillic Р is built from Latin P,
 * ó from o) is cached without its code points; every later document rendered by the same
 * process then embeds that glyph without its Unicode mapping and, in some viewers, without its
 * outline ("Pohjolan" read back as "hj l n" after a Bulgarian report). Emptying the cache after
 * each render costs a few milliseconds of re-parsed glyphs and keeps the font files loaded —
 * the expensive part — for the worker's life.
 */
import { Font } from '@react-pdf/renderer'

type CachingFont = { _glyphs?: Record<number, unknown> }

/** Empties the glyph cache of every loaded font; call between two renders. */
export function clearFontGlyphCaches(): number {
  let cleared = 0
  for (const family of Object.values(Font.getRegisteredFonts())) {
    for (const source of family.sources) {
      const font = source.data as CachingFont | null
      if (font && typeof font === 'object' && font._glyphs !== undefined) {
        font._glyphs = {}
        cleared += 1
      }
    }
  }
  return cleared
}
