import type { EventType, ShareEvent } from '../types'
import type { Warn } from '../lib/warn'

type Handler = (event: ShareEvent) => void

/**
 * A window's subscribers to events: `on(type or '*', handler)` returns the unsubscribe
 * function; `emit(event)` hands an event to them, and a subscriber that throws is reported
 * (SC401), never rethrown.
 */
export const createHub = (warn: Warn) => {
  const subscribers: [type: string, handler: Handler][] = []
  return {
    on(type: EventType | '*', handler: Handler): () => void {
      const entry: [string, Handler] = [type, handler]
      if (typeof handler === 'function') subscribers.push(entry)
      return () => {
        const index = subscribers.indexOf(entry)
        if (index >= 0) subscribers.splice(index, 1)
      }
    },
    emit(event: ShareEvent): void {
      for (const [type, handler] of [...subscribers]) {
        if (type === event.type || type === '*') {
          try { handler(event) } catch (error) { warn('SC401', type, error) }
        }
      }
    },
  }
}
