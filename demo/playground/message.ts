import type { ChannelId, Scope } from '../../src/types'
import { registry } from '../../src/channels/registry'
import { readAttributes } from '../../src/config/read-attributes'
import { resolveOptions } from '../../src/config/resolve-options'
import { resolveProduct } from '../../src/product/resolve-product'
import { copyValues } from '../../src/share/copy-values'
import { shareData } from '../../src/share/share-data'
import { countWithLink } from '../../src/share/fit-text'
import { localeFor } from '../../src/i18n/load-locale'
import { variantTemplates } from '../../src/share/variant-templates'

/** Stands in for the share id that every real click gets anew (21 characters, as nanoid's). */
export const previewShareId = 'PREVIEW_share_id_0001'

/** How a platform shows what it is sent. */
export type Look = 'chat' | 'post' | 'email' | 'link'

/** One channel's message, computed by the widget's own modules from the target's attributes. */
export interface Message {
  id: ChannelId
  name: string
  scope: Scope
  look: Look
  /** Email subject, or the title a link post shows. */
  title?: string
  /** The copy as sent ('' when the channel takes no text). */
  text: string
  /** The shared link, with attribution. */
  link: string
  /** What the control opens (web-intent channels). */
  href?: string
  /** The length as the channel counts it, link included, and its limit. */
  count: number
  limit?: number
  /** The copy was shortened to fit the limit. */
  truncated: boolean
  /** The template names data the product lacks, so the plain copy goes instead. */
  fallback: boolean
  /** The channel sends the link only (its platform shows a preview of the page). */
  ignored: boolean
}

const chats: ChannelId[] = ['whatsapp', 'telegram', 'sms', 'line', 'viber', 'messenger', 'qq', 'wechat', 'copy', 'native']
const posts: ChannelId[] = ['x', 'threads', 'bluesky', 'mastodon', 'weibo', 'tumblr']
const lookOf = (id: ChannelId): Look => (id === 'email' ? 'email' : chats.includes(id) ? 'chat' : posts.includes(id) ? 'post' : 'link')

/**
 * What each channel of a target will send, as the widget computes it: its attributes read by
 * `readAttributes`, the cascade of `resolveOptions` and `resolveProduct` (the page's JSON-LD
 * included), the variant's copy of `variantTemplates` (the one `data-variant` shows, else the
 * widget's own), the copy of `shareData`. `undefined` while the locale table is still loading.
 */
export const messagesFor = (target: Element, now = Date.now()): Message[] | undefined => {
  const doc = target.ownerDocument
  const quiet = () => {}
  const options = readAttributes(target)
  const config = resolveOptions(options, doc, quiet, now)
  const product = resolveProduct(options, doc, String(options.url ?? doc.URL), quiet)
  const locale = localeFor(config.locale)
  if (!locale) return
  const values = copyValues(product, config.locale, now + config.skew, config.threshold)
  const input = { product, locale, values, campaign: config.campaign, shareId: previewShareId,
    templates: variantTemplates(config.templates, config.variant ? config.variants[config.variant] : {}) }
  const ctx = { mobile: false, facebookAppId: config.facebookAppId ?? '0', mastodon: config.mastodon ?? 'mastodon.social' }
  return (config.channels ?? locale.channels).map((id) => {
    const channel = registry[id]
    const data = shareData({ ...input, channel })
    // The same copy without the channel's limit, and with a plain copy no template makes: so
    // the preview can tell whether the copy was cut, or the template fell back.
    const whole = shareData({ ...input, channel: { ...channel, limit: undefined } })
    const plain = shareData({ ...input, channel: { ...channel, limit: undefined }, locale: { ...locale, plain: '\u0000' } })
    const href = channel.url?.(data, ctx)
    const ignored = channel.url ? href === channel.url({ ...data, text: undefined }, ctx) : id === 'copy' || id === 'wechat'
    const text = ignored ? '' : data.text ?? ''
    const limit = channel.limit
    const count = countWithLink(text, data.url, limit)
    return {
      id,
      name: locale.names?.[id] ?? channel.name,
      scope: channel.scope,
      look: lookOf(id),
      title: data.title,
      text,
      link: data.url,
      href: href?.includes(':') ? href : undefined,
      count,
      limit: limit?.max,
      truncated: !ignored && data.text !== whole.text,
      fallback: !ignored && plain.text === '\u0000',
      ignored,
    }
  })
}
