// @ts-check
// Every field rule of the contract's section 7: one bad value per row is rejected with its
// reason while the rest of the batch is stored.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { validateEvent } from '../../collector/validate-event.js'
import { batch, event, post, start, storedIds } from './helpers.js'

const day = 24 * 60 * 60 * 1000
const product = { url: 'https://shop.example/p/1' }
const order = { id: 'o-1001', value: 59.9, currency: 'EUR' }
/** A purchase with `fields` of its order replaced. @param {Record<string, unknown>} fields */
const purchase = (fields) => event({ type: 'purchase', widget: undefined, product: undefined, order: { ...order, ...fields } })

/** @type {[string, unknown, string][]} what is wrong, the event, the reason */
const bad = [
  ['a string instead of an event', 'share_click', 'event: must be an object'],
  ['null instead of an event', null, 'event: must be an object'],
  ['an array instead of an event', [], 'event: must be an object'],
  ['no id', event({ id: undefined }), 'id: is required'],
  ['an id of 9 characters', event({ id: 'abcdefghi' }), 'id: must match ^[A-Za-z0-9_-]{10,64}$'],
  ['an id of 65 characters', event({ id: 'a'.repeat(65) }), 'id: must match ^[A-Za-z0-9_-]{10,64}$'],
  ['an id with other characters', event({ id: 'abc def ghi!' }), 'id: must match ^[A-Za-z0-9_-]{10,64}$'],
  ['a numeric id', event({ id: 12345678901 }), 'id: must match ^[A-Za-z0-9_-]{10,64}$'],
  ['no type', event({ type: undefined }), 'type: is required'],
  ['an unknown type', event({ type: 'share_view' }), 'type: must be one of widget_view, share_click, share_complete, share_landing, purchase, ask_reply'],
  ['no ts', event({ ts: undefined }), 'ts: is required'],
  ['ts as a string', event({ ts: '1735689600000' }), 'ts: must be a finite number (epoch milliseconds)'],
  ['ts in seconds, not milliseconds', event({ ts: 1735689600 }), 'ts: must be between 2020-01-01 and one day from now'],
  ['ts before 2020', event({ ts: Date.UTC(2019, 11, 31) }), 'ts: must be between 2020-01-01 and one day from now'],
  ['ts two days ahead', event({ ts: Date.now() + 2 * day }), 'ts: must be between 2020-01-01 and one day from now'],
  ['no page', event({ page: undefined }), 'page: is required'],
  ['a page that is not a URL', event({ page: '/p/1' }), 'page: must be an absolute URL'],
  ['a javascript: page', event({ page: 'javascript:alert(1)' }), 'page: must be an http: or https: URL'],
  ['an ftp: page', event({ page: 'ftp://shop.example/p/1' }), 'page: must be an http: or https: URL'],
  ['a page of 2049 characters', event({ page: `https://shop.example/${'p'.repeat(2049 - 21)}` }), 'page: must be at most 2048 characters'],
  ['a numeric page', event({ page: 42 }), 'page: must be a string'],
  ['an empty widget', event({ widget: '' }), 'widget: must not be empty'],
  ['a widget of 65 characters', event({ widget: 'w'.repeat(65) }), 'widget: must be at most 64 characters'],
  ['a numeric widget', event({ widget: 7 }), 'widget: must be a string'],
  ['an unknown channel', event({ channel: 'myspace' }), 'channel: must be a channel id of the contract (section 4)'],
  ['a channel in capitals', event({ channel: 'Telegram' }), 'channel: must be a channel id of the contract (section 4)'],
  ['a shareId of 20 characters', event({ shareId: 's'.repeat(20) }), 'shareId: must match ^[A-Za-z0-9_-]{21}$'],
  ['a shareId of 22 characters', event({ shareId: 's'.repeat(22) }), 'shareId: must match ^[A-Za-z0-9_-]{21}$'],
  ['a shareId with a dot', event({ shareId: `${'s'.repeat(20)}.` }), 'shareId: must match ^[A-Za-z0-9_-]{21}$'],
  ['a parentShareId of 20 characters', event({ parentShareId: 'p'.repeat(20) }), 'parentShareId: must match ^[A-Za-z0-9_-]{21}$'],
  ['a variant of 65 characters', event({ variant: 'v'.repeat(65) }), 'variant: must be at most 64 characters'],
  ['an object as variant', event({ variant: {} }), 'variant: must be a string'],
  ['a product that is a string', event({ product: 'https://shop.example/p/1' }), 'product: must be an object'],
  ['a product without url', event({ product: { title: 'Shoe' } }), 'product.url: is required'],
  ['a data: product url', event({ product: { url: 'data:text/html,hi' } }), 'product.url: must be an http: or https: URL'],
  ['a product url of 2049 characters', event({ product: { url: `https://shop.example/${'p'.repeat(2049 - 21)}` } }), 'product.url: must be at most 2048 characters'],
  ['a product title of 301 characters', event({ product: { ...product, title: 't'.repeat(301) } }), 'product.title: must be at most 300 characters'],
  ['a numeric product title', event({ product: { ...product, title: 5 } }), 'product.title: must be a string'],
  ['a product sku of 101 characters', event({ product: { ...product, sku: 's'.repeat(101) } }), 'product.sku: must be at most 100 characters'],
  ['a view of 20 characters', event({ view: 'v'.repeat(20) }), 'view: must match ^[A-Za-z0-9_-]{21}$'],
  ['a purchase without order', event({ type: 'purchase' }), 'order: is required'],
  ['an order without id', purchase({ id: undefined }), 'order.id: is required'],
  ['an order id of 65 characters', purchase({ id: 'o'.repeat(65) }), 'order.id: must be at most 64 characters'],
  ['an order value "free"', purchase({ value: 'free' }), 'order.value: must be a number from 0 to 1000000000'],
  ['an order value of -5', purchase({ value: -5 }), 'order.value: must be a number from 0 to 1000000000'],
  ['an order value of 2e9', purchase({ value: 2e9 }), 'order.value: must be a number from 0 to 1000000000'],
  ['a currency in lower case', purchase({ currency: 'eur' }), 'order.currency: must match ^[A-Z]{3}$'],
  ['a currency symbol', purchase({ currency: '€' }), 'order.currency: must match ^[A-Z]{3}$'],
  ['items that are not a list', purchase({ items: { sku: 'A' } }), 'order.items: must be an array'],
  ['101 order lines', purchase({ items: Array.from({ length: 101 }, () => ({ sku: 'A' })) }), 'order.items: must hold at most 100 lines'],
  ['a quantity of 2.5', purchase({ items: [{ sku: 'A', quantity: 2.5 }] }), 'order.items[0].quantity: must be an integer from 1 to 1000000'],
  ['a line with a javascript: url', purchase({ items: [{ url: 'javascript:alert(1)' }] }), 'order.items[0].url: must be an http: or https: URL'],
]

