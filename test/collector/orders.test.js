// @ts-check
// Orders from a shop's server (Shopify's orders/create webhook, the generic signed POST) and
// from the thank-you page's `purchase` event: each order counted once, by order id.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createHmac } from 'node:crypto'
import { batch, event, getStats, post, shareId, start } from './helpers.js'

const shopifySecret = 'shpss_test_secret'
const ordersSecret = 'orders-test-secret'
const shop = 'trail-shoes.myshopify.com'
const product = 'https://shop.example/p/trail-shoe'

/** A Shopify orders/create body, trimmed to what the collector reads and a little more. @param {Record<string, unknown>} [fields] */
const shopifyOrder = (fields = {}) => ({
  id: 5678901234567,
  name: '#1001',
  created_at: new Date(Date.now() - 60_000).toISOString(),
  currency: 'EUR',
  total_price: '119.80',
  landing_site: `/products/trail-shoe?utm_source=whatsapp&utm_medium=social&utm_campaign=sharecue&scid=${shareId('wa-share')}`,
  landing_site_ref: null,
  note_attributes: [],
  line_items: [{ sku: 'TS-1', quantity: 2, price: '59.90', title: 'Trail shoe' }],
  customer: { email: 'someone@example.com' },
  ...fields,
})

/**
 * POSTs a Shopify webhook, signed with `secret` unless a signature is given.
 * @param {string} url @param {unknown} body @param {{ secret?: string, signature?: string }} [options]
 */
const shopify = (url, body, { secret = shopifySecret, signature } = {}) => {
  const text = JSON.stringify(body)
  return fetch(`${url}/orders/shopify`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-shopify-topic': 'orders/create',
      'x-shopify-shop-domain': shop,
      'x-shopify-hmac-sha256': signature ?? createHmac('sha256', secret).update(text).digest('base64'),
    },
    body: text,
  })
}

/** POSTs the generic order route, signed. @param {string} url @param {unknown} body @param {string} [secret] */
const signedOrder = (url, body, secret = ordersSecret) => {
  const text = JSON.stringify(body)
  return fetch(`${url}/orders`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-sharecue-signature': `sha256=${createHmac('sha256', secret).update(text).digest('hex')}` },
    body: text,
  })
}

/** The share the orders are attributed to: a WhatsApp share of the product, variant bold. */
const share = () => event({ channel: 'whatsapp', shareId: shareId('wa-share'), variant: 'bold', product: { url: product } })

test('a signed Shopify webhook is an order, credited to the share its landing address carries', async (t) => {
  const { url } = await start(t, { shopifySecret })
  await post(url, batch([share()]))
  const res = await shopify(url, shopifyOrder())
  assert.equal(res.status, 200)
  assert.deepEqual(await res.json(), { accepted: 1, duplicates: 0, shareId: shareId('wa-share') })
  const stats = await getStats(url)
  assert.deepEqual(stats.orders.byChannel, { whatsapp: { orders: 1, revenue: { EUR: 119.8 } } })
  assert.deepEqual(stats.orders.byVariant, { bold: { orders: 1, revenue: { EUR: 119.8 } } })
  assert.deepEqual(stats.orders.byProduct, [{ url: product, title: null, orders: 1, revenue: { EUR: 119.8 } }])
  assert.equal(stats.funnel.orders, 1)
})

test('a webhook Shopify delivers again is one order', async (t) => {
  const { url } = await start(t, { shopifySecret })
  assert.equal((await shopify(url, shopifyOrder())).status, 200)
  const again = await shopify(url, shopifyOrder())
  assert.deepEqual(await again.json(), { accepted: 0, duplicates: 1, shareId: shareId('wa-share') })
  assert.equal((await getStats(url)).orders.orders, 1)
})

test('the share may come from a note attribute or landing_site_ref instead', async (t) => {
  const { url } = await start(t, { shopifySecret })
  const noted = await shopify(url, shopifyOrder({ id: 1, landing_site: '/', note_attributes: [{ name: 'scid', value: shareId('noted') }] }))
  assert.equal((await noted.json()).shareId, shareId('noted'))
  const ref = await shopify(url, shopifyOrder({ id: 2, landing_site: '/?ref=x', landing_site_ref: shareId('ref') }))
  assert.equal((await ref.json()).shareId, shareId('ref'))
})

test('a Shopify order whose lines carry odd values is still an order: a NUL in a SKU is taken out, not a 400 Shopify would retry and give up on', async (t) => {
  const { url } = await start(t, { shopifySecret })
  await post(url, batch([share()]))
  const lines = [{ sku: 'TS\u00001', quantity: 2, price: '59.90' }, { sku: '\u0000', quantity: 1, price: '0.00' }]
  const res = await shopify(url, shopifyOrder({ line_items: lines }))
  assert.equal(res.status, 200, await res.clone().text())
  assert.deepEqual(await res.json(), { accepted: 1, duplicates: 0, shareId: shareId('wa-share') })
  assert.deepEqual((await getStats(url)).orders.byChannel, { whatsapp: { orders: 1, revenue: { EUR: 119.8 } } })
})

test('an order keeps of its landing address the origin and path: the query that named the share is read, and what names the shopper is not stored', async (t) => {
  const { url } = await start(t, { shopifySecret, readToken: 'reader' })
  const landing = `/products/trail-shoe?utm_source=whatsapp&scid=${shareId('wa-share')}&_kx=klaviyo.reader.id&email=someone%40example.com&token=abc#cart`
  const res = await shopify(url, shopifyOrder({ landing_site: landing }))
  assert.equal((await res.json()).shareId, shareId('wa-share'))
  const recent = await (await fetch(`${url}/events/recent`, { headers: { authorization: 'Bearer reader' } })).json()
  const order = recent.events.find((/** @type {{ type: string }} */ e) => e.type === 'purchase')
  assert.equal(order.page, `https://${shop}/products/trail-shoe`)
  assert.doesNotMatch(JSON.stringify(recent), /klaviyo|someone|token=abc/)
})

