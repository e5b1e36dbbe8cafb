import type { EventType, ShareEvent } from '../types'
import type { Warn } from '../lib/warn'

type Handler = (event: ShareEvent) => void

const subscribers: [type: string, handler: Handler][] = []

/**
 * Subscribes to events of one type, or `*` for all, as they are made. Returns the unsubscribe
 * function. Example: `const off = on('share_click', (e) => console.log(e.channel))`.
 */
export const on = (type: EventType | '*', handler: Handler): (() => void) => {
  const entry: [string, Handler] = [type, handler]
  if (typeof handler === 'function') subscribers.push(entry)
  return () => {
    const index = subscribers.indexOf(entry)
    if (index >= 0) subscribers.splice(index, 1)
  }
}

/** Hands an event to its subscribers; a subscriber that throws is reported, never rethrown. */
export const emit = (event: ShareEvent, warn: Warn): void => {
  for (const [type, handler] of [...subscribers]) {
    if (type === event.type || type === '*') {
      try { handler(event) } catch (error) { warn('SC401', type, error) }
    }
  }
}
