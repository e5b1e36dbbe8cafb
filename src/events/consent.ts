import { globalConfig } from '../config/global-config'
import { currentDelivery, deliveryLoading } from './report'
import { rememberLanding } from './landing'
import { rememberVisitor } from './visitor'
import { browserEnv, type Env } from '../env'

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
  if (delivery) delivery.consent(globalConfig.consent)
  else deliveryLoading()?.then((loaded) => loaded?.consent(globalConfig.consent))
}
