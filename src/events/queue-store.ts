import type { ShareEvent } from '../types'

/** What the queue holds: events waiting for their endpoint, and how many a full queue let go. */
export interface Queue {
  events: ShareEvent[]
  dropped: number
}

export const queueKey = 'sharecue:queue'

/**
 * The stored queue of an endpoint (or, with `name`, another of its keys: its claim, its pause):
 * each its own, so an event goes only to the endpoint it was made for, never to another that a
 * page of the same site configures. `sharecue:queue` alone
 * is a transport's, and what versions before this one stored for the whole site.
 */
export const queueKeyOf = (endpoint: string | undefined, name = queueKey): string => endpoint ? name + ' ' + endpoint : name

/** Forgets every stored queue of the site, or with `prefix` `sharecue:`, all sharecue keeps (consent refused). */
export const forgetQueues = (storage: Storage, prefix = queueKey): void => {
  for (let i = storage.length; i--;) if (storage.key(i)?.startsWith(prefix)) storage.removeItem(storage.key(i)!)
}
/** Bounds of the stored queue: 500 events or 256 KiB of JSON, whichever comes first. */
export const maxEvents = 500
export const maxChars = 262_144

/**
 * Keeps a queue within its bounds, dropping the oldest events first and counting them, so
 * the next batch can report how many were lost.
 */
export const bound = (queue: Queue): Queue => {
  const events = queue.events.slice(-maxEvents)
  let dropped = queue.dropped + queue.events.length - events.length
  let size = JSON.stringify(events).length
  while (size > maxChars && events.length) {
    size -= JSON.stringify(events.shift()).length + 1
    dropped++
  }
  return { events, dropped }
}

/**
 * A stored count of dropped events, as a whole number from 0: it is written into the first body
 * as it is, and `1e999` read as `Infinity` (or `-3`, or `0.5`, a page's or another script's
 * writing) would make that body one no collector can read, which is never answered 2xx.
 */
const count = (value: unknown): number => {
  const n = Math.floor(Number(value))
  return n > 0 && n <= Number.MAX_SAFE_INTEGER ? n : 0
}

/** The text last read or written, its key, and the queue it holds: the same text is not parsed again. */
let known: { key: string; raw: string | null; queue: Queue } = { key: queueKey, raw: null, queue: { events: [], dropped: 0 } }

/**
 * The stored queue; an empty one where there is none or it is unreadable. Other tabs may
 * have changed it, so it is read every time, but parsed only when its text changed: a long
 * offline backlog costs one string comparison per event, not a parse of 256 KiB.
 */
export const readQueue = (storage: Storage, key = queueKey): Queue => {
  const raw = storage.getItem(key)
  if (raw !== known.raw || key !== known.key) {
    let queue: Queue = { events: [], dropped: 0 }
    try {
      const stored = JSON.parse(raw ?? 'null') as Queue | null
      if (stored && Array.isArray(stored.events)) {
        queue = { events: stored.events.filter((e) => e && typeof e.id == 'string'), dropped: count(stored.dropped) }
      }
    } catch { /* unreadable: start afresh */ }
    known = { key, raw, queue }
  }
  return { events: [...known.queue.events], dropped: known.queue.dropped }
}

/** Stores the queue (bounded); throws where storage refuses (quota, private mode). */
export const writeQueue = (storage: Storage, queue: Queue, key = queueKey): void => {
  // One serialisation in the usual case; the byte bound is checked on its result.
  let kept = { events: queue.events.slice(-maxEvents), dropped: queue.dropped + Math.max(0, queue.events.length - maxEvents) }
  let raw: string | null = JSON.stringify(kept)
  if (raw.length > maxChars + 30) raw = JSON.stringify((kept = bound(kept)))
  if (!kept.events.length && !kept.dropped) raw = null
  if (raw) storage.setItem(key, raw)
  else storage.removeItem(key)
  known = { key, raw, queue: kept }
}
