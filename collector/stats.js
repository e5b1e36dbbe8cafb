// @ts-check
import { compareShareRates } from './ab-test.js'
import { eventTypes, shareTypes } from './schema.js'

/** @typedef {Record<string, number>} Counts */
/** @typedef {{ share_click: number, share_complete: number, share_landing: number }} ShareCounts */
/** @typedef {Awaited<ReturnType<import('./sql-store.js').Store['counters']>>} CounterRows */

/** Orders and revenue (per currency, in its major unit) of a group. @typedef {{ orders: number, revenue: Record<string, number> }} Sales */
/**
 * One A/B variant, its unit the widget view.
 * @typedef {{ views: number, viewsShared: number, shareRate: number, shares: number, landings: number } & Sales} VariantFigures
 */

/** An ask group's counts. @typedef {{ asks: number, answers: number, yes: number, maybe: number, no: number }} AskCounts */

/** @param {Map<string, AskCounts>} groups @param {string} key @param {string} type @param {number} n */
const tallyAsk = (groups, key, type, n) => {
  const counts = groups.get(key) ?? { asks: 0, answers: 0, yes: 0, maybe: 0, no: 0 }
  if (type === 'ask') counts.asks += n
  else {
    counts.answers += n
    counts[/** @type {'yes' | 'maybe' | 'no'} */ (type.slice('reply:'.length))] += n
  }
  groups.set(key, counts)
}

/** @returns {Sales} */
const noSales = () => ({ orders: 0, revenue: {} })

/**
 * Adds to the orders (`type` purchase) or the revenue (`type` revenue:<currency>, `n` in
 * thousandths) of `key` in `groups`.
 * @param {Map<string, Sales>} groups @param {string} key @param {string} type @param {number} n
 */
const sell = (groups, key, type, n) => {
  const sales = groups.get(key) ?? noSales()
  addSale(sales, type, n)
  groups.set(key, sales)
}

/** @param {Sales} sales @param {string} type @param {number} n */
const addSale = (sales, type, n) => {
  if (type === 'purchase') sales.orders += n
  else {
    const currency = type.slice('revenue:'.length)
    sales.revenue[currency] = (sales.revenue[currency] ?? 0) + n
  }
}

/** Revenue in thousandths as major units, currencies sorted. @param {Sales} sales @returns {Sales} */
const major = ({ orders, revenue }) => ({
  orders,
  revenue: Object.fromEntries(Object.entries(revenue).filter(([, n]) => n).sort(([a], [b]) => (a < b ? -1 : 1)).map(([c, n]) => [c, n / 1000])),
})

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
 * Groups per channel, product, variant, and variant and channel, which `add` counts into.
 * @template T
 * @param {(groups: Map<string, T>, key: string, type: string, n: number) => void} add
 */
