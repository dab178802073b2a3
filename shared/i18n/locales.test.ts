import { describe, expect, it } from 'vitest'
import { resources, type TranslationTree } from './resources'

/** The translated languages; English is the reference every one is compared with. */
const LANGUAGES = ['fi', 'pl', 'bg'] as const
const NAMESPACES = Object.keys(resources.en) as (keyof typeof resources.en)[]

/** i18next's plural suffixes (CLDR categories). */
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/
const PLACEHOLDER = /\{\{\s*([^}\s]+)\s*\}\}/g

/**
 * Values that may stay identical to English although longer than 12 characters: they consist of
 * brand or product names only. Keep this list short and explicit.
 */
const SAME_AS_ENGLISH_ALLOWED = new Set(['Microsoft Ads', 'Google Ads'])
const SAME_AS_ENGLISH_MAX = 12

/** Every leaf of a translation tree as `a.b.c` → value. */
function leaves(tree: TranslationTree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') out.set(path, value)
    else for (const [p, v] of leaves(value, path)) out.set(p, v)
  }
  return out
}

/** A key path with its plural suffix removed, and the suffix's category (if any). */
function splitPlural(path: string): { base: string; category: string | null } {
  const match = PLURAL_SUFFIX.exec(path)
  return match
    ? { base: path.slice(0, match.index), category: match[1] ?? null }
    : { base: path, category: null }
}

function placeholders(value: string): Set<string> {
  return new Set([...value.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))
}

/** The CLDR plural categories a language needs for cardinal numbers (integers and decimals). */
function pluralCategories(language: string): string[] {
  return new Intl.PluralRules(language).resolvedOptions().pluralCategories
}

const sorted = (values: Iterable<string>) => [...values].sort()

describe.each(LANGUAGES)('%s translations', (language) => {
  describe.each(NAMESPACES)('namespace %s', (namespace) => {
    const english = leaves(resources.en[namespace])
    const translated = leaves(resources[language][namespace])
    const englishPlurals = new Set(
      [...english.keys()].filter((k) => splitPlural(k).category).map((k) => splitPlural(k).base),
    )

    it('has exactly the key tree of English (plural variants compared by their base)', () => {
      const bases = (keys: Iterable<string>) => new Set([...keys].map((k) => splitPlural(k).base))
      const expected = bases(english.keys())
      const actual = bases(translated.keys())
      expect({
        missing: sorted([...expected].filter((k) => !actual.has(k))),
        extra: sorted([...actual].filter((k) => !expected.has(k))),
      }).toEqual({ missing: [], extra: [] })
    })

    it('has every plural form the language needs, and no others', () => {
      const needed = pluralCategories(language)
      expect(needed).toContain('one')
      expect(needed).toContain('other')
      for (const base of englishPlurals) {
        for (const category of needed) {
          expect(translated.has(`${base}_${category}`), `${base}_${category}`).toBe(true)
        }
        expect(translated.has(base), `${base} must only exist as plural variants`).toBe(false)
      }
      for (const key of translated.keys()) {
        const { base, category } = splitPlural(key)
        if (!category) continue
        expect(
          englishPlurals.has(base),
          `${key} is a plural variant of a key English does not pluralise`,
        ).toBe(true)
        expect(needed, `${key}: ${language} has no "${category}" plural category`).toContain(category)
      }
    })

    it('has no empty value', () => {
      const empty = [...translated].filter(([, value]) => value.trim() === '').map(([key]) => key)
      expect(empty).toEqual([])
    })

    it('keeps every interpolation placeholder of English', () => {
      const missing: string[] = []
      for (const [key, value] of translated) {
        const { base, category } = splitPlural(key)
        const source =
          english.get(key) ??
          (category ? (english.get(`${base}_other`) ?? english.get(`${base}_one`)) : undefined)
        if (source === undefined) continue
        const present = placeholders(value)
        for (const name of placeholders(source)) if (!present.has(name)) missing.push(`${key}: {{${name}}}`)
      }
      expect(missing).toEqual([])
    })

    it('translates every longer string (brand names aside)', () => {
      const untranslated = [...translated]
        .filter(
          ([key, value]) =>
            value === english.get(key) &&
            value.length > SAME_AS_ENGLISH_MAX &&
            !SAME_AS_ENGLISH_ALLOWED.has(value),
        )
        .map(([key, value]) => `${key}: ${value}`)
      expect(untranslated).toEqual([])
    })
  })
})
