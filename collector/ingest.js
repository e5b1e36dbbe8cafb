// @ts-check
import { parseBatch } from './parse-batch.js'
import { validateEvent } from './validate-event.js'

/** @typedef {import('./store.js').Store} Store */
/** @typedef {import('./validate-event.js').ShareEvent} ShareEvent */

/**
 * Takes one batch body to the store: checks the envelope, validates each event on its own,
 * stores the valid ones (duplicates by id ignored) and the dropped count.
 * @example ingest('{"v":1,"events":[]}', store) // { status: 200, body: { accepted: 0, duplicates: 0, rejected: [] } }
 * @param {string} text the body, parsed as JSON whatever its content type
 * @param {Store} store
 * @param {number} [now]
 * @returns {{ status: 200, body: { accepted: number, duplicates: number, rejected: { index: number, reason: string }[] } }
 *   | { status: 400, body: { error: string } }}
 */
export const ingest = (text, store, now = Date.now()) => {
  const batch = parseBatch(text)
  if ('error' in batch) return { status: 400, body: { error: batch.error } }
  /** @type {ShareEvent[]} */
  const valid = []
  /** @type {{ index: number, reason: string }[]} */
  const rejected = []
  batch.events.forEach((value, index) => {
    const result = validateEvent(value, now)
    if ('reason' in result) rejected.push({ index, reason: result.reason })
    else valid.push(result.event)
  })
  const { accepted, duplicates } = store.insert(valid, now)
  // A body whose every event was stored before is the same body again (a beacon at page hide,
  // then the next page sending its queue): its dropped count was counted the first time.
  if (accepted > 0 || !valid.length) store.addDropped(batch.dropped, now)
  // 200 even when every event was rejected: sending the batch again would not help.
  return { status: 200, body: { accepted, duplicates, rejected } }
}
