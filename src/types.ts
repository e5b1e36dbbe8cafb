/** Public types of sharecue. Foundations: this file imports nothing from the project. */

/** Every channel id of the contract, lowercase. */
export type ChannelId =
  | 'native' | 'copy' | 'email' | 'sms' | 'facebook' | 'messenger' | 'x' | 'threads'
  | 'bluesky' | 'mastodon' | 'linkedin' | 'pinterest' | 'reddit' | 'tumblr' | 'hackernews'
  | 'whatsapp' | 'telegram' | 'line' | 'viber' | 'vk' | 'ok' | 'wechat' | 'weibo' | 'qq'
  | 'qzone' | 'douban' | 'image'

declare const unchecked: unique symbol

/**
 * A channel id known only at run time (a CMS field, a URL parameter), marked so with a cast:
 * `id as UncheckedChannelId`. Checked where it is used: an id that is no channel is ignored with
 * warning SC101 (`shareUrl` gives `null`). Plain strings are refused at compile time, so a typo
 * such as `'whatsap'` is caught; the cast says you chose run-time checking instead.
 */
export type UncheckedChannelId = string & { readonly [unchecked]: true }

/** Share copy per channel id, `default` for the rest, `ask` for "Ask my friends", with placeholders such as `{title}` and `{price}`. */
export type Templates = { [id in ChannelId | 'default' | 'ask']?: string | undefined }

/**
 * The DOM's `Element` where the DOM lib is loaded. A project without it (a server importing
 * `shareUrl`) sees `object`, so these types need no DOM lib and `mount` is simply of no use there.
 */
export type MountTarget = typeof globalThis extends { Element: { prototype: infer E } } ? E : object

/** The DOM's (or Node's) `Blob`, where a lib declares one; `object` elsewhere. */
export type CardBlob = typeof globalThis extends { Blob: { prototype: infer B } } ? B : object

/** Who sees a share: one friend (`private`), a group or community (`group`), everyone (`public`). */
export type Scope = 'private' | 'group' | 'public'

/** How the buttons look. */
export type Layout = 'icons' | 'labels' | 'pills'

/** Colour scheme; `auto` follows `prefers-color-scheme`. */
export type Theme = 'auto' | 'light' | 'dark'

/** What a share sends: the link (already carrying attribution) and its copy. */
export interface ShareData {
  url: string
  title?: string | undefined
  text?: string | undefined
  image?: string | undefined
}

/** The product a widget shares, resolved from options, attributes, JSON-LD, Open Graph and the document. */
export interface Product {
  url: string
  title: string
  text?: string | undefined
  image?: string | undefined
  /** Price as a number in major units (19.99). */
  price?: number | undefined
  /** ISO 4217 code, upper case. */
  currency?: string | undefined
  originalPrice?: number | undefined
  /** Epoch milliseconds of the end of the offer. */
  deadline?: number | undefined
  stock?: number | undefined
  sku?: string | undefined
  brand?: string | undefined
}

