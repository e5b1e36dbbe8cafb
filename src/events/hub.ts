import type { EventType, ShareEvent } from '../types'
import type { Warn } from '../config/warn'

type Handler = (event: ShareEvent) => void

const handlers = new Map<string, Set<Handler>>()

/**
 * Subscribes to events of one type, or `*` for all, as they are made. Returns the unsubscribe
 * function. Example: `const off = on('share_click', (e) => console.log(e.channel))`.
 */
export const on = (type: EventType | '*', handler: Handler): (() => void) => {
  if (typeof handler !== 'function') return () => {}
  let set = handlers.get(type)
  if (!set) handlers.set(type, (set = new Set()))
  set.add(handler)
  return () => { set!.delete(handler) }
}

/** Hands an event to its subscribers; a subscriber that throws is reported, never rethrown. */
export const emit = (event: ShareEvent, warn: Warn): void => {
  for (const type of [event.type, '*']) {
    for (const handler of handlers.get(type) ?? []) {
      try { handler(event) } catch (error) { warn('SC401', type, error) }
    }
  }
}
