// @ts-check
// Forged and odd input a review found: a NUL in a key, a timestamp PostgreSQL refuses, a chain of
// shares that made one request walk it for seconds, a page taking an order's id, a variant no one
// saw holding back the verdict. Each test failed before its fix.
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { createHash, createHmac } from 'node:crypto'
import { startPostgres } from '../../scripts/postgres-cluster.js'
import { openStore } from '../../collector/store.js'
import { ingest } from '../../collector/ingest.js'
import { rollup } from '../../collector/rollup.js'
import { stats } from '../../collector/stats.js'
import { batch, event, getStats, post, shareId, start } from './helpers.js'

const page = 'https://shop.example/p/trail-shoe'

test('a NUL character in a product URL or variant cannot move counts to a forged channel or variant', async () => {
  const store = await openStore({ dbPath: ':memory:' })
  try {
    const forged = [
      event({ id: 'nul-product-1', channel: 'x', product: { url: `${page}\u0000forged-channel\u0000forged-variant` } }),
      event({ id: 'nul-variant-1', channel: 'x', variant: 'bold\u0000evil' }),
    ]
    await ingest(JSON.stringify(batch(forged)), store)
    const figures = stats(await store.counters(-1e9, 1e9))
    // Whatever is done with them, no count may land under a channel id the contract does not
    // know, or a variant no event named.
    assert.deepEqual(Object.keys(figures.byChannel).filter((channel) => channel !== 'x'), [])
    assert.deepEqual(Object.keys(figures.byVariant).filter((variant) => variant !== 'bold\u0000evil'), [])
  } finally {
    await store.close()
  }
})

describe('the postgres store', () => {
  /** @type {Awaited<ReturnType<typeof startPostgres>>} */
  let cluster
  before(async () => void (cluster = await startPostgres()))
  after(() => cluster?.stop())

  test('an event the validator takes is stored, or rejected in the answer: never a 503 that no retry can cure', async () => {
    const store = await openStore({ databaseUrl: await cluster.createDatabase() })
    try {
      const good = event()
      const odd = [
        event({ ts: Date.now() + 0.5 }),
        event({ product: { url: page, title: 'Trail\u0000shoe' } }),
        event({ page: `${page}\u0000` }),
      ]
      // Each with a good event beside it, as a widget's batch would hold it.
      for (const [index, bad] of odd.entries()) {
        const result = await ingest(JSON.stringify(batch([{ ...good, id: `good-event-${index}` }, bad])), store)
        assert.equal(result.status, 200)
        // The good event is stored whatever becomes of the odd one (stored or rejected).
        assert.ok('accepted' in result.body && result.body.accepted + result.body.rejected.length === 2, JSON.stringify(bad))
      }
      assert.ok((await store.recent(10)).some((e) => e.id === 'good-event-0'))
    } finally {
      await store.close()
    }
  })
})

/**
 * The rollup's reads and writes in memory, counting the depth updates a batch makes.
 * @returns {import('../../collector/rollup.js').RollupTx & { depthUpdates: number }}
 */
const memoryTx = () => {
  /** @type {Map<string, import('../../collector/rollup.js').Share>} */
  const shares = new Map()
  /** @type {Map<string, string[]>} */
  const children = new Map()
  const tx = {
    depthUpdates: 0,
    /** @param {string} id */
    share: (id) => shares.get(id),
    /** @param {import('../../collector/rollup.js').Share} s */
    addShare: (s) => {
      if (shares.has(s.shareId)) return false
      shares.set(s.shareId, s)
      if (s.parent) children.set(s.parent, [...(children.get(s.parent) ?? []), s.shareId])
      return true
    },
    landingsOf: () => [],
    /** @param {string} id */
    childrenOf: (id) => (children.get(id) ?? []).map((child) => /** @type {import('../../collector/rollup.js').Share} */ (shares.get(child))),
    /** @param {string} id @param {number} depth */
    setDepth: (id, depth) => {
      tx.depthUpdates++
      shares.set(id, { .../** @type {import('../../collector/rollup.js').Share} */ (shares.get(id)), depth })
    },
    addView: () => true,
    order: () => undefined,
    putOrder: () => undefined,
    ordersOf: () => [],
    addAsk: () => undefined,
    ask: () => undefined,
    addReply: () => undefined,
  }
  return tx
}

test('one batch does bounded work however long a chain of shares it stores parents above', async () => {
  const tx = memoryTx()
  const t0 = Date.UTC(2025, 0, 1)
  const id = (/** @type {number} */ n) => shareId(`chain${n < 0 ? `m${-n}` : n}`)
  /** @param {number} n */
  const click = (n) => /** @type {import('../../collector/validate-event.js').ShareEvent} */ ({
    id: `chain-click-${n}`, type: 'share_click', ts: t0 + (n + 1000) * 1000, page, shareId: id(n), parentShareId: id(n - 1),
  })
  // A chain of 3,000 shares, stored child after parent, whose first parent never came...
  const chain = Array.from({ length: 3000 }, (_, i) => click(i + 2))
  for (let i = 0; i < chain.length; i += 500) await rollup(chain.slice(i, i + 500), tx)
  tx.depthUpdates = 0
  // ...then one 16 KB body of 100 ancestors above it, nearest first: before the fix each one
  // moved the whole chain one level deeper (300,000 updates, seconds of a blocked collector).
  await rollup(Array.from({ length: 100 }, (_, i) => click(1 - i)), tx)
  assert.ok(tx.depthUpdates <= 20_000, `${tx.depthUpdates} depth updates for one batch`)
})

