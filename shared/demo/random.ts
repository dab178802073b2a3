/**
 * Seeded randomness for the demo generator. Policy (STYLE.md "Pure logic first"): no
 * randomness without a seed, so every draw goes through a pure-rand generator and ids are
 * UUID v4 strings built from its bytes — the same seed always gives the same agency.
 *
 * Streams are forked by label rather than by position: `fork('client:3')` depends only on the
 * parent's key and the label, so adding draws in one part of the generator does not reshuffle
 * every other part (and client 3 looks the same whether the agency has 12 or 300 clients).
 */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64'
import { uniformInt } from 'pure-rand/distribution/uniformInt'
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus'
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator'
import { v4 as uuidV4 } from 'uuid'

/** A seeded source of random values; every method advances the same stream. */
export type Random = {
  /** The stream's 32-bit key, from which forks are derived. */
  readonly key: number
  /** A float in [0, 1). */
  float(): number
  /** A float in [min, max). */
  between(min: number, max: number): number
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number
  /** True with probability `p`. */
  chance(p: number): boolean
  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T
  /** One item, chosen with the given relative weights. */
  weighted<T>(items: readonly (readonly [T, number])[]): T
  /** A shuffled copy. */
  shuffle<T>(items: readonly T[]): T[]
  /** `count` distinct items in random order (all of them when the list is shorter). */
  sample<T>(items: readonly T[], count: number): T[]
  /** A multiplicative noise factor around 1 with the given relative spread (lognormal-ish). */
  noise(spread: number): number
  /** A random UUID v4 string. */
  uuid(): string
  /** An independent stream derived from this stream's key and `label`. */
  fork(label: string): Random
}

/** murmur3's 32-bit finaliser: spreads every input bit over the output. */
function mix32(value: number): number {
  let h = value | 0
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/** FNV-1a over the label's UTF-16 code units, finalised by mix32. */
function hashLabel(label: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return mix32(h)
}

/** Folds any finite number (also above 2^32 or fractional) into a 32-bit key. */
function seedKey(seed: number): number {
  if (!Number.isFinite(seed)) throw new RangeError(`Demo seed must be a finite number, got ${seed}`)
  const whole = Math.trunc(seed)
  const low = whole >>> 0
  const high = Math.floor(whole / 0x1_0000_0000) >>> 0
  return mix32(low ^ mix32(high + 0x9e3779b9))
}

function createStream(key: number): Random {
  const rng: RandomGenerator = xoroshiro128plus(key | 0)
  // xoroshiro's seeding puts the seed straight into the state; the first outputs of nearby
  // keys are correlated, so the stream is warmed up before use.
  for (let i = 0; i < 12; i++) rng.next()

  const float = (): number => uniformFloat64(rng)
  const int = (min: number, max: number): number => uniformInt(rng, min, max)

  const stream: Random = {
    key,
    float,
    between: (min, max) => min + (max - min) * float(),
    int,
    chance: (p) => float() < p,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError('Cannot pick from an empty list')
      return items[int(0, items.length - 1)] as T
    },
    weighted<T>(items: readonly (readonly [T, number])[]): T {
      const total = items.reduce((sum, [, weight]) => sum + weight, 0)
      let target = float() * total
      for (const [item, weight] of items) {
        target -= weight
        if (target < 0) return item
      }
      const last = items[items.length - 1]
      if (last === undefined) throw new RangeError('Cannot pick from an empty list')
      return last[0]
    },
    shuffle<T>(items: readonly T[]): T[] {
      const copy = [...items]
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(0, i)
        const swap = copy[i] as T
        copy[i] = copy[j] as T
        copy[j] = swap
      }
      return copy
    },
    sample<T>(items: readonly T[], count: number): T[] {
      return stream.shuffle(items).slice(0, Math.max(0, count))
    },
    noise(spread) {
      // The sum of three uniforms is a cheap bell curve; exp() keeps the factor positive.
      const bell = (float() + float() + float() - 1.5) / 1.5
      return Math.exp(bell * spread)
    },
    uuid() {
      const bytes = new Uint8Array(16)
      for (let i = 0; i < 16; i += 4) {
        const word = rng.next()
        bytes[i] = word & 0xff
        bytes[i + 1] = (word >>> 8) & 0xff
        bytes[i + 2] = (word >>> 16) & 0xff
        bytes[i + 3] = (word >>> 24) & 0xff
      }
      return uuidV4({ random: bytes })
    },
    fork: (label) => createStream(mix32(key ^ hashLabel(label))),
  }
  return stream
}

/** The root random stream of a demo agency for `seed`. */
export function createRandom(seed: number): Random {
  return createStream(seedKey(seed))
}
