// @ts-check
import { channels, currencyPattern, eventTypes, idPattern, limits, replies, shareIdPattern } from './schema.js'

/** @typedef {{ url: string, title?: string, sku?: string }} Product */
/** @typedef {{ url?: string, sku?: string, quantity?: number, price?: number }} OrderItem */
/** @typedef {{ id: string, value: number, currency: string, items?: OrderItem[] }} Order */
/**
 * An event as the contract's section 7 describes it, after validation. `view` is the widget
 * view it belongs to (one page view of one widget): the unit of A/B share rates.
 * @typedef {{ id: string, type: string, ts: number, page: string, widget?: string,
 *   channel?: string, shareId?: string, parentShareId?: string, variant?: string,
 *   product?: Product, preview?: true, view?: string, order?: Order, ask?: true,
 *   reply?: 'yes' | 'maybe' | 'no' }} ShareEvent
 */
/** A check returns what is wrong with a value, or undefined when it is fine. @typedef {(value: unknown, now: number) => string | undefined} Check */
/** @typedef {{ check?: Check, fields?: Fields, optional?: boolean }} Rule */
/** @typedef {Record<string, Rule>} Fields */

/** @param {unknown} value @returns {value is Record<string, unknown>} */
export const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Length in code points, not UTF-16 units: a title of 300 emoji or CJK characters is 300
 * characters to the merchant who wrote it.
 * @param {string} value
 */
const characters = (value) => {
  let count = 0
  for (const _ of value) count++
  return count
}

/** @param {number} max @returns {Check} */
const text = (max) => (value) => {
  if (typeof value !== 'string') return 'must be a string'
  if (value === '') return 'must not be empty'
  // NUL separates the keys of the counters, and PostgreSQL's text cannot hold it.
  if (value.includes('\u0000')) return 'must not hold a NUL character'
  return characters(value) > max ? `must be at most ${max} characters` : undefined
}

/** @param {RegExp} pattern @returns {Check} */
const matches = (pattern) => (value) =>
  typeof value === 'string' && pattern.test(value) ? undefined : `must match ${pattern.source}`

/** @param {string[]} list @param {string} what @returns {Check} */
const oneOf = (list, what) => (value) =>
  typeof value === 'string' && list.includes(value) ? undefined : `must be ${what}`

/** @type {Check} */
const httpUrl = (value) => {
  if (typeof value !== 'string') return 'must be a string'
  if (value.length > limits.url) return `must be at most ${limits.url} characters`
  if (value.includes('\u0000')) return 'must not hold a NUL character'
  if (!URL.canParse(value)) return 'must be an absolute URL'
  const { protocol } = new URL(value)
  return protocol === 'http:' || protocol === 'https:' ? undefined : 'must be an http: or https: URL'
}

/** @type {Check} */
const timestamp = (value, now) => {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'must be a finite number (epoch milliseconds)'
  return value < limits.tsMin || value > now + limits.tsAhead
    ? 'must be between 2020-01-01 and one day from now'
    : undefined
}

/** @type {Check} */
const amount = (value) =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= limits.orderValue
    ? undefined
    : `must be a number from 0 to ${limits.orderValue}`

/** @type {Check} */
const quantity = (value) =>
  Number.isInteger(value) && /** @type {number} */ (value) >= 1 && /** @type {number} */ (value) <= limits.quantity
    ? undefined
    : `must be an integer from 1 to ${limits.quantity}`

/** @type {Fields} */
const itemFields = {
  url: { check: httpUrl, optional: true },
  sku: { check: text(limits.sku), optional: true },
  quantity: { check: quantity, optional: true },
  price: { check: amount, optional: true },
}

/** @type {Fields} */
const orderFields = {
  id: { check: text(limits.orderId) },
  value: { check: amount },
  currency: { check: matches(currencyPattern) },
  // Checked line by line in validateEvent (a rule checks one value).
  items: { check: (value) => (Array.isArray(value) ? undefined : 'must be an array'), optional: true },
}

/** @type {Fields} */
const productFields = {
  url: { check: httpUrl },
  title: { check: text(limits.title), optional: true },
  sku: { check: text(limits.sku), optional: true },
}

