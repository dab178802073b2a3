/**
 * Edge cases of the quarterly and annual reports, on small hand-made clients: a client in its
 * first year with no data before it (no YoY and no baseline shown — never "0 %"), a proposal of
 * many items (the timeline continues over pages with its month header), a huge creative image
 * (contained in its box), a review meeting's proposals and answers, and the letters of every
 * client language in a proposal, extracted back identical.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { monthRange } from '@shared/results/months'
import {
  buildAnnualReportInput,
  buildQuarterlyReportInput,
  type AnnualReportInput,
  type QuarterlyReportInput,
} from '@shared/reports'
import type { Client, Commentary, Experiment, Meeting } from '@shared/schemas'
import { renderReportPdf } from '../../../electron/reports/render'
import { ROWS_PER_PART } from '../../../electron/reports/annual/ProposalTimeline'
import { reviewT } from '../../../electron/reports/review/context'
import { client, commentary, id, OPTIONS, pngDataUrl, row, sources } from './fixtures'
import { cleanUpPdfs, flat, writePdf, type WrittenPdf } from './pdf-tools'

type Rendered<I> = { input: I; pdf: WrittenPdf; text: string }

const STAMP = '2026-01-01T00:00:00.000Z'

/** Months of steady results from `first` to `last`. */
function rowsOf(owner: Client, first: string, last: string) {
  return monthRange(first, last).map((month, i) =>
    row(owner, month, {
      spendMinor: 100_000 + i * 5_000,
      impressions: 40_000 + i * 1_000,
      clicks: 1_200 + i * 50,
      conversions: 60 + i,
    }),
  )
}

function yearCommentary(owner: Client, year: string, proposal: Commentary['proposal']): Commentary {
  return commentary(owner, year, { periodKind: 'year', summary: 'A good first year.', proposal })
}

function learnedTest(owner: Client, learning: string): Experiment {
  return {
    id: id(),
    createdAt: STAMP,
    updatedAt: STAMP,
    deletedAt: null,
    clientId: owner.id,
    campaignId: null,
    hypothesis: 'Video beats stills',
    metric: 'CTR',
    startDate: '2026-04-02',
    endDate: '2026-05-10',
    result: 'CTR +21 %',
    learning,
    stage: 'learned',
    stageHistory: [
      { stage: 'testing', at: '2026-04-02T08:00:00.000Z' },
      { stage: 'learned', at: '2026-05-12T08:00:00.000Z' },
    ],
  }
}

function reviewMeeting(owner: Client, startsAt: string, review: NonNullable<Meeting['review']>): Meeting {
  return {
    id: id(),
    createdAt: STAMP,
    updatedAt: STAMP,
    deletedAt: null,
    kind: 'quarterly-review',
    title: 'Quarterly review',
    startsAt,
    clientIds: [owner.id],
    attendeeIds: [],
    agenda: [],
    notes: '',
    decisions: ['Budget for the contest approved'],
    recordingUrl: '',
    weeklyCards: [],
    parkedTopics: [],
    showAndTell: '',
    touchpointId: null,
    finishedAt: startsAt,
    review,
  }
}

/** Every letter of Polish, Finnish and Bulgarian beyond ASCII, both cases. */
const LETTERS = 'ąćęłńóśźż ĄĆĘŁŃÓŚŹŻ äöå ÄÖÅ абвгдежзийклмнопрстуфхцчшщъьюя АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЬЮЯ'
const HUGE = { width: 6000, height: 4000 }
const MANY = 40

const firstYear = client({ name: 'Firstyear Foods Oy', cooperationStart: '2026-01-01' })
const firstSources = sources(firstYear, {
  rows: rowsOf(firstYear, '2026-01', '2026-10'),
  experiments: [learnedTest(firstYear, 'Short videos win for this audience')],
  meetings: [
    reviewMeeting(firstYear, '2026-07-02T10:00:00.000Z', {
      nextYearPlans: 'A second shop in Tampere',
      strategyDraftReceived: false,
      clientAnswers: 'Happy with the lead quality',
      proposals: [
        { id: id(), text: 'A summer contest for followers', accepted: true },
        { id: id(), text: 'A training for the sales team', accepted: false },
      ],
    }),
  ],
  commentaries: [
    yearCommentary(firstYear, '2026', {
      items: [
        {
          id: id(),
          title: LETTERS,
          description: 'Every letter of our clients’ languages.',
          startMonth: '2027-01',
          endMonth: '2027-03',
        },
      ],
      creativeImages: [pngDataUrl(HUGE.width, HUGE.height)],
    }),
  ],
})

