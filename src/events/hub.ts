import type { EventType, Handler, ShareEvent, Unsubscribe } from '../types'
import type { Warn } from '../lib/warn'

/**
 * A window's subscribers to events: `on(type or '*', handler)` returns the unsubscribe
 * function; `emit(event)` hands an event to them, and a subscriber that throws is reported
 * (SC401), never rethrown.
 */
export const createHub = (warn: Warn) => {
  const subscribers: [type: string, handler: Handler][] = []
  return {
    on<T extends EventType | '*'>(type: T, handler: Handler<T>): Unsubscribe {
      // Only events of `type` reach the handler (see emit), so it may take the narrower type.
      const entry: [string, Handler] = [type, handler as unknown as Handler]
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
