// @ts-check
import { createHash, createHmac, timingSafeEqual } from 'node:crypto'
import { channels, limits, shareIdPattern } from './schema.js'
import { isRecord, validateEvent } from './validate-event.js'

/** @typedef {import('./validate-event.js').ShareEvent} ShareEvent */

/**
 * Orders that reach the collector from a shop's server rather than from a browser: Shopify's
 * `orders/create` webhook and a generic signed POST. Each becomes a `purchase` event (contract
 * §7) with an id made from its source and order id, so a webhook delivered twice is one event,
 * and the store counts an order id once, whichever way it came first.
 */

/**
 * Whether `signature` is the HMAC-SHA256 of `bytes` under `secret`, compared in constant time.
 * @param {Buffer} bytes @param {string} secret @param {string | undefined} signature
 * @param {'base64' | 'hex'} encoding
 */
const signed = (bytes, secret, signature, encoding) => {
  if (!signature) return false
  const expected = createHmac('sha256', secret).update(bytes).digest()
  const given = Buffer.from(signature.trim(), encoding)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/**
 * Shopify signs a webhook's body with the app's secret: `X-Shopify-Hmac-Sha256`, base64.
 * @param {Buffer} bytes @param {string} secret @param {string | undefined} header
 */
export const shopifySigned = (bytes, secret, header) => signed(bytes, secret, header, 'base64')

/**
 * The generic route's signature: `X-Sharecue-Signature: sha256=<hex>` of the body.
 * @param {Buffer} bytes @param {string} secret @param {string | undefined} header
 */
export const sharecueSigned = (bytes, secret, header) => {
  const match = /^sha256=([0-9a-f]{64})$/i.exec(header?.trim() ?? '')
  return !!match && signed(bytes, secret, match[1], 'hex')
}

/** How the ids of the events made of orders begin: POST /events refuses such ids. */
export const orderIdPrefix = 'order-'

/** An event id for an order of a source: the same order always gets the same id. @param {string} source @param {string} orderId */
const orderEventId = (source, orderId) => `${orderIdPrefix}${createHash('sha256').update(`${source}\u0000${orderId}`).digest('base64url').slice(0, 32)}`

/**
 * What a landing address says of the share it came through: `scid` (or a `ref` parameter
 * whose value is a share id, the `ref` option's) and the channel of `utm_source`.
 * @param {string | undefined} address absolute, or a path on `base`
 * @param {string} base
 */
export const arrivalOf = (address, base) => {
  if (typeof address !== 'string' || !URL.canParse(address, base)) return {}
  const params = new URL(address, base).searchParams
  const shareId = [params.get('scid'), params.get('ref')].find((id) => id && shareIdPattern.test(id)) ?? undefined
  const source = params.get('utm_source') ?? ''
  return { shareId, channel: shareId && channels.includes(source) ? source : undefined }
}

/**
 * A number from a decimal string ("19.90"), else the value as it is, for the validator to name.
 * @param {unknown} value
 */
const decimal = (value) => (typeof value === 'string' && /^\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : value)

/**
 * Validates the event made of an order: the same rules as a browser's `purchase`.
 * @param {Record<string, unknown>} event @param {number} now
 * @returns {{ event: ShareEvent } | { reason: string }}
 */
const checked = (event, now) => validateEvent(JSON.parse(JSON.stringify(event)), now)

/**
 * The page an order arrived through, as stored and shown (`/events/recent`): its origin and path.
 * Its query is read for the share (`arrivalOf`) and not kept: a landing address may carry what
 * names the shopper (an e-mail tool's `_kx`, `email=`, a token), which the widget never sends.
 * @param {string | undefined} address @param {string} base
 */
const landingPage = (address, base) => {
  const url = address && URL.canParse(address, base) ? new URL(address, base) : new URL(base)
  return url.origin + url.pathname
}

/**
 * A Shopify `orders/create` webhook body as a purchase event. The share comes from the
 * order's `landing_site` (the first page of the visit, with its query), else from a note
 * attribute named `scid`, else from `landing_site_ref` (the `ref` parameter Shopify keeps).
 * @see https://shopify.dev/docs/api/admin-rest/latest/resources/webhook (orders/create)
 * @param {unknown} body the parsed JSON
 * @param {string} shop the shop's domain (`X-Shopify-Shop-Domain`), the base of `landing_site`
 * @param {number} now
 */
export const shopifyPurchase = (body, shop, now) => {
  if (!isRecord(body)) return { reason: 'the body must be a JSON object' }
  const orderId = typeof body.id === 'number' || typeof body.id === 'string' ? String(body.id) : ''
  // The header is not signed: a name that is no host (`999999999999`, an IPv4 number out of range) is none.
  const base = /^[a-z0-9.-]+$/i.test(shop) && URL.canParse(`https://${shop}/`) ? `https://${shop}/` : 'https://shop.invalid/'
  const notes = Array.isArray(body.note_attributes) ? body.note_attributes.filter(isRecord) : []
  const noted = notes.find((note) => note.name === 'scid' && typeof note.value === 'string' && shareIdPattern.test(note.value))
  const ref = typeof body.landing_site_ref === 'string' && shareIdPattern.test(body.landing_site_ref) ? body.landing_site_ref : undefined
  const landing = arrivalOf(typeof body.landing_site === 'string' ? body.landing_site : undefined, base)
  const shareId = landing.shareId ?? /** @type {string | undefined} */ (noted?.value) ?? ref
  const created = typeof body.created_at === 'string' ? Date.parse(body.created_at) : NaN
  const lines = Array.isArray(body.line_items) ? body.line_items.filter(isRecord).slice(0, limits.orderItems) : []
  return checked({
    id: orderEventId('shopify', orderId),
    type: 'purchase',
    ts: created <= now && created >= limits.tsMin ? created : now,
    page: landingPage(typeof body.landing_site === 'string' ? body.landing_site : undefined, base),
    order: {
      id: orderId,
      value: decimal(body.total_price),
      currency: typeof body.currency === 'string' ? body.currency.toUpperCase() : body.currency,
      // A line the rules would refuse is left out, not the order: Shopify would retry, then give up.
      // NUL, which the rules refuse (counter keys, PostgreSQL text), is taken out of a SKU.
      items: lines.map((line) => {
        const sku = typeof line.sku === 'string' ? line.sku.replace(/\0/g, '') : ''
        return {
          sku: sku ? sku.slice(0, limits.sku) : undefined,
          quantity: Number.isInteger(line.quantity) && Number(line.quantity) >= 1 && Number(line.quantity) <= limits.quantity ? line.quantity : undefined,
          price: typeof decimal(line.price) === 'number' ? decimal(line.price) : undefined,
        }
      }),
    },
    shareId,
    channel: shareId === landing.shareId ? landing.channel : undefined,
  }, now)
}

/**
 * The generic route's body, `{ orderId, value, currency, shareId?, landingUrl? }`, as a
 * purchase event; the share is `shareId`, else the one `landingUrl` carries.
 * @param {unknown} body the parsed JSON
 * @param {number} now
 */
export const signedPurchase = (body, now) => {
  if (!isRecord(body)) return { reason: 'the body must be a JSON object' }
  const orderId = typeof body.orderId === 'number' || typeof body.orderId === 'string' ? String(body.orderId) : ''
  const landingUrl = typeof body.landingUrl === 'string' && /^https?:\/\//.test(body.landingUrl) ? body.landingUrl : undefined
  const landing = arrivalOf(landingUrl, 'https://shop.invalid/')
  const shareId = typeof body.shareId === 'string' ? body.shareId : landing.shareId
  return checked({
    id: orderEventId('api', orderId),
    type: 'purchase',
    ts: now,
    page: landingPage(landingUrl, 'https://shop.invalid/'),
    order: { id: orderId, value: decimal(body.value), currency: typeof body.currency === 'string' ? body.currency.toUpperCase() : body.currency, items: body.items },
    shareId,
    channel: shareId === landing.shareId ? landing.channel : undefined,
  }, now)
}
