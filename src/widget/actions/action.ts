import type { ChannelId, ShareData } from '../../types'
import type { Env } from '../../env'
import type { Warn } from '../../lib/warn'
import type { Locale } from '../../i18n/locale'
import type { MastodonModel, WechatModel } from '../../ui/model'
import type { cardImages } from '../../card/card-images'

/** The dialogs and fields a widget may have open. */
export interface Panels {
  wechat?: WechatModel
  mastodon?: MastodonModel
}

/** What an action channel may do when its button is clicked. */
export interface ActionContext {
  id: ChannelId
  /** What the channel shares: the attributed link, the title, the copy, the image. */
  data: ShareData
  event: MouseEvent
  env: Env
  root: ShadowRoot
  locale: Locale
  warn: Warn
  /** Reports `share_complete` for this share (only where the platform confirms it). */
  complete(): void
  /** Announces text in the widget's live region. */
  say(text: string): void
  /** Opens, changes or closes panels, then redraws. */
  panel(change: (open: Panels) => Panels): void
  /** Loads the WeChat dialog and the Mastodon field (a lazy part). */
  extras(): void
  /** The widget's card images (the `image` channel). */
  images: ReturnType<typeof cardImages>
}

/**
 * What a click on an action channel's button does. It returns `false` where the click was not a
 * share yet (Mastodon asking for the shopper's server); otherwise a `share_click` is reported.
 */
export type Action = (ctx: ActionContext) => void | false
