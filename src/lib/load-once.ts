import type { Warn } from './warn'

/**
 * Gaps before the second and the third try of a lazy part. A file missing after a redeploy,
 * or a CDN without CORS, fails every time: three tries in five seconds cost three requests,
 * not the hundreds a second that retrying at every draw did. A flaky network gets two more chances.
 */
export const retryGaps = [1000, 4000]

/**
 * How long a try may take before it counts as failed: a request a stalled CDN never answers
 * would otherwise hold back everything that waits for the first try (the icons drawn together,
 * the language), for the whole page view. A module import cannot be cancelled: a late arrival is
 * still kept.
 */
export const tryTimeout = 10_000

/** A lazily loaded module per key (an icon, a locale table, a chunk), loaded once per page. */
export interface Lazy<T> {
  /** The value, once it has arrived. */
  get(key: string): T | undefined
  /** Whether the last try failed: a retry is due, or the part was given up for this page view. */
  failed(key: string): boolean
  /** Starts loading (or joins the load under way); settles with the final outcome of every try. */
  load(key: string, warn?: Warn): Promise<T>
  /** Settles once the first try is over, whatever its outcome: time to draw with what is at hand. */
  tried(key: string, warn?: Warn): Promise<unknown>
}

/**
 * `load(key)` tries at most three times per page view, with growing gaps, then gives the part
 * up for the page view with one coded warning (SC305). Callers render what they can meanwhile
 * and ask again freely: asking never makes another request.
 */
export const loadOnce = <T>(name: string, load: (key: string) => Promise<T>, preset: [string, T][] = []): Lazy<T> => {
  const done = new Map(preset)
  const loads = new Map<string, { final: Promise<T>; first: Promise<unknown>; warn?: Warn }>()
  const failed = new Set<string>()

  const start = (key: string, warn?: Warn) => {
    let entry = loads.get(key)
    if (!entry) {
      let firstOver: (value?: unknown) => void
      const first = new Promise((over) => (firstOver = over))
      // A load that throws at once (no URL to load from) fails like one that rejects, and one
      // that does not settle in time like one that failed: retried, bounded.
      let timer: ReturnType<typeof setTimeout> | undefined
      const attempt = (tries: number): Promise<T> => Promise.race([
        // A late answer is kept all the same.
        new Promise<T>((resolve) => resolve(load(key))).then((value) => (done.set(key, value), value)),
        new Promise<never>((_, reject) => (timer = setTimeout(reject, tryTimeout, Error(`no answer in ${tryTimeout / 1000} s`)))),
      ]).then((value) => {
        // No timer outlives its try: under Node it would hold the process open for 10 s.
        clearTimeout(timer)
        done.set(key, value)
        failed.delete(key)
        firstOver()
        return value
      }, (error) => {
        clearTimeout(timer)
        failed.add(key)
        firstOver()
        if (tries > retryGaps.length) throw error
        return new Promise<void>((wait) => setTimeout(wait, retryGaps[tries - 1])).then(() => attempt(tries + 1))
      })
      loads.set(key, (entry = { final: attempt(1), first }))
      // Given up: said once for the page view, however many widgets wanted it.
      const given = entry
      given.final.catch((error) => given.warn?.('SC305', `${name} ${key}`.trim(), error))
    }
    entry.warn ??= warn
    return entry
  }

  return {
    get: (key) => done.get(key),
    failed: (key) => failed.has(key),
    load: (key, warn) => done.has(key) ? Promise.resolve(done.get(key)!) : start(key, warn).final,
    tried: (key, warn) => done.has(key) ? Promise.resolve() : start(key, warn).first,
  }
}

/**
 * One lazily loaded chunk (the WeChat dialog, the QR encoder, the card image, delivery, the full
 * widget): calling it loads it; `tried(warn)` settles once the first try is over, and
 * `failed()` says whether the last try failed.
 */
export const lazy = <T>(name: string, load: () => Promise<T>) => {
  const part = loadOnce(name, load)
  return Object.assign((warn?: Warn) => part.load('', warn), {
    tried: (warn?: Warn) => part.tried('', warn),
    failed: () => part.failed(''),
  })
}
