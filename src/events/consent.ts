import { globalConfig } from '../config/global-config'
import { currentDelivery, deliveryLoading, dropWaiting, keepWaiting } from './report'
import { rememberLanding } from './landing'
import { rememberVisitor } from './visitor'
import { browserEnv, type Env } from '../env'
import { queueKey } from './queue-store'

/**
 * Grants or refuses consent at run time. Until consent is granted (`data-consent="pending"`),
 * nothing is sent or stored; refusing drops what was held and queued.
 *
 * @example
 * cookieBanner.onAccept(() => ShareCue.consent(true))
 */
export const consent = (granted: boolean, env: Env = browserEnv()): void => {
  globalConfig.consent = granted === true
  if (globalConfig.consent) rememberLanding(env)
  rememberVisitor(env)
  const delivery = currentDelivery()
  if (delivery) return delivery.consent(globalConfig.consent)
  // The delivery code is loading, or could not load: what waits is kept, or dropped, here.
  if (globalConfig.consent) keepWaiting(env)
  else {
    dropWaiting()
    try {
      env.storage()?.removeItem(queueKey)
    } catch { /* nothing stored */ }
  }
  deliveryLoading()?.then((loaded) => loaded?.consent(globalConfig.consent))
}
