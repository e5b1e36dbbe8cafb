/** First retry after about a second; never more than five minutes apart. */
const baseMs = 1000
const maxMs = 5 * 60_000

/**
 * How long to wait before retry number `attempt` (1, 2, …): exponential backoff with full
 * jitter (a random share of the exponential step, so tabs and visitors hit by one outage do
 * not retry in step), and never sooner than the server's `Retry-After` (seconds or an HTTP date).
 */
export const retryDelay = (attempt: number, random: number, retryAfter?: string | null, now = Date.now()): number => {
  const step = Math.min(maxMs, baseMs * 2 ** Math.min(attempt - 1, 20))
  let wait = Math.max(baseMs / 4, random * step)
  if (retryAfter) {
    const seconds = /^\d+$/.test(retryAfter.trim()) ? +retryAfter * 1000 : Date.parse(retryAfter) - now
    if (seconds > 0) wait = Math.max(wait, Math.min(seconds, 24 * 3600_000))
  }
  return Math.round(wait)
}

/** Statuses worth trying again: the request may succeed later (RFC 9110: 408, 429, 5xx). */
export const retryable = (status: number): boolean => status === 408 || status === 429 || status >= 500
