// @ts-check
import { dayOf } from './days.js'
import { limits } from './schema.js'
import { orderIdPrefix } from './orders.js'

/** @typedef {import('./validate-event.js').ShareEvent} ShareEvent */
/**
 * What a share (the first `share_click` with its `shareId`) passes on to the landings
 * through its link, and where it sits in its chain.
 * @typedef {{ shareId: string, parent: string | null, ts: number, depth: number,
 *   product: string, channel: string, variant: string }} Share
 */
/** A stored landing as the rollup needs it. @typedef {{ id: string, ts: number, product: string, channel: string, variant: string }} Landing */
/**
 * An order as counted: once per order id, under the product, channel and variant of the
 * share it is attributed to (empty when none), at that share's depth in its chain (0: none).
 * @typedef {{ orderId: string, ts: number, value: number, currency: string, shareId: string | null,
 *   product: string, channel: string, variant: string, depth: number, signed?: boolean }} CountedOrder
 */
/**
 * The reads and writes the rollup makes inside a store's transaction; each store answers
 * them in its own SQL. Every method may return a value or a promise.
 * @typedef {object} RollupTx
 * @property {(shareId: string) => Share | undefined | Promise<Share | undefined>} share
 * @property {(share: Share) => boolean | Promise<boolean>} addShare true if it was new
 * @property {(shareId: string) => Landing[] | Promise<Landing[]>} landingsOf stored landings through a share
 * @property {(shareId: string) => Share[] | Promise<Share[]>} childrenOf shares whose parent is this one
 * @property {(shareId: string, depth: number) => unknown} setDepth
 * @property {(shareIds: string[]) => unknown} [lock] holds share ids until the transaction ends (stores shared by processes)
 * @property {(viewId: string) => boolean | Promise<boolean>} addView true if the view had not shared before
 * @property {(orderId: string) => CountedOrder | undefined | Promise<CountedOrder | undefined>} order
 * @property {(order: CountedOrder) => unknown} putOrder adds or replaces an order
 * @property {(shareId: string) => CountedOrder[] | Promise<CountedOrder[]>} ordersOf orders attributed to a share
 * @property {(ask: Ask) => unknown} addAsk records an "Ask my friends" share (once)
 * @property {(shareId: string) => AskRecord | undefined | Promise<AskRecord | undefined>} ask
 * @property {(shareId: string, reply: 'yes' | 'maybe' | 'no') => unknown} addReply
 */
/** An "Ask my friends" share. @typedef {{ shareId: string, ts: number, product: string, channel: string, variant: string }} Ask */
/** An ask with the answers it got. @typedef {Ask & { yes: number, maybe: number, no: number }} AskRecord */
/**
 * Counter deltas of one batch, keyed `day|type|product|channel|variant` and `day|figure`.
 * @typedef {{ counters: Map<string, number>, figures: Map<string, number>, titles: Map<string, string> }} Deltas
 */

/** Empty text stands for "none" in the counter keys, as NULL is never equal to NULL in a key. */
const none = ''

/** @param {Deltas['counters'] | Deltas['figures']} map @param {string} key @param {number} by */
const add = (map, key, by) => {
  const n = (map.get(key) ?? 0) + by
  if (n === 0) map.delete(key)
  else map.set(key, n)
}

/**
 * The keys an event counts under: its own product, channel and variant; a landing that does
 * not say one (the page it lands on need not know its product or variant) takes the share's.
 * @param {{ product: string, channel: string, variant: string }} own @param {Share} [share]
 */
const inherit = (own, share) => ({
  product: own.product || share?.product || none,
  channel: own.channel || share?.channel || none,
  variant: own.variant || share?.variant || none,
})

/** Revenue is counted in thousandths of the major unit: integer sums, exact for every currency. @param {number} value */
export const milli = (value) => Math.round(value * 1000)

/** @param {ShareEvent} e */
const ownKeys = (e) => ({ product: e.product?.url ?? none, channel: e.channel ?? none, variant: e.variant ?? none })

/**
 * @param {number} day @param {string} type @param {{ product: string, channel: string, variant: string }} keys
 */
const counterKey = (day, type, { product, channel, variant }) => [day, type, product, channel, variant].join('\u0000')

