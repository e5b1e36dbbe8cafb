// @ts-check
// "Ask my friends" on the collector: an ask is a share_click with ask: true; friends' answers
// (ask_reply) count only for asks it recorded, up to a cap; GET /replies gives the counts to
// whoever holds the share id; /stats sums asks, answers, their mix and the orders after them.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createHmac } from 'node:crypto'
import { batch, event, eventId, getStats, post, shareId, start } from './helpers.js'
import { limits } from '../../collector/schema.js'

const product = 'https://shop.example/p/trail-shoe'
/** An ask: a share_click with ask: true. @param {string} name @param {Record<string, unknown>} [fields] */
const ask = (name, fields = {}) => event({ channel: 'whatsapp', shareId: shareId(name), ask: true, product: { url: product, title: 'Trail shoe' }, ...fields })
/** A friend's answer. @param {string} name @param {string} reply @param {Record<string, unknown>} [fields] */
const answer = (name, reply, fields = {}) => ({ id: eventId(), type: 'ask_reply', ts: Date.now(), page: product, shareId: shareId(name), reply, ...fields })
/** GET /replies for `ids`, as a page on `origin` would. @param {string} url @param {string[]} ids @param {string} [origin] */
const replies = (url, ids, origin) => fetch(`${url}/replies?ids=${ids.join(',')}`, { headers: origin ? { origin } : {} })

test('friends\' answers to an ask are counted and read back by its share id', async (t) => {
  const { url } = await start(t)
  await post(url, batch([ask('ask-1'), ask('ask-2', { channel: 'telegram' }), event({ shareId: shareId('plain') })]))
  const res = await post(url, batch([answer('ask-1', 'yes'), answer('ask-1', 'yes'), answer('ask-1', 'maybe'), answer('ask-2', 'no')]))
  assert.deepEqual((await res.json()).rejected, [])
  const read = await replies(url, [shareId('ask-1'), shareId('ask-2'), shareId('plain'), shareId('nothing')])
  assert.equal(read.status, 200)
  // Ids that are no ask are left out: they have no answers to give.
  assert.deepEqual(await read.json(), { replies: { [shareId('ask-1')]: { yes: 2, maybe: 1, no: 0 }, [shareId('ask-2')]: { yes: 0, maybe: 0, no: 1 } } })
  const { asks, byType } = await getStats(url)
  assert.equal(byType.ask_reply, 4)
  assert.deepEqual({ ...asks, byProduct: undefined, byChannel: undefined }, { asks: 2, answers: 4, yes: 2, maybe: 1, no: 1, rate: 2, orders: 0, byProduct: undefined, byChannel: undefined })
  assert.deepEqual(asks.byChannel, { telegram: { asks: 1, answers: 1, yes: 0, maybe: 0, no: 1 }, whatsapp: { asks: 1, answers: 3, yes: 2, maybe: 1, no: 0 } })
  assert.deepEqual(asks.byProduct, [{ url: product, title: 'Trail shoe', asks: 2, answers: 4, yes: 2, maybe: 1, no: 1 }])
})

test('an answer for an unknown share, or for a share that is no ask, is refused', async (t) => {
  const { url } = await start(t)
  await post(url, batch([event({ shareId: shareId('plain') })]))
  const res = await post(url, batch([answer('forged', 'yes'), answer('plain', 'yes')]))
  const body = await res.json()
  assert.equal(body.accepted, 0)
  assert.deepEqual(body.rejected.map((/** @type {{ reason: string }} */ r) => r.reason), [
    'shareId: not an "Ask my friends" share this collector recorded',
    'shareId: not an "Ask my friends" share this collector recorded',
  ])
  assert.equal((await getStats(url)).asks.answers, 0)
})

