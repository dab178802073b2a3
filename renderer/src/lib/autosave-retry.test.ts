import { describe, expect, it } from 'vitest'
import { AUTOSAVE_RETRY_DELAYS_MS, retryDelay } from './autosave-retry'

describe('retryDelay', () => {
  it('backs off, then keeps retrying at the calmest pace forever', () => {
    expect([0, 1, 2, 3].map(retryDelay)).toEqual([...AUTOSAVE_RETRY_DELAYS_MS])
    expect(retryDelay(4)).toBe(30_000)
    expect(retryDelay(1_000)).toBe(30_000)
  })

  it('gives a wait for any attempt number', () => {
    expect(retryDelay(-3)).toBe(1_000)
    expect(retryDelay(Number.NaN)).toBe(30_000)
  })
})