/**
 * Keeps the figures of /stats as events arrive, so that /stats reads counters, never events:
 * counts per day, type, product, channel and variant; landings that came through a recorded
 * share; the depth of every share in its chain. Events arrive in any order (a landing before
 * the click that shared its link, a child share before its parent), so a share that arrives
 * late moves what it explains: its landings get its product and variant, its children a
 * deeper place in the chain. Preview events (contract §7, `"preview": true`) count nowhere.
 *
 * A widget view that shared counts once (`view_shared`), however often it shared. An order
 * (`purchase`) counts once per order id, whichever way it came; a sighting that names a share
 * takes the place of one that did not. Its revenue is a counter per currency
 * (`revenue:EUR`), in thousandths; its depth, the depth of its share (0 for none). An "Ask my
 * friends" share counts as an `ask` too; a friend's answer (`ask_reply`) counts as `reply:yes`,
 * `reply:maybe` or `reply:no` under the ask's product, channel and variant, up to
 * `limits.repliesPerAsk` answers per ask; an order through an ask adds to the `ask_orders` figure.
 * @example const deltas = await rollup(newEvents, tx) // then written by the store
 * @param {(ShareEvent & { preview?: boolean })[]} events events stored for the first time, in order of arrival
 * @param {RollupTx} tx
 * @returns {Promise<Deltas>}
 */