test('rejects each invalid event with its reason and stores the rest of the batch', async (t) => {
  const started = await start(t)
  const good = [event(), event(), event()]
  // Good events first, in the middle and last; one bad event per table row between them.
  const events = [good[0], ...bad.slice(0, 20).map((row) => row[1]), good[1], ...bad.slice(20).map((row) => row[1]), good[2]]
  const res = await post(started.url, batch(events))
  assert.equal(res.status, 200)
  const answer = await res.json()
  assert.equal(answer.accepted, 3)
  assert.deepEqual(
    answer.rejected,
    events.flatMap((value, index) => {
      const row = bad.find((candidate) => candidate[1] === value)
      return row ? [{ index, reason: row[2] }] : []
    }),
  )
  assert.equal(answer.rejected.length, bad.length)
  assert.deepEqual(await storedIds(started), good.map((e) => e.id))
})

for (const [what, value, reason] of bad) {
  test(`rejects ${what}`, () => {
    assert.deepEqual(validateEvent(value), { reason })
  })
}

/** @type {[string, Record<string, unknown>][]} */
const good = [
  ['an id of 10 characters', { id: 'abcdefghij' }],
  ['an id of 64 characters', { id: 'a'.repeat(64) }],
  ['ts on 2020-01-01', { ts: Date.UTC(2020, 0, 1) }],
  ['ts a few hours ahead (a clock set wrong)', { ts: Date.now() + 3 * 60 * 60 * 1000 }],
  ['ts with a fraction of a millisecond', { ts: Date.now() + 0.5 }],
  ['an http: page of 2048 characters', { page: `http://shop.example/${'p'.repeat(2048 - 20)}` }],
  ['a widget of 64 characters', { widget: 'w'.repeat(64) }],
  ['a variant of 64 characters', { variant: 'v'.repeat(64) }],
  ['a title of 300 emoji (600 UTF-16 units)', { product: { ...product, title: '👟'.repeat(300) } }],
  ['a sku of 100 characters', { product: { ...product, sku: 's'.repeat(100) } }],
  ['a product with only a url', { product }],
  ['every optional field null', { widget: null, channel: null, shareId: null, parentShareId: null, variant: null, product: null }],
  ['a view id', { view: 'v'.repeat(21) }],
  ['a purchase with order lines', { type: 'purchase', order: { ...order, items: [{ url: product.url, sku: 'A', quantity: 2, price: 29.95 }] } }],
  ['an order of value 0 (a free sample)', { type: 'purchase', order: { ...order, value: 0 } }],
]

