import { vi } from 'vitest'
import { browserEnv, type Env } from '../../src/env'

/** A Storage in memory that can be told to refuse writes, as a full or private-mode store does. */
export class MemoryStorage implements Storage {
  map = new Map<string, string>()
  refuse = false
  get length() { return this.map.size }
  clear() { this.map.clear() }
  getItem(key: string) { return this.map.get(key) ?? null }
  key(index: number) { return [...this.map.keys()][index] ?? null }
  removeItem(key: string) { this.map.delete(key) }
  setItem(key: string, value: string) {
    if (this.refuse) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    this.map.set(key, String(value))
  }
}

export interface Sent { url: string; body: { v: number; dropped?: number; events: { id: string; type: string }[] }; raw: string; init?: RequestInit }

/**
 * An environment for the delivery code: vitest's fake clock and timers, a scripted `fetch`
 * (each call answers with the next reply: a status, 'error' for a network error, 'hang' for
 * no answer until aborted, 'deaf' for none at all), a recording beacon, and a shared or own storage.
 */
export const fakeEnv = (options: { storage?: MemoryStorage; replies?: (number | 'error' | 'hang' | 'deaf' | [number, Record<string, string>])[]; beacon?: boolean; gpc?: boolean } = {}) => {
  const storage = options.storage ?? new MemoryStorage()
  const replies = options.replies ?? []
  const posts: Sent[] = []
  const beacons: Sent[] = []
  const warnings: string[] = []
  const base = browserEnv(window)
  const navigator = Object.assign(Object.create(window.navigator), { globalPrivacyControl: !!options.gpc })
  const env: Env = {
    ...base,
    navigator,
    warn: (message) => warnings.push(message),
    now: () => Date.now(),
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (timer) => clearTimeout(timer),
    random: () => 0.5,
    storage: () => storage,
    fetch: vi.fn(async (url: string, init: RequestInit) => {
      const raw = String(init.body)
      posts.push({ url, body: JSON.parse(raw), raw, init })
      const reply = replies.length ? replies.shift()! : 200
      if (reply === 'error') throw new TypeError('Failed to fetch')
      if (reply === 'hang') {
        return new Promise<Response>((_, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))
      }
      // A page's fetch wrapper that drops the signal: no answer, ever.
      if (reply === 'deaf') return new Promise<Response>(() => {})
      const [status, headers] = Array.isArray(reply) ? reply : [reply, {}]
      return new Response(status === 204 ? null : '{}', { status, headers })
    }),
    beacon: (url, body) => {
      if (options.beacon === false) return false
      beacons.push({ url, body: JSON.parse(body), raw: body })
      return true
    },
  }
  /** Ids of every event POSTed so far, in order, with repeats. */
  const sentIds = () => posts.flatMap((post) => post.body.events.map((event) => event.id))
  return { env, storage, posts, beacons, warnings, replies, sentIds }
}
