import type { GlobalOptions } from '../types'
import { browserEnv, type Env } from '../env'
import { createWarn } from './warn'
import { globalConfig } from './global-config'
import { cleanLocale, cleanOption, toBool } from './resolve-options'
import { safeUrl } from '../product/safe-url'

/**
 * Sets global options; what is not given keeps its value. Invalid values are ignored with a
 * coded warning. `consent` is `true`/`'granted'` or `false`/`'pending'`. `env` is for tests.
 *
 * @example
 * configure({ endpoint: '/share-events', campaign: 'black-friday' })
 */
export const configure = (options: GlobalOptions, env: Pick<Env, 'warn' | 'document'> = browserEnv()): void => {
  const warn = createWarn(env)
  // Own options only: an option not given is not read from a polluted Object.prototype.
  const { endpoint, locale, consent, campaign, dataLayer, transport, batchSize, batchWait } = { __proto__: null, ...options } as GlobalOptions
  if (endpoint != null) {
    const url = safeUrl(endpoint, env.document?.baseURI)
    if (url) globalConfig.endpoint = url
    else warn('SC102', 'endpoint', String(endpoint).slice(0, 80))
  }
  if (locale != null) globalConfig.locale = cleanLocale(locale, warn)
  if (consent != null) {
    if ([true, false, 'granted', 'pending'].indexOf(consent) > -1) globalConfig.consent = consent === true || consent === 'granted'
    else warn('SC107', 'consent', consent, 'granted, pending')
  }
  if (campaign != null) globalConfig.campaign = cleanOption('campaign', campaign, warn, 100) ?? 'sharecue'
  if (dataLayer != null) globalConfig.dataLayer = toBool(dataLayer)
  if (typeof transport == 'function') globalConfig.transport = transport
  // A batch of 1–500 events (the queue's bound), sent within 0–60 s.
  if (batchSize != null) {
    if (batchSize >= 1 && batchSize <= 500) globalConfig.batchSize = Math.floor(batchSize)
    else warn('SC107', 'batchSize', batchSize, '1–500')
  }
  if (batchWait != null) {
    if (batchWait >= 0 && batchWait <= 60_000) globalConfig.batchWait = batchWait
    else warn('SC107', 'batchWait', batchWait, '0–60000')
  }
}
