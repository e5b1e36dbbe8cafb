import type { ChannelId, Scope } from '../types'

/**
 * Everything a locale says. Adding a locale is one file of this shape plus one line in
 * `locales.ts` (the widget, lazily) and one in `all-locales.ts` (the server card).
 */
export interface Locale {
  /** BCP 47 tag this table is for. */
  tag: string
  /** Writing direction, where right-to-left. */
  dir?: 'rtl'
  /** Default channels, in display order, for pages in this language. */
  channels: ChannelId[]
  /** Channel display names that differ from the English ones. */
  names?: Partial<Record<ChannelId, string>>
  /** Default share copy per scope; a channel's own template (from options) wins. */
  templates: Record<Scope, string>
  /** The plain copy used when a template names data the product does not have. */
  plain: string
  /** Accessible name of the whole widget. */
  share: string
  /** Accessible name of an icon-only control; `{0}` is the channel's display name. */
  shareOn: string
  /** Scope group headings. */
  scopes: Record<Scope, string>
  copied: string
  copyFailed: string
  close: string
  /** WeChat dialog: heading, how to use the QR code, the hint inside WeChat's browser, the QR's name. */
  wechatTitle: string
  wechatScan: string
  wechatInApp: string
  wechatQr: string
  /** WeChat dialog, for a link no QR code can hold: copy it and paste it into WeChat. */
  wechatCopy: string
  /** WeChat dialog, where no QR code could be made (its code did not load): copy the link and paste it into WeChat. */
  wechatPaste: string
  /** Mastodon: the field asking for the shopper's server, and its button. */
  mastodonServer: string
  mastodonGo: string
  /** Said when what the shopper typed is not a server name. */
  mastodonInvalid: string
  /** Said after a new tab opens, for screen readers (appended to link names). */
  newTab: string
  /** The card: `{0}` is an absolute date and time ("1 Dec, 23:59 CET"), or the time left. */
  ends: string
  endsIn: string
  ended: string
  /** Read before the struck-through price, which a screen reader reads as a plain second price. */
  originalPrice: string
  /** `{0}` is the number of units left. */
  left: string
  soldOut: string
  /** Units sold, as the merchant counts them: `{0}` is the number. */
  sold: string
  /** Announced once, an hour before the deadline. */
  lastHour: string
  /** The button that stops and restarts the ticking countdown. */
  pause: string
  resume: string
  /** The Story image: the line beside its QR code. */
  storyScan: string
  /** Said after the Story image was saved where it could not be shared: how to post it. */
  storySaved: string
}

/**
 * "Ask my friends": the button, the question copy (a template: `{title}` and the other
 * placeholders), the friend's prompt and its three answers, the thanks, the asker's view of the
 * answers (`{0}`: "2 Get it, 1 Not sure"), and what the asker is told about seeing them (with
 * and without a browser that may remember the ask). A table per language in `i18n/ask/`,
 * loaded by the ask part only, so other widgets and the server card carry none of it.
 */
export interface AskStrings { button: string; copy: string; prompt: string; yes: string; maybe: string; no: string; thanks: string; answers: string; note: string; noMemory: string }
