import type { ShareData } from '../types'
import { registry, isChannelId } from '../channels/registry'
import type { Env } from '../env'
import { createWarn } from '../lib/warn'
import { safeUrl } from '../product/safe-url'
import { shorten } from '../product/resolve-product'
import { own } from '../lib/own'

/**
 * `shareUrl` with its environment given: where warnings go and whether this is a phone. The
 * public `shareUrl` passes the browser's (or the server's global object); tests pass their own.
 *
 * @example buildShareUrl('telegram', { url: 'https://shop.example/p/1' }, { warn: console.warn, mobile: () => false })
 */
export const buildShareUrl = (channel: string, data: ShareData, env: Pick<Env, 'warn' | 'mobile'>): string | null => {
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
