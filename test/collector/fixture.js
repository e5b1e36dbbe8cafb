// @ts-check
// Events whose every figure is counted by hand: the /stats test and the store suite both
// check them, over HTTP and on each store.
import { eventId, shareId } from './helpers.js'
import { caveat } from '../../collector/ab-test.js'

export const t0 = Date.UTC(2025, 0, 15, 12)
export const productA = 'https://shop.example/p/a'
export const productB = 'https://shop.example/p/b'
/** Widget views. */
const v = { bold: shareId('view-bold'), plain: shareId('view-plain') }
export const s = Object.fromEntries(['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 'unknown', 'stranger'].map((name) => [name, shareId(name)]))

/**
 * @param {string} type @param {number} minutes after t0 @param {Record<string, unknown>} [fields]
 */
export const at = (type, minutes, fields = {}) => ({ id: eventId(), type, ts: t0 + minutes * 60_000, page: productA, ...fields })

// Share chains (by time): s1 → s3 → s4 and s3 → s5; s2 and s6 stand alone (s6's parent was
// never recorded); s7 names s8 as parent, but s8 was clicked later, so both are depth 1.
export const first = [
  at('widget_view', 0, { variant: 'bold', product: { url: productA, title: 'Trail shoe' } }),
  at('widget_view', 0, { variant: 'plain', product: { url: productA } }),
  at('widget_view', 0, { page: productB, product: { url: productB } }),
  at('share_click', 1, { channel: 'x', shareId: s.s1, variant: 'bold', view: v.bold, product: { url: productA, title: 'Trail shoe' } }),
  // The same view shares again: one view that shared.
  at('share_click', 2, { channel: 'telegram', shareId: s.s2, variant: 'bold', view: v.bold, product: { url: productA } }),
  at('share_complete', 2, { channel: 'telegram', shareId: s.s2, variant: 'bold', product: { url: productA } }),
  at('share_landing', 5, { channel: 'x', shareId: s.s1, product: { url: productA } }),
  at('share_landing', 6, { channel: 'x', shareId: s.s1 }),
  at('share_landing', 6, { channel: 'x', shareId: s.unknown }),
]
// Sent in a second batch, children before parents: depth follows time, not arrival.
export const second = [
  at('share_click', 21, { channel: 'x', shareId: s.s5, parentShareId: s.s3, page: productB, product: { url: productB, sku: 'B-1' } }),
  at('share_click', 20, { channel: 'copy', shareId: s.s4, parentShareId: s.s3, page: productB, product: { url: productB, sku: 'B-1' } }),
  at('share_complete', 20, { channel: 'copy', shareId: s.s4, page: productB, product: { url: productB } }),
  at('share_click', 10, { channel: 'whatsapp', shareId: s.s3, parentShareId: s.s1, variant: 'plain', view: v.plain, product: { url: productA, title: 'Trail shoe, v2' } }),
  at('share_click', 22, { channel: 'x', shareId: s.s6, parentShareId: s.stranger, page: productB, product: { url: productB } }),
  at('share_click', 30, { channel: 'linkedin', shareId: s.s7, parentShareId: s.s8 }),
  at('share_click', 31, { channel: 'linkedin', shareId: s.s8 }),
  at('share_landing', 40, { channel: 'copy', shareId: s.s4, page: productB, product: { url: productB } }),
  // o1 through s1, then the thank-you page reloaded: one order. o2 came through no share. o3
  // through s4, three deep. o4 is a preview's: nowhere.
  at('purchase', 50, { shareId: s.s1, channel: 'x', order: { id: 'o1', value: 59.9, currency: 'EUR', items: [{ url: productA, quantity: 1, price: 59.9 }] } }),
  at('purchase', 51, { shareId: s.s1, channel: 'x', order: { id: 'o1', value: 59.9, currency: 'EUR' } }),
  at('purchase', 52, { order: { id: 'o2', value: 20, currency: 'USD' } }),
  at('purchase', 53, { shareId: s.s4, channel: 'copy', order: { id: 'o3', value: 10.5, currency: 'EUR' } }),
  at('purchase', 54, { shareId: s.s1, channel: 'x', preview: true, order: { id: 'o4', value: 100, currency: 'EUR' } }),
]

/** The figures of `first`, then `second` with `dropped: 2`. */
export const expected = {
  // 17 events and 3 orders (the reload and the preview are not counted).
  total: 20,
  byType: { widget_view: 3, share_click: 8, share_complete: 2, share_landing: 4, purchase: 3, ask_reply: 0 },
  byChannel: {
    copy: { share_click: 1, share_complete: 1, share_landing: 1 },
    linkedin: { share_click: 2, share_complete: 0, share_landing: 0 },
    telegram: { share_click: 1, share_complete: 1, share_landing: 0 },
    whatsapp: { share_click: 1, share_complete: 0, share_landing: 0 },
    x: { share_click: 3, share_complete: 0, share_landing: 3 },
  },
  byProduct: [
    // Ties in clicks sort by URL; the title is the latest one sent for the product.
    // The landing without a product counts for the product of the click that brought it (s1).
    { url: productA, title: 'Trail shoe, v2', share_click: 3, share_complete: 1, share_landing: 2 },
    { url: productB, title: null, share_click: 3, share_complete: 1, share_landing: 1 },
  ],
  byVariant: {
    // Both landings through s1 count for s1's variant.
    bold: { share_click: 2, share_complete: 1, share_landing: 2 },
    plain: { share_click: 1, share_complete: 0, share_landing: 0 },
  },
  byVariantChannel: {
    // s1's landings carry their own channel (x) and take the variant of s1's click.
    bold: {
      telegram: { share_click: 1, share_complete: 1, share_landing: 0 },
      x: { share_click: 1, share_complete: 0, share_landing: 2 },
    },
    plain: { whatsapp: { share_click: 1, share_complete: 0, share_landing: 0 } },
  },
  viewsByVariant: { bold: 1, plain: 1 },
  // Landings through s1, s1 and s4 came from recorded clicks; the one through `unknown` did not.
  conversion: { shares: 8, landings: 3, rate: 3 / 8 },
  chains: { maxDepth: 3, byDepth: { 1: 5, 2: 1, 3: 2 } },
  orders: {
    orders: 3,
    revenue: { EUR: 70.4, USD: 20 },
    // o1 and o3 came through recorded shares; o2 through none.
    attributed: 2,
    byChannel: { copy: { orders: 1, revenue: { EUR: 10.5 } }, x: { orders: 1, revenue: { EUR: 59.9 } } },
    byVariant: { bold: { orders: 1, revenue: { EUR: 59.9 } } },
    byVariantChannel: { bold: { x: { orders: 1, revenue: { EUR: 59.9 } } } },
    byProduct: [
      { url: productA, title: 'Trail shoe, v2', orders: 1, revenue: { EUR: 59.9 } },
      { url: productB, title: null, orders: 1, revenue: { EUR: 10.5 } },
    ],
    byDepth: { 0: { orders: 1, revenue: { USD: 20 } }, 1: { orders: 1, revenue: { EUR: 59.9 } }, 3: { orders: 1, revenue: { EUR: 10.5 } } },
  },
  asks: { asks: 0, answers: 0, yes: 0, maybe: 0, no: 0, rate: 0, orders: 0, byProduct: [], byChannel: {} },
  funnel: { views: 3, viewsShared: 2, shares: 8, landings: 3, orders: 2 },
  ab: {
    unit: 'widget view',
    variants: {
      bold: { views: 1, viewsShared: 1, shareRate: 1, shares: 2, landings: 2, orders: 1, revenue: { EUR: 59.9 } },
      plain: { views: 1, viewsShared: 1, shareRate: 1, shares: 1, landings: 0, orders: 0, revenue: {} },
    },
    verdict: { enough: false, reason: 'Variant "bold" has 1 view; a verdict needs 100 per variant.', caveat },
  },
  dropped: 2,
}
