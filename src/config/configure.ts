import type { GlobalOptions } from '../types'
import { browserEnv, type Env } from '../env'
import { createWarn, type Warn } from './warn'
import { globalConfig, defaultCampaign } from './global-config'
import { cleanCampaign, cleanLocale } from './resolve-options'
import { toBool } from './to-bool'

/** Consent as the script tag and `configure()` take it: `true`/`granted` or `false`/`pending`. */
export const readConsent = (value: unknown, warn: Warn): boolean | undefined => {
  if (value == null) return
  if (value === true || value === 'granted') return true
  if (value === false || value === 'pending') return false
  warn('SC107', 'consent', value, 'granted, pending')
}

/**
 * Sets global options; what is not given keeps its value. Invalid values are ignored with a
 * coded warning. `env` is for tests.
 *
 * @example
 * configure({ endpoint: '/share-events', campaign: 'black-friday' })
 */
export const configure = (options: GlobalOptions, env: Pick<Env, 'warn' | 'document'> = browserEnv()): void => {
  if (!options || typeof options !== 'object') return
  const warn = createWarn(env)
  const { endpoint, locale, consent, campaign, dataLayer, transport } = options
  if (endpoint !== undefined) {
    let url: URL | undefined
    try { url = new URL(String(endpoint), env.document.baseURI) } catch { /* reported below */ }
    if (url && /^https?:$/.test(url.protocol)) globalConfig.endpoint = url.href
    else warn('SC102', 'endpoint', String(endpoint).slice(0, 80))
  }
  if (locale !== undefined) globalConfig.locale = cleanLocale(locale, warn)
  const granted = readConsent(consent, warn)
  if (granted !== undefined) globalConfig.consent = granted
  if (campaign !== undefined) globalConfig.campaign = cleanCampaign(campaign, warn) ?? defaultCampaign
  if (dataLayer !== undefined) globalConfig.dataLayer = !!toBool(dataLayer)
  if (typeof transport === 'function') globalConfig.transport = transport
}
