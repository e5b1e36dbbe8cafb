import type { ShareEvent } from '../types'
import type { Env } from '../env'
import type { Warn } from '../lib/warn'
import { globalConfig } from '../config/global-config'
import { loadOnce } from '../lib/load-once'
import { emit } from './hub'
import { consentedStorage } from './consented-storage'
import { maxEvents, queueKey } from './queue-store'
import type { Delivery } from './delivery'

const code = loadOnce('delivery', () => import('./delivery'))
let delivery: Delivery | undefined
let loading: Promise<Delivery | undefined> | undefined
/** Events made while the delivery code loads (or cannot), held in memory. */
const waiting: ShareEvent[] = []

/** Whether anything beyond `on()` subscribers wants events: an endpoint, a transport, the dataLayer. */
const wanted = () => !!(globalConfig.endpoint || globalConfig.transport || globalConfig.dataLayer)

/**
 * Where the delivery code could not load (yet), what waits goes into the stored queue (with
 * consent, not under GPC), which a later page view, or this one once a retry brings the code,
 * sends. Without storage it stays in memory for this page view.
 */
export const keepWaiting = (env: Env): void => {
  const store = (globalConfig.endpoint || globalConfig.transport) && consentedStorage(env)
  if (delivery || !store || !waiting.length) return
  try {
    // The stored queue's own format (queue-store.ts), without its code: the delivery code, when
    // it loads, bounds it by size as well and sends it.
    const queue = JSON.parse(store.getItem(queueKey) || 'null') ?? {}
    const events = Array.isArray(queue.events) ? queue.events.concat(waiting) : waiting
    store.setItem(queueKey, JSON.stringify({ events: events.slice(-maxEvents), dropped: (+queue.dropped || 0) + Math.max(0, events.length - maxEvents) }))
    waiting.length = 0
  } catch { /* storage refused or full: the events stay in memory */ }
}

/**
 * Loads the delivery code (a lazy chunk: pages without an endpoint never download it) and
 * hands it what waited. Called when an endpoint is configured, so events queued by earlier
 * pages go out early, and at the first event.
 */
export const startDelivery = (env: Env, warn: Warn): Promise<Delivery | undefined> => {
  if (!wanted()) return Promise.resolve(undefined)
  code.tried('', warn).then(() => keepWaiting(env))
  return (loading ??= code.load('', warn).then(({ createDelivery }) => {
    delivery = createDelivery(env, globalConfig, warn)
    waiting.splice(0).forEach(delivery.add)
    return delivery
  }, () => undefined))
}

/** Reports an event: to `on()` subscribers at once, and to the configured sinks. */
export const report = (event: ShareEvent, env: Env, warn: Warn): void => {
  emit(event, warn)
  if (delivery) delivery.add(event)
  else if (wanted()) {
    waiting.push(event)
    if (code.failed('')) keepWaiting(env)
    startDelivery(env, warn)
  }
}

/** Forgets what waits for the delivery code (consent refused). */
export const dropWaiting = (): void => {
  waiting.length = 0
}

/** The delivery, once loaded (for `consent()` and `flush()`). */
export const currentDelivery = (): Delivery | undefined => delivery
export const deliveryLoading = (): Promise<Delivery | undefined> | undefined => loading
