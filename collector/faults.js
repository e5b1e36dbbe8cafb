// @ts-check

/**
 * How the collector misbehaves, for tests of the widget's retries only; never on unless a
 * test asks. `rate` is the share of POST /events requests that fault; `seed` makes the
 * sequence of faults repeatable, so a test can count exactly.
 * @typedef {'none' | '500' | '429' | 'hang' | 'drop' | 'mixed'} FaultMode
 * @typedef {'500' | '429' | 'hang' | 'drop'} Fault
 * @typedef {{ mode?: FaultMode, rate?: number, retryAfter?: number, seed?: number }} FaultOptions
 */

/** @type {Fault[]} */
export const faultKinds = ['500', '429', 'hang', 'drop']
const modes = ['none', 'mixed', ...faultKinds]

/**
 * A small seeded PRNG (mulberry32): the same seed gives the same faults on every machine.
 * https://gist.github.com/tommyettinger/46a874533244883189143505d203312c
 * @param {number} seed
 */
const mulberry32 = (seed) => {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Decides, request by request, which fault (if any) to play.
 * Defaults: `rate` 1 for a single mode (every request fails) and 0.5 for `mixed` (half
 * succeed); `retryAfter` 1 second; `seed` 1.
 * @example createFaults({ mode: '429', rate: 0.5, seed: 7 }).next() // '429' or undefined
 * @param {FaultOptions} [options]
 */
export const createFaults = (options = {}) => {
  const mode = options.mode ?? 'none'
  if (!modes.includes(mode)) throw new TypeError(`faults.mode must be one of ${modes.join(', ')}`)
  const rate = options.rate ?? (mode === 'mixed' ? 0.5 : 1)
  if (!(rate >= 0 && rate <= 1)) throw new TypeError('faults.rate must be between 0 and 1')
  const retryAfter = options.retryAfter ?? 1
  const random = mulberry32(options.seed ?? 1)
  return {
    mode,
    retryAfter,
    /** @returns {Fault | undefined} the fault for the next request, or undefined to answer it */
    next() {
      if (mode === 'none') return undefined
      if (random() >= rate) return undefined
      return mode === 'mixed' ? faultKinds[Math.floor(random() * faultKinds.length)] : mode
    },
  }
}

/** @typedef {ReturnType<typeof createFaults>} Faults */
