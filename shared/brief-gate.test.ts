import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  BRIEF_REQUIRED_FIELDS,
  GATED_STAGES,
  briefReadiness,
  canApproveBrief,
  canEnterStage,
  unansweredQuestions,
} from './brief-gate'
import type { Brief, BriefInput, OpenQuestion } from './schemas/brief'
import { briefInputSchema } from './schemas/brief'
import { LEAN_STAGES } from './schemas/enums'

const CLIENT = '11111111-1111-4111-8111-111111111111'
const CAMPAIGN = '22222222-2222-4222-8222-222222222222'

function question(text: string, answer: string | null): OpenQuestion {
  return {
    id: crypto.randomUUID(),
    question: text,
    answer,
    answeredAt: answer === null ? null : '2026-03-02T10:00:00+02:00',
  }
}

/** A clear, approved brief; tests take away one thing at a time. */
function clearBrief(overrides: Partial<BriefInput> = {}): BriefInput {
  return {
    clientId: CLIENT,
    campaignId: CAMPAIGN,
    goal: 'Sell out the spring collection',
    businessLogic: 'Spring is 30 % of the yearly revenue',
    audience: 'Women 25–45 in Helsinki',
    kpis: [{ id: crypto.randomUUID(), name: 'ROAS', target: 4, unit: 'x' }],
    budget: { amountMinor: 500_000, currency: 'EUR' },
    deadline: '2026-04-30',
    deliverables: ['6 Meta ads', '2 landing pages'],
    channels: ['meta', 'google-ads'],
    materials: [],
    openQuestions: [question('Which stores stock the line?', 'All twelve')],
    status: 'approved',
    approvedAt: '2026-03-02T10:00:00+02:00',
    ...overrides,
  }
}

describe('the fixture', () => {
  it('is a valid brief input, so the gate is tested on data the app can store', () => {
    expect(briefInputSchema.safeParse(clearBrief()).success).toBe(true)
  })
})

describe('canEnterStage: no brief, no project', () => {
  it('gates production and every later stage, and nothing before it', () => {
    expect(GATED_STAGES).toEqual(['in-production', 'live', 'testing', 'learned'])
    expect(LEAN_STAGES.filter((stage) => !(GATED_STAGES as readonly string[]).includes(stage))).toEqual([
      'idea',
      'planned',
    ])
  })

  it.each(GATED_STAGES)('refuses %s without a brief', (stage) => {
    expect(canEnterStage(stage, null)).toEqual({ ok: false, reason: 'no-brief' })
    expect(canEnterStage(stage, undefined)).toEqual({ ok: false, reason: 'no-brief' })
  })

  it('treats a soft-deleted brief as no brief', () => {
    const deleted: Brief = {
      ...clearBrief(),
      id: crypto.randomUUID(),
      createdAt: '2026-03-01T10:00:00Z',
      updatedAt: '2026-03-03T10:00:00Z',
      deletedAt: '2026-03-03T10:00:00Z',
    }
    expect(canEnterStage('live', deleted)).toEqual({ ok: false, reason: 'no-brief' })
    expect(canEnterStage('live', { ...deleted, deletedAt: null })).toEqual({ ok: true })
  })

  it.each(['draft', 'clarifying'] as const)('refuses production while the brief is %s', (status) => {
    expect(canEnterStage('in-production', clearBrief({ status, approvedAt: null }))).toEqual({
      ok: false,
      reason: 'brief-not-approved',
    })
  })

  it('lists the open questions of an unapproved brief too, so the PM knows what to ask', () => {
    const brief = clearBrief({ status: 'clarifying', openQuestions: [question('Launch date?', null)] })
    expect(canEnterStage('in-production', brief)).toEqual({
      ok: false,
      reason: 'brief-not-approved',
      openQuestions: ['Launch date?'],
    })
  })

  it('refuses an approved brief that still has a null or blank answer, naming the questions', () => {
    const brief = clearBrief({
      openQuestions: [
        question('Which stores?', 'All twelve'),
        question('Launch date?', null),
        question('Who signs off the creatives?', '   '),
      ],
    })
    expect(canEnterStage('live', brief)).toEqual({
      ok: false,
      reason: 'open-questions',
      openQuestions: ['Launch date?', 'Who signs off the creatives?'],
    })
  })

  it.each(GATED_STAGES)('lets a campaign with an approved, answered brief into %s', (stage) => {
    expect(canEnterStage(stage, clearBrief())).toEqual({ ok: true })
    expect(canEnterStage(stage, clearBrief({ openQuestions: [] }))).toEqual({ ok: true })
  })

  it('always allows idea and planned, so moving a campaign back is never blocked', () => {
    for (const stage of ['idea', 'planned'] as const) {
      expect(canEnterStage(stage, null)).toEqual({ ok: true })
      expect(
        canEnterStage(stage, clearBrief({ status: 'draft', openQuestions: [question('?', null)] })),
      ).toEqual({ ok: true })
    }
  })

  it('never lets any stage past planned through unless the brief is approved with every question answered', () => {
    const arbitraryBrief = fc.record({
      status: fc.constantFrom('draft', 'clarifying', 'approved'),
      answers: fc.array(fc.option(fc.constantFrom('', ' ', 'yes', 'All twelve'), { nil: null }), {
        maxLength: 4,
      }),
    })
    fc.assert(
      fc.property(fc.constantFrom(...LEAN_STAGES), arbitraryBrief, (stage, { status, answers }) => {
        const brief = clearBrief({ status, openQuestions: answers.map((a, i) => question(`Q${i}`, a)) })
        const answered = answers.every((a) => a !== null && a.trim() !== '')
        const expected = stage === 'idea' || stage === 'planned' || (status === 'approved' && answered)
        expect(canEnterStage(stage, brief).ok).toBe(expected)
      }),
    )
  })
})

