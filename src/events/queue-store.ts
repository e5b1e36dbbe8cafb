import type { ShareEvent } from '../types'

/** What the queue holds: events waiting for their endpoint, and how many a full queue let go. */
export interface Queue {
  events: ShareEvent[]
  dropped: number
}

const key = 'sharecue:queue'
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

/** The stored queue; an empty one where there is none or it is unreadable. */
export const readQueue = (storage: Storage): Queue => {
  try {
    const stored = JSON.parse(storage.getItem(key) ?? 'null') as Queue | null
    if (stored && Array.isArray(stored.events)) {
      return { events: stored.events.filter((e) => e && typeof e.id == 'string'), dropped: +stored.dropped || 0 }
    }
  } catch { /* unreadable: start afresh */ }
  return { events: [], dropped: 0 }
}

/** Stores the queue (bounded); throws where storage refuses (quota, private mode). */
export const writeQueue = (storage: Storage, queue: Queue): void => {
  if (queue.events.length || queue.dropped) storage.setItem(key, JSON.stringify(bound(queue)))
  else storage.removeItem(key)
}
