/**
 * Which automatic backups to keep (issue 8): the last few of today, then one a day for two
 * weeks, then one a week for three months. The newest backup of each day or week is the one kept,
 * because it holds the most of what the PM typed that day. Pure: `now` and the day boundary are
 * passed in, so the policy is tested without a clock or a file system.
 */
import { differenceInCalendarDays, format, startOfISOWeek } from 'date-fns'

/** The rotation policy. */
export type RotationPolicy = {
  /** Backups of today kept, newest first. */
  keepToday: number
  /** Days before today that keep their newest backup. */
  dailyDays: number
  /** Weeks (ISO, Monday first) that keep their newest backup, counted back from today. */
  weeklyWeeks: number
}

/** The default policy: 5 of today, one a day for 14 days, one a week for about 3 months. */
export const DEFAULT_ROTATION: RotationPolicy = { keepToday: 5, dailyDays: 14, weeklyWeeks: 13 }

/** A backup on disk: its file name and when it was taken. */
export type BackupEntry = { name: string; takenAt: Date }

/**
 * The backups to delete. Dates are compared in the machine's local calendar (date-fns), which is
 * the calendar the PM reads the backups folder in. The newest backup is never pruned.
 */
export function backupsToPrune(
  backups: readonly BackupEntry[],
  now: Date,
  policy: RotationPolicy = DEFAULT_ROTATION,
): string[] {
  const newestFirst = [...backups].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime())
  // The newest backup is kept whatever its age: after a long holiday it is the only copy.
  const keep = new Set<string>(newestFirst.slice(0, 1).map((backup) => backup.name))
  const keptDays = new Set<string>()
  const keptWeeks = new Set<string>()
  let keptToday = 0
  for (const backup of newestFirst) {
    const age = differenceInCalendarDays(now, backup.takenAt)
    // A backup from the future (a clock that was wrong) is kept: deleting it could lose the newest data.
    if (age < 0) {
      keep.add(backup.name)
      continue
    }
    if (age === 0) {
      if (keptToday < policy.keepToday) {
        keep.add(backup.name)
        keptToday += 1
      }
      continue
    }
    const day = format(backup.takenAt, 'yyyy-MM-dd')
    if (age <= policy.dailyDays) {
      if (!keptDays.has(day)) {
        keptDays.add(day)
        keep.add(backup.name)
      }
      continue
    }
    const week = format(startOfISOWeek(backup.takenAt), 'yyyy-MM-dd')
    if (age <= policy.weeklyWeeks * 7 && !keptWeeks.has(week)) {
      keptWeeks.add(week)
      keep.add(backup.name)
    }
  }
  return newestFirst.filter((backup) => !keep.has(backup.name)).map((backup) => backup.name)
}
