import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { clientFolderName, numberedFileName, reportBaseName, reportLocation } from './file-naming'

describe('report file names', () => {
  it.each([
    ['monthly', '2026-10', '2026-10 Monthly report'],
    ['quarterly', '2026-Q4', '2026-Q4 Quarterly report'],
    ['annual', '2026', '2026 Annual report'],
    ['quarterly', 'coop-Y1-Q2', 'coop-Y1-Q2 Quarterly report'],
    ['annual', 'coop-Y2', 'coop-Y2 Annual report'],
    ['weekly', '2026-W07', '2026-W07 Weekly summary'],
  ] as const)('names the %s report of %s “%s”', (kind, period, expected) => {
    expect(reportBaseName(kind, period)).toBe(expected)
  })

  it.each([
    ['monthly', '2026-13'],
    ['monthly', '2026-Q4'],
    ['quarterly', '2026-Q5'],
    ['annual', '../..'],
    ['weekly', '2026-W54'],
    ['monthly', '2026-10/../../etc'],
  ] as const)('refuses for a %s report the period %j', (kind, period) => {
    expect(() => reportBaseName(kind, period)).toThrow(RangeError)
  })

  it('makes the client folder a single safe name', () => {
    expect(clientFolderName('Pohjolan Puu Oy')).toBe('Pohjolan Puu Oy')
    expect(clientFolderName('Kowalski sp. z o.o.')).toBe('Kowalski sp. z o.o')
    expect(clientFolderName('../../AUX')).toBe('Cadence AUX')
    expect(clientFolderName('A/B: "test"')).toBe('A B test')
    expect(clientFolderName('Балкан Фуудс ЕООД')).toBe('Балкан Фуудс ЕООД')
  })

  it('numbers newer versions from 2', () => {
    expect(numberedFileName('2026-10 Monthly report', 1)).toBe('2026-10 Monthly report.pdf')
    expect(numberedFileName('2026-10 Monthly report', 2)).toBe('2026-10 Monthly report (2).pdf')
  })

  it('puts a report in its client’s folder inside the reports folder', () => {
    expect(
      reportLocation('/home/pm/Documents/Cadence Reports', {
        kind: 'monthly',
        period: '2026-10',
        clientName: 'Lumo / Växjö',
      }),
    ).toEqual({
      folder: join('/home/pm/Documents/Cadence Reports', 'Lumo Växjö'),
      baseName: '2026-10 Monthly report',
    })
  })
})
