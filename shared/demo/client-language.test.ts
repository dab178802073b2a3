import { describe, expect, it } from 'vitest'
import {
  buildAnnualReportInput,
  buildMonthlyReportInput,
  buildWeeklyReportInput,
  latestWeeklyWithSummary,
} from '../reports'
import { demoReportSources } from '../reports/demo-sources'
import { LANGUAGES, type Client, type Language } from '../schemas'
import { CHANGES_LINES } from './client-copy'
import { generateDemoAgency } from './index'
import { PRODUCTION_CHAIN, RECURRING_TASKS, SPECIAL_TASKS } from './internal-copy'
import { TESTS } from './lean-loop-copy'
import type { Localized } from './locale-text'

const TODAY = '2026-11-23'
const OPTIONS = { today: TODAY, now: `${TODAY}T08:00:00.000Z` }
const agency = generateDemoAgency({ seed: 42, today: TODAY })
const foreign = agency.clients.filter((c) => c.language !== 'en')

const TASK_TITLES: Localized[] = [
  ...PRODUCTION_CHAIN,
  ...Object.values(RECURRING_TASKS),
  ...Object.values(SPECIAL_TASKS),
].map((copy) => copy.title)
const TEST_TEXTS: Localized[] = TESTS.flatMap((t) => [
  t.hypothesis,
  t.metric,
  t.running,
  t.result,
  t.learning,
])
const COPY: Localized[] = [...TASK_TITLES, ...TEST_TEXTS, ...CHANGES_LINES]

/** A template as a pattern: placeholders match any text (names of clients, campaigns, months). */
function pattern(template: string): RegExp {
  const literal = template.split(/\{\w+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  return new RegExp(`^${literal.join('.+')}$`, 'su')
}

/** The copy entries whose template in `language` produced `text`. */
function sources(text: string, language: Language): Localized[] {
  return COPY.filter((copy) => pattern(copy[language]).test(text))
}

/**
 * Whether `text` is the English copy where the client's language words it differently (CTR and
 * ROAS are the same in every language, so they do not count) and no template of the client's
 * language produced it (`Newsletter: {month}` in Polish looks like English `Newsletter {month}`).
 */
function isEnglishLeftIn(text: string, language: Language): boolean {
  return (
    COPY.some((copy) => copy.en !== copy[language] && pattern(copy.en).test(text)) &&
    sources(text, language).length === 0
  )
}

/** The client-facing texts of a client's lean loop, tasks and weekly change lines, as stored. */
function storedTexts(client: Client): string[] {
  const own = <T extends { clientId: string }>(records: readonly T[]) =>
    records.filter((r) => r.clientId === client.id)
  return [
    ...own(agency.experiments).flatMap((e) => [e.hypothesis, e.metric, e.result, e.learning]),
    ...own(agency.tasks).map((t) => t.title),
    ...agency.meetings.flatMap((m) => own(m.weeklyCards).map((card) => card.changesLine)),
  ].filter((text) => text !== '')
}

/** What the client's PDF reports print of the same records: the lean loop, the plan's tasks, the weekly. */
function reportTexts(client: Client): string[] {
  const sources = demoReportSources(agency, client.id)
  const annual = buildAnnualReportInput(sources, '2026', OPTIONS)
  const loop = [...annual.leanLoop.learned, ...annual.leanLoop.running, ...annual.leanLoop.next]
  const weekly = latestWeeklyWithSummary(sources)
  return [
    ...loop.flatMap((e) => [e.hypothesis, e.metric, e.result, e.learning]),
    ...buildMonthlyReportInput(sources, '2026-10', OPTIONS).plan.tasks.map((t) => t.title),
    ...buildMonthlyReportInput(sources, '2026-11', OPTIONS).plan.tasks.map((t) => t.title),
    ...(weekly ? [buildWeeklyReportInput(sources, weekly.id, OPTIONS).summary] : []),
  ].filter((text) => text !== '')
}

describe('client-facing demo texts in the client language', () => {
  it('has the demo copy in all four languages with the same placeholders', () => {
    for (const copy of COPY) {
      const placeholders = (text: string) => [...text.matchAll(/\{\w+\}/g)].map((m) => m[0]).sort()
      for (const language of LANGUAGES) {
        expect(copy[language].trim(), copy.en).not.toBe('')
        expect(placeholders(copy[language]), `${language}: ${copy[language]}`).toEqual(placeholders(copy.en))
      }
    }
  })

  it('writes the lean loop, task titles and change lines of every non-English client in its language', () => {
    expect(new Set(foreign.map((c) => c.language))).toEqual(new Set(['fi', 'pl', 'bg']))
    for (const client of foreign) {
      const texts = storedTexts(client)
      expect(texts.length, client.name).toBeGreaterThan(5)
      for (const text of texts) {
        expect(isEnglishLeftIn(text, client.language), `${client.language} ${client.name}: ${text}`).toBe(
          false,
        )
        expect(sources(text, client.language).length, `${client.language}: ${text}`).toBeGreaterThan(0)
      }
    }
  })

  it('gives the Finnish, Polish and Bulgarian clients their own letters in test and task texts', () => {
    const letters: Partial<Record<Language, RegExp>> = { fi: /[äö]/i, pl: /[ąćęłńóśźż]/i, bg: /[а-я]/i }
    for (const client of foreign) {
      const own = agency.experiments.filter((e) => e.clientId === client.id)
      const tasks = agency.tasks.filter((t) => t.clientId === client.id)
      const text = [...own.map((e) => `${e.hypothesis} ${e.learning}`), ...tasks.map((t) => t.title)].join(
        ' ',
      )
      expect(text, client.name).toMatch(letters[client.language] ?? /./)
      // Bulgarian is written in Cyrillic throughout: every hypothesis and task title has it.
      if (client.language === 'bg')
        for (const line of [...own.map((e) => e.hypothesis), ...tasks.map((t) => t.title)])
          expect(line).toMatch(/[а-я]/i)
    }
  })

  it('prints no English demo copy in the PDF reports of non-English clients', () => {
    let checked = 0
    for (const client of foreign) {
      for (const text of reportTexts(client)) {
        checked += 1
        expect(isEnglishLeftIn(text, client.language), `${client.language} ${client.name}: ${text}`).toBe(
          false,
        )
      }
    }
    expect(checked).toBeGreaterThan(20)
  })

  it('keeps the English clients English', () => {
    const english = agency.clients.filter((c) => c.language === 'en')
    expect(english.length).toBeGreaterThan(0)
    for (const client of english)
      for (const text of storedTexts(client)) expect(sources(text, 'en').length, text).toBeGreaterThan(0)
  })
})
