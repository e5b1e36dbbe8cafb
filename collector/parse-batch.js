// @ts-check
import { limits } from './schema.js'
import { isRecord } from './validate-event.js'

/**
 * Reads a request body as a batch `{"v":1,"events":[…],"dropped"?:n}` (contract §7). It
 * checks the envelope only; each event is validated on its own, so one bad event does not
 * cost the others.
 * @example parseBatch('{"v":1,"events":[]}') // { events: [], dropped: 0 }
 * @param {string} text the body, whatever its content type: `text/plain` spares the browser a preflight
 * @returns {{ events: unknown[], dropped: number } | { error: string }}
 */
export const parseBatch = (text) => {
  let body
  try {
    // A byte order mark is not JSON, but some HTTP clients add one.
    body = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    return { error: 'the body is not JSON' }
  }
  if (!isRecord(body)) return { error: 'the body must be an object {"v":1,"events":[…]}' }
  if (body.v !== 1) return { error: 'v must be 1' }
  if (!Array.isArray(body.events)) return { error: 'events must be an array' }
  if (body.events.length > limits.events) return { error: `events must hold at most ${limits.events} events` }
  const dropped = body.dropped ?? 0
  if (typeof dropped !== 'number' || !Number.isInteger(dropped) || dropped < 0 || dropped > limits.dropped) {
    return { error: `dropped must be an integer from 0 to ${limits.dropped}` }
  }
  return { events: body.events, dropped }
}