const breakdown = (add) => {
  /** @type {Map<string, T>} */ const byChannel = new Map()
  /** @type {Map<string, T>} */ const byProduct = new Map()
  /** @type {Map<string, T>} */ const byVariant = new Map()
  /** @type {Map<string, Map<string, T>>} */ const byVariantChannel = new Map()
  return {
    byChannel, byProduct, byVariant, byVariantChannel,
    /** Counts a counter row in each group it has keys for. @param {string[]} keys product, channel, variant @param {string} type @param {number} n */
    count: ([product, channel, variant], type, n) => {
      if (channel) add(byChannel, channel, type, n)
      if (product) add(byProduct, product, type, n)
      if (variant) add(byVariant, variant, type, n)
      if (variant && channel) {
        const channels = byVariantChannel.get(variant) ?? new Map()
        add(channels, channel, type, n)
        byVariantChannel.set(variant, channels)
      }
    },
  }
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
 * travel; orders and revenue per channel, variant, product and chain depth; the funnel from
 * view to order; and the A/B comparison of variants by widget view (`ab-test.js`). A landing
 * or an order counts for the product, channel and variant of the share that brought it when
 * it does not say them itself. Preview events count nowhere (the rollup skips them).
 * @example stats(await store.counters(0, 99999)).conversion // { shares: 3, landings: 2, rate: 0.667 }
 * @param {CounterRows} rows
 */
export const stats = ({ counters, figures, titles }) => {
  /** @type {Counts} */
  const byType = Object.fromEntries(eventTypes.map((type) => [type, 0]))
  const shared = breakdown(tally)
  const { byChannel, byProduct, byVariant, byVariantChannel } = shared
  /** @type {Map<string, number>} */ const viewsByVariant = new Map()
  /** @type {Map<string, number>} */ const sharedByVariant = new Map()
  const sold = breakdown(sell)
  const asked = breakdown(tallyAsk)
  /** @type {Map<string, AskCounts>} */
  const askTotal = new Map()
  const sales = noSales()
  let viewsShared = 0
  let total = 0
  for (const row of counters) {
    const n = Number(row.n)
    const [type, product, channel, variant] = [row.type, row.product, row.channel, row.variant].map(String)
    if (!n) continue
    if (type === 'view_shared') {
      viewsShared += n
      if (variant) sharedByVariant.set(variant, (sharedByVariant.get(variant) ?? 0) + n)
      continue
    }
    if (type === 'ask' || type.startsWith('reply:')) {
      tallyAsk(askTotal, '', type, n)
      asked.count([product, channel, variant], type, n)
      if (type !== 'ask') {
        byType.ask_reply += n
        total += n
      }
      continue
    }
    if (type === 'purchase' || type.startsWith('revenue:')) {
      addSale(sales, type, n)
      sold.count([product, channel, variant], type, n)
      if (type !== 'purchase') continue
    }
    total += n
    byType[type] = (byType[type] ?? 0) + n
    if (type === 'widget_view' && variant) viewsByVariant.set(variant, (viewsByVariant.get(variant) ?? 0) + n)
    if (shareTypes.includes(type)) shared.count([product, channel, variant], type, n)
  }
  const figure = new Map(figures.map((row) => [String(row.name), Number(row.n)]))
  const title = new Map(titles.map((row) => [String(row.url), String(row.title)]))
  /** @type {Counts} */
  const byDepth = {}
  /** @type {Map<string, Sales>} */
  const salesByDepth = new Map()
  let maxDepth = 0
  for (const [name, n] of figure) {
    if (!n) continue
    const order = /^(orders|revenue):depth:(\d+)(?::([A-Z]{3}))?$/.exec(name)
    if (order) sell(salesByDepth, order[2], order[1] === 'orders' ? 'purchase' : `revenue:${order[3]}`, n)
    const depth = /^depth:(\d+)$/.exec(name)?.[1]
    if (!depth) continue
    byDepth[depth] = n
    maxDepth = Math.max(maxDepth, Number(depth))
  }
  const askSum = askTotal.get('') ?? { asks: 0, answers: 0, yes: 0, maybe: 0, no: 0 }
  const shares = byType.share_click
  // A landing converts when its shareId is one a recorded click shared.
  const landings = figure.get('converted') ?? 0
  // Orders through a recorded share: depth 1 and deeper.
  const attributed = [...salesByDepth].reduce((sum, [depth, s]) => sum + (depth === '0' ? 0 : s.orders), 0)
  const variantNames = [...new Set([...viewsByVariant.keys(), ...byVariant.keys(), ...sold.byVariant.keys()])].sort()
  /** @type {Record<string, VariantFigures>} */
  const variants = Object.fromEntries(variantNames.map((name) => {
    const views = viewsByVariant.get(name) ?? 0
    const shared = sharedByVariant.get(name) ?? 0
    const counts = byVariant.get(name) ?? zeros()
    return [name, {
      views, viewsShared: shared, shareRate: views ? Math.min(shared, views) / views : 0,
      shares: counts.share_click, landings: counts.share_landing, ...major(sold.byVariant.get(name) ?? noSales()),
    }]
  }))
  /** @param {Map<string, Sales>} map */
  const majors = (map) => Object.fromEntries([...map].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, s]) => [key, major(s)]))
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
    // Each order once by id; revenue per currency, never summed across currencies.
    orders: {
      ...major(sales),
      attributed,
      byChannel: majors(sold.byChannel),
      byVariant: majors(sold.byVariant),
      byVariantChannel: Object.fromEntries([...sold.byVariantChannel].sort(([a], [b]) => (a < b ? -1 : 1)).map(([variant, channels]) => [variant, majors(channels)])),
      byProduct: [...sold.byProduct]
        .map(([url, s]) => ({ url, title: title.get(url) ?? null, ...major(s) }))
        .sort((a, b) => b.orders - a.orders || (a.url < b.url ? -1 : 1)),
      byDepth: majors(salesByDepth),
    },
    // "Ask my friends": asks, friends' answers (per ask: the answer rate) and their mix, per
    // product and channel, and orders through an ask.
    asks: {
      ...askSum,
      rate: askSum.asks ? askSum.answers / askSum.asks : 0,
      orders: figure.get('ask_orders') ?? 0,
      byProduct: [...asked.byProduct].map(([url, c]) => ({ url, title: title.get(url) ?? null, ...c })).sort((a, b) => b.asks - a.asks || (a.url < b.url ? -1 : 1)),
      byChannel: sorted(asked.byChannel),
    },
    // From a widget seen to an order it brought: views, views that shared, shares, landings
    // through a recorded share, orders through a recorded share.
    funnel: { views: byType.widget_view, viewsShared, shares, landings, orders: attributed },
    ab: {
      unit: 'widget view',
      variants,
      // A variant no one saw in these days is no arm of the test (late landings and orders of
      // an ended one): it must not hold back the verdict of the variants shown.
      verdict: compareShareRates(variantNames.filter((name) => variants[name].views > 0)
        .map((name) => ({ name, views: variants[name].views, shared: variants[name].viewsShared }))),
    },
    dropped: figure.get('dropped') ?? 0,
  }
}
