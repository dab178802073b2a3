import { describe, expect, it } from 'vitest'
import { fromLocalInput, toLocalInput } from './local-time'

describe('datetime-local values', () => {
  it('round-trip a local wall time through an ISO instant', () => {
    const date = new Date(2026, 2, 10, 14, 5)
    const iso = fromLocalInput(toLocalInput(date))
    expect(iso).toBe(date.toISOString())
  })
  it('are null when empty or malformed', () => {
    expect(fromLocalInput('')).toBeNull()
    expect(fromLocalInput('2026-03-10')).toBeNull()
    expect(fromLocalInput('2026-13-45T99:00')).toBeNull()
  })
})
