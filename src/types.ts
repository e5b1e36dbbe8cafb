/** Public types of sharecue. Foundations: this file imports nothing from the project. */

/** Every channel id of the contract, lowercase. */
export type ChannelId =
  | 'native' | 'copy' | 'email' | 'sms' | 'facebook' | 'messenger' | 'x' | 'threads'
  | 'bluesky' | 'mastodon' | 'linkedin' | 'pinterest' | 'reddit' | 'tumblr' | 'hackernews'
  | 'whatsapp' | 'telegram' | 'line' | 'viber' | 'vk' | 'ok' | 'wechat' | 'weibo' | 'qq'
  | 'qzone' | 'douban' | 'image'

/** Who sees a share: one friend (`private`), a group or community (`group`), everyone (`public`). */
export type Scope = 'private' | 'group' | 'public'

/** How the buttons look. */
export type Layout = 'icons' | 'labels' | 'pills'

/** Colour scheme; `auto` follows `prefers-color-scheme`. */
export type Theme = 'auto' | 'light' | 'dark'

/** What a share sends: the link (already carrying attribution) and its copy. */
export interface ShareData {
  url: string
  title?: string
  text?: string
  image?: string
}

/** The product a widget shares, resolved from options, attributes, JSON-LD, Open Graph and the document. */
export interface Product {
  url: string
  title: string
  text?: string
  image?: string
  /** Price as a number in major units (19.99). */
  price?: number
  /** ISO 4217 code, upper case. */
  currency?: string
  originalPrice?: number
  /** Epoch milliseconds of the end of the offer. */
  deadline?: number
  stock?: number
  sku?: string
  brand?: string
}

/** Options of `mount()`; the names are the target's `data-*` attributes in camelCase. */
export interface MountOptions {
  /** Channel ids in display order, as an array or a comma-separated string. Default: the locale's set. */
  channels?: readonly string[] | string
  url?: string
  title?: string
  text?: string
  image?: string
  price?: number | string
  currency?: string
  originalPrice?: number | string
  /** ISO 8601 with a UTC offset, a Date, or epoch ms. */
  deadline?: string | number | Date
  stock?: number | string
  sku?: string
  /** Show the preview card. Default `false`. */
  card?: boolean | string
  /**
   * The server's current time (ISO 8601 or epoch ms), so a wrong client clock does not show a
   * wrong countdown. Default: the client's clock.
   */
  now?: string | number | Date
  /** Stock at or below this shows "Only N left". Default 5. */
  stockThreshold?: number | string
  /** Units sold, as the merchant counts them: the card's only social proof ("1,204 sold"). Default: none. */
  sold?: number | string
  /** BCP 47 tag. Default: the global locale, then `<html lang>`, then `navigator.language`. */
  locale?: string
  /** `utm_campaign` of shared links. Default: the global campaign, then `sharecue`. */
  campaign?: string
  /** Default `labels`. */
  layout?: Layout
  /** Default `auto`. */
  theme?: Theme
  /** Group the controls by scope ("Send to a friend" / "Post publicly"). Default `false`. */
  group?: boolean | string
  /** Share copy per channel id (or `default`), with placeholders such as `{title}` and `{price}`. */
  templates?: Partial<Record<ChannelId | 'default', string>>
  /**
   * A/B share copy: variant name (1–32 characters of a-z and 0-9) → its templates, like
   * `templates`, or one string for every channel. Each visitor sees one variant, the same on
   * every visit where consent allows; every event of the widget carries its name. An empty
   * variant (`{}` or `''`) is the control: the widget's own copy.
   *
   * @example mount(el, { variants: { a: '', b: 'Treat yourself: {title}, {price}' } })
   */
  variants?: Record<string, string | Partial<Record<ChannelId | 'default', string>>>
  /** Show this variant instead of assigning one (a preview). */
  variant?: string
  /** Mastodon instance host (`mastodon.social`); without it the shopper is asked. */
  mastodon?: string
  /** Facebook app id, needed by `messenger` on desktops. */
  facebookAppId?: string
  /** A stable id for this widget in events. Default: generated. */
  widgetId?: string
  /**
   * Where the card image fetches a product photo from another origin that sends no CORS
   * header (a canvas cannot export such a photo): a URL template in which `{url}` is the
   * photo's URL, encoded, answered with `Access-Control-Allow-Origin` or from your own origin.
   * Default: none; such a photo is left out of the card image, with warning SC306.
   *
   * @example mount(el, { card: true, imageProxy: '/image-proxy?url={url}' })
   */
  imageProxy?: string
}

/** Global options of `configure()` and the script tag. */
export interface GlobalOptions {
  /** URL that event batches are POSTed to. Default: none, no network at all. */
  endpoint?: string
  locale?: string
  /** `true`/`'granted'` or `false`/`'pending'`. Default `granted`. */
  consent?: boolean | 'granted' | 'pending'
  /** Default `sharecue`. */
  campaign?: string
  /** Also push every event to `window.dataLayer`. Default `false`. */
  dataLayer?: boolean
  /** A function that receives every event batch. */
  transport?: (events: ShareEvent[]) => void | Promise<unknown>
  /** Send a batch once this many events wait. Default 10. */
  batchSize?: number
  /** …or once the first has waited this many milliseconds. Default 2000. */
  batchWait?: number
}

export type EventType = 'widget_view' | 'share_click' | 'share_complete' | 'share_landing'

/** An event, as the contract's section 7 describes it. */
export interface ShareEvent {
  id: string
  type: EventType
  ts: number
  page: string
  widget?: string
  channel?: string
  shareId?: string
  parentShareId?: string
  variant?: string
  product?: { url: string; title?: string; sku?: string }
}

/** Size of a card image in CSS pixels. */
export interface CardImageSize {
  width: number
  height: number
}

/** What `mount()` returns. */
export interface Widget {
  /**
   * Re-render with these options, which replace the options given before as a whole (like
   * props): what they omit comes from the target's attributes and the page, never from earlier
   * options. A new product URL starts afresh: its own `widget_view`, share ids and card.
   *
   * @example
   * widget.update({ url: product.url, title: product.name, price: product.price, currency: 'EUR' })
   */
  update(options: MountOptions): void
  /** Release everything the widget holds: DOM, timers, listeners. Safe to call twice. */
  destroy(): void
  /**
   * The preview card as a PNG, 1200×630 unless asked otherwise (1080×1080 for square posts),
   * showing the absolute deadline, never a ticking time. Rejects a size outside 200–2400 px.
   */
  cardImage(size?: CardImageSize): Promise<Blob>
}