/** Options of `mount()`; the names are the target's `data-*` attributes in camelCase. */
export interface MountOptions {
  /**
   * Channel ids in display order. Default: the locale's set. Ids known only at run time (a CMS
   * field) can be given as `UncheckedChannelId`s or as one comma-separated string, the form of
   * the `data-channels` attribute: both are checked when the widget renders, an unknown id
   * ignored with warning SC101.
   *
   * @example mount(el, { channels: ['whatsapp', 'x', 'copy'] })
   * @example mount(el, { channels: cms.channels.split(',') as UncheckedChannelId[] })
   */
  channels?: readonly (ChannelId | UncheckedChannelId)[] | string | undefined
  url?: string | undefined
  title?: string | undefined
  text?: string | undefined
  image?: string | undefined
  price?: number | string | undefined
  currency?: string | undefined
  originalPrice?: number | string | undefined
  /** ISO 8601 with a UTC offset, a Date, or epoch ms. */
  deadline?: string | number | Date | undefined
  stock?: number | string | undefined
  sku?: string | undefined
  /** Show the preview card. Default `false`. */
  card?: boolean | string | undefined
  /**
   * The server's current time (ISO 8601 or epoch ms), so a wrong client clock does not show a
   * wrong countdown. Default: the client's clock.
   */
  now?: string | number | Date | undefined
  /** Stock at or below this shows "Only N left". Default 5. */
  stockThreshold?: number | string | undefined
  /** Units sold, as the merchant counts them: the card's only social proof ("1,204 sold"). Default: none. */
  sold?: number | string | undefined
  /** BCP 47 tag. Default: the global locale, then `<html lang>`, then `navigator.language`. */
  locale?: string | undefined
  /** `utm_campaign` of shared links. Default: the global campaign, then `sharecue`. */
  campaign?: string | undefined
  /**
   * A parameter that shared links also carry the share id in (`data-ref-param="ref"` gives
   * `ref=<shareId>`, which Shopify keeps as the order's referral code). Default: none.
   */
  refParam?: string | undefined
  /**
   * Mark this widget's events `preview: true`, kept out of every figure: for pages where you
   * try the widget out. A widget shown with a forced `variant` is a preview anyway. Default `false`.
   */
  preview?: boolean | string | undefined
  /** Default `labels`. */
  layout?: Layout | undefined
  /** Default `auto`. */
  theme?: Theme | undefined
  /** Group the controls by scope ("Send to a friend" / "Post publicly"). Default `false`. */
  group?: boolean | string | undefined
  /** Share copy per channel id (or `default`), with placeholders such as `{title}` and `{price}`. */
  templates?: Templates | undefined
  /**
   * A/B share copy: variant name (1–32 characters of a-z and 0-9) → its templates, like
   * `templates`, or one string for every channel. Each visitor sees one variant, the same on
   * every visit where consent allows; every event of the widget carries its name. An empty
   * variant (`{}` or `''`) is the control: the widget's own copy.
   *
   * @example mount(el, { variants: { a: '', b: 'Treat yourself: {title}, {price}' } })
   */
  variants?: Record<string, string | Templates> | undefined
  /** Show this variant instead of assigning one (a preview). */
  variant?: string | undefined
  /** Mastodon instance host (`mastodon.social`); without it the shopper is asked. */
  mastodon?: string | undefined
  /** Facebook app id, needed by `messenger` on desktops. */
  facebookAppId?: string | undefined
  /**
   * "Ask my friends": a button that sends the product with question copy ("Should I get
   * this?", `templates.ask`) through the private channels, and shows what friends answered when
   * the shopper comes back. Default `false`.
   */
  ask?: boolean | string | undefined
  /**
   * This widget plays the friend: a page opened through an ask shows the friend's prompt even in
   * the browser that made the ask, which otherwise shows its asker what an asker sees. For demos
   * that play both sides in one browser (the playground's "Simulate an ask"). Default `false`.
   */
  askAsFriend?: boolean | string | undefined
  /** A stable id for this widget in events. Default: generated. */
  widgetId?: string | undefined
  /**
   * Where the card image fetches a product photo from another origin that sends no CORS
   * header (a canvas cannot export such a photo): a URL template in which `{url}` is the
   * photo's URL, encoded, answered with `Access-Control-Allow-Origin` or from your own origin.
   * Default: none; such a photo is left out of the card image, with warning SC306.
   *
   * @example mount(el, { card: true, imageProxy: '/image-proxy?url={url}' })
   */
  imageProxy?: string | undefined
}

/** Global options of `configure()` and the script tag. */
export interface GlobalOptions {
  /** URL that event batches are POSTed to. Default: none, no network at all. */
  endpoint?: string | undefined
  locale?: string | undefined
  /** `true`/`'granted'` or `false`/`'pending'`. Default `granted`. */
  consent?: boolean | 'granted' | 'pending' | undefined
  /** Default `sharecue`. */
  campaign?: string | undefined
  /**
   * Where the asker's browser reads friends' answers (GET `?ids=<share id>,…`). Default:
   * `replies` beside `endpoint`.
   */
  repliesEndpoint?: string | undefined
  /** Also push every event to `window.dataLayer`. Default `false`. */
  dataLayer?: boolean | undefined
  /** A function that receives every event batch. */
  transport?: ((events: ShareEvent[]) => void | Promise<unknown>) | undefined
  /** Send a batch once this many events wait. Default 10. */
  batchSize?: number | undefined
  /** …or once the first has waited this many milliseconds. Default 2000. */
  batchWait?: number | undefined
  /**
   * Days after arriving through a shared link within which an order (`purchase()`) is
   * attributed to that share; 1 to 365. Default 30.
   */
  attributionDays?: number | string | undefined
}

/** What every event has (contract §7). */
export interface EventBase {
  /** Unique and permanent (21 characters, nanoid): collectors drop duplicates by it. */
  id: string
  /** Epoch milliseconds. */
  ts: number
  /** The page's URL, without fragment or private-looking parameters. */
  page: string
  /** Made by a preview (a forced variant, the playground): collectors keep it out of every figure. */
  preview?: true | undefined
}

