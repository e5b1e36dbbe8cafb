// @ts-check

/** Clients remembered at most: a flood of addresses must not grow memory without bound. */
const maxClients = 100_000

/**
 * A token bucket per client: `requests` at once, refilled at `requests` per `seconds`. It
 * answers how long a refused client must wait, for `Retry-After`.
 * @example const limit = createRateLimit({ requests: 120, seconds: 60 }); limit('203.0.113.9') // 0: go ahead
 * @param {{ requests: number, seconds: number }} options
 * @param {() => number} [now] the clock, in ms
 * @returns {(client: string) => number} 0 to go ahead, or the whole seconds to wait
 */
export const createRateLimit = ({ requests, seconds }, now = Date.now) => {
  if (!(requests >= 1 && seconds > 0)) throw new TypeError('rateLimit needs requests >= 1 and seconds > 0')
  const perMs = requests / (seconds * 1000)
  /** @type {Map<string, { tokens: number, at: number }>} */
  const buckets = new Map()
  return (client) => {
    const time = now()
    const bucket = buckets.get(client) ?? { tokens: requests, at: time }
    bucket.tokens = Math.min(requests, bucket.tokens + (time - bucket.at) * perMs)
    bucket.at = time
    // Map order is insertion order: re-inserting keeps the least recent client first.
    buckets.delete(client)
    buckets.set(client, bucket)
    if (buckets.size > maxClients) buckets.delete(/** @type {string} */ (buckets.keys().next().value))
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1
      return 0
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000))
  }
}
