// @ts-check
import { eventTypes, shareTypes } from './schema.js'

/** @typedef {Record<string, number>} Counts */
/** @typedef {{ share_click: number, share_complete: number, share_landing: number }} ShareCounts */
/** @typedef {Awaited<ReturnType<import('./sql-store.js').Store['counters']>>} CounterRows */

/** Zero for each share type, so every group has the same keys. */
const zeros = () => /** @type {ShareCounts} */ (Object.fromEntries(shareTypes.map((type) => [type, 0])))

/**
 * Adds `n` to the share counts of `key` in `groups`.
 * @param {Map<string, ShareCounts>} groups @param {string} key @param {string} type @param {number} n
 */
const tally = (groups, key, type, n) => {
  const counts = groups.get(key) ?? zeros()
  counts[/** @type {keyof ShareCounts} */ (type)] += n
  groups.set(key, counts)
}

/**
 * A map as an object, keys sorted.
 * @template T @param {Map<string, T>} map @returns {Record<string, T>}
 */
const sorted = (map) => Object.fromEntries([...map].sort(([a], [b]) => (a < b ? -1 : 1)))

/**
 * Everything the merchant asks of the events, from the counters the store keeps (never from
 * the events themselves, so it costs the same at a thousand events or a million): counts per
 * type, channel, product and variant; how many shares brought a visitor back; how far shares
 * travel. A landing counts for the product, channel and variant of the share that brought it
 * when it does not say them itself.
 * @example stats(await store.counters(0, 99999)).conversion // { shares: 3, landings: 2, rate: 0.667 }
 * @param {CounterRows} rows
 */
export const stats = ({ counters, figures, titles }) => {
  /** @type {Counts} */
  const byType = Object.fromEntries(eventTypes.map((type) => [type, 0]))
  /** @type {Map<string, ShareCounts>} */ const byChannel = new Map()
  /** @type {Map<string, ShareCounts>} */ const byProduct = new Map()
  /** @type {Map<string, ShareCounts>} */ const byVariant = new Map()
  /** @type {Map<string, Map<string, ShareCounts>>} */ const byVariantChannel = new Map()
  /** @type {Map<string, number>} */ const viewsByVariant = new Map()
  let total = 0
  for (const row of counters) {
    const n = Number(row.n)
    const [type, product, channel, variant] = [row.type, row.product, row.channel, row.variant].map(String)
    if (!n) continue
    total += n
    byType[type] = (byType[type] ?? 0) + n
    if (type === 'widget_view' && variant) viewsByVariant.set(variant, (viewsByVariant.get(variant) ?? 0) + n)
    if (!shareTypes.includes(type)) continue
    if (channel) tally(byChannel, channel, type, n)
    if (product) tally(byProduct, product, type, n)
    if (variant) tally(byVariant, variant, type, n)
    if (variant && channel) {
      const channels = byVariantChannel.get(variant) ?? new Map()
      tally(channels, channel, type, n)
      byVariantChannel.set(variant, channels)
    }
  }
  const figure = new Map(figures.map((row) => [String(row.name), Number(row.n)]))
  const title = new Map(titles.map((row) => [String(row.url), String(row.title)]))
  /** @type {Counts} */
  const byDepth = {}
  let maxDepth = 0
  for (const [name, n] of figure) {
    const depth = /^depth:(\d+)$/.exec(name)?.[1]
    if (!depth || !n) continue
    byDepth[depth] = n
    maxDepth = Math.max(maxDepth, Number(depth))
  }
  const shares = byType.share_click
  // A landing converts when its shareId is one a recorded click shared.
  const landings = figure.get('converted') ?? 0
  return {
    total,
    byType,
    byChannel: sorted(byChannel),
    byProduct: [...byProduct]
      .map(([url, counts]) => ({ url, title: title.get(url) ?? null, ...counts }))
      .sort((a, b) => b.share_click - a.share_click || (a.url < b.url ? -1 : 1)),
    byVariant: sorted(byVariant),
    byVariantChannel: Object.fromEntries([...byVariantChannel].sort(([a], [b]) => (a < b ? -1 : 1)).map(([variant, channels]) => [variant, sorted(channels)])),
    // Widget views per variant: how many had the chance to share, the base of a share rate.
    viewsByVariant: sorted(viewsByVariant),
    conversion: { shares, landings, rate: shares ? landings / shares : 0 },
    chains: { maxDepth, byDepth },
    dropped: figure.get('dropped') ?? 0,
  }
}
