import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { backupsToPrune, DEFAULT_ROTATION, type BackupEntry } from './rotation'

const at = (iso: string): BackupEntry => ({ name: `cadence-${iso}.json.gz`, takenAt: new Date(iso) })
const NOW = new Date('2026-11-23T17:00:00')

describe('backupsToPrune', () => {
  it('keeps the five newest of today and prunes older ones of today', () => {
    const today = ['08:00', '09:00', '10:00', '11:00', '12:00', '13:00', '14:00'].map((t) =>
      at(`2026-11-23T${t}:00`),
    )
    expect(backupsToPrune(today, NOW)).toEqual([today[1]?.name, today[0]?.name])
  })

  it('keeps the newest backup of each of the last 14 days', () => {
    const backups = [at('2026-11-20T09:00:00'), at('2026-11-20T18:00:00'), at('2026-11-09T12:00:00')]
    expect(backupsToPrune(backups, NOW)).toEqual(['cadence-2026-11-20T09:00:00.json.gz'])
  })

  it('keeps the newest backup of each week for about three months, then nothing', () => {
    const backups = [
      at('2026-10-27T10:00:00'), // Tuesday
      at('2026-10-29T10:00:00'), // Thursday, same ISO week: kept instead
      at('2026-09-01T10:00:00'),
      at('2026-08-01T10:00:00'), // older than 13 weeks
    ]
    expect(backupsToPrune(backups, NOW).sort()).toEqual(
      ['cadence-2026-08-01T10:00:00.json.gz', 'cadence-2026-10-27T10:00:00.json.gz'].sort(),
    )
  })

  it('never prunes a backup dated in the future', () => {
    expect(backupsToPrune([at('2027-01-01T10:00:00')], NOW)).toEqual([])
  })

  it('always keeps the newest backup, never keeps more than the policy allows', () => {
    const instant = fc.date({ min: new Date('2026-01-01T00:00:00'), max: NOW, noInvalidDate: true })
    fc.assert(
      fc.property(
        fc.uniqueArray(instant, { selector: (d) => d.getTime(), minLength: 1, maxLength: 200 }),
        (dates) => {
          const backups = dates.map((d) => ({ name: d.toISOString(), takenAt: d }))
          const pruned = new Set(backupsToPrune(backups, NOW))
          const newest = backups.reduce((a, b) => (a.takenAt > b.takenAt ? a : b))
          expect(pruned.has(newest.name)).toBe(false)
          const kept = backups.length - pruned.size
          const max =
            DEFAULT_ROTATION.keepToday + DEFAULT_ROTATION.dailyDays + DEFAULT_ROTATION.weeklyWeeks + 1
          expect(kept).toBeLessThanOrEqual(max)
        },
      ),
    )
  })
})