describe('briefReadiness', () => {
  it('finds nothing missing in a complete brief and calls it clear', () => {
    expect(briefReadiness(clearBrief())).toEqual({ missing: [], openQuestions: 0, clear: true })
  })

  it('names every missing part of an empty draft, in a stable order', () => {
    const empty = clearBrief({
      goal: '',
      businessLogic: ' ',
      audience: '\n',
      kpis: [],
      budget: null,
      deadline: null,
      deliverables: [],
      channels: [],
      openQuestions: [],
      status: 'draft',
      approvedAt: null,
    })
    expect(briefReadiness(empty)).toEqual({
      missing: [...BRIEF_REQUIRED_FIELDS],
      openQuestions: 0,
      clear: false,
    })
  })

  it('counts a KPI without a target as missing KPIs', () => {
    const brief = clearBrief({
      kpis: [
        { id: crypto.randomUUID(), name: 'ROAS', target: 4, unit: 'x' },
        { id: crypto.randomUUID(), name: 'Leads', target: null, unit: '' },
      ],
    })
    expect(briefReadiness(brief).missing).toEqual(['kpis'])
  })

  it('counts only blank deliverables as no deliverables', () => {
    expect(briefReadiness(clearBrief({ deliverables: ['', '  '] })).missing).toEqual(['deliverables'])
    expect(briefReadiness(clearBrief({ deliverables: ['', 'One video'] })).missing).toEqual([])
  })

  it('accepts a zero budget and no materials as stated', () => {
    const brief = clearBrief({ budget: { amountMinor: 0, currency: 'EUR' }, materials: [] })
    expect(briefReadiness(brief).missing).toEqual([])
  })

  it('counts null and blank answers as open, and a brief with an open question as not clear', () => {
    const brief = clearBrief({
      openQuestions: [question('A?', null), question('B?', ''), question('C?', 'Yes')],
    })
    expect(briefReadiness(brief)).toEqual({ missing: [], openQuestions: 2, clear: false })
    expect(unansweredQuestions(brief)).toEqual(['A?', 'B?'])
  })
})

describe('canApproveBrief', () => {
  it('approves a clear brief', () => {
    expect(canApproveBrief(clearBrief({ status: 'clarifying', approvedAt: null }))).toEqual({ ok: true })
  })

  it('refuses approval while something is missing, listing it', () => {
    expect(canApproveBrief(clearBrief({ status: 'clarifying', audience: '', deadline: null }))).toEqual({
      ok: false,
      missing: ['audience', 'deadline'],
      openQuestions: [],
    })
  })

  it('refuses approval while a question is open, listing the question', () => {
    const brief = clearBrief({ status: 'clarifying', openQuestions: [question('Launch date?', null)] })
    expect(canApproveBrief(brief)).toEqual({ ok: false, missing: [], openQuestions: ['Launch date?'] })
  })

  it('approves exactly the briefs readiness calls clear', () => {
    fc.assert(
      fc.property(
        fc.record({
          goal: fc.constantFrom('', ' ', 'Grow'),
          kpiTarget: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
          deadline: fc.constantFrom(null, '2026-05-01'),
          hasChannel: fc.boolean(),
          answer: fc.option(fc.constantFrom('', 'Yes'), { nil: null }),
        }),
        ({ goal, kpiTarget, deadline, hasChannel, answer }) => {
          const brief = clearBrief({
            goal,
            kpis: [{ id: CAMPAIGN, name: 'CTR', target: kpiTarget, unit: '%' }],
            deadline,
            channels: hasChannel ? ['seo'] : [],
            openQuestions: [question('Q?', answer)],
          })
          expect(canApproveBrief(brief).ok).toBe(briefReadiness(brief).clear)
        },
      ),
    )
  })
})
