import { describe, expect, it } from 'vitest'
import { generateDemoAgency } from '../demo'
import {
  annualModelSchema,
  buildAnnualModel,
  buildMonthlyModel,
  buildQuarterlyModel,
  monthlyModelSchema,
  quarterlyModelSchema,
  type ModelInput,
} from './models'
import { addMonths, calendarQuarterKey, monthIndex, monthOfDate, monthRange } from './months'
import { verifyPeriod } from './verification'

const LAST_MONTH = '2026-10'
const agency = generateDemoAgency({ seed: 42, today: '2026-11-23' })

function inputOf(clientId: string): ModelInput {
  const client = agency.clients.find((c) => c.id === clientId)
  if (!client) throw new Error(clientId)
  return {
    client,
    rows: agency.metricMonths.filter((r) => r.clientId === clientId),
    targets: agency.targets.filter((t) => t.clientId === clientId),
    campaigns: agency.campaigns.filter((c) => c.clientId === clientId),
  }
}

function firstDataMonth(input: ModelInput): string {
  return input.rows.reduce((min, r) => (r.month < min ? r.month : min), LAST_MONTH)
}

describe('report models over the demo agency', () => {
  it.each(agency.clients.map((c) => [c.name, c.id]))(
    'builds every model of %s and each one validates',
    (_, id) => {
      const input = inputOf(id)
      const months = monthRange(firstDataMonth(input), LAST_MONTH)
      for (const month of months) {
        const model = buildMonthlyModel(input, month)
        expect(() => monthlyModelSchema.parse(model)).not.toThrow()
      }
      for (const key of new Set(months.map(calendarQuarterKey))) {
        expect(() => quarterlyModelSchema.parse(buildQuarterlyModel(input, key))).not.toThrow()
      }
      for (const year of new Set(months.map((m) => m.slice(0, 4)))) {
        expect(() => annualModelSchema.parse(buildAnnualModel(input, year))).not.toThrow()
      }
      const startMonth = monthOfDate(input.client.cooperationStart)
      const coopMonths = Math.max(0, monthIndex(LAST_MONTH) - monthIndex(startMonth) + 1)
      for (let quarter = 1; quarter <= Math.ceil(coopMonths / 3); quarter++) {
        const key = `coop-Y${String(Math.floor((quarter - 1) / 4) + 1)}-Q${String(((quarter - 1) % 4) + 1)}`
        expect(() => quarterlyModelSchema.parse(buildQuarterlyModel(input, key))).not.toThrow()
      }
      for (let year = 1; year <= Math.ceil(coopMonths / 12); year++) {
        expect(() => annualModelSchema.parse(buildAnnualModel(input, `coop-Y${String(year)}`))).not.toThrow()
      }
    },
  )

  it('reports the last month of an established client with comparisons, channels and a target', () => {
    const established = agency.clients.filter((c) => c.cooperationStart < `${addMonths(LAST_MONTH, -13)}-01`)
    expect(established.length).toBeGreaterThan(0)
    for (const client of established) {
      const model = buildMonthlyModel(inputOf(client.id), LAST_MONTH)
      const spend = model.kpis.find((f) => f.key === 'spend')
      expect(spend?.value).toBeGreaterThan(0)
      expect(spend?.lastYear.value).toBeGreaterThan(0)
      expect(model.channels.length).toBeGreaterThan(0)
      expect(model.kpis.some((f) => f.target !== null)).toBe(true)
    }
  })
})

describe('the data checker over the demo agency', () => {
  const monthsOf = (clientId: string): string[] => {
    const client = agency.clients.find((c) => c.id === clientId)
    return client ? monthRange(monthOfDate(client.cooperationStart), LAST_MONTH) : []
  }
  const findingsOf = (clientId: string, period: string) => {
    const input = inputOf(clientId)
    return verifyPeriod({
      client: input.client,
      rows: input.rows,
      budgets: agency.budgetMonths,
      commentaries: agency.commentaries,
      period,
    })
  }

  it('finds the demo’s unexplained fall of conversions in the last month', () => {
    const flagged = agency.clients.filter((c) =>
      findingsOf(c.id, LAST_MONTH).some(
        (f) => f.kind === 'unexplained-decrease' && f.metric === 'conversions',
      ),
    )
    expect(flagged.length).toBeGreaterThanOrEqual(1)
  })

  it('accepts every decrease of conversions the demo commentaries explain', () => {
    const explained = agency.commentaries.filter(
      (c) => c.periodKind === 'month' && c.decreases.some((d) => d.metric === 'conversions'),
    )
    expect(explained.length).toBeGreaterThan(0)
    for (const commentary of explained) {
      const findings = findingsOf(commentary.clientId, commentary.period)
      expect(findings.filter((f) => f.kind === 'unexplained-decrease' && f.metric === 'conversions')).toEqual(
        [],
      )
    }
  })

  it('checks every month of every client without throwing', () => {
    for (const client of agency.clients) {
      for (const month of monthsOf(client.id)) expect(() => findingsOf(client.id, month)).not.toThrow()
    }
  })
})
