import type { MountOptions } from '../types'
import { instanceHost } from '../channels/instance-host'
import type { GlobalConfig } from './global-config'
import type { Warn } from '../lib/warn'
import { optionRules } from './option-rules'
import { safeUrl } from '../product/safe-url'
import { shorten } from '../product/resolve-product'
import { cleanOption, firstOptions, toBool, type WidgetOptions } from './first-options'

export { cleanChannels, cleanLocale, cleanOption, toBool, type WidgetOptions } from './first-options'

/**
 * Validates a widget's merged options (mount options over attributes): `firstOptions`, then
 * `laterOptions` (the Mastodon instance, the server's time, the stock threshold, units sold,
 * the image proxy); `now` is this clock's time.
 */
export const resolveOptions = (options: MountOptions, doc: Document, warn: Warn, now = Date.now(), globalConfig?: Pick<GlobalConfig, 'locale' | 'campaign'>): WidgetOptions => {
  const first = firstOptions(options, doc, warn, globalConfig)
  const mastodon = instanceHost(options.mastodon)
  if (options.mastodon && !mastodon) warn('SC303', shorten(options.mastodon))
  const serverNow = optionRules.moment(options.now, 'data-now', warn)
  const threshold = optionRules.count(options.stockThreshold, 'data-stock-threshold', warn)
  // Relative templates resolve against the page, as the image they name will.
  const proxy = cleanOption('imageProxy', options.imageProxy, warn)
  const imageProxy = proxy?.includes('{url}') && safeUrl(proxy.replace('{url}', ''), doc.baseURI) ? proxy : undefined
  if (proxy && !imageProxy) warn('SC307', proxy.slice(0, 80))
  const sold = optionRules.count(options.sold, 'data-sold', warn)
  return {
    ...first,
    mastodon,
    skew: serverNow == null ? 0 : serverNow - now,
    threshold: threshold ?? first.threshold,
    sold,
    imageProxy,
    ask: toBool(options.ask),
    askAsFriend: toBool(options.askAsFriend),
  }
}
