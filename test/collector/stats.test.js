// @ts-check
// GET /stats over a fixture whose every number is counted by hand below.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { getStats, post, start } from './helpers.js'
import { expected, first, second } from './fixture.js'
import { caveat } from '../../collector/ab-test.js'

test('counts events by type, channel, product and variant, conversion and chain depth', async (t) => {
  const started = await start(t)
  await post(started.url, { v: 1, events: first })
  await post(started.url, { v: 1, dropped: 2, events: second })
  const res = await fetch(`${started.url}/stats`)
  assert.equal(res.status, 200)
  assert.deepEqual(await res.json(), expected)
})

test('answers zeros for an empty database', async (t) => {
  const started = await start(t)
  assert.deepEqual(await (await fetch(`${started.url}/stats`)).json(), {
    total: 0,
    byType: { widget_view: 0, share_click: 0, share_complete: 0, share_landing: 0, purchase: 0, ask_reply: 0 },
    byChannel: {},
    byProduct: [],
    byVariant: {},
    byVariantChannel: {},
    viewsByVariant: {},
    conversion: { shares: 0, landings: 0, rate: 0 },
    chains: { maxDepth: 0, byDepth: {} },
    orders: { orders: 0, revenue: {}, attributed: 0, byChannel: {}, byVariant: {}, byVariantChannel: {}, byProduct: [], byDepth: {} },
    asks: { asks: 0, answers: 0, yes: 0, maybe: 0, no: 0, rate: 0, orders: 0, byProduct: [], byChannel: {} },
    funnel: { views: 0, viewsShared: 0, shares: 0, landings: 0, orders: 0 },
    ab: { unit: 'widget view', variants: {}, verdict: { enough: false, reason: 'An A/B test needs two variants or more.', caveat } },
    dropped: 0,
  })
})

test('does not count a duplicate twice', async (t) => {
  const started = await start(t)
  await post(started.url, { v: 1, events: first })
  await post(started.url, { v: 1, events: first })
  assert.equal((await (await fetch(`${started.url}/stats`)).json()).total, first.length)
})

test('answers for a date range, from and to included (UTC days)', async (t) => {
  const started = await start(t)
  await post(started.url, { v: 1, events: first })
  await post(started.url, { v: 1, dropped: 2, events: second })
  // The fixture is all on 2025-01-15; the dropped count is dated by its arrival, today.
  assert.deepEqual(await getStats(started.url, '?from=2025-01-15&to=2025-01-15'), { ...expected, dropped: 0 })
  assert.deepEqual(await getStats(started.url, '?from=2025-01-01'), expected)
  const after = await getStats(started.url, '?from=2025-01-16')
  assert.equal(after.total, 0)
  assert.equal(after.dropped, 2)
  assert.equal((await getStats(started.url, '?to=2025-01-14')).total, 0)
})

for (const query of ['?from=2025-1-15', '?to=2025-02-30', '?from=yesterday', '?to=']) {
  test(`answers 400 to ${query}`, async (t) => {
    const started = await start(t)
    const res = await fetch(`${started.url}/stats${query}`)
    assert.equal(res.status, 400)
    assert.match((await res.json()).error, /^(from|to) must be a date, YYYY-MM-DD \(UTC\)$/)
  })
}

test('keeps preview events out of every figure', async (t) => {
  const started = await start(t)
  await post(started.url, { v: 1, events: first })
  await post(started.url, { v: 1, dropped: 2, events: second.map((e) => ({ ...e, preview: true })) })
  const alone = await start(t)
  await post(alone.url, { v: 1, events: first })
  await post(alone.url, { v: 1, dropped: 2, events: [] })
  assert.deepEqual(await getStats(started.url), await getStats(alone.url))
  assert.equal((await getStats(started.url)).total, first.length)
})

test('reads its counters, never the events: the figures stand with the events table emptied', async (t) => {
  const started = await start(t)
  await post(started.url, { v: 1, events: first })
  await post(started.url, { v: 1, dropped: 2, events: second })
  started.collector.db?.exec('DELETE FROM events')
  assert.deepEqual(await getStats(started.url), expected)
})