test(`an ask takes at most ${limits.repliesPerAsk} answers: a forged flood stops there`, async (t) => {
  const { url } = await start(t, { rateLimit: false })
  await post(url, batch([ask('flooded')]))
  const flood = Array.from({ length: limits.repliesPerAsk + 10 }, () => answer('flooded', 'yes'))
  const first = await (await post(url, batch(flood.slice(0, limits.repliesPerAsk)))).json()
  assert.equal(first.accepted, limits.repliesPerAsk)
  const rest = await (await post(url, batch(flood.slice(limits.repliesPerAsk)))).json()
  assert.equal(rest.accepted, 0)
  assert.match(rest.rejected[0].reason, /this ask has all the answers it takes/)
  assert.deepEqual((await (await replies(url, [shareId('flooded')])).json()).replies[shareId('flooded')], { yes: limits.repliesPerAsk, maybe: 0, no: 0 })
})

test('GET /replies takes 1 to 20 share ids, only from allowed origins, rate-limited', async (t) => {
  const { url } = await start(t, { origins: ['https://shop.example'], rateLimit: { requests: 3, seconds: 60 } })
  for (const ids of [[], ['not-a-share-id'], Array.from({ length: limits.replyIds + 1 }, (_, i) => shareId(`id${i}`))]) {
    const res = await replies(url, ids)
    assert.equal(res.status, 400, ids.join())
    assert.match((await res.json()).error, /ids must be 1 to 20 share ids/)
  }
  assert.equal((await replies(url, [shareId('a')], 'https://evil.example')).status, 403)
  const limited = await replies(url, [shareId('a')], 'https://shop.example')
  assert.equal(limited.status, 429)
  assert.ok(Number(limited.headers.get('retry-after')) > 0)
})

test('an answer needs a reply and a share id; ask is kept only on share events', async (t) => {
  const { url } = await start(t)
  const res = await post(url, batch([{ ...answer('x', 'yes'), reply: undefined }, { ...answer('x', 'yes'), shareId: undefined }, answer('x', 'perhaps')]))
  assert.deepEqual((await res.json()).rejected.map((/** @type {{ reason: string }} */ r) => r.reason), ['reply: is required', 'shareId: is required', 'reply: must be one of yes, maybe, no'])
  await post(url, batch([event({ type: 'widget_view', ask: true, shareId: undefined, channel: undefined })]))
  assert.equal((await getStats(url)).asks.asks, 0)
})

test('an order through an ask counts as an order after an ask', async (t) => {
  const { url } = await start(t)
  await post(url, batch([ask('asked')]))
  await post(url, batch([{ id: eventId(), type: 'purchase', ts: Date.now(), page: product, shareId: shareId('asked'), order: { id: 'A-1', value: 20, currency: 'EUR' } }]))
  assert.equal((await getStats(url)).asks.orders, 1)
})

test('an order through an ask that both the thank-you page and the shop\'s server report counts once after the ask', async (t) => {
  const secret = 'orders-test-secret'
  const { url } = await start(t, { ordersSecret: secret })
  await post(url, batch([ask('asked-twice')]))
  await post(url, batch([{ id: eventId(), type: 'purchase', ts: Date.now(), page: product, shareId: shareId('asked-twice'), order: { id: 'A-2', value: 20, currency: 'EUR' } }]))
  const text = JSON.stringify({ orderId: 'A-2', value: 20, currency: 'EUR', shareId: shareId('asked-twice') })
  const signed = await fetch(`${url}/orders`, {
    method: 'POST',
    headers: { 'x-sharecue-signature': `sha256=${createHmac('sha256', secret).update(text).digest('hex')}` },
    body: text,
  })
  assert.equal(signed.status, 200)
  const stats = await getStats(url)
  assert.equal(stats.orders.orders, 1)
  assert.equal(stats.asks.orders, 1)
})

test('an order that arrives before the ask it came through still counts as an order after an ask', async (t) => {
  const { url } = await start(t)
  await post(url, batch([{ id: eventId(), type: 'purchase', ts: Date.now(), page: product, shareId: shareId('asked-late'), order: { id: 'A-3', value: 20, currency: 'EUR' } }]))
  await post(url, batch([ask('asked-late', { ts: Date.now() - 60_000 })]))
  const stats = await getStats(url)
  assert.equal(stats.orders.attributed, 1)
  assert.equal(stats.asks.orders, 1)
})