test('a browser event cannot take the id of a signed order and make the webhook a duplicate', async (t) => {
  const ordersSecret = 'orders-test-secret'
  const started = await start(t, { ordersSecret })
  // The id the collector gives order 1001 of POST /orders, computed by anyone who reads the code.
  const claimed = `order-${createHash('sha256').update('api\u00001001').digest('base64url').slice(0, 32)}`
  const forged = await post(started.url, batch([event({ id: claimed, type: 'widget_view' })]))
  assert.equal(forged.status, 200)
  const body = JSON.stringify({ orderId: '1001', value: 59.9, currency: 'EUR' })
  const signature = `sha256=${createHmac('sha256', ordersSecret).update(body).digest('hex')}`
  const res = await fetch(`${started.url}/orders`, { method: 'POST', headers: { 'x-sharecue-signature': signature }, body })
  assert.equal(res.status, 200)
  assert.deepEqual(await res.json(), { accepted: 1, duplicates: 0, shareId: null })
  assert.deepEqual((await getStats(started.url)).orders.revenue, { EUR: 59.9 })
})

test('a page that sends an order first cannot set its value: the signed order of the shop\'s server counts, its share stays', async (t) => {
  const ordersSecret = 'orders-test-secret'
  const started = await start(t, { ordersSecret })
  const wa = shareId('wa-order')
  await post(started.url, batch([event({ type: 'share_click', channel: 'whatsapp', shareId: wa })]))
  // Anyone can send a purchase for the next order number, with any value, before the shop does.
  const forged = event({ type: 'purchase', channel: 'whatsapp', shareId: wa, widget: undefined, product: undefined, order: { id: '1002', value: 1e9, currency: 'USD' } })
  assert.equal((await post(started.url, batch([forged]))).status, 200)
  assert.deepEqual((await getStats(started.url)).orders.revenue, { USD: 1e9 })
  const body = JSON.stringify({ orderId: '1002', value: 59.9, currency: 'EUR' })
  const signature = `sha256=${createHmac('sha256', ordersSecret).update(body).digest('hex')}`
  const res = await fetch(`${started.url}/orders`, { method: 'POST', headers: { 'x-sharecue-signature': signature }, body })
  assert.equal(res.status, 200)
  const stats = await getStats(started.url)
  assert.deepEqual(stats.orders.revenue, { EUR: 59.9 }, 'the signed value replaced the page\'s')
  assert.deepEqual(stats.orders.byChannel, { whatsapp: { orders: 1, revenue: { EUR: 59.9 } } }, 'one order, still through its share')
  // A page's sighting after the signed order changes nothing.
  await post(started.url, batch([event({ ...forged, id: undefined, order: { id: '1002', value: 5, currency: 'EUR' } })].map((e) => ({ ...e, id: `again-${Date.now()}` }))))
  assert.deepEqual((await getStats(started.url)).orders.revenue, { EUR: 59.9 })
})

test('a variant with no views in the days asked (late landings of an ended test) does not hold back the verdict', async (t) => {
  const started = await start(t)
  const dayMs = 24 * 60 * 60 * 1000
  const today = Math.floor(Date.now() / dayMs) * dayMs
  // Yesterday's test had variant "old"; a friend lands today through one of its shares.
  const oldShare = shareId('old-variant-share')
  /** @type {unknown[]} */
  const events = [
    event({ ts: today - dayMs / 2, variant: 'old', shareId: oldShare }),
    event({ type: 'share_landing', ts: today + 1000, shareId: oldShare, widget: undefined, product: undefined, channel: undefined }),
  ]
  // Today's test: "a" and "b", 200 views each; 60 views of "a" shared, 20 of "b".
  for (const [variant, shared] of /** @type {const} */ ([['a', 60], ['b', 20]])) {
    for (let i = 0; i < 200; i++) {
      const view = shareId(`${variant}view${i}`)
      events.push(event({ type: 'widget_view', ts: today + 1000, variant, view, shareId: undefined, channel: undefined }))
      if (i < shared) events.push(event({ ts: today + 2000, variant, view }))
    }
  }
  for (let i = 0; i < events.length; i += 100) {
    const res = await post(started.url, batch(events.slice(i, i + 100)))
    assert.deepEqual((await res.json()).rejected, [])
  }
  const day = new Date(today).toISOString().slice(0, 10)
  const { ab } = await getStats(started.url, `?from=${day}&to=${day}`)
  assert.equal(ab.variants.old.views, 0)
  assert.equal(ab.verdict.enough, true, ab.verdict.reason)
  assert.equal(ab.verdict.winner, 'a')
})