test('keeps the known fields of an order and its lines only', () => {
  const result = validateEvent(event({ type: 'purchase', order: { ...order, coupon: 'X', items: [{ sku: 'A', name: 'Shoe', quantity: 1 }] } }))
  assert.ok('event' in result)
  assert.deepEqual(result.event.order, { ...order, items: [{ sku: 'A', quantity: 1 }] })
})

test('drops an order sent on an event that is not a purchase', () => {
  const result = validateEvent(event({ order }))
  assert.ok('event' in result)
  assert.equal(result.event.order, undefined)
})

for (const [what, fields] of good) {
  test(`accepts ${what}`, () => {
    const result = validateEvent(event(fields))
    assert.ok('event' in result, 'reason' in result ? result.reason : '')
  })
}

test('accepts every channel of the contract', () => {
  const ids = 'native copy email sms facebook messenger x threads bluesky mastodon linkedin pinterest reddit tumblr hackernews whatsapp telegram line viber vk ok wechat weibo qq qzone douban image'
  for (const channel of ids.split(' ')) assert.ok('event' in validateEvent(event({ channel })), channel)
})

test('keeps only the fields of the contract', () => {
  const sent = { ...event({ product: { ...product, price: 9, title: 'Shoe' } }), extra: 1 }
  // JSON.parse makes "__proto__" an own field; it must not reach the stored event.
  const result = validateEvent(JSON.parse(JSON.stringify(sent).replace('{', '{"__proto__":{"polluted":true},')))
  assert.ok('event' in result)
  assert.equal(/** @type {any} */ (result.event).polluted, undefined)
  assert.deepEqual(Object.keys(result.event), ['id', 'type', 'ts', 'page', 'widget', 'channel', 'shareId', 'product'])
  assert.deepEqual(result.event.product, { url: product.url, title: 'Shoe' })
})

test('leaves out optional fields sent as null', () => {
  const result = validateEvent(event({ widget: null, variant: null, product: null }))
  assert.ok('event' in result)
  assert.equal('widget' in result.event, false)
  assert.equal('product' in result.event, false)
})

test('judges ts against the clock it is given', () => {
  const now = Date.UTC(2025, 5, 1)
  assert.ok('event' in validateEvent(event({ ts: now + day }), now))
  assert.ok('reason' in validateEvent(event({ ts: now + day + 1 }), now))
})
