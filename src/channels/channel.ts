import type { ChannelId, Scope, ShareData } from '../types'

/** What a channel's URL builder may need besides the share data. */
export interface IntentContext {
  /** A phone or tablet, where app schemes such as `fb-messenger:` work. */
  mobile: boolean
  /** Facebook app id (messenger on desktops). */
  facebookAppId?: string
  /** Mastodon instance host, e.g. `mastodon.social`. */
  mastodon?: string
}

/** How a channel measures the copy it is given. */
export interface TextLimit {
  /** Most characters in all, link included. */
  max: number
  /** Characters the link counts for: a number where the platform shortens links (X: 23), else its length. */
  link?: number
  /** Count CJK characters twice, as X does. */
  weighted?: boolean
}

/** Why a channel cannot share the data it was given here; the widget hides it with a warning. */
export type Missing = 'image' | 'appId' | 'instance'

/**
 * One share channel. Every channel lives in its own file and is registered in `registry.ts`.
 * A web-intent channel has `url`; an action channel (native, copy, wechat, image) has `action`.
 */
export interface Channel {
  id: ChannelId
  /** Display name in English; locales may override it. */
  name: string
  scope: Scope
  /** SVG path data on a 24×24 grid, loaded lazily so a page downloads only the icons it shows. */
  icon: () => Promise<{ default: string }>
  /** Builds the share URL; returns what is missing instead when it cannot. */
  url?: (data: ShareData, ctx: IntentContext) => string | Missing
  /** The copy's limit, where the platform has one. */
  limit?: TextLimit
  /** Action channels: performed by the widget instead of a link. */
  action?: 'native' | 'copy' | 'wechat' | 'image'
}

/**
 * Builds `base` with `params` as its query, every value percent-encoded. Spaces become `%20`,
 * not `+`: `mailto:`, `sms:` and app schemes do not decode `+` as a space (RFC 6068 §5).
 * Empty and missing values are left out.
 */
export const intent = (base: string, params: Record<string, string | undefined>, prefix = ''): string => {
  const url = new URL(base)
  const query = new URLSearchParams()
  // Own keys only: a page's polluted Object.prototype must not add parameters.
  for (const [key, value] of Object.entries(params)) if (value) query.append(key, value)
  // The base has no query or fragment, and the query has nothing left to encode: appended, not
  // set through \`url.search\`, which parses the whole URL again (once per link drawn).
  const search = prefix + query.toString().replace(/\+/g, '%20')
  return url.href + (search && '?' + search)
}

/** The copy without its link, where the copy placed the link itself (`{url}`); its line breaks stay. */
export const withoutLink = (text: string, url: string): string =>
  text.includes(url) ? text.replace(url, '').replace(/[ \t]{2,}/g, ' ').trim() : text

/**
 * The copy alone, for endpoints that take the link in a field of its own (X, Telegram, …): where
 * the copy placed the link itself (`{url}`), it is taken out, so the post shows it once.
 */
export const textOnly = (data: ShareData): string | undefined => data.text ? withoutLink(data.text + '', data.url) : data.text

/**
 * The copy followed by the link, for endpoints that take one text field (WhatsApp, Bluesky, …);
 * the copy alone where it placed the link itself (`{url}`), so the link goes once.
 */
export const textAndUrl = (data: ShareData, separator = ' '): string => {
  // As text: shareUrl() takes any value a page passes (a number is its digits).
  const text = data.text ? data.text + '' : ''
  return !text ? data.url : text.includes(data.url) ? text : text + separator + data.url
}