export const rollup = async (events, tx) => {
  /** @type {Deltas} */
  const deltas = { counters: new Map(), figures: new Map(), titles: new Map() }
  /** Ids of this batch not yet counted: a late share must not move them, they find it themselves. */
  const pending = new Set(events.map((e) => e.id))
  /** Shares moved deeper by this batch: at most `limits.deepenPerBatch`. */
  let deepened = 0

  /** Gives the children of a share that arrived late their place below it. @param {Share} parent */
  const deepen = async (parent) => {
    /** @type {Share[]} */
    const queue = [parent]
    for (let share = queue.shift(); share; share = queue.shift()) {
      for (const child of await tx.childrenOf(share.shareId)) {
        // A child clicked before its parent is no child (time order, as in chains of /stats).
        if (!(child.ts > share.ts) || child.depth === share.depth + 1) continue
        if (++deepened > limits.deepenPerBatch) return
        await tx.lock?.([child.shareId])
        add(deltas.figures, `${dayOf(child.ts)}\u0000depth:${child.depth}`, -1)
        add(deltas.figures, `${dayOf(child.ts)}\u0000depth:${share.depth + 1}`, 1)
        await tx.setDepth(child.shareId, share.depth + 1)
        await moveOrders({ ...child, depth: share.depth + 1 })
        queue.push({ ...child, depth: share.depth + 1 })
      }
    }
  }

  /** Adds an order to the figures (`sign` 1), or takes it out (-1). @param {CountedOrder} order @param {number} sign */
  const countOrder = (order, sign) => {
    const day = dayOf(order.ts)
    add(deltas.counters, counterKey(day, 'purchase', order), sign)
    add(deltas.counters, counterKey(day, `revenue:${order.currency}`, order), sign * milli(order.value))
    add(deltas.figures, `${day}\u0000orders:depth:${order.depth}`, sign)
    add(deltas.figures, `${day}\u0000revenue:depth:${order.depth}:${order.currency}`, sign * milli(order.value))
  }

  /**
   * Orders attributed to a share that arrived after them, or that moved deeper in its chain,
   * take its product, variant and depth. @param {Share} share
   */
  const moveOrders = async (share) => {
    for (const order of await tx.ordersOf(share.shareId)) {
      const moved = { ...order, ...inherit(order, share), depth: share.depth }
      if (moved.product === order.product && moved.variant === order.variant && moved.depth === order.depth) continue
      countOrder(order, -1)
      countOrder(moved, 1)
      await tx.putOrder(moved)
    }
  }

  /** @param {ShareEvent} e */
  const purchase = async (e) => {
    const { id: orderId, value, currency } = /** @type {NonNullable<ShareEvent['order']>} */ (e.order)
    // From the shop's server, its signature checked (orders.js): no page may take such an id.
    const signed = e.id.startsWith(orderIdPrefix)
    await tx.lock?.([`order:${orderId}`])
    const share = e.shareId ? await tx.share(e.shareId) : undefined
    const keys = inherit({ product: none, channel: e.channel ?? none, variant: e.variant ?? none }, share)
    const known = await tx.order(orderId)
    // Seen before (a reload of the thank-you page, the other path): it counts once. A sighting
    // that names a share takes the place of one that named none; the signed order's time, value
    // and currency take the place of a page's, which anyone can send first for any order id.
    const named = !known?.shareId && !!e.shareId
    const priced = signed && !known?.signed
    if (known && !named && !priced) return
    if (known) countOrder(known, -1)
    // Taken out with the order and counted again below, once (a signed order's time may be another day).
    if (known?.shareId && (await tx.ask(known.shareId))) add(deltas.figures, `${dayOf(known.ts)}\u0000ask_orders`, -1)
    /** @type {CountedOrder} */
    const order = known
      ? { ...known, ...(priced && { ts: e.ts, value, currency, signed }), ...(named && { shareId: e.shareId ?? null, ...keys, depth: share?.depth ?? 0 }) }
      : { orderId, ts: e.ts, value, currency, signed, shareId: e.shareId ?? null, ...keys, depth: share?.depth ?? 0 }
    countOrder(order, 1)
    await tx.putOrder(order)
    if (order.shareId && (await tx.ask(order.shareId))) add(deltas.figures, `${dayOf(order.ts)}\u0000ask_orders`, 1)
  }

  /** @param {ShareEvent} e */
  const reply = async (e) => {
    const ask = await tx.ask(/** @type {string} */ (e.shareId))
    if (!ask || ask.yes + ask.maybe + ask.no >= limits.repliesPerAsk) return
    const answer = /** @type {'yes' | 'maybe' | 'no'} */ (e.reply)
    await tx.addReply(ask.shareId, answer)
    add(deltas.counters, counterKey(dayOf(e.ts), `reply:${answer}`, ask), 1)
  }

  /** @param {ShareEvent} e */
  const click = async (e) => {
    const own = ownKeys(e)
    add(deltas.counters, counterKey(dayOf(e.ts), e.type, own), 1)
    if (e.view && (await tx.addView(e.view))) add(deltas.counters, counterKey(dayOf(e.ts), 'view_shared', { ...own, channel: none }), 1)
    const parent = e.parentShareId ? await tx.share(e.parentShareId) : undefined
    const depth = parent && parent.ts < e.ts ? parent.depth + 1 : 1
    add(deltas.figures, `${dayOf(e.ts)}\u0000depth:${depth}`, 1)
    if (!e.shareId) return
    /** @type {Share} */
    const share = { shareId: e.shareId, parent: e.parentShareId ?? null, ts: e.ts, depth, ...own }
    if (!(await tx.addShare(share))) return
    if (e.ask) {
      await tx.addAsk({ shareId: e.shareId, ts: e.ts, ...own })
      add(deltas.counters, counterKey(dayOf(e.ts), 'ask', own), 1)
      // Orders through it that arrived first were no order after an ask then: they are now.
      for (const order of await tx.ordersOf(e.shareId)) add(deltas.figures, `${dayOf(order.ts)}\u0000ask_orders`, 1)
    }
    for (const landing of await tx.landingsOf(e.shareId)) {
      if (pending.has(landing.id)) continue
      const day = dayOf(landing.ts)
      add(deltas.counters, counterKey(day, 'share_landing', inherit(landing)), -1)
      add(deltas.counters, counterKey(day, 'share_landing', inherit(landing, share)), 1)
      add(deltas.figures, `${day}\u0000converted`, 1)
    }
    await moveOrders(share)
    await deepen(share)
  }

  for (const e of events) {
    pending.delete(e.id)
    if (e.preview) continue
    if (e.product?.title) deltas.titles.set(e.product.url, e.product.title)
    if (e.type === 'share_click') {
      await click(e)
      continue
    }
    if (e.type === 'purchase') {
      await purchase(e)
      continue
    }
    if (e.type === 'ask_reply') {
      await reply(e)
      continue
    }
    const share = e.type === 'share_landing' && e.shareId ? await tx.share(e.shareId) : undefined
    add(deltas.counters, counterKey(dayOf(e.ts), e.type, inherit(ownKeys(e), share)), 1)
    if (share) add(deltas.figures, `${dayOf(e.ts)}\u0000converted`, 1)
  }
  return deltas
}

/**
 * The deltas as rows to add, sorted so that every writer takes row locks in one order (two
 * processes adding to the same counters in opposite orders would deadlock).
 * @param {Deltas} deltas
 */
export const deltaRows = ({ counters, figures, titles }) => ({
  counters: [...counters].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, n]) => {
    const [day, type, product, channel, variant] = key.split('\u0000')
    return { day: Number(day), type, product, channel, variant, n }
  }),
  figures: [...figures].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, n]) => {
    const [day, name] = key.split('\u0000')
    return { day: Number(day), name, n }
  }),
  titles: [...titles].sort(([a], [b]) => (a < b ? -1 : 1)),
})
