import type { GlobalOptions } from '../types'
import type { Warn } from '../lib/warn'
import type { GlobalConfig } from './global-config'
import { cleanLocale, cleanOption, toBool } from './first-options'
import { safeUrl } from '../product/safe-url'
import { pageAddress } from '../product/page-address'

/**
 * Sets a window's global options (`configure()`); what is not given keeps its value. Invalid
 * values are ignored with a coded warning. `consent` is `true`/`'granted'` or `false`/`'pending'`.
 * Relative endpoints resolve against `base` (the document's base URI).
 */
export const applyOptions = (globalConfig: GlobalConfig, options: GlobalOptions, warn: Warn, base?: string): void => {
  // Own options only: an option not given is not read from a polluted Object.prototype.
  const { endpoint, locale, consent, campaign, dataLayer, transport, batchSize, batchWait, attributionDays, repliesEndpoint } = { __proto__: null, ...options } as GlobalOptions
  // Not against a protected preview's `user:password@` (Chromium's baseURI keeps it): fetch
  // refuses a URL that carries one, and would send nothing. `pageAddress` leaves it out, as it
  // does from every address sharecue shares or reports.
  base = typeof base == 'string' ? pageAddress(base) : undefined
  if (endpoint != null) {
    const url = safeUrl(endpoint, base)
    if (url) globalConfig.endpoint = url
    else warn('SC102', 'endpoint', String(endpoint).slice(0, 80))
  }
  if (repliesEndpoint != null) {
    const url = safeUrl(repliesEndpoint, base)
    if (url) globalConfig.repliesEndpoint = url
    else warn('SC102', 'repliesEndpoint', String(repliesEndpoint).slice(0, 80))
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
  // Checked where it is used, by the order code, which only order pages load.
  if (attributionDays != null) globalConfig.attributionDays = attributionDays
  if (batchWait != null) {
    if (batchWait >= 0 && batchWait <= 60_000) globalConfig.batchWait = batchWait
    else warn('SC107', 'batchWait', batchWait, '0–60000')
  }
}