test('a Shopify webhook whose unsigned shop-domain header is no host is still an order, not a 500', async (t) => {
  const { url } = await start(t, { shopifySecret })
  const text = JSON.stringify(shopifyOrder())
  const res = await fetch(`${url}/orders/shopify`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json', 'x-shopify-topic': 'orders/create', 'x-shopify-shop-domain': '999999999999',
      'x-shopify-hmac-sha256': createHmac('sha256', shopifySecret).update(text).digest('base64'),
    },
    body: text,
  })
  assert.equal(res.status, 200, await res.clone().text())
  assert.equal((await res.json()).accepted, 1)
})

for (const [what, signature] of /** @type {const} */ ([
  ['a wrong signature', createHmac('sha256', 'another secret').update('{}').digest('base64')],
  ['no signature', ''],
  ['a signature that is not base64 of 32 bytes', 'not-a-signature'],
])) {
  test(`a Shopify webhook with ${what} is refused with 401 and counts nothing`, async (t) => {
    const { url } = await start(t, { shopifySecret })
    const res = await shopify(url, shopifyOrder(), { signature })
    assert.equal(res.status, 401)
    assert.equal((await getStats(url)).orders.orders, 0)
  })
}

test('a body changed after signing is refused', async (t) => {
  const { url } = await start(t, { shopifySecret })
  const body = shopifyOrder()
  const signature = createHmac('sha256', shopifySecret).update(JSON.stringify(body)).digest('base64')
  const res = await shopify(url, { ...body, total_price: '9999.00' }, { signature })
  assert.equal(res.status, 401)
})

test('without a secret, order routes refuse every request and say which variable to set', async (t) => {
  const { url } = await start(t)
  const res = await shopify(url, shopifyOrder())
  assert.equal(res.status, 403)
  assert.match((await res.json()).error, /SHARECUE_SHOPIFY_SECRET/)
  const generic = await signedOrder(url, { orderId: 'A-1', value: 5, currency: 'EUR' })
  assert.equal(generic.status, 403)
  assert.match((await generic.json()).error, /SHARECUE_ORDERS_SECRET/)
})

test('a signed order that breaks the rules is a 400 with the reason', async (t) => {
  const { url } = await start(t, { ordersSecret })
  for (const [body, reason] of /** @type {const} */ ([
    [{ orderId: 'A-1', value: 'free', currency: 'EUR' }, /^order\.value: must be a number/],
    [{ orderId: 'A-1', value: -5, currency: 'EUR' }, /^order\.value: must be a number/],
    [{ orderId: 'A-1', value: 5, currency: 'euro' }, /^order\.currency: must match/],
    [{ orderId: '', value: 5, currency: 'EUR' }, /^order\.id: must not be empty/],
    [[1, 2], /must be a JSON object/],
  ])) {
    const res = await signedOrder(url, body)
    assert.equal(res.status, 400, JSON.stringify(body))
    assert.match((await res.json()).error, reason)
  }
})

test('the generic route reads the share from shareId or from landingUrl', async (t) => {
  const { url } = await start(t, { ordersSecret })
  const direct = await signedOrder(url, { orderId: 'A-1', value: 10, currency: 'eur', shareId: shareId('direct') })
  assert.deepEqual(await direct.json(), { accepted: 1, duplicates: 0, shareId: shareId('direct') })
  const landed = await signedOrder(url, { orderId: 'A-2', value: 10, currency: 'EUR', landingUrl: `${product}?utm_source=x&scid=${shareId('landed')}` })
  assert.equal((await landed.json()).shareId, shareId('landed'))
  const wrong = await signedOrder(url, { orderId: 'A-3', value: 10, currency: 'EUR' }, 'not the secret')
  assert.equal(wrong.status, 401)
})

test('an order seen by the thank-you page and by the webhook counts once, credited to the share either names', async (t) => {
  const { url } = await start(t, { shopifySecret })
  await post(url, batch([share()]))
  // The page saw no arrival (another browser, cleared storage): no share. The webhook has it.
  await post(url, batch([event({ type: 'purchase', channel: undefined, shareId: undefined, widget: undefined, product: undefined,
    order: { id: '5678901234567', value: 119.8, currency: 'EUR' } })]))
  assert.equal((await getStats(url)).orders.attributed, 0)
  await shopify(url, shopifyOrder())
  const stats = await getStats(url)
  assert.equal(stats.orders.orders, 1)
  assert.equal(stats.orders.attributed, 1)
  assert.deepEqual(stats.orders.revenue, { EUR: 119.8 })
  assert.deepEqual(stats.orders.byChannel, { whatsapp: { orders: 1, revenue: { EUR: 119.8 } } })
  // And the other way round: the webhook first, then the page.
  await shopify(url, shopifyOrder({ id: 42 }))
  await post(url, batch([event({ type: 'purchase', channel: 'whatsapp', shareId: shareId('wa-share'), widget: undefined, product: undefined,
    order: { id: '42', value: 119.8, currency: 'EUR' } })]))
  assert.equal((await getStats(url)).orders.orders, 2)
})

test('an order body larger than 1 MiB is refused with 413', async (t) => {
  const { url } = await start(t, { shopifySecret })
  const res = await shopify(url, shopifyOrder({ note: 'x'.repeat(1024 * 1024) }))
  assert.equal(res.status, 413)
})
