import type { Env } from '../env'
import type { GlobalConfig } from '../config/global-config'
import type { Warn } from '../lib/warn'
import type { ChannelId, Order, OrderItem, PurchaseInput, ShareEvent } from '../types'
import { consentedStorage } from './consented-storage'
import { safeUrl } from '../product/safe-url'

/** Order ids this browser reported, newest last: a reload of the thank-you page sends nothing. */
const ordersKey = 'sharecue:orders'
/** Order ids remembered: a shopper rarely has more orders in flight on one site. */
const keepOrders = 50
/** Lines of one order that are sent, as collectors keep them. */
const maxItems = 100

/** An amount: a number, or a decimal string ("59.90"), from 0 to 1e9; else undefined. */
const amount = (value: unknown): number | undefined => {
  const n = typeof value == 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value) ? +value : value
  return typeof n == 'number' && n >= 0 && n <= 1e9 ? n : undefined
}

const shown = (value: unknown) => String(value).slice(0, 80)

/**
 * The order of a `purchase()` call, checked: an id (1 to 64 characters), a value, an ISO 4217
 * currency; `undefined`, with warning SC404, when one of them is missing or wrong. Order lines
 * are optional: a line with a wrong field is left out (SC405), the order is still reported.
 */
export const orderOf = (input: PurchaseInput, warn: Warn): Order | undefined => {
  // Own fields only: a polluted Object.prototype supplies no order id.
  const { orderId, value, currency, items } = { __proto__: null, ...input } as Partial<PurchaseInput>
  const id = typeof orderId == 'string' || (typeof orderId == 'number' && Number.isFinite(orderId)) ? String(orderId).trim() : ''
  if (!id || id.length > 64) return void warn('SC404', 'orderId', shown(orderId), 'a text of 1 to 64 characters')
  const total = amount(value)
  if (total === undefined) return void warn('SC404', 'value', shown(value), 'a number from 0, such as 59.90')
  const code = typeof currency == 'string' ? currency.trim().toUpperCase() : ''
  if (!/^[A-Z]{3}$/.test(code)) return void warn('SC404', 'currency', shown(currency), 'an ISO 4217 code such as EUR')
  const order: Order = { id, value: total, currency: code }
  if (items != null) {
    if (!Array.isArray(items)) warn('SC405', 'items', 'is not a list')
    else {
      order.items = []
      for (const [n, line] of items.slice(0, maxItems).entries()) {
        const { url, sku, quantity, price } = { __proto__: null, ...line } as OrderItem
        const item: OrderItem = JSON.parse(JSON.stringify({
          url: url == null ? undefined : safeUrl(url) ?? NaN,
          sku: sku == null ? undefined : typeof sku == 'string' && sku.trim() && sku.length <= 100 ? sku.trim() : NaN,
          quantity: quantity == null ? undefined : Number.isInteger(quantity) && quantity >= 1 && quantity <= 1e6 ? quantity : NaN,
          price: price == null ? undefined : amount(price) ?? NaN,
        }))
        // JSON turns NaN, a field that was given but wrong, into null.
        if (Object.values(item).indexOf(null as never) > -1) warn('SC405', `items[${n}]`, shown(JSON.stringify(line)))
        else order.items.push(item)
      }
    }
  }
  return order
}

/** What a `purchase` event says besides its id, time and page. */
export interface PurchaseFields {
  order: Order
  shareId?: string | undefined
  /** The arrival's channel, as the landing read it from `utm_source`. */
  channel?: ChannelId | undefined
}

/**
 * The fields of the `purchase` event of an order, or `undefined` when the order is wrong or
 * this browser reported it before (this page view, or an earlier one where consent allowed
 * remembering). They name the share this browser arrived through (`arrival`,
 * `<shareId> <channel> <time>`) when that arrival is within the attribution window
 * (`attributionDays`, checked here: 1 to 365, else 30 with warning SC107); the collector adds
 * that share's variant and parent from what it recorded of the share. The runtime makes the
 * event (its `createEvent`), and checks channel ids (`known`), so this part carries no copy of
 * either.
 */
export const purchaseFields = (
  env: Env, config: GlobalConfig, warn: Warn, input: PurchaseInput, arrival: string | undefined, reported: Set<string>,
  known: (id: string) => id is ChannelId,
): PurchaseFields | undefined => {
  const order = orderOf(input, warn)
  if (!order || reported.has(order.id)) return
  reported.add(order.id)
  if (!remembered(env, config, order.id)) return
  return { order, ...credit(env, config, warn, arrival, known) }
}

/**
 * Remembers an order id as reported by this browser (where consent allows); false where it was
 * reported before.
 */
const remembered = (env: Env, config: GlobalConfig, id: string): boolean => {
  const storage = consentedStorage(env, config)
  try {
    const sent: unknown = JSON.parse(storage?.getItem(ordersKey) || '[]')
    const ids = Array.isArray(sent) ? sent.filter((id) => typeof id == 'string') : []
    if (ids.indexOf(id) > -1) return false
    storage?.setItem(ordersKey, JSON.stringify(ids.concat(id).slice(-keepOrders)))
  } catch { /* storage refused or full: the collector still counts the order once */ }
  return true
}

/** The share and channel of `arrival` (`<shareId> <channel> <time>`), if within the attribution window. */
const credit = (env: Env, config: GlobalConfig, warn: Warn, arrival: string | undefined, known: (id: string) => id is ChannelId): Omit<PurchaseFields, 'order'> => {
  let days = config.attributionDays == null ? 30 : +config.attributionDays
  if (!(days >= 1 && days <= 365)) {
    warn('SC107', 'attributionDays', shown(config.attributionDays), '1–365')
    days = 30
  }
  const [shareId, channel, at] = (arrival ?? '').split(' ')
  // An arrival stored without its time (an earlier version) cannot be placed in the window.
  return env.now() - Number(at) <= days * 864e5 ? { shareId, channel: known(channel!) ? channel : undefined } : {}
}

/**
 * Consent arrived: orders reported before it (held, not yet sent) are remembered now, and
 * credited to the arrival that storage, readable now, remembers from an earlier page: on a
 * thank-you page whose consent banner answers after `purchase()` ran, as most do.
 */
export const creditHeld = (
  env: Env, config: GlobalConfig, warn: Warn, held: (ShareEvent & PurchaseFields)[], arrival: string | undefined,
  known: (id: string) => id is ChannelId,
): void => {
  for (const event of held) {
    remembered(env, config, event.order.id)
    const { shareId, channel } = event.shareId ? event : credit(env, config, warn, arrival, known)
    if (shareId && !event.shareId) Object.assign(event, channel ? { shareId, channel } : { shareId })
  }
}
