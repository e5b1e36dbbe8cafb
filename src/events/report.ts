import type { ShareEvent } from '../types'
import type { Env } from '../env'
import type { Warn } from '../config/warn'
import { globalConfig } from '../config/global-config'
import { emit } from './hub'
import type { Delivery } from './delivery'

let delivery: Delivery | undefined
let loading: Promise<Delivery | undefined> | undefined
/** Events made while the delivery code loads. */
const waiting: ShareEvent[] = []

/** Whether anything beyond `on()` subscribers wants events: an endpoint, a transport, the dataLayer. */
const wanted = () => !!(globalConfig.endpoint || globalConfig.transport || globalConfig.dataLayer)

/**
 * Loads the delivery code (a lazy chunk: pages without an endpoint never download it) and
 * hands it what waited. Called when an endpoint is configured, so events queued by earlier
 * pages go out early, and at the first event.
 */
export const startDelivery = (env: Env, warn: Warn): Promise<Delivery | undefined> => {
  if (!wanted()) return Promise.resolve(undefined)
  return (loading ??= import('./delivery').then(({ createDelivery }) => {
    delivery = createDelivery(env, globalConfig, warn)
    waiting.splice(0).forEach(delivery.add)
    return delivery
  }, (error) => {
    loading = undefined
    warn('SC305', 'delivery', error)
    return undefined
  }))
}

/** Reports an event: to `on()` subscribers at once, and to the configured sinks. */
export const report = (event: ShareEvent, env: Env, warn: Warn): void => {
  emit(event, warn)
  if (delivery) delivery.add(event)
  else if (wanted()) {
    waiting.push(event)
    startDelivery(env, warn)
  }
}

/** The delivery, once loaded (for `consent()` and `flush()`). */
export const currentDelivery = (): Delivery | undefined => delivery
export const deliveryLoading = (): Promise<Delivery | undefined> | undefined => loading
