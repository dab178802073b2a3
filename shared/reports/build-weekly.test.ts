import { describe, expect, it } from 'vitest'
import { generateDemoAgency } from '../demo'
import type { Meeting } from '../schemas'
import { buildWeeklyReportInput, latestWeeklyWithSummary, NoWeeklySummaryError } from './build-weekly'
import { demoReportSources } from './demo-sources'
import { reportInputSchema } from './report-input'

const OPTIONS = { today: '2026-11-23', now: '2026-11-23T08:00:00.000Z' }
const agency = generateDemoAgency({ seed: 42, today: '2026-11-23', clients: 6, years: 1 })
const active = agency.clients.filter((c) => c.activityLevel === 'active')
const light = agency.clients.find((c) => c.activityLevel === 'light')

describe('buildWeeklyReportInput', () => {
  it("prints the client summary distilled at the client's latest weekly, as written", () => {
    const client = active[0]
    if (!client) throw new Error('no active demo client')
    const sources = demoReportSources(agency, client.id)
    const meeting = latestWeeklyWithSummary(sources)
    if (!meeting) throw new Error('no weekly with a summary')
    const input = buildWeeklyReportInput(sources, meeting.id, OPTIONS)
    expect(reportInputSchema.parse(input)).toEqual(input)
    const card = meeting.weeklyCards.find((c) => c.clientId === client.id)
    expect(input.summary).toBe(card?.clientSummary.trim())
    expect(input.language).toBe(client.language)
    expect(input.draft).toBe(false)
    expect(input.period.key).toMatch(/^\d{4}-W\d{2}$/)
    expect(input.period.start <= input.heldOn && input.heldOn <= input.period.end).toBe(true)
    for (const point of input.upcoming) expect(point.date > input.heldOn).toBe(true)
    if (input.budget) expect(input.budget.month).toBe(input.heldOn.slice(0, 7))
  })

  it('gives a light client the one-line changes the team wrote', () => {
    if (!light) return
    const sources = demoReportSources(agency, light.id)
    const meeting = latestWeeklyWithSummary(sources)
    if (!meeting) return
    const card = meeting.weeklyCards.find((c) => c.clientId === light.id)
    expect(buildWeeklyReportInput(sources, meeting.id, OPTIONS).summary).toBe(card?.changesLine.trim())
  })

  it('refuses a weekly without a summary for the client, saying to distil it first', () => {
    const client = active[0]
    if (!client) throw new Error('no active demo client')
    const sources = demoReportSources(agency, client.id)
    const meeting = latestWeeklyWithSummary(sources) as Meeting
    const blank: Meeting = {
      ...meeting,
      weeklyCards: meeting.weeklyCards.map((c) => ({ ...c, clientSummary: '', changesLine: '' })),
    }
    expect(() => buildWeeklyReportInput({ ...sources, meetings: [blank] }, blank.id, OPTIONS)).toThrow(
      NoWeeklySummaryError,
    )
    expect(() => buildWeeklyReportInput(sources, 'missing', OPTIONS)).toThrow(/distil it first/)
  })
})
