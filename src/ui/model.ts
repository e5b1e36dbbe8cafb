import type { ChannelId, Layout, Scope, Theme } from '../types'
import type { AskStrings, Locale } from '../i18n/locale'
import type { CardModel } from '../card/card-model'

/** One control as the widget shows it. */
export interface ControlModel {
  id: ChannelId
  /** Display name, in the widget's locale. */
  name: string
  /** Accessible name (contains the display name). */
  label: string
  scope: Scope
  /** Web-intent channels: the share URL; the control is a link. */
  href?: string
  /** Path data, once loaded. */
  icon?: string
  /** The icon could not load: a glyph of the name stands in. */
  glyph?: boolean
}

/** The WeChat dialog: the QR code's module path and size, or the in-WeChat hint. */
export interface WechatModel {
  inApp: boolean
  qr?: { path: string; size: number }
  /** A link to copy and paste into WeChat instead: no QR code can hold it, or none could be made. */
  link?: WechatLink
}

/** The link the WeChat dialog offers to copy: the copy button's name, what copying said, the copy. */
export interface WechatLink {
  url: string
  /** Why and how: too long for a QR code, or simply "copy it, then paste it into WeChat". */
  note: string
  name: string
  said?: string
  copy(): void
  /** The shopper copied it from the field by hand: the share is complete (once). */
  copied(): void
}

/** The inline field that asks the shopper for their Mastodon server; `invalid` after a bad try. */
export interface MastodonModel {
  invalid?: boolean
}

/** "Ask my friends" as the widget shows it (`widget/ask.ts`). */
export interface AskModel {
  /** Its words, in the widget's language. */
  strings: AskStrings
  /** The "Ask my friends" button (the `ask` option). */
  button: boolean
  /** Its panel is open, with these controls (question copy, links with `scask=1`). */
  open: boolean
  controls: ControlModel[]
  /** This browser may remember the ask (consent, no GPC): answers can be shown later. */
  remembered: boolean
  /** A friend's prompt: the ask's share id, the product asked about, and whether it was answered. */
  prompt?: { shareId: string; url?: string | undefined; thanked?: boolean; said?: boolean } | undefined
  /** What friends answered to this browser's asks ("2 Get it, 1 Not sure"). */
  answers?: string | undefined
}

/** Everything the widget renders. */
export interface WidgetModel {
  locale: Locale
  layout: Layout
  theme: Theme
  group: boolean
  controls: ControlModel[]
  /** Live-region text ("Link copied"). */
  status: string
  wechat?: WechatModel
  mastodon?: MastodonModel
  /** The preview card, when shown. */
  card?: CardModel
}

/** What the widget reports back. Components never act themselves. */
export interface WidgetCallbacks {
  onControl(id: ChannelId, event: MouseEvent): void
  onCloseDialog(): void
  /** The shopper names their server and shares (the form's submit). */
  onMastodon(event: Event): void
  /** Pauses or resumes the card's ticking countdown. */
  onPause(): void
  /** Opens or closes the "Ask my friends" panel. */
  onAsk?(): void
  /** A control of the ask panel was used. */
  onAskControl?(id: ChannelId, event: MouseEvent): void
  /** The friend answered; `undefined`: dismissed the prompt. */
  onReply?(reply: 'yes' | 'maybe' | 'no' | undefined): void
}
