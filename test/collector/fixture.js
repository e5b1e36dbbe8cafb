// @ts-check
// Events whose every figure is counted by hand: the /stats test and the store suite both
// check them, over HTTP and on each store.
import { eventId, shareId } from './helpers.js'

export const t0 = Date.UTC(2025, 0, 15, 12)
export const productA = 'https://shop.example/p/a'
export const productB = 'https://shop.example/p/b'
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
  at('share_click', 1, { channel: 'x', shareId: s.s1, variant: 'bold', product: { url: productA, title: 'Trail shoe' } }),
  at('share_click', 2, { channel: 'telegram', shareId: s.s2, variant: 'bold', product: { url: productA } }),
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
  at('share_click', 10, { channel: 'whatsapp', shareId: s.s3, parentShareId: s.s1, variant: 'plain', product: { url: productA, title: 'Trail shoe, v2' } }),
  at('share_click', 22, { channel: 'x', shareId: s.s6, parentShareId: s.stranger, page: productB, product: { url: productB } }),
  at('share_click', 30, { channel: 'linkedin', shareId: s.s7, parentShareId: s.s8 }),
  at('share_click', 31, { channel: 'linkedin', shareId: s.s8 }),
  at('share_landing', 40, { channel: 'copy', shareId: s.s4, page: productB, product: { url: productB } }),
]

/** The figures of `first`, then `second` with `dropped: 2`. */
export const expected = {
  total: 17,
  byType: { widget_view: 3, share_click: 8, share_complete: 2, share_landing: 4 },
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
  dropped: 2,
}