/** The product an event is about. */
export interface EventProduct {
  url: string
  title?: string | undefined
  sku?: string | undefined
}

/** What a widget's events say about the widget. */
interface WidgetFields {
  /** The widget's id (`widgetId`, else generated). */
  widget: string
  /**
   * This widget view's id: one page view of one widget and product, new on every page view.
   * The unit of A/B share rates ("views that shared"). Added in 0.2.
   */
  view?: string | undefined
  /** The A/B variant the visitor saw, if the widget has variants. */
  variant?: string | undefined
  product?: EventProduct | undefined
}

/** What the events of a share carry. */
interface ShareFields extends WidgetFields {
  channel: ChannelId
  /** The `scid` of the shared link. */
  shareId: string
  /** The `scid` this visitor arrived with, so chains of shares can be followed. */
  parentShareId?: string | undefined
}

/** A widget was at least half visible (once per widget, product and page view). */
export interface WidgetViewEvent extends EventBase, WidgetFields {
  type: 'widget_view'
}

/** A channel control was used. */
export interface ShareClickEvent extends EventBase, ShareFields {
  type: 'share_click'
  /** An "Ask my friends" share: its link carries `scask=1`. Added in 0.2. */
  ask?: true | undefined
}

/** The platform confirmed a share: the Web Share promise resolved, the clipboard took the link, the image was saved. */
export interface ShareCompleteEvent extends EventBase, ShareFields {
  type: 'share_complete'
}

/** The page was opened through a shared link. */
export interface ShareLandingEvent extends EventBase {
  type: 'share_landing'
  /** The `scid` of the link. */
  shareId: string
  /** The link's `utm_source`, when it names a channel. */
  channel?: ChannelId | undefined
}

/** An order, as `purchase` reports it. */
export interface Order {
  /** The shop's order id: a collector counts an order id once. */
  id: string
  value: number
  /** ISO 4217 code, upper case. */
  currency: string
  items?: OrderItem[] | undefined
}

/** What `purchase()` takes: the order as the order-confirmation page knows it. */
export interface PurchaseInput {
  /** The shop's order id (1 to 64 characters): the same id the shop's webhook sends, so the order counts once. */
  orderId: string | number
  /** The order's total, as a number or a decimal string (`59.90`). */
  value: number | string
  /** ISO 4217 code (`EUR`). */
  currency: string
  items?: OrderItem[] | undefined
}

/** One line of an order. */
export interface OrderItem {
  url?: string | undefined
  sku?: string | undefined
  quantity?: number | undefined
  price?: number | undefined
}

/** An order, with the share fields of the arrival it is attributed to (absent when there is none). Added in 0.2. */
export interface PurchaseEvent extends EventBase {
  type: 'purchase'
  order: Order
  shareId?: string | undefined
  channel?: ChannelId | undefined
  variant?: string | undefined
  parentShareId?: string | undefined
}

/** A friend's answer to an "Ask my friends" share. Added in 0.2. */
export interface AskReplyEvent extends EventBase {
  type: 'ask_reply'
  shareId: string
  reply: 'yes' | 'maybe' | 'no'
}

/**
 * An event, as the contract's section 7 describes it: a union discriminated by `type`, so
 * checking `type` (or subscribing to one type with `on`) gives exactly that event's fields.
 *
 * @example
 * on('*', (event) => { if (event.type === 'share_click') console.log(event.channel) })
 */
export type ShareEvent =
  | WidgetViewEvent | ShareClickEvent | ShareCompleteEvent | ShareLandingEvent | PurchaseEvent | AskReplyEvent

export type EventType = ShareEvent['type']

/** The event of one type, or every event for `'*'`. */
export type EventOf<T extends EventType | '*'> = T extends EventType ? Extract<ShareEvent, { type: T }> : ShareEvent

/** A subscriber of `on(type, handler)`: it gets the events of that type. */
export type Handler<T extends EventType | '*' = '*'> = (event: EventOf<T>) => void

/** Ends a subscription; calling it again does nothing. */
export type Unsubscribe = () => void

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
   * `'story'`: 1080×1920 for Instagram, TikTok and WhatsApp stories, with a QR code of the
   * link the `image` channel shares and a line telling friends to scan it or use the link sticker.
   */
  cardImage(size?: CardImageSize | 'story'): Promise<CardBlob>
}
