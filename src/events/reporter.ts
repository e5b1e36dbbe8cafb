import type { ShareEvent } from '../types'
import type { Env } from '../env'
import type { Warn } from '../lib/warn'
import type { GlobalConfig } from '../config/global-config'
import { loadOnce } from '../lib/load-once'
import { consentedStorage } from './consented-storage'
import { maxEvents, queueKeyOf } from './queue-store'
import type { Delivery } from './delivery'
import { listen, unlisten } from '../lib/dom'

const code = loadOnce('delivery', () => import('./delivery'))

/**
 * A window's way for events to the merchant: the delivery code (a lazy chunk: pages without
 * an endpoint, transport or dataLayer never download it), and what waits for it. Where that code
 * cannot load (yet), what waits goes into the stored queue (with consent, not under GPC), which a
 * later page view, or this one once a retry brings the code, sends; without storage it stays in
 * memory for the page view.
 */
export const createReporter = (env: Env, config: GlobalConfig, warn: Warn) => {
  let delivery: Delivery | undefined
  let loading: Promise<Delivery | undefined> | undefined
  /** Events made while the delivery code loads (or cannot), held in memory. */
  const waiting: ShareEvent[] = []
  /** Events `keepWaiting` put in the stored queue: the dataLayer still wants them once the code loads. */
  const kept: ShareEvent[] = []

  /** Whether anything wants events: an endpoint, a transport, the dataLayer. */
  const wanted = () => !!(config.endpoint || config.transport || config.dataLayer)

  const keepWaiting = () => {
    const store = (config.endpoint || config.transport) && consentedStorage(env, config)
    if (delivery || !store || !waiting.length) return
    try {
      // The stored queue's own format (queue-store.ts), without its code: the delivery code, when
      // it loads, bounds it by size as well and sends it.
      const key = queueKeyOf(config.endpoint)
      let queue
      // An unreadable queue (cut short, another script's) is read as empty, as the delivery code
      // reads it: else what waits stayed in memory and went with the page.
      try { queue = JSON.parse(store.getItem(key)!) } catch { /* unreadable: replaced by what waits */ }
      const events = Array.isArray(queue?.events) ? queue.events.concat(waiting) : waiting
      store.setItem(key, JSON.stringify({ events: events.slice(-maxEvents), dropped: (queue?.dropped | 0) + Math.max(0, events.length - maxEvents) }))
      if (config.dataLayer) kept.push(...waiting.splice(-maxEvents))
      waiting.length = 0
    } catch { /* storage refused or full: the events stay in memory */ }
  }

  /**
   * Loads the delivery code and hands it what waited. Called when an endpoint is configured, so
   * events queued by earlier pages go out early, and at the first event.
   */
  const start = (): Promise<Delivery | undefined> => {
    // On a server (an SSR pass of the app's code that calls configure()) there is no page to
    // deliver from: the delivery code needs a window and a document.
    if (!wanted() || !env.document) return Promise.resolve(undefined)
    if (!loading) {
      // Only where the first try failed: a delivery that arrives hands what waited to its own queue.
      code.tried('', warn).then(() => code.failed('') && keepWaiting())
      // A page left (or hidden, perhaps for good) while the code loads keeps what waits in the
      // stored queue, which the next page view sends: nothing waits in memory only.
      const { window: win, document: doc } = env
      const away = () => void (doc?.visibilityState != 'visible' && keepWaiting())
      win.addEventListener?.('pagehide', keepWaiting)
      if (doc) listen(doc, 'visibilitychange', away)
      loading = code.load('', warn).then(({ createDelivery }) => {
        win.removeEventListener?.('pagehide', keepWaiting)
        if (doc) unlisten(doc, 'visibilitychange', away)
        delivery = createDelivery(env, config, warn)
        // Those the stored queue holds already are only due to the dataLayer.
        kept.splice(0).forEach(delivery.queued)
        waiting.splice(0).forEach(delivery.add)
        return delivery
      }, () => undefined)
    }
    return loading
  }

  return {
    start,
    /** Hands an event to the configured sinks. */
    add(event: ShareEvent): void {
      if (delivery) delivery.add(event)
      else if (wanted()) {
        waiting.push(event)
        if (code.failed('')) keepWaiting()
        start()
      }
    },
    /** Consent was granted or refused: what waits is handed on, kept or dropped. */
    consent(granted: boolean): void {
      if (delivery) return delivery.consent(granted)
      if (granted) keepWaiting()
      else {
        waiting.length = 0
        kept.length = 0
      }
      // Nothing to tell the delivery code when it arrives: it reads consent from `config`, holds
      // what is made after a refusal (as when loaded) and sends the stored queue when granted.
    },
    /** Settles once queued events have been sent or have failed (never rejects). */
    flush: (): Promise<void> => (loading ?? Promise.resolve(undefined)).then((loaded) => loaded?.flush()),
    /** Stops the delivery's timers and listeners. */
    stop: () => delivery?.stop(),
  }
}

export type Reporter = ReturnType<typeof createReporter>
