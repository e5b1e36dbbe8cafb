import type { ShareData } from '../types'
import { registry, isChannelId } from '../channels/registry'
import type { Env } from '../env'
import { createWarn, type Warn } from '../lib/warn'
import { safeUrl } from '../product/safe-url'
import { shorten } from '../product/resolve-product'

/** One warning sink per environment, so each problem is told once however often shareUrl is called. */
const warnings = new WeakMap<object, Warn>()

/** The fields besides `url`, each of which a channel may or may not use. */
const optionalFields = ['title', 'text', 'image'] as const

/**
 * `shareUrl` with its environment given: where warnings go and whether this is a phone. The
 * public `shareUrl` passes the browser's (or the server's global object); tests pass their own.
 *
 * @example buildShareUrl('telegram', { url: 'https://shop.example/p/1' }, { warn: console.warn, mobile: () => false })
 */
export const buildShareUrl = (channel: string, data: ShareData, env: Pick<Env, 'warn' | 'mobile'>): string | null => {
  let warn = warnings.get(env)
  if (!warn) warnings.set(env, warn = createWarn(env))
  const id = shorten(channel).toLowerCase()
  const build = isChannelId(id) ? registry[id].url : undefined
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
  const ctx = { mobile: env.mobile() }
  const href = build(given, ctx)
  if (!href.includes(':')) return null
  // A field the channel's link has no place for is left out, and said so (once per channel and
  // field) rather than dropped silently: it is one whose removal leaves the link as it was.
  for (const field of optionalFields) {
    if (given[field] && build({ __proto__: null, ...given, [field]: undefined } as ShareData, ctx) == href) warn('SC403', id, field)
  }
  return href
}
