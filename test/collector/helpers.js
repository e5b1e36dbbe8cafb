// @ts-check
// Shared by the collector's tests: a collector per test on an ephemeral port, and events
// that pass the contract unless a test says otherwise.
import { startCollector } from '../../collector/start-collector.js'

/**
 * Starts a collector (in-memory database unless `dbPath` is given) and stops it when the
 * test ends. Its events come from pages on shop.example unless the test says otherwise.
 * @param {import('node:test').TestContext} t
 * @param {Parameters<typeof startCollector>[0]} [options]
 */
export const start = async (t, options = {}) => {
  const started = await startCollector({ hosts: ['shop.example'], ...options })
  t.after(() => started.close())
  return started
}

let counter = 0

/** A fresh event id (nanoid alphabet, 10 to 64 characters). */
export const eventId = () => `test-event-${process.pid}-${++counter}`

/**
 * A share id: exactly 21 characters of the nanoid alphabet.
 * @param {string} name
 */
export const shareId = (name) => name.padEnd(21, '_').slice(0, 21)

/**
 * A valid share_click, with `fields` on top.
 * @param {Record<string, unknown>} [fields]
 */
export const event = (fields = {}) => ({
  id: eventId(),
  type: 'share_click',
  ts: Date.now(),
  page: 'https://shop.example/p/trail-shoe',
  widget: 'w1',
  channel: 'telegram',
  shareId: shareId(`s${counter}`),
  product: { url: 'https://shop.example/p/trail-shoe', title: 'Trail shoe', sku: 'TS-1' },
  ...fields,
})

/**
 * POSTs a body to `${url}/events` the way the widget does (text/plain unless told).
 * @param {string} url the collector's origin
 * @param {unknown} body an object (sent as JSON) or a string (sent as is)
 * @param {{ contentType?: string, origin?: string, signal?: AbortSignal, headers?: Record<string, string> }} [options]
 */
export const post = (url, body, { contentType = 'text/plain;charset=UTF-8', origin, signal, headers = {} } = {}) =>
  fetch(`${url}/events`, {
    method: 'POST',
    headers: { 'content-type': contentType, ...(origin ? { origin } : {}), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    signal,
  })

/**
 * A batch of the contract: `{"v":1,"events":[…]}`.
 * @param {unknown[]} events
 */
export const batch = (events) => ({ v: 1, events })

/**
 * Ids of the stored events, in order of arrival.
 * @param {{ collector: import('../../collector/create-collector.js').Collector }} started
 */
export const storedIds = async ({ collector }) =>
  (await collector.store?.recent(1e6) ?? []).map((e) => e.id).reverse()

/**
 * GET /stats as this machine (allowed without a token), the figures as JSON.
 * @param {string} url @param {string} [query] e.g. '?from=2025-01-01'
 */
export const getStats = async (url, query = '') => (await fetch(`${url}/stats${query}`)).json()
