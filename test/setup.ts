/**
 * happy-dom's fetch and sendBeacon make real HTTP requests; unanswered, vitest exits 1 with
 * every test green. Every request a unit test makes is answered here, in memory, and recorded
 * so tests can read what would have been sent.
 */
interface Recorded { url: string; method: string; body: string }
const g = globalThis as typeof globalThis & { requests: Recorded[]; happyDOM?: { settings: { fetch: { interceptor: unknown } } } }
g.requests = []

const w = (globalThis as unknown as { window?: typeof g }).window
if (w?.happyDOM) {
  w.happyDOM.settings.fetch.interceptor = {
    async beforeAsyncRequest({ request, window }: { request: Request; window: typeof globalThis }) {
      g.requests.push({ url: request.url, method: request.method, body: await request.text() })
      return new window.Response('', { status: 204 })
    },
  }
}
