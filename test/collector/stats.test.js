// @ts-check
// GET /stats over a fixture whose every number is counted by hand below.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { post, start } from './helpers.js'
import { expected, first, second } from './fixture.js'

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
    byType: { widget_view: 0, share_click: 0, share_complete: 0, share_landing: 0 },
    byChannel: {},
    byProduct: [],
    byVariant: {},
    byVariantChannel: {},
    viewsByVariant: {},
    conversion: { shares: 0, landings: 0, rate: 0 },
    chains: { maxDepth: 0, byDepth: {} },
    dropped: 0,
  })
})

test('does not count a duplicate twice', async (t) => {
  const started = await start(t)
  await post(started.url, { v: 1, events: first })
  await post(started.url, { v: 1, events: first })
  assert.equal((await (await fetch(`${started.url}/stats`)).json()).total, first.length)
})
