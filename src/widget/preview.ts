import type { ChannelId, Scope } from '../types'
import type { Locale } from '../i18n/locale'
import { localeFor } from '../i18n/load-locale'
import { registry } from '../channels/registry'
import { textOnly } from '../channels/channel'
import { countWithLink } from '../share/fit-text'
import { message, values } from './messages'
import { resolveWidget } from './resolve-widget'

/** Stands in for the share id that every real click gets anew (21 characters, as nanoid's). */
export const previewShareId = 'PREVIEW_share_id_0001'

/** One channel's message as a preview explains it. */
export interface Preview {
  id: ChannelId
  /** Display name in the widget's locale. */
  name: string
  scope: Scope
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

/**
 * What each channel of a target will send, computed by the widget's own pipeline from the
 * target's attributes and the page: the variant that `data-variant` forces, else the widget's
 * own copy (a preview assigns no visitor a variant). A Mastodon server and a Facebook app id
 * stand in where none is set. `undefined` while the locale's table is still loading.
 */
export const previews = (target: Element, now = Date.now()): Preview[] | undefined => {
  const resolved = resolveWidget(target, {}, { page: target.ownerDocument.URL, warn: () => {}, now, visitor: () => previewShareId })
  const { options } = resolved
  const state = options.variant ? resolved : { ...resolved, variant: undefined, templates: { ...options.templates } }
  const locale = localeFor(options.locale)
  if (!locale) return
  const ctx = { shareId: () => previewShareId, mobile: false }
  const copy = values(state, now)
  const stand = { ...state, options: { ...options, facebookAppId: options.facebookAppId ?? '0', mastodon: options.mastodon ?? 'mastodon.social' } }
  return (options.channels ?? locale.channels).map((id) => {
    const channel = registry[id]
    const { data, href } = message(id, stand, locale, copy, ctx)
    // The same copy without the channel's limit, and with a plain copy no template makes: so
    // the preview can tell whether the copy was cut, or the template fell back.
    const unfitted = (table: Locale) => message(id, stand, table, copy, { ...ctx, whole: true }).data.text
    const whole = unfitted(locale)
    const plain = unfitted({ ...locale, plain: '\u0000' })
    const ignored = channel.url ? href === channel.url({ ...data, text: undefined }, { mobile: false, ...stand.options }) : id === 'copy' || id === 'wechat'
    // A channel that takes the link in a field of its own sends copy that placed it (`{url}`)
    // without it (`textOnly`): its href does not change when the link is taken out here.
    const alone = textOnly(data) ?? ''
    const text = ignored ? '' : channel.url && alone != data.text && href === channel.url({ ...data, text: alone }, { mobile: false, ...stand.options }) ? alone : data.text ?? ''
    return {
      id,
      name: locale.names?.[id] ?? channel.name,
      scope: channel.scope,
      title: data.title,
      text,
      link: data.url,
      href: href?.includes(':') ? href : undefined,
      count: countWithLink(text, data.url, channel.limit),
      limit: channel.limit?.max,
      truncated: !ignored && data.text !== whole,
      fallback: !ignored && plain === '\u0000',
      ignored,
    }
  })
}
