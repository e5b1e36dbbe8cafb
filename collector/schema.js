// @ts-check
// What a batch may hold: the contract's section 7 (events, transport) and section 4
// (channel ids), as tables the validator reads.

/** Event types (contract §7; `purchase` and `ask_reply` added in 0.2). */
export const eventTypes = ['widget_view', 'share_click', 'share_complete', 'share_landing', 'purchase', 'ask_reply']

/** A friend's answers to an "Ask my friends" share (contract §7). */
export const replies = ['yes', 'maybe', 'no']

/** Event types that count shares; `widget_view` is a view, not a share. */
export const shareTypes = ['share_click', 'share_complete', 'share_landing']

/**
 * Channel ids (contract §4), in the contract's order. A copy of `src/channels/registry.ts`:
 * the collector runs with plain `node` and cannot import TypeScript.
 */
export const channels = [
  'native', 'copy', 'email', 'sms', 'facebook', 'messenger', 'x', 'threads', 'bluesky',
  'mastodon', 'linkedin', 'pinterest', 'reddit', 'tumblr', 'hackernews', 'whatsapp',
  'telegram', 'line', 'viber', 'vk', 'ok', 'wechat', 'weibo', 'qq', 'qzone', 'douban', 'image',
]

export const limits = {
  /** One body is at most 64 KiB (contract §7), the browser's keepalive/beacon budget. */
  body: 65536,
  /**
   * Events a widget reports it dropped, per body: its queue holds 500, so a real count is
   * far below this; the cap keeps forged counts from swamping (or overflowing) the sum.
   */
  dropped: 10_000,
  /** Events per batch: the widget's persisted queue holds at most 500, so one batch never needs more. */
  events: 500,
  /**
   * Timestamps before the project existed, or more than a day ahead (a visitor's clock set
   * wrong by hours, time zones), are not real events.
   */
  tsMin: Date.UTC(2020, 0, 1),
  tsAhead: 24 * 60 * 60 * 1000,
  /** Browsers handle longer URLs, but 2048 is the long-standing safe bound for links. */
  url: 2048,
  widget: 64,
  variant: 64,
  title: 300,
  sku: 100,
  /** A shop's order id: Shopify's are 13 digits, other shops' UUIDs; 64 leaves room. */
  orderId: 64,
  /** An order's value, in its currency's major unit: more is a typo or a forgery. */
  orderValue: 1e9,
  /** Lines of one order that are kept. */
  orderItems: 100,
  /** Units of one line. */
  quantity: 1e6,
  /**
   * Answers one ask takes: far more friends than anyone asks, so a forged flood stops here
   * (and shows as a full ask) instead of swamping a product's figures.
   */
  repliesPerAsk: 50,
  /**
   * Shares one batch may move deeper in their chains when a parent arrives late: a chain (or a
   * share with many children) stored before its parents would otherwise be walked whole for
   * each parent, so a small body could hold the collector for seconds. Past this, the shares
   * not reached keep the depth they had (each counted once at it).
   */
  deepenPerBatch: 10_000,
  /** Share ids one GET /replies may ask about. */
  replyIds: 20,
}

/** ISO 4217 currency codes: three capital letters. */
export const currencyPattern = /^[A-Z]{3}$/

/** Event ids: nanoid's alphabet; 10 to 64 characters leaves room for other id generators. */
export const idPattern = /^[A-Za-z0-9_-]{10,64}$/

/** Share ids are the `scid` of a shared link: exactly 21 nanoid characters (contract §6). */
export const shareIdPattern = /^[A-Za-z0-9_-]{21}$/