const planner = client({ name: 'Planner Group Ltd', cooperationStart: '2025-01-01' })
const plannerSources = sources(planner, {
  rows: rowsOf(planner, '2024-01', '2025-12'),
  commentaries: [
    yearCommentary(planner, '2025', {
      items: Array.from({ length: MANY }, (_, i) => ({
        id: id(),
        title: `Step ${String(i + 1).padStart(2, '0')} of the plan`,
        description:
          i % 3 === 0 ? 'A longer description that explains what the action is and why it matters.' : '',
        startMonth: `2026-${String((i % 12) + 1).padStart(2, '0')}`,
        endMonth: `2026-${String(Math.min(12, (i % 12) + 1 + (i % 4))).padStart(2, '0')}`,
      })),
      creativeImages: [],
    }),
  ],
})

let quarter: Rendered<QuarterlyReportInput>
let year: Rendered<AnnualReportInput>
let many: Rendered<AnnualReportInput>

beforeAll(async () => {
  const q = buildQuarterlyReportInput(firstSources, 'coop-Y1-Q2', OPTIONS)
  const qPdf = writePdf(await renderReportPdf(q), 'first-quarter')
  quarter = { input: q, pdf: qPdf, text: flat(qPdf.text()) }
  const a = buildAnnualReportInput(firstSources, 'coop-Y1', OPTIONS)
  const aPdf = writePdf(await renderReportPdf(a), 'first-year')
  year = { input: a, pdf: aPdf, text: flat(aPdf.text()) }
  const m = buildAnnualReportInput(plannerSources, 'coop-Y1', OPTIONS)
  const mPdf = writePdf(await renderReportPdf(m), 'many-items')
  many = { input: m, pdf: mPdf, text: flat(mPdf.text()) }
}, 300_000)

afterAll(cleanUpPdfs)

/** A percentage followed by a label, as the tiles and tables print a change. */
const changeWith = (label: string) => new RegExp(`[+\\-−]?\\d+(?:[.,]\\d+)?\\s?%\\s${label}`)

describe('a client in its first year, with no data from before it', () => {
  it('shows the quarter’s change vs the previous quarter but no YoY at all, never 0 %', () => {
    const r = reviewT('en')
    expect(quarter.input.model.kpis.every((f) => f.lastYear.value === null)).toBe(true)
    expect(quarter.text).toMatch(changeWith(r('compare.qoq')))
    expect(quarter.text).not.toMatch(changeWith(r('compare.yoy')))
    expect(quarter.text).not.toMatch(/(?<![\d.,])[+\-−]?0\s?%/)
  })

  it('shows its year with no previous year, no baseline and no records, and says why', () => {
    const r = reviewT('en')
    expect(year.input.model.kpis.every((f) => f.previous.value === null)).toBe(true)
    expect(year.text).toContain(r('annual.noBaseline'))
    expect(year.text).toContain(r('annual.noImprovements'))
    expect(year.text).not.toMatch(changeWith(r('compare.yoy')))
    expect(year.text).not.toMatch(changeWith(r('compare.vsBaseline')))
    expect(year.text).not.toContain(r('annual.record'))
    expect(year.text).toContain(r('annual.partialPeriod', { months: '10' }))
  })

  it('gives the second cooperation quarter its aim, what was learned, and the review’s proposals and answers', () => {
    const r = reviewT('en')
    const { text } = quarter
    expect(text).toContain(r('aim.names.q2-non-standard-actions'))
    expect(text).toContain('Short videos win for this audience')
    expect(text).toContain('Budget for the contest approved')
    expect(text).toContain('Happy with the lead quality')
    expect(text).toContain('A second shop in Tampere')
    expect(text).toContain('A summer contest for followers')
    expect(text).toContain('A training for the sales team')
    expect(text).toContain(r('proposals.accepted'))
    expect(text).toContain(r('proposals.open'))
  })

  it('extracts every Polish, Finnish and Bulgarian letter of the proposal back identical', () => {
    expect(year.text).toContain(LETTERS)
  })

  it('contains a huge creative image in its box, at its full resolution', () => {
    const images = year.pdf.images().filter((image) => image.type === 'image' && image.width === HUGE.width)
    expect(images).toHaveLength(1)
    const [image] = images
    // The box is about 239 × 158 points: drawn no larger, the image's resolution is at least this.
    expect(image?.xppi).toBeGreaterThanOrEqual(Math.floor(HUGE.width / (239 / 72)))
    expect(image?.yppi).toBeGreaterThanOrEqual(Math.floor(HUGE.height / (158 / 72)))
    expect(year.pdf.pages()).toBeLessThanOrEqual(6)
  })
})

describe('a proposal of many items', () => {
  it('lists every item on the timeline and below it', () => {
    for (const item of many.input.proposal?.items ?? []) {
      const occurrences = many.text.split(item.title).length - 1
      expect(occurrences, item.title).toBe(2)
    }
    expect(many.input.proposal?.items).toHaveLength(MANY)
  })

  it('continues the timeline in parts, each with the month header', () => {
    const r = reviewT('en')
    const parts = Math.ceil(MANY / ROWS_PER_PART)
    expect(many.text.split(r('annual.item')).length - 1).toBe(parts)
    expect(many.pdf.pages()).toBeGreaterThan(5)
  })
})