/** @type {Fields} */
const eventFields = {
  id: { check: matches(idPattern) },
  type: { check: oneOf(eventTypes, `one of ${eventTypes.join(', ')}`) },
  ts: { check: timestamp },
  page: { check: httpUrl },
  widget: { check: text(limits.widget), optional: true },
  channel: { check: oneOf(channels, 'a channel id of the contract (section 4)'), optional: true },
  shareId: { check: matches(shareIdPattern), optional: true },
  parentShareId: { check: matches(shareIdPattern), optional: true },
  variant: { check: text(limits.variant), optional: true },
  product: { fields: productFields, optional: true },
  // Made by a preview (contract §7, added in 0.2): stored, and kept out of every figure.
  preview: { check: (value) => (typeof value === 'boolean' ? undefined : 'must be true or false'), optional: true },
  // The widget view (added in 0.2): one page view of one widget, the unit of A/B share rates.
  view: { check: matches(shareIdPattern), optional: true },
  order: { fields: orderFields, optional: true },
  // An "Ask my friends" share (its share_click and share_complete), added in 0.2.
  ask: { check: (value) => (typeof value === 'boolean' ? undefined : 'must be true or false'), optional: true },
  reply: { check: oneOf(replies, `one of ${replies.join(', ')}`), optional: true },
}

/**
 * Keeps the known fields of `value` that pass their rules and drops the rest; the first
 * problem found rejects the whole value. `null` counts as absent.
 * @param {unknown} value @param {Fields} fields @param {number} now @param {string} path
 * @returns {{ value: Record<string, unknown> } | { reason: string }}
 */
const pick = (value, fields, now, path) => {
  if (!isRecord(value)) return { reason: `${path || 'event'}: must be an object` }
  /** @type {Record<string, unknown>} */
  const picked = {}
  for (const [name, rule] of Object.entries(fields)) {
    const field = value[name]
    const at = path ? `${path}.${name}` : name
    if (field === undefined || field === null) {
      if (rule.optional) continue
      return { reason: `${at}: is required` }
    }
    if (rule.fields) {
      const inner = pick(field, rule.fields, now, at)
      if ('reason' in inner) return inner
      picked[name] = inner.value
      continue
    }
    const problem = rule.check?.(field, now)
    if (problem) return { reason: `${at}: ${problem}` }
    picked[name] = field
  }
  return { value: picked }
}

/**
 * Validates one event of a batch against the contract (section 7). Unknown fields are
 * dropped, not stored.
 * @example validateEvent({ id: 'V1StGXR8_Z5jdHi6B-myT', type: 'share_click', ts: Date.now(), page: 'https://shop.example/p/1' })
 * @param {unknown} value
 * @param {number} [now] the clock, for the upper bound of `ts`
 * @returns {{ event: ShareEvent } | { reason: string }}
 */
export const validateEvent = (value, now = Date.now()) => {
  const result = pick(value, eventFields, now, '')
  if ('reason' in result) return result
  const event = result.value
  // Whole milliseconds: the stores keep an integer (PostgreSQL's BIGINT refuses 1767225600000.5).
  event.ts = Math.floor(/** @type {number} */ (event.ts))
  // `false` is the same as leaving it out.
  if (event.preview === false) delete event.preview
  if (event.ask !== true || (event.type !== 'share_click' && event.type !== 'share_complete')) delete event.ask
  if (event.type !== 'ask_reply') delete event.reply
  else if (!event.reply) return { reason: 'reply: is required' }
  else if (!event.shareId) return { reason: 'shareId: is required' }
  if (event.type !== 'purchase') delete event.order
  else if (!event.order) return { reason: 'order: is required' }
  else {
    const order = /** @type {Record<string, unknown>} */ (event.order)
    if (order.items) {
      const lines = /** @type {unknown[]} */ (order.items)
      if (lines.length > limits.orderItems) return { reason: `order.items: must hold at most ${limits.orderItems} lines` }
      /** @type {Record<string, unknown>[]} */
      const items = []
      for (const [index, line] of lines.entries()) {
        const item = pick(line, itemFields, now, `order.items[${index}]`)
        if ('reason' in item) return item
        items.push(item.value)
      }
      order.items = items
    }
  }
  return { event: /** @type {ShareEvent} */ (event) }
}
