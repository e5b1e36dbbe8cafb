// @ts-check
import { parseBatch } from './parse-batch.js'
import { validateEvent } from './validate-event.js'
import { limits } from './schema.js'
import { orderIdPrefix } from './orders.js'

/** @typedef {import('./store.js').Store} Store */
/** @typedef {import('./validate-event.js').ShareEvent} ShareEvent */

/**
 * Takes one batch body to the store: checks the envelope, validates each event on its own
 * (and that its page is on a site allowed to report), then stores the valid ones, duplicates
 * by id ignored, with the dropped count, in one transaction. It resolves once they are
 * committed: only then may the batch be acknowledged.
 * @example await ingest('{"v":1,"events":[]}', store) // { status: 200, body: { accepted: 0, duplicates: 0, rejected: [] } }
 * @param {string} text the body, parsed as JSON whatever its content type
 * @param {Pick<Store, 'insert' | 'asks'>} store
 * @param {{ now?: number, pageAllowed?: (page: string) => boolean }} [options]
 * @returns {Promise<{ status: 200, body: { accepted: number, duplicates: number, rejected: { index: number, reason: string }[] } }
 *   | { status: 400, body: { error: string } }>}
 */
export const ingest = async (text, store, { now = Date.now(), pageAllowed = () => true } = {}) => {
  const batch = parseBatch(text)
  if ('error' in batch) return { status: 400, body: { error: batch.error } }
  /** @type {ShareEvent[]} */
  const valid = []
  /** @type {{ index: number, reason: string }[]} */
  const rejected = []
  /** @type {{ index: number, event: ShareEvent }[]} */
  const checked = []
  batch.events.forEach((value, index) => {
    const result = validateEvent(value, now)
    if ('reason' in result) rejected.push({ index, reason: result.reason })
    // The ids of orders from a shop's server (orders.js): a page taking one first would make
    // the signed order a duplicate, never counted.
    else if (result.event.id.startsWith(orderIdPrefix)) rejected.push({ index, reason: `id: ${orderIdPrefix} is kept for orders from the shop's server` })
    else if (!pageAllowed(result.event.page)) rejected.push({ index, reason: 'page: not on a site allowed to send events here' })
    else checked.push({ index, event: result.event })
  })
  // A friend's answer only for an ask this collector recorded, and only while it takes answers.
  /** @param {ShareEvent} event */
  const answer = (event) => event.type === 'ask_reply' && !event.preview
  const asked = checked.flatMap(({ event }) => (answer(event) ? [/** @type {string} */ (event.shareId)] : []))
  const asks = asked.length ? await store.asks([...new Set(asked)]) : new Map()
  for (const { index, event } of checked) {
    const ask = answer(event) ? asks.get(/** @type {string} */ (event.shareId)) : undefined
    if (answer(event) && !ask) rejected.push({ index, reason: 'shareId: not an "Ask my friends" share this collector recorded' })
    else if (ask && ask.yes + ask.maybe + ask.no >= limits.repliesPerAsk) rejected.push({ index, reason: `shareId: this ask has all the answers it takes (${limits.repliesPerAsk})` })
    else valid.push(event)
  }
  rejected.sort((a, b) => a.index - b.index)
  const { accepted, duplicates } = await store.insert(valid, { dropped: batch.dropped, receivedAt: now })
  // 200 even when every event was rejected: sending the batch again would not help.
  return { status: 200, body: { accepted, duplicates, rejected } }
}
