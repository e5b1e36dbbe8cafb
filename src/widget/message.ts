import type { ChannelId, ShareData } from '../types'
import type { Locale } from '../i18n/locale'
import type { Missing } from '../channels/channel'
import { registry } from '../channels/registry'
import { shareData } from '../share/share-data'
import type { CopyValues } from '../share/render-copy'
import type { WidgetState } from './resolve-widget'

/** What a message depends on besides the widget's state. */
export interface MessageContext {
  /** The share id each channel's next share carries. */
  shareId: (id: ChannelId) => string
  /** A phone or tablet (app schemes such as `fb-messenger:` work there). */
  mobile: boolean
  /** The copy as written, not fitted to the channel's limit (previews compare the two). */
  whole?: boolean
  /** An "Ask my friends" message: its link carries `scask=1`. */
  ask?: boolean
}

/** What one channel of a widget sends. */
export interface Message {
  id: ChannelId
  /** The attributed link, the title, the copy fitted to the channel's limit, the image. */
  data: ShareData
  /** Web-intent channels: the share URL the control links to. */
  href?: string
  /** What the channel lacks to share here (`instance`: the shopper is asked for their server). */
  missing?: Missing
}

/** One channel's message. */
export const message = (id: ChannelId, state: WidgetState, locale: Locale, copy: CopyValues, ctx: MessageContext): Message => {
  const { options, product, templates } = state
  const channel = registry[id]
  const data = shareData({ channel: ctx.whole ? { __proto__: null, ...channel, limit: undefined } as typeof channel : channel, product, locale, values: copy, campaign: options.campaign, ref: options.ref, ask: ctx.ask, shareId: ctx.shareId(id), templates })
  const url = channel.url?.(data, { mobile: ctx.mobile, facebookAppId: options.facebookAppId, mastodon: options.mastodon })
  return url === 'image' || url === 'appId' || url === 'instance' ? { id, data, missing: url } : { id, data, href: url }
}

