/**
 * A stand-in exporter for tests of the IPC layer: every method answers with a valid response and
 * records its calls, so contract tests can check a channel reached it (or, refused, did not).
 */
import { vi } from 'vitest'
import type { ReportInput } from '@shared/reports/report-input'
import type { ReportExporter } from './report-exporter'

/** A valid exported-file answer. */
export const FAKE_EXPORTED = {
  id: '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b',
  path: '/home/pm/Documents/Cadence Reports/Pohjola Oy/2026-10 Monthly report.pdf',
  fileName: '2026-10 Monthly report.pdf',
  bytes: 1234,
}

const FOLDER = { folder: '/home/pm/Documents/Cadence Reports', isDefault: true }

/** An exporter whose every method is a vi.fn with a valid answer. */
export function fakeReportExporter(): ReportExporter<ReportInput> {
  return {
    reportsFolder: vi.fn(() => Promise.resolve(FOLDER)),
    exportReport: vi.fn(() => Promise.resolve({ saved: true as const, ...FAKE_EXPORTED, afterError: null })),
    exportBatch: vi.fn(() => Promise.resolve({ written: [], failed: [], cancelled: [] })),
    cancelBatch: vi.fn(() => false),
    openReport: vi.fn(() => Promise.resolve()),
    revealReport: vi.fn(() => Promise.resolve()),
    openReportsFolder: vi.fn(() => Promise.resolve()),
    readReport: vi.fn(() => Promise.resolve(new Uint8Array([37, 80, 68, 70]))),
    chooseReportsFolder: vi.fn(() => Promise.resolve({ ...FOLDER, changed: false })),
    resetReportsFolder: vi.fn(() => Promise.resolve(FOLDER)),
  }
}

/** Whether any method of a fake exporter was called. */
export function exporterWasCalled(exporter: ReportExporter<ReportInput>): boolean {
  return Object.values(exporter).some((method) => vi.isMockFunction(method) && method.mock.calls.length > 0)
}

/** A small valid report input (the weekly summary needs no report model). */
export function weeklyInputFixture(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    kind: 'weekly',
    language: 'fi',
    timezone: 'Europe/Helsinki',
    client: { name: 'Pohjolan Puu Oy', logoDataUrl: null, color: '#2f9e44' },
    agency: { name: 'Lumo Growth', logoDataUrl: null, color: '#3b5bdb' },
    period: { key: '2026-W43', start: '2026-10-19', end: '2026-10-25' },
    draft: false,
    verifiedAt: null,
    generatedAt: '2026-10-23T14:00:00.000+03:00',
    meetingId: 'weekly-2026-W43',
    heldOn: '2026-10-23',
    summary: 'Kampanja käynnistyi.\n- Uudet mainokset hyväksytty',
    budget: null,
    upcoming: [],
    ...overrides,
  } as ReportInput
}
