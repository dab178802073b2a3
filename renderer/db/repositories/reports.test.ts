import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { generateDemoAgency } from '@shared/demo'
import { buildMonthlyReportInput, reportInputSchema } from '@shared/reports'
import { demoReportSources } from '@shared/reports/demo-sources'
import { reportFileStatus } from '@shared/schemas'
import { db } from '../db'
import { setClock } from '../clock'
import { loadDemoAgency } from '../demo'
import { ValidationError } from '../errors'
import { clientInput, resetDatabase } from '../test-helpers'
import { clientsRepository } from './clients'
import { reportsRepository } from './reports'
import { reportSourcesRepository } from './report-sources'

const CLIENT = '0b8f5a52-5a3e-4f4e-9d3e-1f7a2b6c9d01'
const FILE_A = '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b'
const FILE_B = '1e2d3c4b-5a69-4788-97a6-b5c4d3e2f1a0'

const october = {
  clientId: CLIENT,
  kind: 'monthly' as const,
  period: '2026-10',
  periodStart: '2026-10-01',
  periodEnd: '2026-10-31',
  fileName: '2026-10 Monthly report.pdf',
  path: '/home/pm/Documents/Cadence Reports/Pohjola Oy/2026-10 Monthly report.pdf',
  bytes: 120_000,
  draft: true,
  verifiedAt: null,
  exportedAt: '2026-11-03T09:00:00.000Z',
}

let restoreClock: () => void
beforeEach(async () => {
  await resetDatabase()
  let tick = 0
  restoreClock = setClock(() => new Date(Date.UTC(2026, 10, 3, 9, 0, tick++)))
})
afterEach(() => restoreClock())

describe('exported reports', () => {
  it('records a file under main’s id, lists newest first and per client', async () => {
    await reportsRepository.record(FILE_A, october)
    await reportsRepository.record(FILE_B, {
      ...october,
      fileName: '2026-10 Monthly report (2).pdf',
      draft: false,
      verifiedAt: '2026-11-04T08:00:00.000Z',
      exportedAt: '2026-11-04T09:00:00.000Z',
    })
    await reportsRepository.record('2a3b4c5d-6e7f-4081-9a2b-3c4d5e6f7a8b', {
      ...october,
      clientId: '7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f',
    })
    expect((await reportsRepository.forClient(CLIENT)).map((r) => r.id)).toEqual([FILE_B, FILE_A])
    expect(await reportsRepository.list()).toHaveLength(3)
    expect((await reportsRepository.list())[0]?.id).toBe(FILE_B)
  })

  it('derives the status: draft or verified as exported, sent once marked, and back', async () => {
    const draft = await reportsRepository.record(FILE_A, october)
    expect(reportFileStatus(draft)).toBe('draft')
    const sent = await reportsRepository.setSent(FILE_A, true)
    expect(sent.sentAt).not.toBeNull()
    expect(reportFileStatus(sent)).toBe('sent')
    expect(reportFileStatus(await reportsRepository.setSent(FILE_A, false))).toBe('draft')
    const verified = await reportsRepository.record(FILE_B, { ...october, draft: false })
    expect(reportFileStatus(verified)).toBe('verified')
  })

  it('refuses a record that is not valid, writing nothing', async () => {
    await expect(reportsRepository.record('not-an-id', october)).rejects.toThrow(ValidationError)
    await expect(reportsRepository.record(FILE_A, { ...october, period: '' })).rejects.toThrow(
      ValidationError,
    )
    expect(await db.reports.count()).toBe(0)
  })
})

describe('report sources', () => {
  it('reads a client’s records and the agency branding, from which a valid report input is built', async () => {
    const agency = generateDemoAgency({ seed: 7, today: '2026-11-23', clients: 3, years: 1 })
    await loadDemoAgency(agency)
    const client = agency.clients[0]
    if (!client) throw new Error('no demo client')
    const sources = await reportSourcesRepository.forClient(client.id)
    if (!sources) throw new Error('no sources')
    const expected = demoReportSources(agency, client.id)
    expect(sources.rows).toHaveLength(expected.rows.length)
    expect(sources.meetings.map((m) => m.id).sort()).toEqual(expected.meetings.map((m) => m.id).sort())
    expect(sources.settings.agencyName).toBe(agency.settings.agencyName)
    const input = buildMonthlyReportInput(sources, '2026-10', {
      today: '2026-11-23',
      now: '2026-11-23T09:00:00.000Z',
    })
    expect(reportInputSchema.safeParse(input).success).toBe(true)
    expect(input.client.name).toBe(client.name)
  })

  it('offers every client not archived for a batch, by name, and nothing for a missing client', async () => {
    await clientsRepository.create(clientInput({ name: 'Öljy Oy' }))
    await clientsRepository.create(
      clientInput({ name: 'Archived Oy', archivedAt: '2026-01-01T00:00:00.000Z' }),
    )
    await clientsRepository.create(clientInput({ name: 'Aalto Oy', activityLevel: 'light' }))
    expect((await reportSourcesRepository.exportableClients()).map((c) => c.name)).toEqual([
      'Aalto Oy',
      'Öljy Oy',
    ])
    expect(await reportSourcesRepository.forClient(CLIENT)).toBeNull()
  })
})
