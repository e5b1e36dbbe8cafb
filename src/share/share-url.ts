import type { ShareData } from '../types'
import { registry, isChannelId } from '../channels/registry'
import { browserEnv, type Env } from '../env'
import { createWarn } from '../lib/warn'
import { safeUrl } from '../product/safe-url'
import { shorten } from '../product/resolve-product'
import { own } from '../lib/own'

/**
 * The share URL of a web-intent channel for the data given (no attribution is added: pass the
 * URL you want shared; an `image` that is not an http(s) URL is left out). `null` for action
 * channels, unknown channels, a non-http(s) `url`, or a channel that lacks something
 * (pinterest without `image`, messenger on a desktop).
 *
 * @example
 * shareUrl('telegram', { url: 'https://shop.example/p/1', text: 'Trail shoe' })
 * // → 'https://t.me/share/url?url=https%3A%2F%2Fshop.example%2Fp%2F1&text=Trail%20shoe'
 */
export const shareUrl = (channel: string, data: ShareData, env: Pick<Env, 'warn' | 'mobile'> = browserEnv()): string | null => {
  const warn = createWarn(env)
  const id = shorten(channel).toLowerCase()
  const build = isChannelId(id) ? own(registry[id], 'url') : undefined
  if (!build) {
    warn(isChannelId(id) ? 'SC402' : 'SC101', id.slice(0, 40))
    return null
  }
  // Own fields only: a field not given is not read from a polluted Object.prototype.
  const given = { __proto__: null, ...data } as ShareData
  let url: URL | undefined
  try { url = new URL(given.url) } catch { /* reported below */ }
  if (!url || !/^https?:$/.test(url.protocol)) {
    warn('SC102', 'url', shorten(given.url))
    return null
  }
  // The image is a link too (contract §9): anything but http(s) is left out, as if not given.
  given.url = url.href
  given.image = safeUrl(given.image)
  const href = build(given, { mobile: env.mobile() })
  return href.includes(':') ? href : null
}
