import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createRandom } from './random'

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

describe('seeded random', () => {
  it('repeats the same stream for the same seed, and differs for nearby seeds', () => {
    const draw = (seed: number): number[] => {
      const rand = createRandom(seed)
      return Array.from({ length: 8 }, () => rand.int(0, 1_000_000))
    }
    expect(draw(1)).toEqual(draw(1))
    expect(draw(1)).not.toEqual(draw(2))
    // Seeds above 2^32 and fractions still give distinct streams.
    expect(draw(2 ** 40)).not.toEqual(draw(0))
  })

  it('forks streams by label, independent of how much the parent has drawn', () => {
    const a = createRandom(9)
    const b = createRandom(9)
    for (let i = 0; i < 100; i++) b.float()
    expect(a.fork('client:3').uuid()).toBe(b.fork('client:3').uuid())
    expect(a.fork('client:3').uuid()).not.toBe(a.fork('client:4').uuid())
  })

  it('builds UUID v4 strings from its own bytes', () => {
    const rand = createRandom(5)
    const ids = Array.from({ length: 500 }, () => rand.uuid())
    expect(ids.every((id) => UUID_V4.test(id))).toBe(true)
    expect(new Set(ids).size).toBe(ids.length)
    expect(createRandom(5).uuid()).toBe(ids[0])
  })

  it('keeps draws in their ranges', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: -50, max: 50 }),
        fc.integer({ min: 0, max: 50 }),
        (seed, min, span) => {
          const rand = createRandom(seed)
          const n = rand.int(min, min + span)
          expect(n).toBeGreaterThanOrEqual(min)
          expect(n).toBeLessThanOrEqual(min + span)
          const x = rand.between(min, min + span + 1)
          expect(x).toBeGreaterThanOrEqual(min)
          expect(x).toBeLessThan(min + span + 1)
          expect(rand.noise(0.2)).toBeGreaterThan(Math.exp(-0.21))
          expect(rand.sample([1, 2, 3, 4], 3)).toHaveLength(3)
          expect(new Set(rand.shuffle([1, 2, 3, 4, 5]))).toEqual(new Set([1, 2, 3, 4, 5]))
        },
      ),
    )
  })

  it('honours weights and refuses empty choices', () => {
    const rand = createRandom(3)
    const counts = { a: 0, b: 0 }
    for (let i = 0; i < 2000; i++)
      counts[
        rand.weighted([
          ['a', 9],
          ['b', 1],
        ] as const)
      ]++
    expect(counts.a).toBeGreaterThan(counts.b * 5)
    expect(() => rand.pick([])).toThrow(/empty/)
    expect(() => createRandom(Number.POSITIVE_INFINITY)).toThrow(/finite/)
  })
})
